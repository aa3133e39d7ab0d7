import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { createApp } from '../../src/app.ts';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

const WINDOW_MS = 2500;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function requireRedis(): Promise<void> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    throw new Error(
      `These tests need Redis at ${REDIS_URL} and it is not reachable (${(err as Error).message}). ` +
        'Start it: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
    );
  } finally {
    probe.disconnect();
  }
}

/** Waits until a fresh window starts, so a test's requests all land in one window. */
async function atWindowStart() {
  // Always the next window: requests made just before (registering, creating a key) must not count in it.
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  await new Promise((r) => setTimeout(r, left + 5));
}

describe('rate limits (in memory)', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp({
      HILT_RATE_LIMIT_WINDOW_MS: String(WINDOW_MS),
      HILT_RATE_LIMIT_PUBLIC: '4',
      HILT_RATE_LIMIT_FREE: '3',
      HILT_RATE_LIMIT_STARTER: '6',
      HILT_RATE_LIMIT_ENTERPRISE: '0',
    });
  });
  after(() => hilt.dispose());

  test('public routes: 120/min by default per IP, here 4 per window, then 429 with Retry-After', async () => {
    await atWindowStart();
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await hilt.app.inject({ method: 'GET', url: '/v1/health', remoteAddress: '10.9.9.9' });
      seen.push(res.statusCode);
      assert.equal(res.headers['x-ratelimit-limit'], '4');
      assert.equal(res.headers['x-ratelimit-remaining'], String(Math.max(0, 3 - i)));
      const reset = Number(res.headers['x-ratelimit-reset']);
      assert.ok(reset >= Date.now() / 1000 && reset <= Date.now() / 1000 + WINDOW_MS / 1000 + 1, `reset ${reset}`);
      if (res.statusCode === 429) {
        assert.equal(res.json().code, 'rate_limited');
        assert.ok(Number(res.headers['retry-after']) >= 1);
      }
    }
    assert.deepEqual(seen, [200, 200, 200, 200, 429]);
    const otherIp = await hilt.app.inject({ method: 'GET', url: '/v1/health', remoteAddress: '10.9.9.10' });
    assert.equal(otherIp.statusCode, 200);
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const recovered = await hilt.app.inject({ method: 'GET', url: '/v1/health', remoteAddress: '10.9.9.9' });
    assert.equal(recovered.statusCode, 200);
  });

  test('one budget per workspace: keys and sessions of a workspace share it, by plan', async () => {
    const m = await registerMerchant(hilt);
    const k1 = await createKey(hilt, m.token, { name: 'a' });
    const k2 = await createKey(hilt, m.token, { name: 'b' });
    const other = await registerMerchant(hilt);
    await atWindowStart();
    const statuses = [];
    for (const headers of [keyHeader(k1.raw), keyHeader(k2.raw), bearer(m.token), keyHeader(k1.raw)]) {
      statuses.push((await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers })).statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const otherWorkspace = await hilt.app.inject({
      method: 'GET',
      url: '/v1/account/me',
      headers: bearer(other.token),
    });
    assert.equal(otherWorkspace.statusCode, 200, 'another workspace has its own budget');

    await hilt.services.account.setPlan(m.email, 'starter');
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    await atWindowStart();
    const res = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k1.raw) });
    assert.equal(res.headers['x-ratelimit-limit'], '6');

    await hilt.services.account.setPlan(m.email, 'enterprise');
    for (let i = 0; i < 10; i++) {
      const r = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(k1.raw) });
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['x-ratelimit-limit'], 'unlimited');
    }
  });

  test('a route is charged however its path is spelled (percent-encoded, /sandbox/%72pc)', async () => {
    await atWindowStart();
    const ip = '10.9.8.1';
    const statuses: number[] = [];
    for (const [method, url] of [
      ['GET', '/%761/health'],
      ['GET', '/%76%31/health'],
      ['POST', '/sandbox/%72pc'],
      ['GET', '/v1/health'],
      ['GET', '/%761/health'],
      ['POST', '/sandbox/%72pc'],
    ] as const) {
      const res = await hilt.app.inject({
        method,
        url,
        remoteAddress: ip,
        ...(method === 'POST' ? { payload: { jsonrpc: '2.0', id: 1, method: 'getHealth' } } : {}),
      });
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
  });

  test('absolute-form request targets draw on the same budget', async () => {
    await hilt.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = hilt.app.server.address() as { port: number };
    const raw = (target: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let data = '';
        socket.on('data', (chunk) => {
          data += chunk;
        });
        socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1])));
        socket.on('error', reject);
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      });
    await atWindowStart();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await raw(`http://127.0.0.1:${port}/v1/health`));
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
  });

  test('routes outside /v1 carry no rate-limit headers', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.headers['x-ratelimit-limit'], undefined);
  });
});

describe('password sign-in attempts', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp({
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_LOGIN_WINDOW_MS: '3600000',
      HILT_LOGIN_LIMIT_ACCOUNT: '3',
      HILT_LOGIN_LIMIT_IP: '5',
    });
  });
  after(() => hilt.dispose());

  const login = (email: string, password: string, ip: string) =>
    hilt.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  test('are limited per account, from any IP, beyond the plan budget', async () => {
    const m = await registerMerchant(hilt);
    for (let i = 0; i < 3; i++) assert.equal((await login(m.email, 'wrong password', '10.1.0.1')).statusCode, 401);
    const blocked = await login(m.email, m.password, '10.1.0.1');
    assert.equal(blocked.statusCode, 429);
    assert.equal(blocked.json().code, 'rate_limited');
    assert.ok(Number(blocked.headers['retry-after']) >= 1);
    assert.equal((await login(m.email.toUpperCase(), m.password, '10.1.0.2')).statusCode, 429);
  });

  test('are limited per client IP across accounts', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await login(`nobody${i}@example.com`, 'wrong password', '10.1.0.3')).statusCode, 401);
    }
    assert.equal((await login('nobody9@example.com', 'wrong password', '10.1.0.3')).statusCode, 429);
    const m = await registerMerchant(hilt);
    assert.equal((await login(m.email, m.password, '10.1.0.4')).statusCode, 200, 'another IP still signs in');
  });
});

describe('rate limits shared through Redis', () => {
  test('two server instances on one Redis draw on one workspace budget', async () => {
    await requireRedis();
    const first = await createTestApp({
      REDIS_URL,
      HILT_RATE_LIMIT_WINDOW_MS: String(WINDOW_MS),
      HILT_RATE_LIMIT_FREE: '4',
    });
    const second = await createApp(first.config, {
      db: first.db,
      secrets: first.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: first.sandboxChain,
    });
    try {
      const m = await registerMerchant(first);
      const key = await createKey(first, m.token);
      await atWindowStart();
      const statuses: number[] = [];
      const remaining: string[] = [];
      for (let i = 0; i < 6; i++) {
        const instance = i % 2 === 0 ? first : second;
        const res = await instance.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key.raw) });
        statuses.push(res.statusCode);
        remaining.push(String(res.headers['x-ratelimit-remaining']));
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
      assert.deepEqual(remaining, ['3', '2', '1', '0', '0', '0']);
      await new Promise((r) => setTimeout(r, WINDOW_MS));
      const recovered = await second.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key.raw) });
      assert.equal(recovered.statusCode, 200);
    } finally {
      await second.close();
      await first.dispose();
    }
  });

  test('a Redis outage lets requests through instead of failing them', async () => {
    const hilt = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1', HILT_RATE_LIMIT_FREE: '2' });
    try {
      const res = await hilt.app.inject({ method: 'GET', url: '/v1/health' });
      assert.equal(res.statusCode, 200);
    } finally {
      await hilt.dispose();
    }
  });
});
