// Fixed-window request budgets: one per workspace (by plan) for authenticated calls, one per client IP for public
// ones. Counters live in Redis when REDIS_URL is set, so every instance draws on the same budget; otherwise in memory.
import type { Redis } from 'ioredis';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Config } from '../config.ts';
import { RateLimitedError } from '../errors.ts';

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
  private readonly redis: Redis;
  private readonly log?: Logger;

  constructor(redis: Redis, log?: Logger) {
    this.redis = redis;
    this.log = log;
  }

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

/**
 * Password sign-in attempts, counted per account (the email as given) and per client IP in their own window, on top
 * of the public budget: guessing a password is slowed down whatever the plan limits are.
 */
export function loginThrottle(config: Config, store: RateLimitStore) {
  const { windowMs, perAccount, perIp } = config.loginLimit;
  return async (email: string, ip: string) => {
    const now = Date.now();
    const checks: [string, number][] = [
      [`login:acct:${email.trim().toLowerCase()}`, perAccount],
      [`login:ip:${ip}`, perIp],
    ];
    for (const [key, limit] of checks) {
      if (limit <= 0) continue;
      const { count, resetAt } = await store.hit(key, windowMs, now);
      if (count > limit) {
        throw new RateLimitedError(Math.max(1, Math.ceil((resetAt - now) / 1000)), 'Too many sign-in attempts');
      }
    }
  };
}
