import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimPeriodicRun, enqueue, JobRunner, pruneFinishedJobs, RetryJob } from '../../src/jobs/queue.ts';
import { bearer, createTestApp, type TestApp } from '../helpers/app.ts';

describe('database job queue', () => {
  let hilt: TestApp;
  let clock = new Date(Date.now() + 1000);
  before(async () => {
    hilt = await createTestApp();
  });
  after(() => hilt.dispose());

  const runner = (opts: { leaseMs?: number } = {}) => new JobRunner(hilt.db, { now: () => clock, ...opts });

  test('a job exists only if the transaction that enqueued it committed', async () => {
    await assert.rejects(
      hilt.db.transaction(async (tx) => {
        await enqueue(tx, 'test.outbox', { n: 1 });
        throw new Error('rollback');
      }),
    );
    await hilt.db.transaction((tx) => enqueue(tx, 'test.outbox', { n: 2 }));
    clock = new Date(Date.now() + 1000);
    const seen: number[] = [];
    const r = runner();
    r.register('test.outbox', { handler: async (job) => void seen.push(job.payload.n as number) });
    assert.equal(await r.runDue(), 1);
    assert.deepEqual(seen, [2]);
    assert.equal(await r.runDue(), 0, 'done jobs do not run again');
  });

  test('failures retry with backoff on the clock, then die after max attempts', async () => {
    clock = new Date(Date.now() + 1000);
    await enqueue(hilt.db, 'test.flaky', {}, { maxAttempts: 3 });
    let calls = 0;
    const dead: string[] = [];
    const r = runner();
    r.register('test.flaky', {
      handler: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
      backoffMs: () => 30_000,
      onDead: async (_job, error) => void dead.push(error),
    });
    assert.equal(await r.runDue(), 1);
    assert.equal(await r.runDue(), 0, 'not due before the backoff');
    clock = new Date(clock.getTime() + 31_000);
    assert.equal(await r.runDue(), 1);
    clock = new Date(clock.getTime() + 31_000);
    assert.equal(await r.runDue(), 1);
    clock = new Date(clock.getTime() + 31_000);
    assert.equal(await r.runDue(), 0);
    assert.equal(calls, 3);
    assert.deepEqual(dead, ['boom 3']);
    const [row] = await hilt.db.query<{ state: string; last_error: string }>(
      "SELECT state, last_error FROM jobs WHERE queue = 'test.flaky'",
    );
    assert.deepEqual(row, { state: 'failed', last_error: 'boom 3' });
  });

  test('a handler can ask for an exact retry time', async () => {
    clock = new Date(Date.now() + 1000);
    await enqueue(hilt.db, 'test.retry-at', {});
    let calls = 0;
    const r = runner();
    r.register('test.retry-at', {
      handler: async () => {
        calls++;
        if (calls === 1) throw new RetryJob('later', new Date(clock.getTime() + 120_000));
      },
    });
    await r.runDue();
    clock = new Date(clock.getTime() + 119_000);
    assert.equal(await r.runDue(), 0);
    clock = new Date(clock.getTime() + 2_000);
    assert.equal(await r.runDue(), 1);
    assert.equal(calls, 2);
  });

  test('a job put back because what it needs is busy keeps its attempts', async () => {
    clock = new Date(Date.now() + 1000);
    const id = await enqueue(hilt.db, 'test.busy', {}, { maxAttempts: 2 });
    let calls = 0;
    const r = runner();
    r.register('test.busy', {
      handler: async (job) => {
        calls++;
        // Put back five times, more than its two attempts, then it runs as its first attempt.
        if (calls <= 5) throw new RetryJob('busy', new Date(clock.getTime() + 1000), false, false);
        assert.equal(job.attempts, 1);
      },
    });
    for (let i = 0; i < 6; i++) {
      assert.equal(await r.runDue(), 1);
      clock = new Date(clock.getTime() + 1000);
    }
    assert.equal(calls, 6);
    const [row] = await hilt.db.query<{ state: string; attempts: number }>(
      'SELECT state, attempts FROM jobs WHERE id = $1',
      [id],
    );
    assert.deepEqual(row, { state: 'done', attempts: 1 });
  });

  test('dedupe keys make enqueueing idempotent', async () => {
    const a = await enqueue(hilt.db, 'test.once', {}, { dedupeKey: 'reminder:m1:7' });
    const b = await enqueue(hilt.db, 'test.once', {}, { dedupeKey: 'reminder:m1:7' });
    assert.ok(a);
    assert.equal(b, undefined);
  });

  test('two runners share the work without running a job twice', async () => {
    for (let i = 0; i < 40; i++) await enqueue(hilt.db, 'test.shared', { i });
    // Set after enqueueing, so a slow machine cannot leave the last jobs scheduled after the runners' clock.
    clock = new Date(Date.now() + 1000);
    const seen: number[] = [];
    const handler = async (job: { payload: Record<string, unknown> }) => {
      await new Promise((r) => setTimeout(r, 2));
      seen.push(job.payload.i as number);
    };
    const r1 = runner();
    const r2 = runner();
    r1.register('test.shared', { handler });
    r2.register('test.shared', { handler });
    while ((await Promise.all([r1.runDue(5), r2.runDue(5)])).some((n) => n > 0)) {}
    assert.equal(seen.length, 40);
    assert.equal(new Set(seen).size, 40);
  });

  test('a crashed worker’s job runs again once its lease lapses', async () => {
    clock = new Date(Date.now() + 1000);
    await enqueue(hilt.db, 'test.lease', {});
    // A worker claims the job and dies before finishing: simulate by claiming with a handler that never settles.
    const stuck = runner({ leaseMs: 10_000 });
    stuck.register('test.lease', { handler: () => new Promise(() => {}) });
    void stuck.runDue();
    for (let i = 0; i < 200; i++) {
      const [job] = await hilt.db.query<{ state: string }>("SELECT state FROM jobs WHERE queue = 'test.lease'");
      if (job.state === 'running') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    let ran = 0;
    const healthy = runner();
    healthy.register('test.lease', { handler: async () => void ran++ });
    assert.equal(await healthy.runDue(), 0, 'leased to the other worker');
    clock = new Date(clock.getTime() + 11_000);
    assert.equal(await healthy.runDue(), 1);
    assert.equal(ran, 1);
  });

  const stateOf = async (queue: string) =>
    (
      await hilt.db.query<{ state: string; attempts: number }>('SELECT state, attempts FROM jobs WHERE queue = $1', [
        queue,
      ])
    )[0];

  test('a running job keeps its lease, and a worker that lost it cannot overwrite the result', async () => {
    await enqueue(hilt.db, 'test.renew', {});
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // Real time here: the lease (3 s) is renewed every third of it while the handler runs. The test waits until a
    // renewal has moved the lease past its first term (however late a loaded machine runs it), then another worker
    // finds the job taken.
    const slow = new JobRunner(hilt.db, { leaseMs: 3000 });
    slow.register('test.renew', { handler: () => gate });
    const running = slow.runDue();
    for (let i = 0; i < 400 && (await stateOf('test.renew'))?.state !== 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    const lockedUntil = async () =>
      (
        await hilt.db.query<{ t: Date }>("SELECT locked_until AS t FROM jobs WHERE queue = 'test.renew'")
      )[0].t.getTime();
    const firstTerm = await lockedUntil();
    let term = firstTerm;
    for (let i = 0; i < 600 && term <= firstTerm; i++) {
      await new Promise((r) => setTimeout(r, 25));
      term = await lockedUntil();
    }
    assert.ok(term > firstTerm, 'the lease was renewed while the handler ran');
    let stolen = 0;
    const other = new JobRunner(hilt.db, { leaseMs: 3000 });
    other.register('test.renew', { handler: async () => void stolen++ });
    assert.equal(await other.runDue(), 0, 'a renewed lease is not taken by another worker');
    // Another worker takes the job over anyway (as after a long pause): the first one's late result is dropped.
    await hilt.db.query(
      "UPDATE jobs SET attempts = attempts + 1, locked_until = now() + interval '1 hour' WHERE queue = 'test.renew'",
    );
    release();
    await running;
    assert.deepEqual(await stateOf('test.renew'), { state: 'running', attempts: 2 });
    assert.equal(stolen, 0);
  });

  test('a job is due at the millisecond it was written, though the database keeps microseconds', async () => {
    const at = new Date('2031-01-01T00:00:00.123Z');
    await hilt.db.query(
      `INSERT INTO jobs (queue, payload, run_at) VALUES ('test.micro', '{}', $1::timestamptz + interval '456 microseconds')`,
      [at],
    );
    let ran = 0;
    const r = new JobRunner(hilt.db, { now: () => at });
    r.register('test.micro', { handler: async () => void ran++ });
    assert.equal(await r.runDue(), 1);
    assert.equal(ran, 1);
  });

  test('each queue runs on its own: a stuck queue never holds back another', async () => {
    const r = new JobRunner(hilt.db, { pollMs: 50 });
    let release = () => {};
    const gate = new Promise<void>((res) => {
      release = res;
    });
    const done: number[] = [];
    r.register('test.slowchat', { handler: () => gate, concurrency: 1 });
    r.register('test.fasthook', { handler: async (job) => void done.push(job.payload.n as number) });
    await enqueue(hilt.db, 'test.slowchat', {});
    r.start();
    try {
      for (let i = 0; i < 200 && (await stateOf('test.slowchat')).state !== 'running'; i++) {
        await new Promise((res) => setTimeout(res, 25));
      }
      for (const n of [1, 2]) {
        await enqueue(hilt.db, 'test.fasthook', { n });
        r.poke();
        for (let i = 0; i < 400 && !done.includes(n); i++) await new Promise((res) => setTimeout(res, 25));
      }
      assert.deepEqual(done, [1, 2]);
    } finally {
      release();
      await r.stop();
    }
  });

  test('finished jobs are pruned after the retention period; deduplicated ones stay', async () => {
    await hilt.db.query(
      `INSERT INTO jobs (queue, state, finished_at, dedupe_key) VALUES
         ('test.prune', 'done', now() - interval '200 hours', NULL),
         ('test.prune', 'failed', now() - interval '200 hours', NULL),
         ('test.prune', 'done', now() - interval '200 hours', 'keep-me'),
         ('test.prune', 'done', now() - interval '1 hour', NULL),
         ('test.prune', 'queued', NULL, NULL)`,
    );
    assert.equal(await pruneFinishedJobs(hilt.db, 168), 2);
    const left = await hilt.db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE queue = 'test.prune'");
    assert.equal(left[0].n, 3);
  });

  test('periodic work is claimed by one instance per interval', async () => {
    assert.equal(await claimPeriodicRun(hilt.db, 'test.periodic', 60_000), true);
    assert.equal(await claimPeriodicRun(hilt.db, 'test.periodic', 60_000), false, 'another instance skips it');
    await hilt.db.query(
      "UPDATE periodic_runs SET last_run_at = now() - interval '2 minutes' WHERE name = 'test.periodic'",
    );
    assert.equal(await claimPeriodicRun(hilt.db, 'test.periodic', 60_000), true);
  });

  test('queue depth, age of the oldest due job and dead jobs are exported as metrics', async () => {
    const metered = await createTestApp({ HILT_METRICS_TOKEN: 'jobs-metrics' });
    try {
      await metered.db.query(
        `INSERT INTO jobs (queue, state, run_at) VALUES ('test.depth', 'queued', now() - interval '90 seconds'),
           ('test.depth', 'queued', now()), ('test.depth', 'failed', now())`,
      );
      const res = await metered.app.inject({ method: 'GET', url: '/metrics', headers: bearer('jobs-metrics') });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /hilt_jobs_pending\{queue="test.depth"\} 2/);
      assert.match(res.body, /hilt_jobs_dead\{queue="test.depth"\} 1/);
      const age = Number(/hilt_jobs_oldest_due_seconds\{queue="test.depth"\} ([\d.]+)/.exec(res.body)?.[1]);
      assert.ok(age >= 90 && age < 600, `oldest ${age}`);
    } finally {
      await metered.dispose();
    }
  });
});
