// Group commit for one kind of write: calls that arrive while a write is running wait and go together in the next
// one, so under a burst N requests cost one statement instead of N (on the embedded engine every statement is a
// trip through its single thread), and a lone call runs at once, adding no latency when the server is quiet.

export class Coalescer<I, O> {
  private readonly waiting: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  /**
   * `many` writes several items in one go and answers in their order; `one` writes a single item. A failed batch is
   * retried item by item with `one`, so one bad item fails only its own caller.
   */
  private readonly many: (items: I[]) => Promise<O[]>;
  private readonly one: (item: I) => Promise<O>;
  private readonly maxBatch: number;

  constructor(many: (items: I[]) => Promise<O[]>, one: (item: I) => Promise<O>, maxBatch = 256) {
    this.many = many;
    this.one = one;
    this.maxBatch = maxBatch;
  }

  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        if (batch.length === 1) {
          await this.one(batch[0].item).then(batch[0].resolve, batch[0].reject);
          continue;
        }
        try {
          const out = await this.many(batch.map((b) => b.item));
          for (const [i, b] of batch.entries()) b.resolve(out[i]);
        } catch {
          await Promise.all(batch.map((b) => this.one(b.item).then(b.resolve, b.reject)));
        }
      }
    } finally {
      this.running = false;
    }
  }
}
