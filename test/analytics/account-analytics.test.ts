import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { USDC_MINT } from '../../src/chain/port.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  type Api,
  api,
  createBuyer,
  createMerchant,
  createProduct,
  type Merchant,
  openSession,
  payAndConfirm,
  type Wallet,
} from '../helpers/factories.ts';

describe('account summary and analytics', () => {
  let hilt: TestApp;
  let http: Api;
  let sk: Merchant;
  let wallet: Wallet;
  let merchant: string;
  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    http = api(hilt);
    sk = await createMerchant(hilt);
    wallet = await createBuyer(sk);
    merchant = (await createBuyer(sk)).address;
  });
  after(() => hilt.dispose());

  async function sell(tokenMint: string | null, amount: number, times: number) {
    const p = await createProduct(sk, {
      title: `P ${tokenMint ?? 'SOL'}`,
      amount_minor_units: amount,
      token_mint: tokenMint,
      merchant_wallet: merchant,
    });
    for (let i = 0; i < times; i++) await payAndConfirm(sk, await openSession(hilt, p), { buyer: wallet });
    return p;
  }

  test('SOL and USDC are reported apart, never summed', async () => {
    await sell(null, 100_000_000, 2);
    await sell(USDC_MINT, 5_000_000, 3);
    const res = await sk.get('/v1/account/summary');
    assert.equal(res.status, 200, res.text);
    const s = res.body;
    assert.equal(s.active_templates, 2);
    assert.equal(s.total_confirmed_payments, 5);
    assert.equal(s.confirmed_payments_today, 5);
    assert.ok(s.receipts_issued >= 0);
    const sol = s.overall_assets.find((a: { asset_symbol: string }) => a.asset_symbol === 'SOL');
    const usdc = s.overall_assets.find((a: { asset_symbol: string }) => a.asset_symbol === 'USDC');
    assert.deepEqual(sol, {
      token_mint: null,
      asset_symbol: 'SOL',
      asset_decimals: 9,
      confirmed_payments: 2,
      gross_minor_units: 200_000_000,
      net_minor_units: 200_000_000,
      fee_minor_units: 0,
    });
    assert.equal(usdc.gross_minor_units, 15_000_000);
    assert.equal(usdc.token_mint, USDC_MINT);
    assert.equal(s.today_assets.length, 2);

    const anonymous = await http.get('/v1/account/summary');
    assert.equal(anonymous.status, 401);
  });

  test('analytics: daily funnel, revenue trend per asset, product reports', async () => {
    const res = await sk.get('/v1/account/analytics?window_days=7&daily_days=7');
    assert.equal(res.status, 200, res.text);
    const a = res.body;
    assert.equal(a.funnel_daily.length, 7);
    assert.equal(a.funnel_daily.at(-1).confirmed, 5);
    assert.equal(a.funnel_daily.at(-1).connects, 5);
    const today = a.revenue_trend_daily.filter((r: { date: string }) => r.date === a.range_end_date);
    assert.equal(today.length, 2);
    assert.equal(a.product_reports.length, 2);
    assert.equal(a.product_reports[0].confirmed_payments, 3);
    assert.equal(a.summary.total_confirmed_payments, 5);
    const bad = await sk.get('/v1/account/analytics?window_days=500');
    assert.equal(bad.status, 422);
  });
});
