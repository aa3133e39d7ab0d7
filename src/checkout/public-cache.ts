// The public checkout payload of a product is what a launch reads thousands of times a minute, and it changes only
// when the merchant edits the product or the workspace branding. It is kept in memory per slug and dropped for the
// whole workspace on any such change, here and (PostgreSQL) on every other instance through NOTIFY. A time limit
// bounds what a change made behind the services' back (SQL by hand) can leave stale.
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { SharedCache } from '../lib/invalidation.ts';
import type { CachedPublicProduct } from './service.ts';

export class PublicProductCache extends SharedCache<CachedPublicProduct> {
  constructor(db: Db, ttlMs: number, log?: Logger) {
    super(db, {
      channel: 'hilt_public_product_invalidate',
      ttlMs,
      maxEntries: 10_000,
      groupOf: (entry) => entry.product.owner_id,
      log,
    });
  }

  /** A product or the branding of workspace `ownerId` changed: drop its payloads on every instance. */
  invalidateOwner(ownerId: string): Promise<void> {
    return this.invalidate(ownerId);
  }
}
