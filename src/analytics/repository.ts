import type { Queryable } from '../db/index.ts';

export interface DayStats {
  day: string;
  opens: number;
  connects: number;
  confirmed: number;
  failed: number;
  gross: bigint;
  fee: bigint;
}

export async function rolledThrough(db: Queryable): Promise<string | null> {
  const rows = await db.query<{ d: string }>(
    "SELECT to_char(rolled_through, 'YYYY-MM-DD') AS d FROM stats_rollup WHERE id = 1",
  );
  return rows[0]?.d ?? null;
}

/** Per product and day, from the raw tables, for days in [from, to] (UTC dates, inclusive). */
const LIVE_DAYS = `
  SELECT product_id, day, sum(opens)::int AS opens, sum(connects)::int AS connects, sum(confirmed)::int AS confirmed,
         sum(failed)::int AS failed, sum(gross)::bigint AS gross, sum(fee)::bigint AS fee
    FROM (
      SELECT product_id, (created_at AT TIME ZONE 'UTC')::date AS day, 0 AS opens, count(*) AS connects,
             0 AS confirmed, 0 AS failed, 0::numeric AS gross, 0::numeric AS fee
        FROM payments WHERE created_at >= $1::date AND created_at < $2::date + 1 AND ($3::uuid IS NULL OR product_id = $3)
       GROUP BY 1, 2
      UNION ALL
      SELECT product_id, (confirmed_at AT TIME ZONE 'UTC')::date, 0, 0, count(*), 0, sum(amount_minor_units),
             sum(fee_minor_units)
        FROM payments WHERE status = 'CONFIRMED' AND confirmed_at >= $1::date AND confirmed_at < $2::date + 1
         AND ($3::uuid IS NULL OR product_id = $3)
       GROUP BY 1, 2
      UNION ALL
      SELECT product_id, (failed_at AT TIME ZONE 'UTC')::date, 0, 0, 0, count(*), 0, 0
        FROM payments WHERE status = 'FAILED' AND failed_at >= $1::date AND failed_at < $2::date + 1
         AND ($3::uuid IS NULL OR product_id = $3)
       GROUP BY 1, 2
      UNION ALL
      SELECT product_id, day, opens, 0, 0, 0, 0, 0
        FROM checkout_opens WHERE day >= $1::date AND day <= $2::date AND ($3::uuid IS NULL OR product_id = $3)
    ) x
   GROUP BY product_id, day`;

/**
 * Rolls closed days up into product_daily_stats, from the day after the last rollup (or the first payment) through
 * `through` (normally yesterday, UTC). Safe to run concurrently and repeatedly: each day is recomputed exactly.
 */
export async function rollupDays(db: Queryable, through: string): Promise<number> {
  const last = await rolledThrough(db);
  const [start] = await db.query<{ d: string | null }>(
    `SELECT to_char(COALESCE($1::date + 1, (SELECT min(created_at AT TIME ZONE 'UTC')::date FROM payments)), 'YYYY-MM-DD') AS d`,
    [last],
  );
  if (!start.d || start.d > through) {
    await db.query(
      `INSERT INTO stats_rollup (id, rolled_through) VALUES (1, $1::date)
       ON CONFLICT (id) DO UPDATE SET rolled_through = GREATEST(stats_rollup.rolled_through, EXCLUDED.rolled_through)`,
      [through],
    );
    return 0;
  }
  const rows = await db.query(
    `INSERT INTO product_daily_stats (product_id, day, opens, connects, confirmed, failed, gross, fee)
     SELECT product_id, day, opens, connects, confirmed, failed, gross, fee FROM (${LIVE_DAYS}) s
     ON CONFLICT (product_id, day) DO UPDATE SET opens = EXCLUDED.opens, connects = EXCLUDED.connects,
       confirmed = EXCLUDED.confirmed, failed = EXCLUDED.failed, gross = EXCLUDED.gross, fee = EXCLUDED.fee
     RETURNING 1`,
    [start.d, through, null],
  );
  await db.query(
    `INSERT INTO stats_rollup (id, rolled_through) VALUES (1, $1::date)
     ON CONFLICT (id) DO UPDATE SET rolled_through = GREATEST(stats_rollup.rolled_through, EXCLUDED.rolled_through)`,
    [through],
  );
  return rows.length;
}

/** Daily stats of one product (or all of an owner's) for [from, to], rolled-up days plus live ones. */
export async function productDays(db: Queryable, productId: string, from: string, to: string): Promise<DayStats[]> {
  const through = await rolledThrough(db);
  const liveFrom = through && through >= from ? nextDay(through) : from;
  const rolled =
    through && through >= from
      ? await db.query<DayStats>(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, opens, connects, confirmed, failed, gross, fee
             FROM product_daily_stats WHERE product_id = $1 AND day >= $2::date AND day <= LEAST($3::date, $4::date)`,
          [productId, from, to, through],
        )
      : [];
  const live =
    liveFrom <= to
      ? await db.query<DayStats>(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, opens, connects, confirmed, failed, gross, fee
             FROM (${LIVE_DAYS}) s`,
          [liveFrom, to, productId],
        )
      : [];
  return [...rolled, ...live];
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * What the daily rollup cannot say: the product's sessions open now (payments_product_open_idx holds only those) and
 * its latest confirmation. Failed payments are summed from the days (rolled up, plus the live ones), never counted.
 */
export async function productCurrentCounts(db: Queryable, productId: string) {
  const [row] = await db.query<{ pending: number; latest: Date | null }>(
    `SELECT (SELECT count(*)::int FROM payments WHERE product_id = $1
              AND status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION')) AS pending,
            (SELECT max(confirmed_at) FROM payments WHERE product_id = $1 AND status = 'CONFIRMED') AS latest`,
    [productId],
  );
  return row;
}

export interface OwnerDayStats extends DayStats {
  product_id: string;
}

/** Daily stats of every product of a workspace (one mode) for [from, to], rolled-up days plus live ones. */
export async function ownerDays(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  from: string,
  to: string,
): Promise<OwnerDayStats[]> {
  const through = await rolledThrough(db);
  const liveFrom = through && through >= from ? nextDay(through) : from;
  const rolled =
    through && through >= from
      ? await db.query<OwnerDayStats>(
          `SELECT s.product_id, to_char(s.day, 'YYYY-MM-DD') AS day, s.opens, s.connects, s.confirmed, s.failed,
                  s.gross, s.fee
             FROM product_daily_stats s JOIN products p ON p.id = s.product_id
            WHERE p.owner_id = $1 AND p.livemode = $2 AND s.day >= $3::date AND s.day <= LEAST($4::date, $5::date)`,
          [ownerId, livemode, from, to, through],
        )
      : [];
  const live =
    liveFrom <= to
      ? await db.query<OwnerDayStats>(
          `SELECT s.product_id, to_char(s.day, 'YYYY-MM-DD') AS day, s.opens, s.connects, s.confirmed, s.failed,
                  s.gross, s.fee
             FROM (${LIVE_DAYS}) s JOIN products p ON p.id = s.product_id
            WHERE p.owner_id = $4 AND p.livemode = $5`,
          [liveFrom, to, null, ownerId, livemode],
        )
      : [];
  return [...rolled, ...live];
}

export interface WorkspaceCounts {
  active_templates: number;
  paying_members: number;
  renewals_due: number;
  open_support_threads: number;
  receipts_issued: number;
  refunds_required: number;
  delivery_failed: number;
  sold_out: number;
}

export async function workspaceCounts(db: Queryable, ownerId: string, livemode: boolean): Promise<WorkspaceCounts> {
  const [row] = await db.query<WorkspaceCounts>(
    `SELECT
       (SELECT count(*)::int FROM products WHERE owner_id = $1 AND livemode = $2 AND status = 'ACTIVE') AS active_templates,
       (SELECT count(*)::int FROM memberships WHERE owner_id = $1 AND livemode = $2
          AND status IN ('ACTIVE', 'GRACE_PERIOD', 'DELIVERY_FAILED')) AS paying_members,
       (SELECT count(*)::int FROM memberships WHERE owner_id = $1 AND livemode = $2
          AND ((status IN ('ACTIVE', 'DELIVERY_FAILED') AND current_period_end_at < now() + interval '7 days')
               OR status = 'GRACE_PERIOD')) AS renewals_due,
       (SELECT count(*)::int FROM support_tickets WHERE owner_id = $1 AND livemode = $2
          AND status NOT IN ('RESOLVED', 'CLOSED')) AS open_support_threads,
       (SELECT count(*)::int FROM receipts WHERE owner_id = $1 AND livemode = $2) AS receipts_issued,
       (SELECT count(*)::int FROM payments WHERE owner_id = $1 AND livemode = $2 AND refund_required) AS refunds_required,
       (SELECT count(*)::int FROM memberships WHERE owner_id = $1 AND livemode = $2 AND delivery_status = 'FAILED')
          AS delivery_failed,
       (SELECT count(*)::int FROM products WHERE owner_id = $1 AND livemode = $2 AND status = 'ACTIVE'
          AND max_payments IS NOT NULL AND payment_count
              + (SELECT count(*) FROM product_payment_tallies t WHERE t.product_id = products.id) >= max_payments)
          AS sold_out`,
    [ownerId, livemode],
  );
  return row;
}

export interface ExpiringMembershipRow {
  id: string;
  product_id: string;
  product_title: string;
  platform: string;
  platform_display: string;
  customer_identity_value: string;
  status: string;
  current_period_end_at: Date;
}

export async function expiringMemberships(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  withinDays: number,
  limit: number,
): Promise<ExpiringMembershipRow[]> {
  return db.query<ExpiringMembershipRow>(
    `SELECT m.id, m.product_id, p.title AS product_title, m.platform, m.platform_display, m.customer_identity_value,
            m.status, m.current_period_end_at
       FROM memberships m JOIN products p ON p.id = m.product_id
      WHERE m.owner_id = $1 AND m.livemode = $2 AND m.status IN ('ACTIVE', 'GRACE_PERIOD', 'DELIVERY_FAILED')
        AND m.current_period_end_at < now() + make_interval(days => $3)
      ORDER BY m.current_period_end_at LIMIT $4`,
    [ownerId, livemode, withinDays, limit],
  );
}

export async function ownerProducts(db: Queryable, ownerId: string, livemode: boolean) {
  return db.query<{
    id: string;
    title: string;
    slug: string;
    token_mint: string | null;
    created_at: Date;
    status: string;
  }>('SELECT id, title, slug, token_mint, created_at, status FROM products WHERE owner_id = $1 AND livemode = $2', [
    ownerId,
    livemode,
  ]);
}
