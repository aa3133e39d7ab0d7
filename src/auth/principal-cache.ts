// Resolving a credential costs a database round trip per request. Principals are cached briefly per instance, and
// every change that can revoke one (key revoked, logout, account deleted or suspended, plan changed) invalidates the
// whole user on all instances at once: locally, and on PostgreSQL through NOTIFY to every other instance. While an
// instance is not listening (connection lost) it does not cache at all, so revocation is never delayed.
import pg from 'pg';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Db } from '../db/index.ts';
import type { Principal } from './principal.ts';

const CHANNEL = 'hilt_principal_invalidate';

export class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal; expiresAt: number }>();
  private generation = 0;
  private listener?: pg.Client;
  private listening: boolean;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
    private readonly log?: Logger,
  ) {
    // One embedded process: local invalidation is complete. PostgreSQL: only once LISTEN is up.
    this.listening = db.kind === 'pglite';
  }

  async start(connectionString?: string): Promise<void> {
    if (this.db.kind !== 'postgres' || !connectionString || this.ttlMs <= 0) return;
    const connect = async () => {
      const client = new pg.Client({ connectionString });
      client.on('notification', (msg) => this.invalidateLocal(msg.payload ?? ''));
      client.on('error', (err) => {
        this.log?.warn({ err }, 'principal cache listener lost; caching off until it reconnects');
        this.listening = false;
        this.entries.clear();
        client.end().catch(() => {});
        reconnect(1000);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
      } catch (err) {
        client.end().catch(() => {});
        throw err;
      }
      this.listener = client;
      this.listening = true;
      if (this.closed) await client.end().catch(() => {});
    };
    // Keeps trying (up to every 10 s) for as long as the database is away: the listener always comes back.
    const reconnect = (delayMs: number) => {
      if (this.closed) return;
      setTimeout(() => {
        connect().catch((err) => {
          this.log?.warn({ err }, 'principal cache listener still unreachable; retrying');
          reconnect(Math.min(delayMs * 2, 10_000));
        });
      }, delayMs).unref();
    };
    await connect();
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
    if (!this.listening || this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size > 50_000) this.entries.clear();
    this.entries.set(key, { principal, expiresAt: Date.now() + this.ttlMs });
  }

  private invalidateLocal(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) {
      if (!userId || entry.principal.userId === userId) this.entries.delete(key);
    }
  }

  /** Forget everything cached for a user here and on every other instance. */
  async invalidateUser(userId: string): Promise<void> {
    this.invalidateLocal(userId);
    if (this.db.kind === 'postgres') await this.db.query('SELECT pg_notify($1, $2)', [CHANNEL, userId]);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
    await this.listener?.end().catch(() => {});
  }
}
