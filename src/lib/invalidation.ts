// Cross-instance cache invalidation over PostgreSQL LISTEN/NOTIFY for any in-memory cache (principals, public
// checkout payloads): `publish` drops the key here and tells every other instance; `listening` is false while the
// listener is down, and a cache must not keep entries then (it could miss an invalidation). On the embedded
// database there is one process, so local invalidation is complete.
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';

export class InvalidationChannel {
  private listener?: pg.Client;
  private closed = false;
  listening: boolean;
  private readonly db: Db;
  private readonly channel: string;
  private readonly onInvalidate: (key: string) => void;
  private readonly log?: Logger;

  constructor(db: Db, channel: string, onInvalidate: (key: string) => void, log?: Logger) {
    this.db = db;
    this.channel = channel;
    this.onInvalidate = onInvalidate;
    this.log = log;
    this.listening = db.kind === 'pglite';
  }

  async start(connectionString?: string): Promise<void> {
    if (this.db.kind !== 'postgres' || !connectionString) return;
    const connect = async () => {
      const client = new pg.Client({ connectionString });
      client.on('notification', (msg) => this.onInvalidate(msg.payload ?? ''));
      client.on('error', (err) => {
        this.log?.warn(
          { err, channel: this.channel },
          'cache invalidation listener lost; caching off until it is back',
        );
        this.listening = false;
        // Whatever was cached may have missed a notification.
        this.onInvalidate('');
        client.end().catch(() => {});
        reconnect(1000);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
      } catch (err) {
        client.end().catch(() => {});
        throw err;
      }
      this.listener = client;
      this.listening = true;
      if (this.closed) await client.end().catch(() => {});
    };
    const reconnect = (delayMs: number) => {
      if (this.closed) return;
      setTimeout(() => {
        connect().catch((err) => {
          this.log?.warn({ err, channel: this.channel }, 'cache invalidation listener still unreachable; retrying');
          reconnect(Math.min(delayMs * 2, 10_000));
        });
      }, delayMs).unref();
    };
    await connect();
  }

  /** Invalidates `key` here and on every other instance ('' invalidates everything). */
  async publish(key: string): Promise<void> {
    this.onInvalidate(key);
    if (this.db.kind === 'postgres') await this.db.query('SELECT pg_notify($1, $2)', [this.channel, key]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => {});
  }
}

/**
 * An in-memory cache whose entries each belong to a group (a user, a workspace) and are dropped by group, here and on
 * every other instance, through an InvalidationChannel. Nothing is kept while the channel is not listening (an
 * invalidation could be missed), nor a value loaded while an invalidation ran: call `begin` before loading and pass
 * what it returned to `set`. The time limit bounds what a change made behind the services' back can leave stale.
 */
export class SharedCache<T> {
  private readonly entries = new Map<string, { value: T; group: string; expiresAt: number }>();
  private generation = 0;
  private readonly channel: InvalidationChannel;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly groupOf: (value: T) => string;

  constructor(
    db: Db,
    opts: { channel: string; ttlMs: number; maxEntries: number; groupOf: (value: T) => string; log?: Logger },
  ) {
    this.ttlMs = opts.ttlMs;
    this.maxEntries = opts.maxEntries;
    this.groupOf = opts.groupOf;
    this.channel = new InvalidationChannel(db, opts.channel, (group) => this.dropLocal(group), opts.log);
  }

  start(connectionString?: string): Promise<void> {
    return this.ttlMs > 0 ? this.channel.start(connectionString) : Promise.resolve();
  }

  begin(): number {
    return this.generation;
  }

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: string, value: T, generation: number): void {
    if (!this.channel.listening || this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, group: this.groupOf(value), expiresAt: Date.now() + this.ttlMs });
  }

  /** Drops a group's entries here and on every other instance ('' drops everything). */
  invalidate(group: string): Promise<void> {
    return this.channel.publish(group);
  }

  private dropLocal(group: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (!group || entry.group === group) this.entries.delete(key);
  }

  close(): Promise<void> {
    this.entries.clear();
    return this.channel.close();
  }
}
