// The public checkout payload of a product is what a launch reads thousands of times a minute, and it changes only
// when the merchant edits the product or the workspace branding. It is kept in memory per slug and dropped for the
// whole workspace on any such change, here and (PostgreSQL) on every other instance through NOTIFY. A time limit
// bounds what a change made behind the services' back (SQL by hand) can leave stale.
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { InvalidationChannel } from '../lib/invalidation.ts';

const CHANNEL = 'hilt_public_product_invalidate';
const MAX_ENTRIES = 10_000;

export class PublicProductCache<T> {
  private readonly entries = new Map<string, { ownerId: string; payload: T; expiresAt: number }>();
  private generation = 0;
  private readonly channel: InvalidationChannel;

  private readonly ttlMs: number;

  constructor(db: Db, ttlMs: number, log?: Logger) {
    this.ttlMs = ttlMs;
    this.channel = new InvalidationChannel(db, CHANNEL, (ownerId) => this.dropLocal(ownerId), log);
  }

  start(connectionString?: string): Promise<void> {
    return this.ttlMs > 0 ? this.channel.start(connectionString) : Promise.resolve();
  }

  /** Call before loading a payload; pass it to `set` so a load that raced an invalidation is not kept. */
  begin(): number {
    return this.generation;
  }

  get(slug: string): T | undefined {
    const hit = this.entries.get(slug);
    if (!hit) return undefined;
    if (hit.expiresAt < Date.now()) {
      this.entries.delete(slug);
      return undefined;
    }
    return hit.payload;
  }

  set(slug: string, ownerId: string, payload: T, generation: number): void {
    if (!this.channel.listening || this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(slug, { ownerId, payload, expiresAt: Date.now() + this.ttlMs });
  }

  /** A product or the branding of workspace `ownerId` changed: drop its payloads on every instance. */
  invalidateOwner(ownerId: string): Promise<void> {
    return this.channel.publish(ownerId);
  }

  private dropLocal(ownerId: string): void {
    this.generation++;
    for (const [slug, entry] of this.entries) if (!ownerId || entry.ownerId === ownerId) this.entries.delete(slug);
  }

  close(): Promise<void> {
    this.entries.clear();
    return this.channel.close();
  }
}
