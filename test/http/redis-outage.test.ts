// Redis lost: a real redis-server started by the test on a spare port holds the rate-limit counters; it is killed
// (connections refused), frozen (connections accepted, no answers: a network partition) and restarted. While it is
// gone every request is let through at once (fail open); once it is back the budget is enforced again, without a
// restart of the API.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';
import { freePort } from '../helpers/ports.ts';

const LIMIT = 3;
// Long enough that the whole test runs in one window (a new window would refill the budget mid-phase).
const WINDOW_MS = 120_000;

const haveRedis = spawnSync('redis-server', ['--version']).status === 0;

class RedisProcess {
  private child?: ChildProcess;
  readonly port: number;

  constructor(port: number) {
    this.port = port;
  }

  async start() {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.child = child;
    for (let i = 0; i < 100; i++) {
      if (await this.answersPing()) return;
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${this.port}`);
  }

  private answersPing(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      socket.setTimeout(500, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(false));
      socket.on('connect', () => socket.write('PING\r\n'));
      socket.on('data', (d) => {
        socket.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
    });
  }

  signal(sig: NodeJS.Signals) {
    this.child?.kill(sig);
  }

  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  }
}

describe('rate limits while Redis is lost', {
  skip: haveRedis ? false : 'redis-server is not installed (apt-get install redis-server)',
}, () => {
  let redis: RedisProcess;
  let hilt: TestApp;
  let key: string;

  before(async () => {
    redis = new RedisProcess(await freePort());
    await redis.start();
    hilt = await createTestApp({
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      HILT_RATE_LIMIT_WINDOW_MS: String(WINDOW_MS),
      HILT_RATE_LIMIT_FREE: String(LIMIT),
      HILT_RATE_LIMIT_PUBLIC: '0',
    });
    const m = await registerMerchant(hilt);
    key = (await createKey(hilt, m.token)).raw;
  });
  after(async () => {
    await hilt?.dispose();
    await redis?.kill();
  });

  const me = () => hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key) });

  /**
   * Requests until one is refused: the budget is enforced when that happens within the budget plus one, after
   * answers whose X-RateLimit-Remaining counts down.
   */
  async function exhaust() {
    let remaining: number[] = [];
    let window: unknown;
    for (let i = 0; i <= LIMIT; i++) {
      const res = await me();
      if (window !== undefined && res.headers['x-ratelimit-reset'] !== window) {
        // A new window began mid-way (rare with a long window): count again in this one.
        remaining = [];
        i = 0;
      }
      window = res.headers['x-ratelimit-reset'];
      if (res.statusCode === 429) {
        assert.equal(res.json().code, 'rate_limited');
        return remaining;
      }
      assert.equal(res.statusCode, 200, res.body);
      remaining.push(Number(res.headers['x-ratelimit-remaining']));
    }
    assert.fail(`${LIMIT + 1} requests in one window went through: ${remaining.join(', ')}`);
  }

  /** After Redis came back (empty: nothing persisted), polls until a request is counted again. */
  async function untilCounted() {
    for (let i = 0; i < 100; i++) {
      const res = await me();
      assert.equal(res.statusCode, 200, res.body);
      if (res.headers['x-ratelimit-remaining'] !== String(LIMIT)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('requests were never counted again after Redis came back');
  }

  test('enforced with Redis up, open while it is killed, enforced again once it restarts', async () => {
    const counted = await exhaust();
    assert.ok(
      counted.every((r, i) => i === 0 || r === counted[i - 1] - 1),
      `counts down: ${counted.join(', ')}`,
    );

    await redis.kill();
    // Every request in the outage goes through and says it was not counted, however many there are.
    for (let i = 0; i < 3 * LIMIT; i++) {
      const res = await me();
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-ratelimit-remaining'], String(LIMIT));
    }

    await redis.start();
    await untilCounted();
    await exhaust();
  });

  test('a Redis that accepts connections but never answers (partition) fails open too, then recovers', async () => {
    await exhaust();
    redis.signal('SIGSTOP');
    try {
      for (let i = 0; i < 2 * LIMIT; i++) {
        const res = await me();
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.headers['x-ratelimit-remaining'], String(LIMIT));
      }
    } finally {
      redis.signal('SIGCONT');
    }
    // Back: enforced again (the counter kept its value while the server was frozen).
    let status = 0;
    for (let i = 0; i < 100 && status !== 429; i++) {
      status = (await me()).statusCode;
      if (status !== 429) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 429, 'the budget is enforced again once Redis answers');
  });
});
