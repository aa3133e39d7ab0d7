import type { Principal } from '../auth/principal.ts';
import { findUser } from '../auth/service.ts';
import type { Db } from '../db/index.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import type { AssetRegistry } from '../product/assets.ts';
import { findProduct } from '../product/service.ts';
import * as repo from './repository.ts';

const pct = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 1000) / 10 : 0);

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The earliest of some `YYYY-MM-DD` days (they sort as text). */
const earliest = (...days: string[]) => [...days].sort()[0];

export function daysBack(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return utcDay(d);
}

export function createAnalyticsService(deps: {
  db: Db;
  assets: AssetRegistry;
  /** Writes this instance's counts still held in memory (page views), so a read includes them. */
  flushCounters?: () => Promise<void>;
  now?: () => Date;
}) {
  const { db, assets } = deps;
  const now = deps.now ?? (() => new Date());

  let rolling: Promise<number> | undefined;
  /** Rolls every closed day (through yesterday, UTC) into the daily statistics; one run at a time per process. */
  function rollup(): Promise<number> {
    rolling ??= repo.rollupDays(db, daysBack(utcDay(now()), 1)).finally(() => {
      rolling = undefined;
    });
    return rolling;
  }

  /**
   * Reads rolled-up days when the rollup is current; when it is behind (a fresh start, a bulk import, a new day
   * before the maintenance tick) it catches up first, so a read never rescans months of raw payments.
   */
  async function ensureRolledUp(): Promise<void> {
    await deps.flushCounters?.();
    const through = await repo.rolledThrough(db);
    if (through === null || through < daysBack(utcDay(now()), 1)) await rollup();
  }

  /** Per-asset totals (SOL and each SPL mint apart, never summed together). */
  function assetSummaries(rows: repo.OwnerDayStats[], mintOf: Map<string, string | null>) {
    const byMint = new Map<string, { confirmed: number; gross: bigint; fee: bigint; mint: string | null }>();
    for (const r of rows) {
      const mint = mintOf.get(r.product_id) ?? null;
      const key = mint ?? 'SOL';
      const a = byMint.get(key) ?? { confirmed: 0, gross: 0n, fee: 0n, mint };
      a.confirmed += Number(r.confirmed);
      a.gross += BigInt(r.gross);
      a.fee += BigInt(r.fee);
      byMint.set(key, a);
    }
    return [...byMint.values()]
      .filter((a) => a.confirmed > 0)
      .map((a) => {
        const asset = assets.describe(a.mint);
        return {
          token_mint: a.mint,
          asset_symbol: asset.symbol,
          asset_decimals: asset.decimals,
          confirmed_payments: a.confirmed,
          gross_minor_units: Number(a.gross),
          net_minor_units: Number(a.gross - a.fee),
          fee_minor_units: Number(a.fee),
        };
      });
  }

  async function summary(principal: Principal) {
    await ensureRolledUp();
    const livemode = principal.mode === 'live';
    const today = utcDay(now());
    const products = await repo.ownerProducts(db, principal.userId, livemode);
    const mintOf = new Map(products.map((p) => [p.id, p.token_mint]));
    const first = earliest(today, ...products.map((p) => utcDay(p.created_at)));
    const [all, counts] = await Promise.all([
      repo.ownerDays(db, principal.userId, livemode, first, today),
      repo.workspaceCounts(db, principal.userId, livemode),
    ]);
    const todays = all.filter((r) => r.day === today);
    return {
      all,
      counts,
      mintOf,
      today,
      products,
      body: {
        active_templates: counts.active_templates,
        paying_members: counts.paying_members,
        renewals_due: counts.renewals_due,
        open_support_threads: counts.open_support_threads,
        receipts_issued: counts.receipts_issued,
        total_confirmed_payments: all.reduce((n, r) => n + Number(r.confirmed), 0),
        confirmed_payments_today: todays.reduce((n, r) => n + Number(r.confirmed), 0),
        overall_assets: assetSummaries(all, mintOf),
        today_assets: assetSummaries(todays, mintOf),
      },
    };
  }

  return {
    async accountSummary(principal: Principal) {
      return (await summary(principal)).body;
    },

    async accountAnalytics(principal: Principal, windowDays: number, dailyDays: number) {
      const s = await summary(principal);
      const from = daysBack(s.today, windowDays - 1);
      const window = s.all.filter((r) => r.day >= from);
      const dailyFrom = daysBack(s.today, dailyDays - 1);
      const funnel = [];
      const trend = [];
      for (let i = dailyDays - 1; i >= 0; i--) {
        const day = daysBack(s.today, i);
        const rows = s.all.filter((r) => r.day === day);
        funnel.push({
          date: day,
          opens: rows.reduce((n, r) => n + Number(r.opens), 0),
          connects: rows.reduce((n, r) => n + Number(r.connects), 0),
          confirmed: rows.reduce((n, r) => n + Number(r.confirmed), 0),
          failed: rows.reduce((n, r) => n + Number(r.failed), 0),
        });
        for (const a of assetSummaries(rows, s.mintOf)) trend.push({ date: day, ...a });
      }
      const reports = s.products
        .map((p) => {
          const rows = window.filter((r) => r.product_id === p.id);
          const opens = rows.reduce((n, r) => n + Number(r.opens), 0);
          const connects = rows.reduce((n, r) => n + Number(r.connects), 0);
          const confirmed = rows.reduce((n, r) => n + Number(r.confirmed), 0);
          const gross = rows.reduce((n, r) => n + BigInt(r.gross), 0n);
          const fee = rows.reduce((n, r) => n + BigInt(r.fee), 0n);
          const asset = assets.describe(p.token_mint);
          return {
            product_id: p.id,
            product_title: p.title,
            product_slug: p.slug,
            status: p.status,
            token_mint: p.token_mint,
            asset_symbol: asset.symbol,
            asset_decimals: asset.decimals,
            checkout_opens: opens,
            checkout_connects: connects,
            confirmed_payments: confirmed,
            failed_payments: rows.reduce((n, r) => n + Number(r.failed), 0),
            gross_minor_units: Number(gross),
            net_minor_units: Number(gross - fee),
            fee_minor_units: Number(fee),
            confirm_rate_pct: pct(confirmed, connects),
          };
        })
        .sort((a, b) => b.confirmed_payments - a.confirmed_payments || b.checkout_opens - a.checkout_opens);
      const c = s.counts;
      const attention = [
        {
          kind: 'delivery_failed',
          severity: 'high',
          count: c.delivery_failed,
          title: 'Memberships whose access delivery failed',
        },
        {
          kind: 'refund_required',
          severity: 'high',
          count: c.refunds_required,
          title: 'Payments that landed after expiry or sell-out and need a refund',
        },
        {
          kind: 'renewals_due',
          severity: 'medium',
          count: c.renewals_due,
          title: 'Memberships ending within 7 days or in grace',
        },
        { kind: 'open_support', severity: 'medium', count: c.open_support_threads, title: 'Open support threads' },
        { kind: 'sold_out', severity: 'low', count: c.sold_out, title: 'Active products that reached max_payments' },
      ].filter((a) => a.count > 0);
      const expiring = await repo.expiringMemberships(db, principal.userId, principal.mode === 'live', 7, 50);
      return {
        summary: s.body,
        window_days: windowDays,
        daily_days: dailyDays,
        window_assets: assetSummaries(window, s.mintOf),
        funnel_daily: funnel,
        revenue_trend_daily: trend,
        product_reports: reports,
        attention_items: attention,
        expiring_memberships: expiring.map((m) => ({
          membership_id: m.id,
          product_id: m.product_id,
          product_title: m.product_title,
          platform: m.platform,
          platform_display: m.platform_display,
          identity: m.customer_identity_value,
          status: m.status,
          current_period_end_at: m.current_period_end_at.toISOString(),
        })),
        range_start_date: earliest(from, dailyFrom),
        range_end_date: s.today,
        generated_at: now().toISOString(),
      };
    },

    rollup,

    async productAnalytics(principal: Principal, productId: string, windowDays: number) {
      const product = await findProduct(db, principal.userId, principal.mode === 'live', productId);
      if (!product) throw new ProductNotFoundError();
      await ensureRolledUp();
      const today = utcDay(now());
      const from = daysBack(today, windowDays - 1);
      const first = earliest(from, utcDay(product.created_at));
      const [allDays, current, owner] = await Promise.all([
        repo.productDays(db, product.id, first, today),
        repo.productCurrentCounts(db, product.id),
        findUser(db, product.owner_id),
      ]);
      const days = allDays.filter((d) => d.day >= from);
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
