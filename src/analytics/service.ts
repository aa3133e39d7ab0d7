import type { Principal } from '../auth/principal.ts';
import * as authRepo from '../auth/repository.ts';
import type { Db } from '../db/index.ts';
import { NotFoundError } from '../errors.ts';
import type { AssetRegistry } from '../product/assets.ts';
import * as productRepo from '../product/repository.ts';
import * as repo from './repository.ts';

const pct = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 1000) / 10 : 0);

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function daysBack(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return utcDay(d);
}

export function createAnalyticsService(deps: { db: Db; assets: AssetRegistry; now?: () => Date }) {
  const { db, assets } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    /** Rolls every closed day (through yesterday, UTC) into the daily statistics. */
    rollup: () => repo.rollupDays(db, daysBack(utcDay(now()), 1)),

    async productAnalytics(principal: Principal, productId: string, windowDays: number) {
      const product = await productRepo.findProduct(db, principal.userId, principal.mode === 'live', productId);
      if (!product) throw new NotFoundError('Product not found', 'product_not_found');
      const today = utcDay(now());
      const from = daysBack(today, windowDays - 1);
      const [days, allDays, current, owner] = await Promise.all([
        repo.productDays(db, product.id, from, today),
        repo.productDays(db, product.id, utcDay(product.created_at), today),
        repo.productCurrentCounts(db, product.id),
        authRepo.findUserById(db, product.owner_id),
      ]);
      const sum = (rows: repo.DayStats[], k: 'opens' | 'connects' | 'confirmed' | 'failed') =>
        rows.reduce((n, r) => n + Number(r[k]), 0);
      const sumBig = (rows: repo.DayStats[], k: 'gross' | 'fee') => rows.reduce((n, r) => n + BigInt(r[k]), 0n);
      const opens = sum(days, 'opens');
      const connects = sum(days, 'connects');
      const confirmed = sum(days, 'confirmed');
      const failed = sum(days, 'failed');
      const gross = sumBig(days, 'gross');
      const fee = sumBig(days, 'fee');
      const byDay = new Map(days.map((d) => [d.day, d]));
      const funnel = [];
      for (let i = windowDays - 1; i >= 0; i--) {
        const day = daysBack(today, i);
        const d = byDay.get(day);
        const g = d ? BigInt(d.gross) : 0n;
        const f = d ? BigInt(d.fee) : 0n;
        funnel.push({
          date: day,
          opens: d ? Number(d.opens) : 0,
          connects: d ? Number(d.connects) : 0,
          confirmed: d ? Number(d.confirmed) : 0,
          failed: d ? Number(d.failed) : 0,
          gross_minor_units: Number(g),
          net_minor_units: Number(g - f),
          fee_minor_units: Number(f),
        });
      }
      const asset = assets.describe(product.token_mint);
      const latest = current.latest?.toISOString() ?? null;
      return {
        product_id: product.id,
        merchant_id: product.owner_id,
        merchant_name: owner?.display_name ?? null,
        merchant_email: owner?.email ?? null,
        product_title: product.title,
        product_slug: product.slug,
        product_type: product.product_type,
        status: product.status,
        livemode: product.livemode,
        token_mint: product.token_mint,
        asset_symbol: asset.symbol,
        asset_decimals: asset.decimals,
        window_days: windowDays,
        checkout_opens: opens,
        checkout_connects: connects,
        checkout_confirmed: confirmed,
        checkout_failed: failed,
        pending_checkouts: current.pending,
        confirmed_payment_count: confirmed,
        gross_minor_units: Number(gross),
        net_minor_units: Number(gross - fee),
        fee_minor_units: Number(fee),
        connect_rate_pct: pct(connects, opens),
        confirm_rate_pct: pct(confirmed, connects),
        completion_rate_pct: pct(confirmed, opens),
        latest_payment_at: latest,
        last_payment_at: latest,
        confirmed_count: product.payment_count,
        failed_count: sum(allDays, 'failed'),
        pending_count: current.pending,
        total_volume_lamports: Number(product.total_volume),
        total_fees_lamports: Number(sumBig(allDays, 'fee')),
        funnel_daily: funnel,
        generated_at: now().toISOString(),
      };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
