import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pruneIdempotencyKeys } from '../../src/http/idempotency.ts';
import { bearer, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';

describe('Idempotency-Key', () => {
  let hilt: TestApp;
  before(async () => {
    // Webhook hosts resolve to a public address without DNS.
    hilt = await createTestApp({}, { webhookResolver: async () => ['93.184.215.14'] });
  });
  after(() => hilt.dispose());

  const createKey = (token: string, idem: string | undefined, body: object) =>
    hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: { ...bearer(token), ...(idem ? { 'idempotency-key': idem } : {}) },
      payload: body,
    });

  test('a replay returns the stored response, marked, and creates nothing new', async () => {
    const m = await registerMerchant(hilt);
    const first = await createKey(m.token, 'key-create-1', { name: 'bot' });
    assert.equal(first.statusCode, 201);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const second = await createKey(m.token, 'key-create-1', { name: 'bot' });
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.match(String(second.headers['content-type']), /application\/json/);
    // The replay says which key was created, but the raw key is shown once only.
    assert.ok(first.json().raw_key.startsWith('hk_'));
    assert.equal(second.json().raw_key, null);
    assert.deepEqual(second.json().key, first.json().key);
    assert.ok(!second.body.includes(first.json().raw_key));
    const list = await hilt.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(m.token) });
    assert.equal(list.json().length, 1);
    // The stored response holds a raw key, so it is kept encrypted.
    const rows = await hilt.db.query<{ response_body: string }>(
      "SELECT response_body FROM idempotency_keys WHERE idempotency_key = 'key-create-1'",
    );
    assert.ok(!rows[0].response_body.includes(first.json().raw_key));
  });

  test('a replayed webhook endpoint creation does not hand out the signing secret again', async () => {
    const m = await registerMerchant(hilt);
    const create = () =>
      hilt.app.inject({
        method: 'POST',
        url: '/v1/webhooks/endpoints',
        headers: { ...bearer(m.token), 'idempotency-key': 'endpoint-1' },
        payload: { url: 'https://hooks.example.com/hilt', label: 'Orders' },
      });
    const first = await create();
    assert.equal(first.statusCode, 201, first.body);
    assert.ok(first.json().signing_secret);
    const again = await create();
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.json().signing_secret, null);
    assert.equal(again.json().endpoint.id, first.json().endpoint.id);
  });

  test('the same key with a different body is 422', async () => {
    const m = await registerMerchant(hilt);
    await createKey(m.token, 'key-create-2', { name: 'one' });
    const res = await createKey(m.token, 'key-create-2', { name: 'two' });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'idempotency_key_mismatch');
  });

  test('while the first request is in flight the same key is 409; a stale lease is taken over', async () => {
    const m = await registerMerchant(hilt);
    const body = JSON.stringify({ name: 'inflight' });
    const first = hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: { ...bearer(m.token), 'idempotency-key': 'key-inflight', 'content-type': 'application/json' },
      payload: body,
    });
    const second = hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: { ...bearer(m.token), 'idempotency-key': 'key-inflight', 'content-type': 'application/json' },
      payload: body,
    });
    const [a, b] = await Promise.all([first, second]);
    const statuses = [a.statusCode, b.statusCode].sort();
    // Either the second saw the first in flight (409) or arrived after it finished (replay).
    assert.ok(
      (statuses[0] === 201 && statuses[1] === 409) ||
        (a.statusCode === 201 && b.headers['idempotent-replayed'] === 'true'),
      `got ${statuses}`,
    );

    // A process that died mid-request leaves an in-flight row: refused while its lease runs, taken over after.
    const scope = `${m.userId}:live`;
    await hilt.db.query(
      `INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, state, locked_until)
       SELECT $1, 'crashed', request_hash, 'in_flight', now() + interval '1 minute'
         FROM idempotency_keys WHERE scope = $1 AND idempotency_key = 'key-inflight'`,
      [scope],
    );
    const blocked = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: { ...bearer(m.token), 'idempotency-key': 'crashed', 'content-type': 'application/json' },
      payload: body,
    });
    // The stored hash covers the URL and body, and these match the crashed request.
    assert.equal(blocked.statusCode, 409);
    assert.equal(blocked.json().code, 'idempotency_in_progress');
    await hilt.db.query(
      "UPDATE idempotency_keys SET locked_until = now() - interval '1 second' WHERE scope = $1 AND idempotency_key = 'crashed'",
      [scope],
    );
    const resumed = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: { ...bearer(m.token), 'idempotency-key': 'crashed', 'content-type': 'application/json' },
      payload: body,
    });
    assert.equal(resumed.statusCode, 201);
  });

  test('keys are scoped per workspace', async () => {
    const a = await registerMerchant(hilt);
    const b = await registerMerchant(hilt);
    const ra = await createKey(a.token, 'shared-key', { name: 'same' });
    const rb = await createKey(b.token, 'shared-key', { name: 'same' });
    assert.equal(ra.statusCode, 201);
    assert.equal(rb.statusCode, 201);
    assert.equal(rb.headers['idempotent-replayed'], undefined);
    assert.notEqual(ra.json().raw_key, rb.json().raw_key);
  });

  test('public POSTs are covered too; a malformed key is 422', async () => {
    const payload = { email: 'idem-public@example.com', password: 'long enough pw' };
    const first = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'idempotency-key': 'reg-1' },
      payload,
    });
    const again = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'idempotency-key': 'reg-1' },
      payload,
    });
    assert.equal(first.statusCode, 201);
    assert.equal(again.statusCode, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const bad = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      headers: { 'idempotency-key': 'has spaces in it' },
      payload,
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'invalid_idempotency_key');
  });

  test('validation failures are not stored; records older than the TTL are pruned', async () => {
    const m = await registerMerchant(hilt);
    const invalid = await createKey(m.token, 'retry-after-fix', { permissions: ['read'] });
    assert.equal(invalid.statusCode, 422);
    const fixed = await createKey(m.token, 'retry-after-fix', { name: 'fixed' });
    assert.equal(fixed.statusCode, 201);

    await hilt.db.query(
      "UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE idempotency_key = 'retry-after-fix'",
    );
    await pruneIdempotencyKeys(hilt.db, 24);
    const left = await hilt.db.query("SELECT 1 FROM idempotency_keys WHERE idempotency_key = 'retry-after-fix'");
    assert.equal(left.length, 0);
    const fresh = await createKey(m.token, 'retry-after-fix', { name: 'fixed' });
    assert.equal(fresh.headers['idempotent-replayed'], undefined);
  });
});
