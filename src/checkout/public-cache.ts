// The product reads a launch repeats thousands of times a minute, kept in memory: the public checkout payload of a
// product (per slug), read by every page view and connect, and the product a buyer's confirmation settles against
// (per product id, with the workspace's display name and whether it backs an access product). They change only when
// the merchant edits the product, the workspace's name or branding, or its access products, and every such change
// drops the workspace's entries here and (PostgreSQL) on every other instance through NOTIFY. A time limit bounds
// what a change made behind the services' back (SQL by hand) can leave stale.
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { SharedCache } from '../lib/invalidation.ts';
import type { SettlementProductRow } from '../product/repository.ts';
import type { CachedPublicProduct } from './service.ts';

type Entry = { page: CachedPublicProduct } | { settlement: Readonly<SettlementProductRow> };

export class PublicProductCache extends SharedCache<Entry> {
  constructor(db: Db, ttlMs: number, log?: Logger) {
    super(db, {
      channel: 'hilt_public_product_invalidate',
      ttlMs,
      maxEntries: 10_000,
      groupOf: (entry) => ('page' in entry ? entry.page.product.owner_id : entry.settlement.owner_id),
      log,
    });
  }

  /** The public payload of `slug`, if cached. */
  page(slug: string): CachedPublicProduct | undefined {
    const entry = this.get(`slug:${slug}`);
    return entry && 'page' in entry ? entry.page : undefined;
  }

  /** Keeps a payload loaded after `begin()` returned `generation`. */
  setPage(slug: string, page: CachedPublicProduct, generation: number): void {
    this.set(`slug:${slug}`, { page }, generation);
  }

  /** The product a confirmation settles against, if cached. Frozen: it is shared by every confirmation. */
  settlementProduct(productId: string): Readonly<SettlementProductRow> | undefined {
    const entry = this.get(`id:${productId}`);
    return entry && 'settlement' in entry ? entry.settlement : undefined;
  }

  setSettlementProduct(product: SettlementProductRow, generation: number): void {
    this.set(`id:${product.id}`, { settlement: Object.freeze(product) }, generation);
  }

  /** A product, the name or branding, or an access product of workspace `ownerId` changed: drop its entries. */
  invalidateOwner(ownerId: string): Promise<void> {
    return this.invalidate(ownerId);
  }
}
