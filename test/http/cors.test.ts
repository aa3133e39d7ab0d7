import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const SHOP = 'https://shop.example.com';
const ADMIN = 'https://admin.example.com';

describe('CORS: buyer routes for every origin, merchant routes only for HILT_CORS_ORIGINS', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let slug: string;
  let paymentId: string;

  before(async () => {
    hilt = await createTestApp({ HILT_CORS_ORIGINS: `${ADMIN}, http://127.0.0.1:5173` });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    const product = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: sk,
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'Cors',
        amount_minor_units: 1_000_000,
        merchant_wallet: MERCHANT,
      },
    });
    slug = product.json().slug;
    const session = await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${slug}/connect`, payload: {} });
    paymentId = session.json().payment_id;
  });
  after(async () => {
    await hilt?.dispose();
  });

  const preflight = (url: string, origin: string, method = 'POST', headers = 'content-type') =>
    hilt.app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
    });

  test('the Solana Pay transaction request answers GET, POST and their preflight from any origin', async () => {
    const pre = await preflight(
      `/v1/pay/transaction/${paymentId}`,
      'https://wallet.example',
      'POST',
      'content-type, x-wallet',
    );
    assert.equal(pre.statusCode, 204);
    assert.equal(pre.headers['access-control-allow-origin'], '*');
    assert.match(String(pre.headers['access-control-allow-methods']), /POST/);
    assert.match(String(pre.headers['access-control-allow-headers']), /content-type/);
    assert.match(String(pre.headers['access-control-allow-headers']), /x-wallet/);
    assert.equal(pre.headers['access-control-allow-credentials'], undefined);

    const get = await hilt.app.inject({
      method: 'GET',
      url: `/v1/pay/transaction/${paymentId}`,
      headers: { origin: 'https://wallet.example' },
    });
    assert.equal(get.statusCode, 200);
    assert.equal(get.headers['access-control-allow-origin'], '*');
    const post = await hilt.app.inject({
      method: 'POST',
      url: `/v1/pay/transaction/${paymentId}`,
      headers: { origin: 'https://wallet.example' },
      payload: { account: MERCHANT.replace('9x', '8x') },
    });
    assert.equal(post.headers['access-control-allow-origin'], '*');
  });

  test('buyer routes answer any origin without credentials and expose the request id and rate-limit headers', async () => {
    for (const url of [`/v1/products/p/${slug}`, `/v1/payments/${paymentId}`, '/v1/receipts/public-key']) {
      const res = await hilt.app.inject({ method: 'GET', url, headers: { origin: SHOP } });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['access-control-allow-origin'], '*', url);
      assert.equal(res.headers['access-control-allow-credentials'], undefined, url);
      const exposed = String(res.headers['access-control-expose-headers']);
      for (const h of ['x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
        assert.match(exposed, new RegExp(h), `${url} exposes ${h}`);
      }
    }
    const pre = await preflight(`/v1/products/p/${slug}/connect`, SHOP);
    assert.equal(pre.statusCode, 204);
    assert.equal(pre.headers['access-control-allow-origin'], '*');
    const connect = await hilt.app.inject({
      method: 'POST',
      url: `/v1/products/p/${slug}/connect`,
      headers: { origin: SHOP },
      payload: {},
    });
    assert.equal(connect.statusCode, 200);
    assert.equal(connect.headers['access-control-allow-origin'], '*');
    const pre2 = await preflight('/v1/pay/broadcast', SHOP);
    assert.equal(pre2.headers['access-control-allow-origin'], '*');
    const pre3 = await preflight('/v1/receipt/00000000-0000-4000-8000-000000000000/public', SHOP, 'GET');
    assert.equal(pre3.headers['access-control-allow-origin'], '*');
  });

  test('merchant routes answer only the listed origins', async () => {
    const stranger = await hilt.app.inject({ method: 'GET', url: '/v1/products', headers: { ...sk, origin: SHOP } });
    assert.equal(stranger.statusCode, 200);
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
    const strangerPre = await preflight('/v1/products', SHOP, 'GET', 'x-hilt-key');
    assert.equal(strangerPre.headers['access-control-allow-origin'], undefined);

    const listed = await hilt.app.inject({ method: 'GET', url: '/v1/products', headers: { ...sk, origin: ADMIN } });
    assert.equal(listed.headers['access-control-allow-origin'], ADMIN);
    assert.match(String(listed.headers.vary), /origin/i);
    const listedPre = await preflight('/v1/products', ADMIN, 'POST', 'authorization, content-type, idempotency-key');
    assert.equal(listedPre.statusCode, 204);
    assert.equal(listedPre.headers['access-control-allow-origin'], ADMIN);
    assert.match(String(listedPre.headers['access-control-allow-headers']), /authorization/);
    assert.equal(listedPre.headers['access-control-allow-credentials'], undefined);
  });

  test('with no HILT_CORS_ORIGINS no merchant route answers another origin; bad values stop start-up', async () => {
    assert.deepEqual(loadConfig({ NODE_ENV: 'test' }).corsOrigins, []);
    assert.deepEqual(
      loadConfig({ NODE_ENV: 'test', HILT_CORS_ORIGINS: `${ADMIN},https://b.example:8443` }).corsOrigins,
      [ADMIN, 'https://b.example:8443'],
    );
    for (const bad of ['*', 'admin.example.com', 'https://admin.example.com/path', 'ftp://x.example']) {
      assert.throws(() => loadConfig({ NODE_ENV: 'test', HILT_CORS_ORIGINS: bad }), ConfigError, bad);
    }
  });
});
