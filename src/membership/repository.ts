import type { Queryable } from '../db/index.ts';

export type MembershipStatus = 'ACTIVE' | 'GRACE_PERIOD' | 'EXPIRED' | 'DELIVERY_FAILED';

export interface MembershipRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  product_id: string;
  product_title: string;
  platform: string;
  platform_user_id: string | null;
  platform_display: string;
  customer_identity_type: string;
  customer_identity_value: string;
  payer_wallet: string | null;
  status: MembershipStatus;
  current_period_start_at: Date;
  current_period_end_at: Date;
  grace_ends_at: Date | null;
  latest_payment_id: string | null;
  latest_tx_signature: string | null;
  delivery_status: string;
  delivery_last_error: string | null;
  delivery_value: string | null;
  delivery_attempted_at: Date | null;
  delivery_sent_at: Date | null;
  access_revoked_at: Date | null;
  renewal_count: number;
  last_reminder_sent_at: Date | null;
  notes: string;
  metadata_json: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
}

export interface PeriodRow {
  id: string;
  membership_id: string;
  payment_id: string | null;
  tx_signature: string | null;
  amount_lamports: bigint;
  token_mint: string | null;
  period_start_at: Date;
  period_end_at: Date;
  status: string;
  activated_at: Date;
  revoked_at: Date | null;
  created_at: Date;
}

export interface EventRow {
  id: bigint;
  membership_id: string;
  payment_id: string | null;
  event_type: string;
  actor_type: string;
  actor_id: string | null;
  payload_json: Record<string, unknown>;
  created_at: Date;
}

const COLUMNS = `m.id, m.owner_id, m.livemode, m.product_id, p.title AS product_title, m.platform, m.platform_user_id,
  m.platform_display, m.customer_identity_type, m.customer_identity_value, m.payer_wallet, m.status,
  m.current_period_start_at, m.current_period_end_at, m.grace_ends_at, m.latest_payment_id, m.latest_tx_signature,
  m.delivery_status, m.delivery_last_error, m.delivery_value, m.delivery_attempted_at, m.delivery_sent_at,
  m.access_revoked_at, m.renewal_count, m.last_reminder_sent_at, m.notes, m.metadata_json, m.created_at, m.updated_at`;
const FROM = 'FROM memberships m JOIN products p ON p.id = m.product_id';
const EVENT_COLUMNS = 'id, membership_id, payment_id, event_type, actor_type, actor_id, payload_json, created_at';

export interface Scope {
  ownerId: string;
  livemode: boolean;
}

export async function findMembership(db: Queryable, id: string): Promise<MembershipRow | undefined> {
  const rows = await db.query<MembershipRow>(`SELECT ${COLUMNS} ${FROM} WHERE m.id = $1`, [id]);
  return rows[0];
}

export async function findScopedMembership(db: Queryable, s: Scope, id: string): Promise<MembershipRow | undefined> {
  const rows = await db.query<MembershipRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE m.id = $1 AND m.owner_id = $2 AND m.livemode = $3`,
    [id, s.ownerId, s.livemode],
  );
  return rows[0];
}

export async function findMembershipForUpdate(db: Queryable, id: string): Promise<MembershipRow | undefined> {
  const rows = await db.query<MembershipRow>(`SELECT ${COLUMNS} ${FROM} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
  return rows[0];
}

/** Serialises activations of one identity on one product (two payments confirming at once). */
export async function lockIdentity(db: Queryable, productId: string, type: string, value: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`membership:${productId}:${type}:${value}`]);
}

export async function findLatestForIdentity(
  db: Queryable,
  productId: string,
  type: string,
  value: string,
): Promise<MembershipRow | undefined> {
  const rows = await db.query<MembershipRow>(
    `SELECT ${COLUMNS} ${FROM}
      WHERE m.product_id = $1 AND m.customer_identity_type = $2 AND m.customer_identity_value = $3
      ORDER BY m.current_period_end_at DESC, m.created_at DESC LIMIT 1 FOR UPDATE OF m`,
    [productId, type, value],
  );
  return rows[0];
}

export interface MembershipInsert {
  owner_id: string;
  livemode: boolean;
  product_id: string;
  platform: string;
  platform_user_id: string | null;
  platform_display: string;
  customer_identity_type: string;
  customer_identity_value: string;
  payer_wallet: string | null;
  start: Date;
  end: Date;
  payment_id: string;
  tx_signature: string | null;
  delivery_status: string;
  now: Date;
}

export async function insertMembership(db: Queryable, m: MembershipInsert): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO memberships (owner_id, livemode, product_id, platform, platform_user_id, platform_display,
        customer_identity_type, customer_identity_value, payer_wallet, status, current_period_start_at,
        current_period_end_at, latest_payment_id, latest_tx_signature, delivery_status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ACTIVE', $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
    [
      m.owner_id,
      m.livemode,
      m.product_id,
      m.platform,
      m.platform_user_id,
      m.platform_display,
      m.customer_identity_type,
      m.customer_identity_value,
      m.payer_wallet,
      m.start,
      m.end,
      m.payment_id,
      m.tx_signature,
      m.delivery_status,
      m.now,
    ],
  );
  return rows[0].id;
}

/** A paid renewal: the new end, back to ACTIVE (keeping DELIVERY_FAILED), grace cleared. */
export async function applyRenewal(
  db: Queryable,
  id: string,
  r: {
    start: Date;
    end: Date;
    payment_id: string;
    tx_signature: string | null;
    payer_wallet: string | null;
    delivery_status: string;
    reactivated: boolean;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE memberships SET current_period_start_at = $2, current_period_end_at = $3, latest_payment_id = $4,
            latest_tx_signature = $5, payer_wallet = COALESCE($6, payer_wallet), renewal_count = renewal_count + 1,
            status = CASE WHEN status = 'DELIVERY_FAILED' AND NOT $8 THEN status ELSE 'ACTIVE' END,
            delivery_status = $7, delivery_last_error = CASE WHEN $7 = 'SENT' THEN NULL ELSE delivery_last_error END,
            grace_ends_at = NULL, access_revoked_at = CASE WHEN $8 THEN NULL ELSE access_revoked_at END,
            updated_at = $9
      WHERE id = $1`,
    [id, r.start, r.end, r.payment_id, r.tx_signature, r.payer_wallet, r.delivery_status, r.reactivated, r.now],
  );
}

export async function applyGift(
  db: Queryable,
  id: string,
  g: { start: Date; end: Date; reactivated: boolean; now: Date },
): Promise<void> {
  await db.query(
    `UPDATE memberships SET current_period_start_at = $2, current_period_end_at = $3,
            status = CASE WHEN status = 'DELIVERY_FAILED' AND NOT $4 THEN status ELSE 'ACTIVE' END,
            grace_ends_at = NULL, access_revoked_at = CASE WHEN $4 THEN NULL ELSE access_revoked_at END,
            delivery_status = CASE WHEN $4 THEN 'PENDING' ELSE delivery_status END, updated_at = $5
      WHERE id = $1`,
    [id, g.start, g.end, g.reactivated, g.now],
  );
}

export async function insertPeriod(
  db: Queryable,
  p: {
    membership_id: string;
    payment_id: string | null;
    tx_signature: string | null;
    amount: bigint;
    token_mint: string | null;
    start: Date;
    end: Date;
    status: 'PAID' | 'GIFTED';
    now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO membership_periods (membership_id, payment_id, tx_signature, amount_lamports, token_mint,
        period_start_at, period_end_at, status, activated_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [p.membership_id, p.payment_id, p.tx_signature, p.amount, p.token_mint, p.start, p.end, p.status, p.now],
  );
}

export async function insertEvent(
  db: Queryable,
  e: {
    membership_id: string;
    payment_id?: string | null;
    event_type: string;
    actor_type: string;
    actor_id?: string | null;
    payload?: Record<string, unknown>;
    dedupe_key?: string;
    now: Date;
  },
): Promise<EventRow | undefined> {
  const rows = await db.query<EventRow>(
    `INSERT INTO membership_events (membership_id, payment_id, event_type, actor_type, actor_id, payload_json,
        dedupe_key, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING ${EVENT_COLUMNS}`,
    [
      e.membership_id,
      e.payment_id ?? null,
      e.event_type,
      e.actor_type,
      e.actor_id ?? null,
      JSON.stringify(e.payload ?? {}),
      e.dedupe_key ?? null,
      e.now,
    ],
  );
  return rows[0];
}

export async function updateEventPayload(db: Queryable, id: bigint, payload: Record<string, unknown>): Promise<void> {
  await db.query('UPDATE membership_events SET payload_json = payload_json || $2::jsonb WHERE id = $1', [
    id,
    JSON.stringify(payload),
  ]);
}

export async function deleteEvent(db: Queryable, id: bigint): Promise<void> {
  await db.query('DELETE FROM membership_events WHERE id = $1', [id]);
}

export async function listPeriods(db: Queryable, membershipId: string): Promise<PeriodRow[]> {
  return db.query<PeriodRow>(
    `SELECT id, membership_id, payment_id, tx_signature, amount_lamports, token_mint, period_start_at, period_end_at,
            status, activated_at, revoked_at, created_at
       FROM membership_periods WHERE membership_id = $1 ORDER BY period_start_at, created_at`,
    [membershipId],
  );
}

export async function listEvents(db: Queryable, membershipId: string): Promise<EventRow[]> {
  return db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM membership_events WHERE membership_id = $1 ORDER BY id`, [
    membershipId,
  ]);
}

export async function recentEvents(db: Queryable, s: Scope, limit: number): Promise<EventRow[]> {
  return db.query<EventRow>(
    `SELECT e.id, e.membership_id, e.payment_id, e.event_type, e.actor_type, e.actor_id, e.payload_json, e.created_at
       FROM membership_events e JOIN memberships m ON m.id = e.membership_id
      WHERE m.owner_id = $1 AND m.livemode = $2 ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
    [s.ownerId, s.livemode, limit],
  );
}

export interface ListFilter {
  product_id?: string;
  status?: string;
  platform?: string;
  q?: string;
  limit: number;
  offset: number;
}

function listWhere(s: Scope, f: Omit<ListFilter, 'limit' | 'offset'>): { sql: string; params: unknown[] } {
  const params: unknown[] = [s.ownerId, s.livemode];
  const where = ['m.owner_id = $1', 'm.livemode = $2'];
  if (f.product_id) where.push(`m.product_id = $${params.push(f.product_id)}`);
  if (f.status) where.push(`m.status = $${params.push(f.status)}`);
  if (f.platform) where.push(`m.platform = $${params.push(f.platform)}`);
  if (f.q) {
    const like = `$${params.push(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`;
    const exact = `$${params.push(f.q)}`;
    // One arm per column, each answerable by its own index (trigram for the partial matches), instead of one OR
    // that only a scan of every member can answer.
    where.push(`m.id IN (
        SELECT id FROM memberships WHERE owner_id = $1 AND customer_identity_value ILIKE ${like}
        UNION SELECT id FROM memberships WHERE owner_id = $1 AND platform_display ILIKE ${like}
        UNION SELECT id FROM memberships WHERE owner_id = $1 AND platform_user_id ILIKE ${like}
        UNION SELECT id FROM memberships WHERE owner_id = $1 AND payer_wallet = ${exact}
        UNION SELECT id FROM memberships WHERE owner_id = $1 AND latest_tx_signature = ${exact}
        UNION SELECT membership_id FROM membership_periods WHERE tx_signature = ${exact})`);
  }
  return { sql: where.join(' AND '), params };
}

export async function listMemberships(db: Queryable, s: Scope, f: ListFilter): Promise<MembershipRow[]> {
  const { sql, params } = listWhere(s, f);
  return db.query<MembershipRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${sql} ORDER BY m.created_at DESC, m.id DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
}

/**
 * How many members match the list's filter. Without a text search it is read from the kept counts (membership_counts
 * plus the deltas not folded yet, migration 0019): a few rows per product, not one per member. A search counts its
 * matches, which its indexes find.
 */
export async function countMemberships(
  db: Queryable,
  s: Scope,
  f: Omit<ListFilter, 'limit' | 'offset'>,
): Promise<number> {
  if (f.q) {
    const { sql, params } = listWhere(s, f);
    const rows = await db.query<{ n: bigint }>(`SELECT count(*) AS n FROM memberships m WHERE ${sql}`, params);
    return Number(rows[0].n);
  }
  const params: unknown[] = [s.ownerId, s.livemode];
  const where = ['owner_id = $1', 'livemode = $2'];
  if (f.product_id) where.push(`product_id = $${params.push(f.product_id)}`);
  if (f.status) where.push(`status = $${params.push(f.status)}`);
  if (f.platform) where.push(`platform = $${params.push(f.platform)}`);
  const sql = where.join(' AND ');
  const rows = await db.query<{ n: bigint | null }>(
    `SELECT sum(n) AS n FROM (
       SELECT n FROM membership_counts WHERE ${sql}
       UNION ALL SELECT delta FROM membership_count_deltas WHERE ${sql}) c`,
    params,
  );
  return Number(rows[0].n ?? 0);
}

/**
 * Moves the member count changes appended to membership_count_deltas into membership_counts, in one statement (the
 * rows it deletes are exactly the ones it adds). One instance at a time: the others skip the fold.
 */
export async function foldMembershipCounts(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH go AS (SELECT pg_try_advisory_xact_lock(${COUNT_FOLD_LOCK_KEY}) AS ok),
          moved AS (DELETE FROM membership_count_deltas WHERE (SELECT ok FROM go)
                    RETURNING owner_id, livemode, product_id, status, platform, delta),
          sums AS (SELECT owner_id, livemode, product_id, status, platform, sum(delta)::bigint AS d
                     FROM moved GROUP BY 1, 2, 3, 4, 5)
     INSERT INTO membership_counts AS c (owner_id, livemode, product_id, status, platform, n)
     SELECT owner_id, livemode, product_id, status, platform, d FROM sums
     ON CONFLICT (owner_id, livemode, product_id, status, platform) DO UPDATE SET n = c.n + EXCLUDED.n
     RETURNING 1 AS n`,
  );
  return rows.length;
}

// Any fixed number (see db/migrate.ts and product/repository.ts for others).
const COUNT_FOLD_LOCK_KEY = 726_110_019;

export async function lookupMemberships(
  db: Queryable,
  s: Scope,
  by: { wallet?: string; identity?: string; tx_signature?: string; product_id?: string },
): Promise<MembershipRow[]> {
  const params: unknown[] = [s.ownerId, s.livemode];
  const where = ['m.owner_id = $1', 'm.livemode = $2'];
  if (by.product_id) where.push(`m.product_id = $${params.push(by.product_id)}`);
  if (by.wallet) {
    const w = `$${params.push(by.wallet)}`;
    where.push(`(m.payer_wallet = ${w} OR (m.customer_identity_type = 'WALLET' AND m.customer_identity_value = ${w}))`);
  }
  if (by.identity) {
    const bare = by.identity.replace(/^@/, '');
    const a = `$${params.push(bare)}`;
    const b = `$${params.push(`@${bare}`)}`;
    where.push(`(m.customer_identity_value IN (${a}, ${b}) OR m.platform_user_id IN (${a}, ${b})
      OR m.platform_display IN (${a}, ${b}))`);
  }
  if (by.tx_signature) {
    const t = `$${params.push(by.tx_signature)}`;
    where.push(`(m.latest_tx_signature = ${t}
      OR EXISTS (SELECT 1 FROM membership_periods mp WHERE mp.membership_id = m.id AND mp.tx_signature = ${t}))`);
  }
  return db.query<MembershipRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE ${where.join(' AND ')} ORDER BY m.current_period_end_at DESC LIMIT 100`,
    params,
  );
}

export async function updateNotes(db: Queryable, id: string, notes: string, now: Date): Promise<void> {
  await db.query('UPDATE memberships SET notes = $2, updated_at = $3 WHERE id = $1', [id, notes, now]);
}

export async function updateDisplay(db: Queryable, id: string, display: string, now: Date): Promise<void> {
  await db.query('UPDATE memberships SET platform_display = $2, updated_at = $3 WHERE id = $1', [id, display, now]);
}

// -- lifecycle: each transition is one conditional UPDATE, so a stale or duplicate job changes nothing.

export async function enterGrace(
  db: Queryable,
  id: string,
  periodEnd: Date,
  graceEndsAt: Date,
  now: Date,
): Promise<MembershipRow | undefined> {
  const rows = await db.query<{ id: string }>(
    `UPDATE memberships SET status = 'GRACE_PERIOD', grace_ends_at = $3, updated_at = $4
      WHERE id = $1 AND status IN ('ACTIVE', 'DELIVERY_FAILED') AND current_period_end_at = $2
        AND current_period_end_at <= $4
      RETURNING id`,
    [id, periodEnd, graceEndsAt, now],
  );
  return rows[0] ? findMembership(db, id) : undefined;
}

export async function expire(
  db: Queryable,
  id: string,
  graceEndsAt: Date,
  now: Date,
): Promise<MembershipRow | undefined> {
  const rows = await db.query<{ id: string }>(
    `UPDATE memberships SET status = 'EXPIRED', updated_at = $3
      WHERE id = $1 AND status = 'GRACE_PERIOD' AND grace_ends_at = $2 AND grace_ends_at <= $3 RETURNING id`,
    [id, graceEndsAt, now],
  );
  return rows[0] ? findMembership(db, id) : undefined;
}

export async function markRevoked(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE memberships SET access_revoked_at = $2, delivery_status = 'REVOKED', updated_at = $2
      WHERE id = $1 AND status = 'EXPIRED'`,
    [id, now],
  );
  await db.query(
    `UPDATE membership_periods SET status = 'REVOKED', revoked_at = $2
      WHERE membership_id = $1 AND revoked_at IS NULL AND period_end_at <= $2`,
    [id, now],
  );
}

export async function markReminderSent(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE memberships SET last_reminder_sent_at = $2 WHERE id = $1', [id, now]);
}

// -- delivery

/** Takes the delivery lease of a membership for `ms`; false when another attempt holds it. */
export async function takeDeliveryLease(db: Queryable, id: string, now: Date, ms: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE memberships SET delivery_locked_until = $2::timestamptz + make_interval(secs => $3::double precision / 1000)
      WHERE id = $1 AND (delivery_locked_until IS NULL OR delivery_locked_until <= $2) RETURNING id`,
    [id, now, ms],
  );
  return rows.length > 0;
}

export async function releaseDeliveryLease(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE memberships SET delivery_locked_until = NULL WHERE id = $1', [id]);
}

/** Access handed over: the membership's delivery is SENT (the payment's own is recorded by the payment domain). */
export async function markDelivered(db: Queryable, id: string, value: string | null, now: Date): Promise<void> {
  await db.query(
    `UPDATE memberships SET delivery_status = 'SENT', delivery_last_error = NULL, delivery_value = COALESCE($2, delivery_value),
            delivery_attempted_at = $3, delivery_sent_at = $3, updated_at = $3,
            status = CASE WHEN status = 'DELIVERY_FAILED' THEN 'ACTIVE' ELSE status END
      WHERE id = $1`,
    [id, value, now],
  );
}

/** Records a failed delivery; returns the delivery status it had before (to emit delivery.failed once). */
export async function markDeliveryFailed(
  db: Queryable,
  id: string,
  error: string,
  now: Date,
): Promise<string | undefined> {
  const rows = await db.query<{ previous: string }>(
    `UPDATE memberships m SET delivery_status = 'FAILED', delivery_last_error = $2, delivery_attempted_at = $3,
            updated_at = $3, status = CASE WHEN m.status = 'ACTIVE' THEN 'DELIVERY_FAILED' ELSE m.status END
       FROM memberships old WHERE m.id = $1 AND old.id = m.id RETURNING old.delivery_status AS previous`,
    [id, error, now],
  );
  return rows[0]?.previous;
}

// -- renewal intelligence

export async function expiringWithin(
  db: Queryable,
  s: Scope,
  from: Date,
  to: Date,
  limit: number,
): Promise<MembershipRow[]> {
  return db.query<MembershipRow>(
    `SELECT ${COLUMNS} ${FROM}
      WHERE m.owner_id = $1 AND m.livemode = $2 AND m.status IN ('ACTIVE', 'DELIVERY_FAILED', 'GRACE_PERIOD')
        AND m.current_period_end_at <= $4 AND COALESCE(m.grace_ends_at, m.current_period_end_at) >= $3
      ORDER BY m.current_period_end_at, m.id LIMIT $5`,
    [s.ownerId, s.livemode, from, to, limit],
  );
}

export interface ProductCounts {
  product_id: string;
  product_title: string;
  active: bigint;
  in_grace: bigint;
  expired: bigint;
  delivery_failed: bigint;
  expiring_in_window: bigint;
  renewals_in_window: bigint;
}

export async function productCounts(
  db: Queryable,
  s: Scope,
  now: Date,
  to: Date,
  since: Date,
): Promise<ProductCounts[]> {
  return db.query<ProductCounts>(
    `SELECT m.product_id, p.title AS product_title,
            count(*) FILTER (WHERE m.status IN ('ACTIVE', 'DELIVERY_FAILED')) AS active,
            count(*) FILTER (WHERE m.status = 'GRACE_PERIOD') AS in_grace,
            count(*) FILTER (WHERE m.status = 'EXPIRED') AS expired,
            count(*) FILTER (WHERE m.status = 'DELIVERY_FAILED') AS delivery_failed,
            count(*) FILTER (WHERE m.status IN ('ACTIVE', 'DELIVERY_FAILED', 'GRACE_PERIOD')
              AND m.current_period_end_at <= $4 AND COALESCE(m.grace_ends_at, m.current_period_end_at) >= $3)
              AS expiring_in_window,
            (SELECT count(*) FROM membership_events e JOIN memberships m2 ON m2.id = e.membership_id
              WHERE m2.product_id = m.product_id AND m2.livemode = $2 AND e.event_type = 'renewed'
                AND e.created_at >= $5) AS renewals_in_window
       FROM memberships m JOIN products p ON p.id = m.product_id
      WHERE m.owner_id = $1 AND m.livemode = $2
      GROUP BY m.product_id, p.title ORDER BY p.title, m.product_id`,
    [s.ownerId, s.livemode, now, to, since],
  );
}
