// Resolving a credential costs a database round trip per request. Principals are cached briefly per instance, and
// every change that can revoke one (key revoked, logout, account deleted or suspended, plan changed) invalidates the
// whole user on all instances at once: locally, and on PostgreSQL through NOTIFY to every other instance. While an
// instance is not listening (connection lost) it does not cache at all, so revocation is never delayed.
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { InvalidationChannel } from '../lib/invalidation.ts';
import type { Principal } from './principal.ts';

const CHANNEL = 'hilt_principal_invalidate';
const MAX_ENTRIES = 50_000;

export class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();
  private generation = 0;
  private readonly channel: InvalidationChannel;
  private readonly ttlMs: number;

  constructor(db: Db, ttlMs: number, log?: Logger) {
    this.ttlMs = ttlMs;
    this.channel = new InvalidationChannel(db, CHANNEL, (userId) => this.invalidateLocal(userId), log);
  }

  start(connectionString?: string): Promise<void> {
    return this.ttlMs > 0 ? this.channel.start(connectionString) : Promise.resolve();
  }

  /** Call before looking a credential up; pass the result to `set` so a lookup that raced an invalidation is not kept. */
  begin(): number {
    return this.generation;
  }

  get(key: string): Principal | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.principal;
  }

  set(key: string, principal: Principal, generation: number): void {
    if (!this.channel.listening || this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size > MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { principal, expiresAt: Date.now() + this.ttlMs });
  }

  private invalidateLocal(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) {
      if (!userId || entry.principal.userId === userId) this.entries.delete(key);
    }
  }

  /** Forget everything cached for a user here and on every other instance. */
  invalidateUser(userId: string): Promise<void> {
    return this.channel.publish(userId);
  }

  close(): Promise<void> {
    this.entries.clear();
    return this.channel.close();
  }
}
