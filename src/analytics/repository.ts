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

export async function productCurrentCounts(db: Queryable, productId: string) {
  const [row] = await db.query<{ pending: number; failed_total: number; latest: Date | null }>(
    `SELECT (SELECT count(*)::int FROM payments WHERE product_id = $1
              AND status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION')) AS pending,
            (SELECT count(*)::int FROM payments WHERE product_id = $1 AND status = 'FAILED') AS failed_total,
            (SELECT max(confirmed_at) FROM payments WHERE product_id = $1 AND status = 'CONFIRMED') AS latest`,
    [productId],
  );
  return row;
}
