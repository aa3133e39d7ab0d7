// Start: the work a server does besides answering requests (maintenance, the settlement reconciler, the job runner,
// API key usage), set going on a built context and stopped, waiting for what runs, before the context is destroyed.
import { pruneKeyActivity } from './api-key/repository.ts';
import { deleteExpiredWalletChallenges } from './auth/repository.ts';
import type { AppContext } from './context.ts';
import { pruneIdempotencyKeys } from './http/idempotency.ts';
import { claimPeriodicRun, pruneFinishedJobs } from './jobs/queue.ts';
import { deleteExpiredChallenges as deleteExpiredPayoutChallenges } from './payout-wallet/repository.ts';
import { deleteExpiredBuyerChallenges } from './support/repository.ts';

const MAINTENANCE_INTERVAL_MS = 10 * 60 * 1000;
const ROLLUP_INTERVAL_MS = 30 * 1000;
const COUNT_FOLD_INTERVAL_MS = 5 * 1000;

export interface BackgroundOptions {
  /** Run the periodic pruning and rollups (default true; tests that count rows turn it off). */
  maintenance?: boolean;
  /** Run the settlement reconciler on its timer (default true). */
  reconciler?: boolean;
  /** Run the background job runner (default true); tests call `hilt.jobs.runDue()` themselves. */
  jobs?: boolean;
}

export function startBackground(ctx: AppContext, opts: BackgroundOptions = {}): { stop(): Promise<void> } {
  const { db, config, log, jobs, usage, counters } = ctx;
  const { payments, analytics, memberships } = ctx.services;

  usage.start();
  counters.start();

  const maintenance = async () => {
    try {
      // Once per cluster: the instance that claims this interval's run does it, the others skip it.
      if (!(await claimPeriodicRun(db, 'maintenance', MAINTENANCE_INTERVAL_MS))) return;
      await pruneFinishedJobs(db, config.jobRetentionHours);
      await pruneIdempotencyKeys(db, config.idempotencyTtlHours);
      await deleteExpiredWalletChallenges(db);
      await pruneKeyActivity(db, 30);
      await analytics.rollup();
      await deleteExpiredBuyerChallenges(db);
      await deleteExpiredPayoutChallenges(db);
    } catch (err) {
      log.warn({ err }, 'maintenance failed');
    }
  };
  const maintenanceTimer = opts.maintenance === false ? undefined : setInterval(maintenance, MAINTENANCE_INTERVAL_MS);
  maintenanceTimer?.unref();
  // Roll up the days closed since the last run at start too, not only on the first tick.
  if (opts.maintenance !== false) void maintenance();

  // Analytics rollups kept current (cheap when nothing is new), so a read after an import or a new day rarely rolls
  // up itself; once per cluster per interval.
  const rollupTimer =
    opts.maintenance === false
      ? undefined
      : setInterval(async () => {
          try {
            if (await claimPeriodicRun(db, 'analytics-rollup', ROLLUP_INTERVAL_MS)) await analytics.rollup();
          } catch (err) {
            log.warn({ err }, 'analytics rollup failed');
          }
        }, ROLLUP_INTERVAL_MS);
  rollupTimer?.unref();

  // The member count changes appended by each write, folded into the kept counts (a handful of rows each time).
  const foldCounts = async () => {
    try {
      await memberships.foldCounts();
    } catch (err) {
      log.warn({ err }, 'member count fold failed');
    }
  };
  const countFoldTimer = opts.maintenance === false ? undefined : setInterval(foldCounts, COUNT_FOLD_INTERVAL_MS);
  countFoldTimer?.unref();
  if (opts.maintenance !== false) void foldCounts();

  let reconciling = false;
  const reconcileTimer =
    opts.reconciler === false
      ? undefined
      : setInterval(async () => {
          if (reconciling) return;
          reconciling = true;
          try {
            await payments.reconcileOnce();
          } catch (err) {
            log.warn({ err }, 'reconciler pass failed');
          } finally {
            reconciling = false;
          }
        }, config.reconcileIntervalMs);
  reconcileTimer?.unref();

  if (opts.jobs !== false) jobs.start();

  return {
    async stop() {
      if (maintenanceTimer) clearInterval(maintenanceTimer);
      if (reconcileTimer) clearInterval(reconcileTimer);
      if (rollupTimer) clearInterval(rollupTimer);
      if (countFoldTimer) clearInterval(countFoldTimer);
      while (reconciling) await new Promise((r) => setTimeout(r, 20));
      await jobs.stop();
      await usage.stop();
      await counters.stop();
    },
  };
}
