import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const PRICE = 25_000_000;

// Page views and payment counts are kept off the product's hot rows; they must still come out exact under a burst.
describe('product counters under concurrency', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let wallet: { address: string; secret_key: string };

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    wallet = (await post('/v1/sandbox/wallets', {}, sk)).json();
    await post('/v1/sandbox/airdrop', { address: MERCHANT, lamports: 1_000_000_000 }, sk);
  });
  after(() => hilt.dispose());

  function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
    return hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
  }

  async function product(body: Record<string, unknown> = {}) {
    const res = await post(
      '/v1/products',
      { product_type: 'PAYMENT_LINK', title: 'Launch', amount_minor_units: PRICE, merchant_wallet: MERCHANT, ...body },
      sk,
    );
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: string; slug: string };
  }

  test('300 concurrent page loads count 300 opens once flushed, and analytics shows 300', async () => {
    const p = await product();
    const loads = await Promise.all(
      Array.from({ length: 300 }, () => hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` })),
    );
    assert.deepEqual([...new Set(loads.map((r) => r.statusCode))], [200]);
    await hilt.counters.flush();
    const [row] = await hilt.db.query<{ opens: number }>(
      'SELECT sum(opens)::int AS opens FROM checkout_opens WHERE product_id = $1',
      [p.id],
    );
    assert.equal(row.opens, 300);
    // A second burst is added to the same day's row, not written over it.
    await Promise.all(
      Array.from({ length: 50 }, () => hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` })),
    );
    const analytics = await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/analytics`, headers: sk });
    assert.equal(analytics.statusCode, 200, analytics.body);
    assert.equal(analytics.json().checkout_opens, 350);
  });

  test('200 concurrent connects open 200 distinct sessions, and the funnel counts every one', async () => {
    const p = await product();
    const page = await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` });
    assert.equal(page.statusCode, 200, page.body);
    const opened = await Promise.all(Array.from({ length: 200 }, () => post(`/v1/products/p/${p.slug}/connect`, {})));
    assert.deepEqual([...new Set(opened.map((r) => r.statusCode))], [200]);
    const ids = opened.map((r) => r.json().payment_id as string);
    assert.equal(new Set(ids).size, 200);
    assert.equal(new Set(opened.map((r) => r.json().reference as string)).size, 200);
    const [row] = await hilt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM payments WHERE product_id = $1 AND status = 'PENDING_SIGNATURE' AND id = ANY($2::uuid[])`,
      [p.id, ids],
    );
    assert.equal(row.n, 200);
    const analytics = await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/analytics`, headers: sk });
    assert.equal(analytics.statusCode, 200, analytics.body);
    assert.equal(analytics.json().checkout_connects, 200);
  });

  test('a product archived after its page was served takes no more sessions', async () => {
    const p = await product();
    assert.equal((await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` })).statusCode, 200);
    assert.equal((await post(`/v1/products/p/${p.slug}/connect`, {})).statusCode, 200);
    const archived = await hilt.app.inject({ method: 'DELETE', url: `/v1/products/${p.id}`, headers: sk });
    assert.equal(archived.statusCode, 200, archived.body);
    const refused = await post(`/v1/products/p/${p.slug}/connect`, {});
    assert.equal(refused.statusCode, 404, refused.body);
    assert.equal(refused.json().code, 'product_not_found');
  });

  test('max_payments 3 with 10 paid sessions confirming at once: exactly 3 confirm, 7 are sold out', async () => {
    const p = await product({ max_payments: 3 });
    const sessions = [];
    for (let i = 0; i < 10; i++) {
      const res = await post(`/v1/products/p/${p.slug}/connect`, { payer_wallet: wallet.address });
      assert.equal(res.statusCode, 200, res.body);
      sessions.push(res.json() as { payment_id: string });
    }
    const paid = [];
    for (const s of sessions) {
      const res = await post('/v1/sandbox/pay', { payment_id: s.payment_id, secret_key: wallet.secret_key }, sk);
      assert.equal(res.statusCode, 200, res.body);
      paid.push({ payment_id: s.payment_id, tx_signature: res.json().tx_signature as string });
    }
    const results = await Promise.all(paid.map((x) => post('/v1/pay/confirm', { ...x, payer_wallet: wallet.address })));
    const ok = results.filter((r) => r.statusCode === 200);
    const refused = results.filter((r) => r.statusCode !== 200);
    assert.equal(ok.length, 3, results.map((r) => r.body).join('\n'));
    assert.equal(refused.length, 7);
    for (const r of refused) {
      assert.equal(r.statusCode, 422, r.body);
      assert.ok(r.json().detail.includes('sold_out'), r.body);
    }
    const rows = await hilt.db.query<{ status: string; failure_reason: string | null; n: number }>(
      'SELECT status, failure_reason, count(*)::int AS n FROM payments WHERE product_id = $1 GROUP BY 1, 2 ORDER BY 1',
      [p.id],
    );
    assert.deepEqual(
      rows.map((r) => [r.status, r.failure_reason, r.n]),
      [
        ['CONFIRMED', null, 3],
        ['FAILED', 'sold_out', 7],
      ],
    );
    const read = async () =>
      (await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}`, headers: sk })).json() as {
        payment_count: number;
        total_volume_lamports: number;
      };
    // Exact before the tallies are folded into the product row and after.
    const before = await read();
    assert.equal(before.payment_count, 3);
    assert.equal(before.total_volume_lamports, 3 * PRICE);
    await hilt.counters.flush();
    const [tallies] = await hilt.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM product_payment_tallies WHERE product_id = $1',
      [p.id],
    );
    assert.equal(tallies.n, 0);
    assert.deepEqual(await read(), { ...(await read()), payment_count: 3, total_volume_lamports: 3 * PRICE });
    const soldOut = await post(`/v1/products/p/${p.slug}/connect`, {});
    assert.equal(soldOut.statusCode, 409);
    assert.equal(soldOut.json().code, 'sold_out');
  });
});
