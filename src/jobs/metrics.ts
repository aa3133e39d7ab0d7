// Queue depth, age of the oldest due job and dead jobs per queue, read from the jobs table at each scrape.
import { Gauge } from 'prom-client';
import type { Db } from '../db/index.ts';
import type { Metrics } from '../http/metrics.ts';
import { queueStats } from './queue.ts';

export function registerQueueMetrics(metrics: Metrics, db: Db) {
  let last: Promise<Awaited<ReturnType<typeof queueStats>>> | undefined;
  // One query per scrape for the three gauges.
  const stats = () => {
    last ??= queueStats(db).finally(() => setTimeout(() => (last = undefined), 100).unref());
    return last;
  };
  const gauge = (name: string, help: string, pick: (s: Awaited<ReturnType<typeof queueStats>>[number]) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['queue'] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const s of await stats().catch(() => [])) this.set({ queue: s.queue }, pick(s));
      },
    });
  gauge('hilt_jobs_pending', 'Jobs queued or running, by queue', (s) => s.pending);
  gauge('hilt_jobs_oldest_due_seconds', 'Age of the oldest job that is due and not finished, by queue', (s) =>
    Number(s.oldest_seconds),
  );
  gauge('hilt_jobs_dead', 'Jobs that used their attempts (dead), by queue', (s) => s.dead);
}
