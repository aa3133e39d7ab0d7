import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateKeyPairSync, sign } from 'node:crypto';
import bs58 from '../../src/lib/base58.ts';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

function walletKeypair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  return {
    address: bs58.encode(raw),
    sign: (message: string) => bs58.encode(sign(null, Buffer.from(message, 'utf8'), privateKey)),
  };
}

describe('merchant auth', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp();
  });
  after(() => hilt.dispose());

  test('register returns an AuthResponse with 201 and the token works', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'Owner@Example.com', password: 'long enough pw', display_name: 'Owner' },
    });
    assert.equal(res.statusCode, 201);
    const body = res.json();
    assert.match(body.token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.match(body.user_id, /^[0-9a-f-]{36}$/);
    assert.equal(body.tier, 'free');
    assert.equal(body.email, 'Owner@Example.com');
    assert.equal(body.claims.hilt_pay, true);
    assert.equal(body.claims.is_staff, false);
    const me = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(body.token) });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user_id, body.user_id);
    assert.deepEqual(me.json().auth_providers, ['password']);
  });

  test('a taken email (any case) is 409 email_already_registered', async () => {
    const m = await registerMerchant(hilt);
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: m.email.toUpperCase(), password: 'another password' },
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'email_already_registered');
    assert.ok(res.json().request_id);
  });

  test('register validates its payload with 422 and field locations', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'not-an-email', password: 'short' },
    });
    assert.equal(res.statusCode, 422);
    const body = res.json();
    assert.equal(body.code, 'validation_error');
    const locs = body.detail.map((d: { loc: string[] }) => d.loc.join('.'));
    assert.ok(locs.includes('body.email'), locs.join());
    assert.ok(locs.includes('body.password'), locs.join());
  });

  test('login: right password 200, wrong password 401, unknown email 401', async () => {
    const m = await registerMerchant(hilt);
    const ok = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: m.password },
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().user_id, m.userId);
    const bad = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: 'wrong password' },
    });
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().code, 'invalid_credentials');
    const unknown = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: 'nobody@example.com', password: 'whatever1' },
    });
    assert.equal(unknown.statusCode, 401);
  });

  test('a suspended account cannot log in (403) and its key gets 403', async () => {
    const m = await registerMerchant(hilt);
    const key = await createKey(hilt, m.token);
    await hilt.services.account.setStatus(m.email, 'suspended');
    const login = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: m.email, password: m.password },
    });
    assert.equal(login.statusCode, 403);
    assert.equal(login.json().code, 'account_suspended');
    const call = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key.raw) });
    assert.equal(call.statusCode, 403);
    await hilt.services.account.setStatus(m.email, 'active');
    const again = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key.raw) });
    assert.equal(again.statusCode, 200);
  });

  test('wallet sign-in: challenge, signature, single use, wrong signer refused', async () => {
    const wallet = walletKeypair();
    const ch = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet/challenge',
      payload: { wallet_address: wallet.address },
    });
    assert.equal(ch.statusCode, 200);
    const { message, message_nonce, expires_at } = ch.json();
    assert.ok(message.includes(wallet.address));
    assert.ok(message.includes(message_nonce));
    assert.ok(Date.parse(expires_at) > Date.now());

    const impostor = walletKeypair();
    const forged = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet',
      payload: { wallet_address: wallet.address, message_nonce, signed_message: impostor.sign(message) },
    });
    assert.equal(forged.statusCode, 401);
    assert.equal(forged.json().code, 'invalid_signature');

    // The failed attempt used the nonce up: a fresh challenge is needed.
    const ch2 = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/auth/wallet/challenge',
        payload: { wallet_address: wallet.address },
      })
    ).json();
    const ok = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet',
      payload: {
        wallet_address: wallet.address,
        message_nonce: ch2.message_nonce,
        signed_message: wallet.sign(ch2.message),
      },
    });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().email, null);
    assert.equal(ok.json().claims.is_staff, false);
    const replay = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet',
      payload: {
        wallet_address: wallet.address,
        message_nonce: ch2.message_nonce,
        signed_message: wallet.sign(ch2.message),
      },
    });
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().code, 'invalid_nonce');

    // Signing in again resumes the same account.
    const ch3 = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/auth/wallet/challenge',
        payload: { wallet_address: wallet.address },
      })
    ).json();
    const again = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet',
      payload: {
        wallet_address: wallet.address,
        message_nonce: ch3.message_nonce,
        signed_message: wallet.sign(ch3.message),
      },
    });
    assert.equal(again.json().user_id, ok.json().user_id);
  });

  test('wallet sign-in rejects a malformed address and signature', async () => {
    const bad = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet/challenge',
      payload: { wallet_address: '0OIl' },
    });
    assert.equal(bad.statusCode, 422);
    const wallet = walletKeypair();
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/wallet',
      payload: { wallet_address: wallet.address, message_nonce: 'x', signed_message: 'abc' },
    });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'invalid_signature');
  });

  test('refresh rotates the token; logout ends the session', async () => {
    const m = await registerMerchant(hilt);
    const refreshed = await hilt.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { token: m.token } });
    assert.equal(refreshed.statusCode, 200);
    const fresh = refreshed.json().token;
    assert.notEqual(fresh, m.token);
    const old = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) });
    assert.equal(old.statusCode, 401);
    const reuse = await hilt.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { token: m.token } });
    assert.equal(reuse.statusCode, 401);

    const out = await hilt.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: bearer(fresh) });
    assert.equal(out.statusCode, 200);
    const after = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(fresh) });
    assert.equal(after.statusCode, 401);
  });

  test('garbage tokens and malformed Authorization headers are 401, never 500', async () => {
    for (const authorization of [
      'Bearer abc',
      'Bearer a.b.c',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer eyJhbGciOiJub25lIn0.e30.',
    ]) {
      const res = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: { authorization } });
      assert.equal(res.statusCode, 401, authorization);
    }
    const refresh = await hilt.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { token: 'nope' } });
    assert.equal(refresh.statusCode, 401);
  });

  test('logout needs a session: an API key is refused with 403', async () => {
    const m = await registerMerchant(hilt);
    const key = await createKey(hilt, m.token, { permissions: ['read', 'execute', 'admin'] });
    const res = await hilt.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: keyHeader(key.raw) });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'session_required');
  });
});
