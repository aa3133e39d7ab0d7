import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { createApp } from '../src/app.ts';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './helpers/app.ts';

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

  test('routes outside /v1 carry no rate-limit headers', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.headers['x-ratelimit-limit'], undefined);
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
