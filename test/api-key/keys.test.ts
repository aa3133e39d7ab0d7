import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

describe('API keys', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp();
  });
  after(() => hilt.dispose());

  test('create shows the raw key once; list never does; only a hash is stored', async () => {
    const m = await registerMerchant(hilt);
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: bearer(m.token),
      payload: { name: 'Production Telegram bot' },
    });
    assert.equal(res.statusCode, 201);
    const { key, raw_key } = res.json();
    assert.match(raw_key, /^hk_live_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(key.permissions, ['read', 'execute']);
    assert.equal(key.sandbox_mode, false);
    assert.ok(raw_key.startsWith(key.key_prefix));
    assert.equal(key.revoked_at, null);
    assert.equal(key.last_used_at, null);
    assert.equal(key.usage_summary.total_calls, 0);

    const list = await hilt.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(m.token) });
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().length, 1);
    assert.ok(!list.body.includes(raw_key));
    assert.equal(list.json()[0].raw_key, undefined);

    const stored = await hilt.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys WHERE id = $1', [key.id]);
    assert.notEqual(stored[0].key_hash, raw_key);
    assert.match(stored[0].key_hash, /^[0-9a-f]{64}$/);
    const dump = JSON.stringify(await hilt.db.query('SELECT * FROM api_keys'), (_k, v) =>
      typeof v === 'bigint' ? String(v) : v,
    );
    assert.ok(!dump.includes(raw_key));
  });

  test('sandbox keys get the hk_sandbox_ prefix and act in sandbox mode', async () => {
    const m = await registerMerchant(hilt);
    const k = await createKey(hilt, m.token, { sandbox_mode: true });
    assert.match(k.raw, /^hk_sandbox_/);
    const me = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    assert.equal(me.json().sandbox, true);
    assert.equal(me.json().key_id, k.id);
    const sessionSandbox = await hilt.app.inject({
      method: 'GET',
      url: '/v1/account/me',
      headers: { ...bearer(m.token), 'x-hilt-mode': 'sandbox' },
    });
    assert.equal(sessionSandbox.json().sandbox, true);
    const badMode = await hilt.app.inject({
      method: 'GET',
      url: '/v1/account/me',
      headers: { ...bearer(m.token), 'x-hilt-mode': 'test' },
    });
    assert.equal(badMode.statusCode, 400);
    assert.equal(badMode.json().code, 'invalid_mode');
  });

  test('unknown permissions are 422; duplicates and empty lists refused', async () => {
    const m = await registerMerchant(hilt);
    for (const permissions of [['read', 'root'], [], ['read', 'read'], 'read']) {
      const res = await hilt.app.inject({
        method: 'POST',
        url: '/v1/keys',
        headers: bearer(m.token),
        payload: { name: 'x', permissions },
      });
      assert.equal(res.statusCode, 422, JSON.stringify(permissions));
    }
    const missingName = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: bearer(m.token),
      payload: {},
    });
    assert.equal(missingName.statusCode, 422);
    assert.deepEqual(missingName.json().detail[0].loc, ['body', 'name']);
  });

  test('key permissions accept any letter case and are stored in lower case', async () => {
    const m = await registerMerchant(hilt);
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: bearer(m.token),
      payload: { name: 'upper', permissions: ['READ', 'Execute'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().key.permissions, ['read', 'execute']);
    const bad = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: bearer(m.token),
      payload: { name: 'bad', permissions: ['WRITE'] },
    });
    assert.equal(bad.json().code, 'unsupported_permissions');
  });

  test('a key cannot create a key with more permissions, nor of the other mode', async () => {
    const m = await registerMerchant(hilt);
    const admin = await createKey(hilt, m.token, { permissions: ['read', 'admin'] });
    const escalate = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: keyHeader(admin.raw),
      payload: { name: 'more', permissions: ['read', 'execute'] },
    });
    assert.equal(escalate.statusCode, 403);
    assert.equal(escalate.json().code, 'permission_escalation');
    const sandbox = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: keyHeader(admin.raw),
      payload: { name: 'sb', permissions: ['read'], sandbox_mode: true },
    });
    assert.equal(sandbox.statusCode, 403);
    const same = await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: keyHeader(admin.raw),
      payload: { name: 'subset', permissions: ['read'] },
    });
    assert.equal(same.statusCode, 201);
    assert.deepEqual(same.json().key.permissions, ['read']);
  });

  test('scope matrix: each permission allowed or refused on a representative route', async () => {
    const m = await registerMerchant(hilt);
    const routes = [
      { scope: 'read', method: 'GET', url: '/v1/account/me' },
      { scope: 'admin', method: 'GET', url: '/v1/keys' },
      { scope: 'admin', method: 'PATCH', url: '/v1/account/me', payload: { timezone: 'Europe/London' } },
      { scope: 'admin', method: 'POST', url: '/v1/keys', payload: { name: 'k', permissions: ['read'] } },
      { scope: 'session', method: 'PATCH', url: '/v1/account/me/security', payload: { new_password: 'whatever123' } },
      { scope: 'session', method: 'POST', url: '/v1/auth/logout' },
    ] as const;
    const keys: Record<string, string> = {};
    for (const p of ['read', 'execute', 'admin', 'billing']) {
      keys[p] = (await createKey(hilt, m.token, { name: p, permissions: [p, ...(p === 'admin' ? ['read'] : [])] })).raw;
    }
    for (const route of routes) {
      for (const [perm, raw] of Object.entries(keys)) {
        const res = await hilt.app.inject({
          method: route.method,
          url: route.url,
          headers: keyHeader(raw),
          payload: 'payload' in route ? route.payload : undefined,
        });
        const allowed =
          route.scope !== 'session' && (perm === route.scope || (route.scope === 'read' && perm === 'admin'));
        if (allowed)
          assert.ok(res.statusCode < 300, `${perm} on ${route.method} ${route.url}: ${res.statusCode} ${res.body}`);
        else {
          assert.equal(res.statusCode, 403, `${perm} on ${route.method} ${route.url}`);
          assert.ok(['insufficient_permissions', 'session_required'].includes(res.json().code));
        }
      }
      const anonymous = await hilt.app.inject({ method: route.method, url: route.url });
      assert.equal(anonymous.statusCode, 401, `anonymous ${route.method} ${route.url}`);
      assert.equal(anonymous.json().code, 'unauthenticated');
    }
  });

  test('tenant isolation: workspace B gets 404 on A’s key and never sees it', async () => {
    const a = await registerMerchant(hilt);
    const b = await registerMerchant(hilt);
    const ka = await createKey(hilt, a.token);
    const del = await hilt.app.inject({ method: 'DELETE', url: `/v1/keys/${ka.id}`, headers: bearer(b.token) });
    assert.equal(del.statusCode, 404);
    assert.equal(del.json().code, 'key_not_found');
    const listB = await hilt.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(b.token) });
    assert.deepEqual(listB.json(), []);
    const stillWorks = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(ka.raw) });
    assert.equal(stillWorks.statusCode, 200);
    assert.equal(stillWorks.json().user_id, a.userId);
  });

  test('a revoked key gets 401 on its very next request', async () => {
    const m = await registerMerchant(hilt);
    const k = await createKey(hilt, m.token);
    const before = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    assert.equal(before.statusCode, 200);
    const del = await hilt.app.inject({ method: 'DELETE', url: `/v1/keys/${k.id}`, headers: bearer(m.token) });
    assert.equal(del.statusCode, 204);
    assert.equal(del.body, '');
    const after = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().code, 'invalid_api_key');
    const listed = await hilt.app.inject({
      method: 'GET',
      url: '/v1/keys?include_revoked=true',
      headers: bearer(m.token),
    });
    assert.ok(listed.json().find((x: { id: string }) => x.id === k.id).revoked_at);
    const active = await hilt.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(m.token) });
    assert.equal(active.json().length, 0);
    const badId = await hilt.app.inject({ method: 'DELETE', url: '/v1/keys/not-a-uuid', headers: bearer(m.token) });
    assert.equal(badId.statusCode, 422);
  });

  test('a deleted account’s keys and tokens get 401 at once', async () => {
    const m = await registerMerchant(hilt);
    const k = await createKey(hilt, m.token);
    await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    const del = await hilt.app.inject({ method: 'DELETE', url: '/v1/account/account', headers: bearer(m.token) });
    assert.equal(del.statusCode, 200);
    const viaKey = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    assert.equal(viaKey.statusCode, 401);
    const viaToken = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) });
    assert.equal(viaToken.statusCode, 401);
    const login = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: m.password },
    });
    assert.equal(login.statusCode, 401);
    const [row] = await hilt.db.query<{ email: string | null; status: string; deleted_at: Date | null }>(
      'SELECT email, status, deleted_at FROM users WHERE id = $1',
      [m.userId],
    );
    assert.equal(row.email, null);
    assert.equal(row.status, 'deleted');
    assert.ok(row.deleted_at);
    // The email is free again for a new account.
    const again = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: m.email, password: m.password },
    });
    assert.equal(again.statusCode, 201);
  });

  test('usage is recorded: last_used_at, counters and recent activity', async () => {
    const m = await registerMerchant(hilt);
    const k = await createKey(hilt, m.token, { permissions: ['read', 'admin'] });
    await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    await hilt.app.inject({
      method: 'POST',
      url: '/v1/keys',
      headers: keyHeader(k.raw),
      payload: { name: 'x', permissions: ['execute'] },
    });
    // Usage is written in batches once a second: wait for the batch (bounded), however busy the machine is.
    let summary:
      | {
          last_used_at: string | null;
          usage_summary: Record<string, unknown>;
          recent_activity: { status_code: number }[];
        }
      | undefined;
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const list = await hilt.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(m.token) });
      summary = list.json().find((x: { id: string }) => x.id === k.id);
      if (summary?.usage_summary.total_calls === 2 && summary.recent_activity.length === 2) break;
    }
    assert.ok(summary);
    assert.ok(summary.last_used_at);
    assert.equal(summary.usage_summary.total_calls, 2);
    assert.equal(summary.usage_summary.success_calls, 1);
    assert.equal(summary.usage_summary.error_calls, 1);
    assert.equal(summary.usage_summary.latest_endpoint, '/v1/keys');
    assert.equal(summary.recent_activity.length, 2);
    assert.equal(summary.recent_activity[0].status_code, 403);
  });
});
