// Resolving a credential costs a database round trip per request. Principals are cached briefly per instance, and
// every change that can revoke one (key revoked, logout, account deleted or suspended, plan changed) invalidates the
// whole user on all instances at once: locally, and on PostgreSQL through NOTIFY to every other instance. While an
// instance is not listening (connection lost) it does not cache at all, so revocation is never delayed.
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { SharedCache } from '../lib/invalidation.ts';
import type { Principal } from './principal.ts';

export class PrincipalCache extends SharedCache<Principal> {
  constructor(db: Db, ttlMs: number, log?: Logger) {
    super(db, { channel: 'hilt_principal_invalidate', ttlMs, maxEntries: 50_000, groupOf: (p) => p.userId, log });
  }

  /** Forget everything cached for a user here and on every other instance. */
  invalidateUser(userId: string): Promise<void> {
    return this.invalidate(userId);
  }
}
