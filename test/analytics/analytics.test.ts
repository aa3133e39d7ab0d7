import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';
import {
  type Api,
  airdrop,
  api,
  confirm,
  createBuyer,
  createMerchant,
  createProduct,
  type Merchant,
  openSession,
  pay,
  type Session,
  type Wallet,
} from '../helpers/factories.ts';

describe('product analytics', () => {
  let hilt: TestApp;
  let m: Merchant;
  let http: Api;
  let wallet: Wallet;
  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    http = api(hilt);
    m = await createMerchant(hilt);
    wallet = await createBuyer(m);
    await airdrop(m);
  });
  after(() => hilt.dispose());

  test('funnel opens → connects → confirmed, revenue and totals, identical before and after the rollup', async () => {
    const p = await createProduct(m, { title: 'Stats', amount_minor_units: 10_000_000 });
    for (let i = 0; i < 3; i++) await http.get(`/v1/products/p/${p.slug}`);
    const sessions: Session[] = [];
    for (let i = 0; i < 3; i++) sessions.push(await openSession(hilt, p));
    for (const [i, scenario] of (['exact', 'exact', 'underpay'] as const).entries()) {
      const paid = await pay(m, sessions[i], wallet, scenario);
      await confirm(hilt, sessions[i].payment_id, paid, wallet.address);
    }
    // The underpaid session stays open for a full payment; it fails when it expires unpaid.
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '5 minutes' WHERE id = $1", [
      sessions[2].payment_id,
    ]);
    await hilt.services.payments.reconcileOnce();
    const read = async () => {
      const res = await m.get(`/v1/products/${p.id}/analytics?window_days=7`);
      assert.equal(res.status, 200, res.text);
      return res.body;
    };
    const a = await read();
    assert.equal(a.checkout_opens, 3);
    assert.equal(a.checkout_connects, 3);
    assert.equal(a.checkout_confirmed, 2);
    assert.equal(a.checkout_failed, 1);
    assert.equal(a.gross_minor_units, 20_000_000);
    assert.equal(a.net_minor_units, 20_000_000);
    assert.equal(a.fee_minor_units, 0);
    assert.equal(a.connect_rate_pct, 100);
    assert.equal(a.confirm_rate_pct, 66.7);
    assert.equal(a.confirmed_count, 2);
    assert.equal(a.failed_count, 1);
    assert.equal(a.total_volume_lamports, 20_000_000);
    assert.equal(a.asset_symbol, 'SOL');
    assert.equal(a.funnel_daily.length, 7);
    const today = a.funnel_daily.at(-1);
    assert.equal(today.confirmed, 2);
    assert.equal(today.date, new Date().toISOString().slice(0, 10));

    // Move everything to yesterday, roll the closed day up, and read the same figures from the rollup.
    await hilt.db.query(
      `UPDATE payments SET created_at = created_at - interval '1 day', confirmed_at = confirmed_at - interval '1 day',
              failed_at = failed_at - interval '1 day' WHERE product_id = $1`,
      [p.id],
    );
    await hilt.db.query('UPDATE checkout_opens SET day = day - 1 WHERE product_id = $1', [p.id]);
    await hilt.db.query("UPDATE products SET created_at = created_at - interval '2 days' WHERE id = $1", [p.id]);
    // The first read already rolled up through yesterday (then empty); start the rollup over as a fresh server would.
    await hilt.db.query('DELETE FROM stats_rollup');
    await hilt.services.analytics.rollup();
    const rows = await hilt.db.query('SELECT * FROM product_daily_stats WHERE product_id = $1', [p.id]);
    assert.equal(rows.length, 1);
    const b = await read();
    for (const k of [
      'checkout_opens',
      'checkout_connects',
      'checkout_confirmed',
      'checkout_failed',
      'gross_minor_units',
      'failed_count',
    ]) {
      assert.equal(b[k], a[k], k);
    }
    assert.equal(b.funnel_daily.at(-2).confirmed, 2);
    assert.equal(b.funnel_daily.at(-1).confirmed, 0);
  });

  test('window validation and isolation', async () => {
    const p = await createProduct(m, { title: 'Iso', amount_minor_units: 1 });
    const bad = await m.get(`/v1/products/${p.id}/analytics?window_days=0`);
    assert.equal(bad.status, 422);
    const other = await registerMerchant(hilt);
    const res = await http.get(`/v1/products/${p.id}/analytics`, {
      headers: { ...bearer(other.token), 'x-hilt-mode': 'sandbox' },
    });
    assert.equal(res.status, 404);
  });
});
