import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { enqueue, JobRunner, RetryJob } from '../src/jobs/queue.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

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
});
