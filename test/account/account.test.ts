import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

describe('account', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp();
  });
  after(() => hilt.dispose());

  test('GET /v1/account/me returns the AccountResponse fields', async () => {
    const m = await registerMerchant(hilt);
    const res = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) });
    assert.equal(res.statusCode, 200);
    const me = res.json();
    for (const field of [
      'user_id',
      'email',
      'wallet_address',
      'display_name',
      'tier',
      'status',
      'email_verified',
      'timezone',
      'created_at',
      'key_id',
      'sandbox',
      'notification_prefs',
      'merchant_settings',
      'claims',
      'has_password',
      'auth_providers',
    ]) {
      assert.ok(field in me, field);
    }
    assert.equal(me.status, 'active');
    assert.equal(me.timezone, 'UTC');
    assert.equal(me.has_password, true);
    assert.equal(me.key_id, null);
    assert.equal(me.sandbox, false);
    assert.ok(!('password_hash' in me));
  });

  test('PATCH /v1/account/me updates fields and reports them', async () => {
    const m = await registerMerchant(hilt);
    const res = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: bearer(m.token),
      payload: {
        display_name: 'Acme Access',
        timezone: 'Europe/Paris',
        merchant_settings: { brand_name: 'Acme', accent_color: '#ff6600' },
      },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().updated_fields.sort(), ['display_name', 'merchant_settings', 'timezone']);
    const me = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) })).json();
    assert.equal(me.display_name, 'Acme Access');
    assert.equal(me.timezone, 'Europe/Paris');
    assert.equal(me.merchant_settings.brand_name, 'Acme');

    const merge = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: bearer(m.token),
      payload: { merchant_settings: { support_url: 'https://acme.example/help' } },
    });
    assert.equal(merge.statusCode, 200);
    const me2 = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) })).json();
    assert.equal(me2.merchant_settings.brand_name, 'Acme');
    assert.equal(me2.merchant_settings.support_url, 'https://acme.example/help');
  });

  test('PATCH /v1/account/me refuses an unknown time zone and an empty body', async () => {
    const m = await registerMerchant(hilt);
    const tz = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: bearer(m.token),
      payload: { timezone: 'Mars/Base' },
    });
    assert.equal(tz.statusCode, 422);
    assert.equal(tz.json().code, 'invalid_timezone');
    const empty = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: bearer(m.token),
      payload: {},
    });
    assert.equal(empty.statusCode, 422);
  });

  test('PATCH /v1/account/me and /me/security: null leaves timezone, settings and credentials as they are', async () => {
    const m = await registerMerchant(hilt);
    const patch = (url: string, payload: unknown) =>
      hilt.app.inject({ method: 'PATCH', url, headers: bearer(m.token), payload: payload as object });
    const set = await patch('/v1/account/me', {
      timezone: 'Europe/London',
      notification_prefs: { email: true },
      merchant_settings: { brand_name: 'Shop' },
    });
    assert.equal(set.statusCode, 200, set.body);
    const nulls = await patch('/v1/account/me', {
      timezone: null,
      notification_prefs: null,
      merchant_settings: null,
      display_name: 'Renamed',
    });
    assert.equal(nulls.statusCode, 200, nulls.body);
    assert.deepEqual(nulls.json().updated_fields, ['display_name']);
    const me = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) })).json();
    assert.equal(me.timezone, 'Europe/London');
    assert.deepEqual(me.notification_prefs, { email: true });
    assert.equal(me.merchant_settings.brand_name, 'Shop');
    assert.equal(me.display_name, 'Renamed');
    // display_name can really be cleared.
    await patch('/v1/account/me', { display_name: null });
    const cleared = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) })).json();
    assert.equal(cleared.display_name, null);

    // Security: a null email keeps it; the password still changes.
    const sec = await patch('/v1/account/me/security', {
      email: null,
      current_password: m.password,
      new_password: 'another long passphrase',
    });
    assert.equal(sec.statusCode, 200, sec.body);
    assert.deepEqual(sec.json().updated_fields, ['password']);
    const all = await patch('/v1/account/me/security', { email: null, new_password: null, current_password: null });
    assert.equal(all.statusCode, 422);
    assert.equal(all.json().code, 'nothing_to_update');
    const login = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: 'another long passphrase' },
    });
    assert.equal(login.statusCode, 200, login.body);
  });

  test('security: password change needs the current one and ends other sessions', async () => {
    const m = await registerMerchant(hilt);
    const other = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { email: m.email, password: m.password },
      })
    ).json().token;
    const missing = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me/security',
      headers: bearer(m.token),
      payload: { new_password: 'a brand new password' },
    });
    assert.equal(missing.statusCode, 422);
    const wrong = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me/security',
      headers: bearer(m.token),
      payload: { current_password: 'not it at all', new_password: 'a brand new password' },
    });
    assert.equal(wrong.statusCode, 403);
    const ok = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me/security',
      headers: bearer(m.token),
      payload: { current_password: m.password, new_password: 'a brand new password' },
    });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json().updated_fields, ['password']);
    assert.equal(
      (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) })).statusCode,
      200,
    );
    assert.equal(
      (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(other) })).statusCode,
      401,
    );
    const login = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: 'a brand new password' },
    });
    assert.equal(login.statusCode, 200);
  });

  test('security: changing to a taken email is 409', async () => {
    const a = await registerMerchant(hilt);
    const b = await registerMerchant(hilt);
    const res = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me/security',
      headers: bearer(a.token),
      payload: { current_password: a.password, email: b.email },
    });
    assert.equal(res.statusCode, 409);
    const ok = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me/security',
      headers: bearer(a.token),
      payload: { current_password: a.password, email: `new-${a.email}` },
    });
    assert.equal(ok.statusCode, 200);
    const me = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(a.token) })).json();
    assert.equal(me.email, `new-${a.email}`);
  });

  test('account deletion and security changes need a session, not a key', async () => {
    const m = await registerMerchant(hilt);
    const k = await createKey(hilt, m.token, { permissions: ['read', 'execute', 'admin', 'billing'] });
    const del = await hilt.app.inject({ method: 'DELETE', url: '/v1/account/account', headers: keyHeader(k.raw) });
    assert.equal(del.statusCode, 403);
    assert.equal(del.json().code, 'session_required');
    const me = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k.raw) });
    assert.equal(me.statusCode, 200);
  });
});
