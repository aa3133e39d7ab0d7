// Product counters kept off the hot rows. Page views of a checkout are counted in memory and added to their
// (product, day) row once a second in one statement, so a launch's thousands of views do not queue on one row lock;
// the same tick folds the confirmations appended to product_payment_tallies into their products. A shutdown flushes
// what is pending; a crash loses at most the last second's page views (never a payment: those are in the database).
import type { Logger } from 'pino';
import type { Db } from '../db/index.ts';
import { addCheckoutOpens, foldPaymentTallies } from './repository.ts';

export class ProductCounters {
  private opens = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  private readonly db: Db;
  private readonly log?: Logger;
  private readonly intervalMs: number;
  private readonly now: () => Date;

  constructor(db: Db, log?: Logger, intervalMs = 1000, now: () => Date = () => new Date()) {
    this.db = db;
    this.log = log;
    this.intervalMs = intervalMs;
    this.now = now;
  }

  start() {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  /** One view of a product's public checkout, counted on today's (UTC) row. */
  recordOpen(productId: string) {
    const key = `${productId}|${this.now().toISOString().slice(0, 10)}`;
    this.opens.set(key, (this.opens.get(key) ?? 0) + 1);
  }

  /** Writes the counted page views and folds appended confirmations; one flush at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.opens;
      this.opens = new Map();
      if (batch.size > 0) {
        try {
          await addCheckoutOpens(
            this.db,
            [...batch].map(([key, opens]) => {
              const [productId, day] = key.split('|');
              return { productId, day, opens };
            }),
          );
        } catch (err) {
          // Kept for the next tick: counts are added, so a late write is still exact.
          for (const [key, n] of batch) this.opens.set(key, (this.opens.get(key) ?? 0) + n);
          this.log?.warn({ err }, 'could not record checkout page views');
        }
      }
      try {
        await foldPaymentTallies(this.db);
      } catch (err) {
        this.log?.warn({ err }, 'could not fold payment tallies');
      }
    });
    return this.flushing;
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
