// A small job queue on the application database (PostgreSQL or PGlite, same SQL). Jobs are enqueued with the
// caller's transaction handle, so a job exists if and only if the change that caused it committed; workers claim
// due jobs with FOR UPDATE SKIP LOCKED under a lease, so several instances share the work and a crashed worker's
// jobs are taken up again once its lease lapses. Handlers must be idempotent: a job runs at least once.
import type { Logger } from 'pino';
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

export async function enqueue(
  db: Queryable,
  queue: string,
  payload: Record<string, unknown>,
  opts: EnqueueOptions = {},
): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO jobs (queue, payload, run_at, dedupe_key, max_attempts)
     VALUES ($1, $2, COALESCE($3, now()), $4, $5)
     ON CONFLICT (queue, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id::text`,
    [queue, JSON.stringify(payload), opts.runAt ?? null, opts.dedupeKey ?? null, opts.maxAttempts ?? 10],
  );
  return rows[0]?.id;
}

/** What a handler may ask for instead of the default backoff: retry at a given time, or stop now. */
export class RetryJob extends Error {
  constructor(
    message: string,
    readonly retryAt?: Date,
    readonly giveUp = false,
  ) {
    super(message);
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
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private wake?: () => void;

  constructor(
    private readonly db: Db,
    private readonly opts: { leaseMs?: number; pollMs?: number; now?: () => Date; log?: Logger } = {},
  ) {}

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
    const now = this.now();
    const leaseMs = this.opts.leaseMs ?? 60_000;
    const claimed = await this.db.query<Job & { payload: Record<string, unknown> }>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1,
              locked_until = $2::timestamptz + make_interval(secs => $3::double precision / 1000)
        WHERE id IN (
          SELECT id FROM jobs
           WHERE state IN ('queued', 'running') AND queue = ANY($1::text[]) AND run_at <= $2
             AND (locked_until IS NULL OR locked_until < $2)
           ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING id::text, queue, payload, attempts, max_attempts, run_at, created_at`,
      [names, now, leaseMs, limit],
    );
    const byQueue = new Map<string, typeof claimed>();
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

  private async execute(q: QueueOptions, job: Job): Promise<void> {
    try {
      await q.handler(job);
      await this.db.query(
        `UPDATE jobs SET state = 'done', finished_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`,
        [job.id],
      );
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      const giveUp = err instanceof RetryJob && err.giveUp;
      if (giveUp || job.attempts >= job.max_attempts) {
        await this.db.query(
          `UPDATE jobs SET state = 'failed', finished_at = now(), locked_until = NULL, last_error = $2 WHERE id = $1`,
          [job.id, message.slice(0, 2000)],
        );
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
      await this.db.query(
        `UPDATE jobs SET state = 'queued', run_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1`,
        [job.id, retryAt, message.slice(0, 2000)],
      );
    }
  }

  /** Polls for due jobs until stop(); `poke()` runs a pass at once (after a commit that enqueued work). */
  start(): void {
    const pollMs = this.opts.pollMs ?? 1000;
    const loop = async () => {
      while (!this.stopped) {
        try {
          const ran = await this.runDue();
          if (ran > 0) continue;
        } catch (err) {
          this.opts.log?.warn({ err }, 'job runner pass failed');
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.timer = setTimeout(resolve, pollMs);
          this.timer.unref();
        });
      }
    };
    this.running = loop();
  }

  poke(): void {
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.running;
  }
}
