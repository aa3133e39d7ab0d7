import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { USDC_MINT } from '../src/chain/port.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './helpers/app.ts';

describe('account summary and analytics', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let wallet: { address: string; secret_key: string };
  let merchant: string;
  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    wallet = (await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sk, payload: {} })).json();
    merchant = (await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sk, payload: {} })).json()
      .address;
  });
  after(() => hilt.dispose());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    hilt.app.inject({ method: 'POST', url, payload, headers });

  async function sell(tokenMint: string | null, amount: number, times: number) {
    const p = (
      await post(
        '/v1/products',
        {
          product_type: 'PAYMENT_LINK',
          title: `P ${tokenMint ?? 'SOL'}`,
          amount_minor_units: amount,
          token_mint: tokenMint,
          merchant_wallet: merchant,
        },
        sk,
      )
    ).json();
    for (let i = 0; i < times; i++) {
      const s = (await post(`/v1/products/p/${p.slug}/connect`, {})).json();
      const paid = await post('/v1/sandbox/pay', { payment_id: s.payment_id, secret_key: wallet.secret_key }, sk);
      const ok = await post('/v1/pay/confirm', {
        payment_id: s.payment_id,
        tx_signature: paid.json().tx_signature,
        payer_wallet: wallet.address,
      });
      assert.equal(ok.statusCode, 200, ok.body);
    }
    return p;
  }

  test('SOL and USDC are reported apart, never summed', async () => {
    await sell(null, 100_000_000, 2);
    await sell(USDC_MINT, 5_000_000, 3);
    const res = await hilt.app.inject({ method: 'GET', url: '/v1/account/summary', headers: sk });
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json();
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

    const anonymous = await hilt.app.inject({ method: 'GET', url: '/v1/account/summary' });
    assert.equal(anonymous.statusCode, 401);
  });

  test('analytics: daily funnel, revenue trend per asset, product reports', async () => {
    const res = await hilt.app.inject({
      method: 'GET',
      url: '/v1/account/analytics?window_days=7&daily_days=7',
      headers: sk,
    });
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    assert.equal(a.funnel_daily.length, 7);
    assert.equal(a.funnel_daily.at(-1).confirmed, 5);
    assert.equal(a.funnel_daily.at(-1).connects, 5);
    const today = a.revenue_trend_daily.filter((r: { date: string }) => r.date === a.range_end_date);
    assert.equal(today.length, 2);
    assert.equal(a.product_reports.length, 2);
    assert.equal(a.product_reports[0].confirmed_payments, 3);
    assert.equal(a.summary.total_confirmed_payments, 5);
    const bad = await hilt.app.inject({ method: 'GET', url: '/v1/account/analytics?window_days=500', headers: sk });
    assert.equal(bad.statusCode, 422);
  });
});
