// The generated client (sdk/src/core.js) against the real server over HTTP: typed methods per operationId,
// credentials, idempotency keys, binary answers and API errors; and the same files served to browsers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, HiltApiError } from '../../sdk/src/core.js';
import { createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

describe('generated API client', () => {
  let hilt: TestApp;
  let base: string;
  let token: string;

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    token = (await registerMerchant(hilt)).token;
  });
  after(async () => hilt?.dispose());

  test('calls operations by id with path, query and body, and replays under an idempotency key', async () => {
    const client = createClient({ baseUrl: base, bearerToken: () => token, mode: 'sandbox' });
    const body = {
      product_type: 'PAYMENT_LINK',
      title: 'Client guide',
      amount_minor_units: 1_000_000,
      merchant_wallet: MERCHANT,
    } as const;
    const created = await client.createProduct({ body }, { idempotencyKey: 'client-core-1' });
    const again = await client.createProduct({ body }, { idempotencyKey: 'client-core-1' });
    assert.equal(again.id, created.id);
    assert.equal(created.livemode, false);
    const read = await client.getProduct({ path: { product_id: created.id } });
    assert.equal(read.title, 'Client guide');
    const listed = await client.listProducts({ query: { limit: 10 } });
    assert.deepEqual(
      listed.map((p) => p.id),
      [created.id],
    );
    const live = createClient({ baseUrl: base, bearerToken: token, mode: 'live' });
    assert.equal((await live.listProducts()).length, 0);
    const publicView = await createClient({ baseUrl: base }).getPublicProduct({ path: { slug: created.slug } });
    assert.equal(publicView.title, 'Client guide');
  });

  test('turns error answers into HiltApiError with code, status, request id and details', async () => {
    const client = createClient({ baseUrl: base, bearerToken: token });
    const missing = await client
      .getProduct({ path: { product_id: '00000000-0000-4000-8000-000000000000' } })
      .catch((e: unknown) => e);
    assert.ok(missing instanceof HiltApiError);
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.errorCode, 'product_not_found');
    assert.match(missing.requestId ?? '', /\S/);
    assert.equal(missing.retryable, false);

    const invalid = await client
      .createProduct({ body: { product_type: 'PAYMENT_LINK', title: '', merchant_wallet: 'nope' } })
      .catch((e: unknown) => e);
    assert.ok(invalid instanceof HiltApiError);
    assert.equal(invalid.statusCode, 422);
    assert.ok(Array.isArray(invalid.details));

    const anonymous = await createClient({ baseUrl: base })
      .listProducts()
      .catch((e: unknown) => e);
    assert.ok(anonymous instanceof HiltApiError);
    assert.equal(anonymous.statusCode, 401);

    const unreachable = await createClient({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 })
      .getPublicProduct({ path: { slug: 'x' } })
      .catch((e: unknown) => e);
    assert.ok(unreachable instanceof HiltApiError);
    assert.equal(unreachable.statusCode, 0);
    assert.equal(unreachable.errorCode, 'network_error');
  });

  test('serves the client and Preact to browsers from our own origin', async () => {
    const core = await fetch(`${base}/assets/sdk/core.js`);
    assert.equal(core.status, 200);
    assert.match(core.headers.get('content-type') ?? '', /javascript/);
    assert.match(await core.text(), /from '\.\/generated\/operations\.js'/);
    const ops = await fetch(`${base}/assets/sdk/generated/operations.js`);
    assert.match(await ops.text(), /getPublicProduct: \{ method: 'GET', path: '\/v1\/products\/p\/\{slug\}'/);
    assert.equal((await fetch(`${base}/assets/sdk/generated/openapi.d.ts`)).status, 404);
    assert.equal((await fetch(`${base}/assets/sdk/core.d.ts`)).status, 404);
    const preact = await fetch(`${base}/assets/vendor/preact-htm.js`);
    assert.equal(preact.status, 200);
    assert.match(await preact.text(), /export\{/);
    assert.equal((await fetch(`${base}/assets/vendor/nope.js`)).status, 404);
  });
});
