import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, type Hilt } from '../../src/app.ts';
import {
  bearer,
  createKey,
  createTestApp,
  keyHeader,
  registerMerchant,
  type TestApp,
  usingPostgres,
} from '../helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

// The public checkout payload is served from memory; every change a buyer would see drops it, on every instance.
describe('public product payload cache', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let token: string;

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    const m = await registerMerchant(hilt);
    token = m.token;
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
  });
  after(() => hilt.dispose());

  const page = async (app: Hilt, slug: string) => {
    const res = await app.app.inject({ method: 'GET', url: `/v1/products/p/${slug}` });
    return { status: res.statusCode, body: res.json() };
  };

  async function product() {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: sk,
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'First title',
        amount_minor_units: 5_000_000,
        merchant_wallet: MERCHANT,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: string; slug: string };
  }

  test('served without a database read once loaded, and reloaded after a product edit, branding change or archive', async () => {
    const p = await product();
    assert.equal((await page(hilt, p.slug)).body.title, 'First title');
    // Changed behind the services' back: the cached payload is still served (what the cache is for).
    await hilt.db.query("UPDATE products SET title = 'Changed by hand' WHERE id = $1", [p.id]);
    assert.equal((await page(hilt, p.slug)).body.title, 'First title');
    // Through the API: dropped at once.
    const patch = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${p.id}`,
      headers: sk,
      payload: { title: 'Second title' },
    });
    assert.equal(patch.statusCode, 200, patch.body);
    assert.equal((await page(hilt, p.slug)).body.title, 'Second title');
    const me = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: bearer(token),
      payload: { display_name: 'Launch Co', merchant_settings: { brand_name: 'Launch' } },
    });
    assert.equal(me.statusCode, 200, me.body);
    const branded = (await page(hilt, p.slug)).body;
    assert.equal(branded.branding.merchant_name, 'Launch Co');
    assert.equal(branded.branding.brand_name, 'Launch');
    const archived = await hilt.app.inject({ method: 'DELETE', url: `/v1/products/${p.id}`, headers: sk });
    assert.equal(archived.statusCode, 200, archived.body);
    assert.equal((await page(hilt, p.slug)).status, 404);
  });

  test('an edit through one instance drops the payload cached by another (PostgreSQL, NOTIFY)', {
    skip: !usingPostgres,
  }, async () => {
    const second = await createApp(hilt.config, {
      db: hilt.db,
      secrets: hilt.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: hilt.sandboxChain,
    });
    try {
      const p = await product();
      assert.equal((await page(second, p.slug)).body.title, 'First title');
      const patch = await hilt.app.inject({
        method: 'PATCH',
        url: `/v1/products/${p.id}`,
        headers: sk,
        payload: { title: 'Edited elsewhere' },
      });
      assert.equal(patch.statusCode, 200, patch.body);
      const deadline = Date.now() + 5000;
      let title = '';
      while (Date.now() < deadline) {
        title = (await page(second, p.slug)).body.title;
        if (title === 'Edited elsewhere') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal(title, 'Edited elsewhere');
    } finally {
      await second.close();
    }
  });
});
