// A small job queue on the application database (PostgreSQL or PGlite, same SQL). Jobs are enqueued with the
// caller's transaction handle, so a job exists if and only if the change that caused it committed; workers claim
// due jobs with FOR UPDATE SKIP LOCKED under a lease, so several instances share the work and a crashed worker's
// jobs are taken up again once its lease lapses. Handlers must be idempotent: a job runs at least once.
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Db, Queryable } from '../db/index.ts';

export interface Job<P = Record<string, unknown>> {
  id: string;
  queue: string;
  payload: P;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  created_at: Date;
}

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one job per (queue, dedupeKey), ever: enqueueing it again is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Attempts of a job unless its enqueuer says otherwise (the column's default too). */
export const DEFAULT_MAX_ATTEMPTS = 10;

const INSERT_JOBS = 'INSERT INTO jobs (queue, payload, run_at, dedupe_key, max_attempts)';
const SKIP_DUPLICATES = 'ON CONFLICT (queue, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING';

// Every job insert in this process counts here (enqueue, and the statements that write job rows themselves call
// noteEnqueued), so a response wakes the runner only when work was queued (JobRunner.pokeIfEnqueued).
let enqueuedCount = 0;

/** Records that a statement inserted job rows (to be called after it ran; the jobs are due once it commits). */
export function noteEnqueued(): void {
  enqueuedCount++;
}

export async function enqueue(
  db: Queryable,
  queue: string,
  payload: Record<string, unknown>,
  opts: EnqueueOptions = {},
): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `${INSERT_JOBS} VALUES ($1, $2, COALESCE($3, now()), $4, $5) ${SKIP_DUPLICATES} RETURNING id::text`,
    [
      queue,
      JSON.stringify(payload),
      opts.runAt ?? null,
      opts.dedupeKey ?? null,
      opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ],
  );
  if (rows[0]) noteEnqueued();
  return rows[0]?.id;
}

/** Several jobs of one queue in one statement; answers the ids of those not skipped as duplicates. */
export async function enqueueMany(
  db: Queryable,
  queue: string,
  jobs: { payload: Record<string, unknown>; opts?: EnqueueOptions }[],
): Promise<string[]> {
  if (jobs.length === 0) return [];
  const rows = await db.query<{ id: string }>(
    `${INSERT_JOBS}
     SELECT $1, j.payload::jsonb, COALESCE(j.run_at, now()), j.dedupe_key, j.max_attempts
       FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::int[]) AS j(payload, run_at, dedupe_key, max_attempts)
     ${SKIP_DUPLICATES} RETURNING id::text`,
    [
      queue,
      jobs.map((j) => JSON.stringify(j.payload)),
      jobs.map((j) => j.opts?.runAt ?? null),
      jobs.map((j) => j.opts?.dedupeKey ?? null),
      jobs.map((j) => j.opts?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    ],
  );
  if (rows.length > 0) noteEnqueued();
  return rows.map((r) => r.id);
}

/**
 * The job INSERT as one part of a larger statement, for a writer that makes rows and their jobs in one round trip
 * (an event and its fan-out, deliveries and their sends). `select` yields (queue, payload, run_at, dedupe_key,
 * max_attempts) rows; duplicates are skipped as `enqueue` skips them.
 */
export function enqueueSelectSql(select: string): string {
  return `${INSERT_JOBS} ${select} ${SKIP_DUPLICATES}`;
}

/**
 * What a handler may ask for instead of the default backoff: retry at a given time, or stop now. `countsAsAttempt`
 * false puts a job back without using one of its attempts (it did not run: a resource it needs was busy).
 */
export class RetryJob extends Error {
  readonly retryAt?: Date;
  readonly giveUp: boolean;
  readonly countsAsAttempt: boolean;

  constructor(message: string, retryAt?: Date, giveUp = false, countsAsAttempt = true) {
    super(message);
    this.retryAt = retryAt;
    this.giveUp = giveUp;
    this.countsAsAttempt = countsAsAttempt;
  }
}

export type JobHandler = (job: Job) => Promise<void>;

export interface QueueOptions {
  handler: JobHandler;
  /** Delay before attempt n+1 after a failure (ms); default exponential from 5 s, capped at 1 h. */
  backoffMs?: (attempts: number) => number;
  /** Called once a job has used its attempts (or a handler gave up). */
  onDead?: (job: Job, error: string) => Promise<void>;
  concurrency?: number;
}

const defaultBackoff = (attempts: number) => Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));

export class JobRunner {
  private readonly queues = new Map<string, QueueOptions>();
  private readonly waiting = new Set<() => void>();
  private running?: Promise<void>;
  private stopped = false;

  private readonly db: Db;
  private readonly opts: { leaseMs?: number; pollMs?: number; now?: () => Date; log?: Logger };

  constructor(db: Db, opts: { leaseMs?: number; pollMs?: number; now?: () => Date; log?: Logger } = {}) {
    this.db = db;
    this.opts = opts;
  }

  register(queue: string, options: QueueOptions): void {
    this.queues.set(queue, options);
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  /** Claims and runs every due job of the registered queues once; returns how many ran. */
  async runDue(limit = 50): Promise<number> {
    const names = [...this.queues.keys()];
    if (names.length === 0) return 0;
    const claimed = await this.claim(names, limit);
    const byQueue = new Map<string, Job[]>();
    for (const job of claimed) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    await Promise.all(
      [...byQueue.entries()].map(async ([queue, jobs]) => {
        const q = this.queues.get(queue)!;
        const concurrency = q.concurrency ?? 4;
        for (let i = 0; i < jobs.length; i += concurrency) {
          await Promise.all(jobs.slice(i, i + concurrency).map((job) => this.execute(q, job)));
        }
      }),
    );
    return claimed.length;
  }

  private async claim(names: string[], limit: number): Promise<Job[]> {
    const now = this.now();
    return this.db.query<Job>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1,
              locked_until = $2::timestamptz + make_interval(secs => $3::double precision / 1000)
        WHERE id IN (
          SELECT id FROM jobs
           WHERE state IN ('queued', 'running') AND queue = ANY($1::text[])
             -- run_at <= $2 at the clock's millisecond: a job enqueued with now() (microseconds) is due at the
             -- millisecond it was written, not only at the next one.
             AND run_at < $2::timestamptz + interval '1 millisecond'
             AND (locked_until IS NULL OR locked_until < $2)
           ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING id::text, queue, payload, attempts, max_attempts, run_at, created_at`,
      [names, now, this.leaseMs(), limit],
    );
  }

  private leaseMs() {
    return this.opts.leaseMs ?? 60_000;
  }

  /**
   * Ends a job's run with `set`, only while this worker still holds it: the claim is identified by the attempt
   * number, which a later claim (after the lease lapsed) increments. False when the lease was lost.
   */
  private async finish(job: Job, set: string, params: unknown[]): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE jobs SET ${set} WHERE id = $1 AND state = 'running' AND attempts = $2 RETURNING id`,
      [job.id, job.attempts, ...params],
    );
    if (rows.length === 0) {
      this.opts.log?.warn({ job: job.id, queue: job.queue }, 'job lease was lost before it finished; result dropped');
    }
    return rows.length > 0;
  }

  private async execute(q: QueueOptions, job: Job): Promise<void> {
    // The lease is renewed while the handler runs, so a slow job is never taken up by a second worker meanwhile.
    const renew = setInterval(
      () => {
        this.db
          .query(
            `UPDATE jobs SET locked_until = $3::timestamptz + make_interval(secs => $4::double precision / 1000)
              WHERE id = $1 AND state = 'running' AND attempts = $2`,
            [job.id, job.attempts, this.now(), this.leaseMs()],
          )
          .catch((err) => this.opts.log?.warn({ err, job: job.id }, 'job lease renewal failed'));
      },
      Math.max(250, Math.floor(this.leaseMs() / 3)),
    );
    renew.unref();
    let failure: unknown;
    let ok = false;
    try {
      await q.handler(job);
      ok = true;
    } catch (err) {
      failure = err;
    } finally {
      clearInterval(renew);
    }
    if (ok) {
      await this.finish(job, `state = 'done', finished_at = now(), locked_until = NULL, last_error = NULL`, []);
      return;
    }
    const err = failure;
    const message = (err as Error)?.message ?? String(err);
    const giveUp = err instanceof RetryJob && err.giveUp;
    const notRun = err instanceof RetryJob && !err.countsAsAttempt && !giveUp;
    if (giveUp || (!notRun && job.attempts >= job.max_attempts)) {
      const ended = await this.finish(
        job,
        `state = 'failed', finished_at = now(), locked_until = NULL, last_error = $3`,
        [message.slice(0, 2000)],
      );
      if (!ended) return;
      try {
        await q.onDead?.(job, message);
      } catch (deadErr) {
        this.opts.log?.error({ err: deadErr, job: job.id }, 'job dead-letter hook failed');
      }
      return;
    }
    const retryAt =
      err instanceof RetryJob && err.retryAt
        ? err.retryAt
        : new Date(this.now().getTime() + (q.backoffMs ?? defaultBackoff)(job.attempts));
    await this.finish(
      job,
      `state = 'queued', run_at = $3, locked_until = NULL, last_error = $4${notRun ? ', attempts = attempts - 1' : ''}`,
      [retryAt, message.slice(0, 2000)],
    );
  }

  /**
   * Polls for due jobs until stop(), one loop per queue with the queue's own concurrency, so a slow queue (chat
   * deliveries) never holds back another (webhooks); `poke()` runs a pass at once (after a commit that enqueued work).
   * Within a queue each job holds one slot only while it runs: a free slot takes the next due job at once, so a job
   * stuck on a slow receiver never holds back the jobs claimed with it or after it.
   */
  start(): void {
    const pollMs = this.opts.pollMs ?? 1000;
    const loop = async (name: string, q: QueueOptions) => {
      const concurrency = q.concurrency ?? 4;
      const inFlight = new Set<Promise<void>>();
      let slotFreed: (() => void) | undefined;
      while (!this.stopped) {
        const free = concurrency - inFlight.size;
        let claimed = 0;
        if (free > 0) {
          try {
            const jobs = await this.claim([name], free);
            claimed = jobs.length;
            for (const job of jobs) {
              const run: Promise<void> = this.execute(q, job)
                .catch((err) => this.opts.log?.warn({ err, job: job.id, queue: name }, 'job run failed'))
                .finally(() => {
                  inFlight.delete(run);
                  slotFreed?.();
                });
              inFlight.add(run);
            }
          } catch (err) {
            this.opts.log?.warn({ err, queue: name }, 'job runner pass failed');
          }
        }
        // stop() may have come while the pass was waiting for the database: its poke found no sleeper to wake.
        if (this.stopped) break;
        // Every free slot filled: more may be due, look again at once (or as soon as a slot frees).
        if (claimed > 0 && claimed === free) continue;
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            slotFreed = undefined;
            this.waiting.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, pollMs);
          timer.unref();
          this.waiting.add(wake);
          // With every slot taken, a finishing job is the moment to claim the next one.
          if (free <= 0) slotFreed = wake;
        });
      }
      await Promise.all(inFlight);
    };
    this.running = Promise.all([...this.queues.entries()].map(([name, q]) => loop(name, q))).then(() => {});
  }

  private seenEnqueued = 0;

  /** Pokes the runner if any job was queued in this process since the last call (after a response committed it). */
  pokeIfEnqueued(): void {
    if (enqueuedCount === this.seenEnqueued) return;
    this.seenEnqueued = enqueuedCount;
    this.poke();
  }

  poke(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const wake of waiting) wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.running;
  }
}

/**
 * Deletes jobs that finished (done or dead) more than `retentionHours` ago. Jobs with a dedupe key are kept, since
 * their row is what makes enqueueing the same work again a no-op.
 */
export async function pruneFinishedJobs(db: Queryable, retentionHours: number): Promise<number> {
  const rows = await db.query(
    `DELETE FROM jobs WHERE state IN ('done', 'failed') AND dedupe_key IS NULL
        AND finished_at < now() - make_interval(hours => $1) RETURNING id`,
    [retentionHours],
  );
  return rows.length;
}

/** Per queue: jobs waiting or running, age of the oldest one due, and dead (failed) jobs. */
export async function queueStats(
  db: Queryable,
): Promise<{ queue: string; pending: number; oldest_seconds: number; dead: number }[]> {
  return db.query(
    `SELECT queue,
            count(*) FILTER (WHERE state IN ('queued', 'running'))::int AS pending,
            COALESCE(EXTRACT(EPOCH FROM now() - min(run_at) FILTER (
              WHERE state IN ('queued', 'running') AND run_at <= now())), 0)::float8 AS oldest_seconds,
            count(*) FILTER (WHERE state = 'failed')::int AS dead
       FROM jobs GROUP BY queue ORDER BY queue`,
  );
}

/**
 * Claims a periodic task for this run across every instance sharing the database: true for exactly one caller
 * per interval, so maintenance runs once per cluster, not once per instance.
 */
export async function claimPeriodicRun(db: Queryable, name: string, intervalMs: number): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO periodic_runs (name, last_run_at) VALUES ($1, now())
     ON CONFLICT (name) DO UPDATE SET last_run_at = now()
       WHERE periodic_runs.last_run_at <= now() - make_interval(secs => $2::double precision / 1000)
     RETURNING name`,
    [name, intervalMs * 0.9],
  );
  return rows.length > 0;
}
