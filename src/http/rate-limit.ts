// Fixed-window request budgets: one per workspace (by plan) for authenticated calls, one per client IP for public
// ones. Counters live in Redis when REDIS_URL is set, so every instance draws on the same budget; otherwise in memory.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RateLimitHit {
  count: number;
  /** Unix milliseconds at which the window closes. */
  resetAt: number;
}

export interface RateLimitStore {
  hit(key: string, windowMs: number, now: number): Promise<RateLimitHit>;
  close(): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    const start = now - (now % windowMs);
    if (now - this.lastSweep > windowMs) {
      this.lastSweep = now;
      for (const [k, w] of this.windows) if (w.start < start) this.windows.delete(k);
    }
    let w = this.windows.get(key);
    if (!w || w.start !== start) {
      w = { start, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return { count: w.count, resetAt: start + windowMs };
  }

  async close() {}
}

export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly log?: Logger,
  ) {}

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    const start = now - (now % windowMs);
    const redisKey = `hilt:rl:${key}:${start}`;
    const resetAt = start + windowMs;
    try {
      const res = await this.redis
        .multi()
        .incr(redisKey)
        .pexpire(redisKey, windowMs + 1000)
        .exec();
      const count = Number(res?.[0]?.[1] ?? 0);
      return { count, resetAt };
    } catch (err) {
      // Fail open: a payments API stays up when its rate-limit store is down.
      this.log?.warn({ err }, 'rate-limit store unavailable; request let through');
      return { count: 0, resetAt };
    }
  }

  async close() {
    this.redis.disconnect();
  }
}
