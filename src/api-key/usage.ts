// Per-key usage (counters, last use, recent calls) is gathered in memory and written once a second, so a request
// costs no extra write; a shutdown flushes what is pending.
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Db } from '../db/index.ts';
import { applyKeyUsage, type KeyUsageDelta } from './repository.ts';

const MAX_ACTIVITY_PER_FLUSH = 20;

export class KeyUsageRecorder {
  private pending = new Map<string, KeyUsageDelta>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  private readonly db: Db;
  private readonly log?: Logger;
  private readonly intervalMs: number;

  constructor(db: Db, log?: Logger, intervalMs = 1000) {
    this.db = db;
    this.log = log;
    this.intervalMs = intervalMs;
  }

  start() {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  record(
    keyId: string,
    call: { endpoint: string; method: string; status: number; durationMs: number; error?: string },
  ) {
    const now = new Date();
    let d = this.pending.get(keyId);
    if (!d) {
      d = { keyId, total: 0, success: 0, errors: 0, lastUsedAt: now, latestEndpoint: call.endpoint, activity: [] };
      this.pending.set(keyId, d);
    }
    d.total++;
    if (call.status < 400) d.success++;
    else d.errors++;
    d.lastUsedAt = now;
    d.latestEndpoint = call.endpoint;
    d.activity.push({
      endpoint: call.endpoint,
      http_method: call.method,
      status_code: call.status,
      duration_ms: Math.round(call.durationMs),
      error_message: call.error ?? null,
      created_at: now,
    });
    if (d.activity.length > MAX_ACTIVITY_PER_FLUSH) d.activity.shift();
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        await applyKeyUsage(this.db, batch);
      } catch (err) {
        this.log?.warn({ err }, 'could not record API key usage');
      }
    });
    return this.flushing;
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
