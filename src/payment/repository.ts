import type { Queryable } from '../db/index.ts';

export type PaymentStatus = 'PENDING_SIGNATURE' | 'PENDING_CONFIRMATION' | 'CONFIRMED' | 'FAILED';

export interface PaymentRow {
  id: string;
  product_id: string;
  owner_id: string;
  livemode: boolean;
  status: PaymentStatus;
  nonce: string;
  reference: string;
  payer_wallet: string | null;
  wallet_source: string | null;
  amount_minor_units: bigint;
  merchant_amount_minor_units: bigint;
  fee_minor_units: bigint;
  fee_wallet: string | null;
  token_mint: string | null;
  merchant_wallet: string;
  received_minor_units: bigint | null;
  excess_minor_units: bigint | null;
  tx_signature: string | null;
  broadcast_signature: string | null;
  customer_reference_type: string | null;
  customer_reference_value: string | null;
  customer_reference_display: string | null;
  identity_locked: boolean;
  identity_session_id: string | null;
  membership_id: string | null;
  delivery_status: string | null;
  delivery_error: string | null;
  delivery_value: string | null;
  delivery_sent_at: Date | null;
  deep_link_expires_at: Date | null;
  delivery_attempted_at: Date | null;
  failure_reason: string | null;
  refund_required: boolean;
  refund_tx_signatures: string[];
  expires_at: Date;
  broadcast_at: Date | null;
  confirmed_at: Date | null;
  failed_at: Date | null;
  created_at: Date;
}

const COLUMNS = `id, product_id, owner_id, livemode, status, nonce, reference, payer_wallet, wallet_source,
  amount_minor_units, merchant_amount_minor_units, fee_minor_units, fee_wallet, token_mint, merchant_wallet,
  received_minor_units, excess_minor_units, tx_signature, broadcast_signature, customer_reference_type,
  customer_reference_value, customer_reference_display, identity_locked, identity_session_id, membership_id,
  delivery_status, delivery_error, delivery_value, delivery_sent_at, deep_link_expires_at, delivery_attempted_at,
  failure_reason, refund_required, refund_tx_signatures, expires_at, broadcast_at, confirmed_at, failed_at, created_at`;

export interface PaymentInsert {
  product_id: string;
  owner_id: string;
  livemode: boolean;
  nonce: string;
  reference: string;
  payer_wallet: string | null;
  amount_minor_units: bigint;
  merchant_amount_minor_units: bigint;
  fee_minor_units: bigint;
  fee_wallet: string | null;
  token_mint: string | null;
  merchant_wallet: string;
  customer_reference_type: string | null;
  customer_reference_value: string | null;
  customer_reference_display: string | null;
  identity_locked: boolean;
  identity_session_id: string | null;
  expires_at: Date;
}

export async function insertPayment(db: Queryable, p: PaymentInsert): Promise<PaymentRow> {
  const rows = await db.query<PaymentRow>(
    `INSERT INTO payments (product_id, owner_id, livemode, nonce, reference, payer_wallet, amount_minor_units,
        merchant_amount_minor_units, fee_minor_units, fee_wallet, token_mint, merchant_wallet, customer_reference_type,
        customer_reference_value, customer_reference_display, identity_locked, identity_session_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     RETURNING ${COLUMNS}`,
    [
      p.product_id,
      p.owner_id,
      p.livemode,
      p.nonce,
      p.reference,
      p.payer_wallet,
      p.amount_minor_units,
      p.merchant_amount_minor_units,
      p.fee_minor_units,
      p.fee_wallet,
      p.token_mint,
      p.merchant_wallet,
      p.customer_reference_type,
      p.customer_reference_value,
      p.customer_reference_display,
      p.identity_locked,
      p.identity_session_id,
      p.expires_at,
    ],
  );
  return rows[0];
}

export async function findPayment(db: Queryable, id: string): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(`SELECT ${COLUMNS} FROM payments WHERE id = $1`, [id]);
  return rows[0];
}

export async function findPaymentAndSignatureOwner(
  db: Queryable,
  id: string,
  signature: string,
): Promise<{ payment: PaymentRow; boundTo: string | null } | undefined> {
  const rows = await db.query<PaymentRow & { bound_to: string | null }>(
    `SELECT ${COLUMNS}, (SELECT b.id FROM payments b WHERE b.tx_signature = $2) AS bound_to FROM payments WHERE id = $1`,
    [id, signature],
  );
  if (!rows[0]) return undefined;
  const { bound_to, ...payment } = rows[0];
  return { payment: payment as PaymentRow, boundTo: bound_to };
}

export async function findPaymentForUpdate(db: Queryable, id: string): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(`SELECT ${COLUMNS} FROM payments WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

/** The mode of a product named by id and/or slug (a public confirm names it either way), if both agree. */
export async function findProductForConfirm(
  db: Queryable,
  q: { productId: string | null; slug: string | null },
): Promise<{ id: string; livemode: boolean } | undefined> {
  const rows = await db.query<{ id: string; livemode: boolean }>(
    `SELECT id, livemode FROM products
      WHERE ($1::uuid IS NULL OR id = $1) AND ($2::text IS NULL OR slug = $2) LIMIT 1`,
    [q.productId, q.slug],
  );
  return rows[0];
}

/** The open checkout session of a product that a transaction names by its memo nonce or its reference key. */
export async function findOpenSessionFor(
  db: Queryable,
  productId: string,
  q: { nonces: string[]; references: string[] },
): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(
    `SELECT ${COLUMNS} FROM payments
      WHERE product_id = $1 AND status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION')
        AND (nonce = ANY($2::text[]) OR reference = ANY($3::text[]))
      ORDER BY created_at DESC LIMIT 1`,
    [productId, q.nonces, q.references],
  );
  return rows[0];
}

export async function findPaymentByNonce(db: Queryable, nonce: string): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(`SELECT ${COLUMNS} FROM payments WHERE nonce = $1`, [nonce]);
  return rows[0];
}

export async function findPaymentIdBySignature(db: Queryable, signature: string): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>('SELECT id FROM payments WHERE tx_signature = $1', [signature]);
  return rows[0]?.id;
}

export async function recordBroadcast(
  db: Queryable,
  id: string,
  signature: string,
  payer: string | null,
  walletSource: string | null,
): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(
    `UPDATE payments SET broadcast_signature = COALESCE(broadcast_signature, $2), broadcast_at = COALESCE(broadcast_at, now()),
            payer_wallet = COALESCE(payer_wallet, $3),
            wallet_source = COALESCE($4, wallet_source), next_check_at = now(),
            status = CASE WHEN status = 'PENDING_SIGNATURE' THEN 'PENDING_CONFIRMATION' ELSE status END
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, signature, payer, walletSource],
  );
  return rows[0];
}

export interface ConfirmationWrite {
  tx_signature: string;
  payer_wallet: string | null;
  received_minor_units: bigint;
  excess_minor_units: bigint;
  delivery_status: string;
  delivery_value: string | null;
  deep_link_expires_at: Date | null;
  customer_reference_type: string | null;
  customer_reference_value: string | null;
  customer_reference_display: string | null;
}

/** The payment becomes CONFIRMED; with `onlyIfOpen`, only a session still open (undefined otherwise). */
export async function markConfirmed(
  db: Queryable,
  id: string,
  onlyIfOpen: boolean,
  c: ConfirmationWrite,
): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(
    `UPDATE payments SET status = 'CONFIRMED', confirmed_at = now(), failed_at = NULL, tx_signature = $2,
            payer_wallet = COALESCE($3, payer_wallet), received_minor_units = $4, excess_minor_units = $5,
            delivery_status = $6, delivery_value = $7, deep_link_expires_at = $8,
            delivery_sent_at = CASE WHEN $6 = 'SENT' THEN now() ELSE NULL END,
            delivery_attempted_at = CASE WHEN $6 = 'SENT' THEN now() ELSE NULL END,
            customer_reference_type = COALESCE($9, customer_reference_type),
            customer_reference_value = COALESCE($10, customer_reference_value),
            customer_reference_display = COALESCE($11, customer_reference_display),
            failure_reason = NULL
      WHERE id = $1 AND (NOT $12::boolean OR status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION'))
      RETURNING ${COLUMNS}`,
    [
      id,
      c.tx_signature,
      c.payer_wallet,
      c.received_minor_units,
      c.excess_minor_units,
      c.delivery_status,
      c.delivery_value,
      c.deep_link_expires_at,
      c.customer_reference_type,
      c.customer_reference_value,
      c.customer_reference_display,
      onlyIfOpen,
    ],
  );
  return rows[0];
}

/**
 * What granting access changed on a confirmed payment: the membership it bought, and a delivery handed over in the
 * same transaction. One UPDATE for both.
 */
export async function recordAccessGranted(
  db: Queryable,
  id: string,
  g: { membershipId: string | null; delivered: { value: string | null; at: Date } | null },
): Promise<PaymentRow> {
  const rows = await db.query<PaymentRow>(
    `UPDATE payments SET membership_id = COALESCE($2::uuid, membership_id),
            delivery_status = CASE WHEN $3::boolean THEN 'SENT' ELSE delivery_status END,
            delivery_error = CASE WHEN $3::boolean THEN NULL ELSE delivery_error END,
            delivery_sent_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE delivery_sent_at END,
            delivery_attempted_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE delivery_attempted_at END,
            delivery_value = CASE WHEN $3::boolean THEN COALESCE($5::text, delivery_value) ELSE delivery_value END
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, g.membershipId, g.delivered !== null, g.delivered?.at ?? null, g.delivered?.value ?? null],
  );
  return rows[0];
}

export async function findDeliveryStatus(db: Queryable, id: string): Promise<string | null> {
  const rows = await db.query<{ delivery_status: string | null }>(
    'SELECT delivery_status FROM payments WHERE id = $1',
    [id],
  );
  return rows[0]?.delivery_status ?? null;
}

/** A later delivery of the payment's access succeeded (a grant job, a merchant's retry). */
export async function markDeliverySent(db: Queryable, id: string, value: string | null, at: Date): Promise<void> {
  await db.query(
    `UPDATE payments SET delivery_status = 'SENT', delivery_error = NULL, delivery_sent_at = $2,
            delivery_attempted_at = $2, delivery_value = COALESCE($3, delivery_value) WHERE id = $1`,
    [id, at, value],
  );
}

/** A delivery attempt failed; returns the payment's previous delivery_status (to emit delivery.failed once). */
export async function markDeliveryFailed(
  db: Queryable,
  id: string,
  error: string,
  at: Date,
): Promise<string | null | undefined> {
  const rows = await db.query<{ previous: string | null }>(
    `UPDATE payments p SET delivery_status = 'FAILED', delivery_error = $2, delivery_attempted_at = $3
       FROM payments old WHERE p.id = $1 AND old.id = p.id RETURNING old.delivery_status AS previous`,
    [id, error, at],
  );
  return rows[0]?.previous;
}

/** Keeps a transaction that paid a closed session, and flags the payment for a refund. */
export async function recordRefundDue(db: Queryable, id: string, signature: string): Promise<PaymentRow> {
  const rows = await db.query<PaymentRow>(
    `UPDATE payments SET refund_required = true,
            refund_tx_signatures = CASE WHEN $2 = ANY(refund_tx_signatures) THEN refund_tx_signatures
                                        ELSE array_append(refund_tx_signatures, $2) END
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, signature],
  );
  return rows[0];
}

export interface PartialRow {
  tx_signature: string;
  payment_id: string;
  reason: string;
  received_minor_units: bigint;
  payer_wallet: string | null;
  refund_required: boolean;
  recorded_at: Date;
}

/**
 * Keeps a transaction that names the session but does not pay it in full; the session itself is left as it is (a
 * refundable one flags the payment for a refund). Recording the same transaction twice changes nothing.
 */
export async function recordPartial(
  db: Queryable,
  p: { paymentId: string; signature: string; reason: string; received: bigint; payer: string | null; refund: boolean },
): Promise<void> {
  const inserted = await db.query(
    `INSERT INTO payment_partials (tx_signature, payment_id, reason, received_minor_units, payer_wallet, refund_required)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tx_signature) DO NOTHING RETURNING tx_signature`,
    [p.signature, p.paymentId, p.reason, p.received, p.payer, p.refund],
  );
  if (inserted.length > 0 && p.refund) {
    await db.query('UPDATE payments SET refund_required = true WHERE id = $1', [p.paymentId]);
  }
}

export async function listPartials(db: Queryable, paymentIds: string[]): Promise<PartialRow[]> {
  if (paymentIds.length === 0) return [];
  return db.query<PartialRow>(
    `SELECT tx_signature, payment_id, reason, received_minor_units, payer_wallet, refund_required, recorded_at
       FROM payment_partials WHERE payment_id = ANY($1::uuid[]) ORDER BY recorded_at, tx_signature`,
    [paymentIds],
  );
}

export async function markFailed(
  db: Queryable,
  id: string,
  f: { reason: string; tx_signature?: string | null; refund_required?: boolean; received?: bigint | null },
): Promise<PaymentRow | undefined> {
  const rows = await db.query<PaymentRow>(
    `UPDATE payments SET status = 'FAILED', failed_at = now(), failure_reason = $2,
            tx_signature = COALESCE($3, tx_signature), refund_required = refund_required OR $4,
            received_minor_units = COALESCE($5, received_minor_units)
      WHERE id = $1 AND status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION') RETURNING ${COLUMNS}`,
    [id, f.reason, f.tx_signature ?? null, f.refund_required ?? false, f.received ?? null],
  );
  return rows[0];
}

/**
 * Counts a confirmed payment on its product, taking one slot of max_payments; false when the product is sold out.
 * No product row is locked: the payment's amount is appended to product_payment_tallies (folded into the product
 * later). Only a product with max_payments serialises its confirmations, on a transaction-scoped advisory lock, and
 * counts its confirmed payments: the holder's count sees every earlier holder's committed confirmation.
 */
export async function takePaymentSlot(
  db: Queryable,
  productId: string,
  amount: bigint,
  paymentId: string,
  /** The product's cap as the caller loaded it; read here when not given. */
  maxPayments?: number | null,
): Promise<boolean> {
  const cap =
    maxPayments !== undefined
      ? maxPayments
      : ((
          await db.query<{ max_payments: number | null }>('SELECT max_payments FROM products WHERE id = $1', [
            productId,
          ])
        )[0]?.max_payments ?? null);
  if (cap != null) {
    // Two statements: the count's snapshot must be taken after the lock is held.
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('hilt.product_slots:' || $1, 0))`, [productId]);
    const [taken] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM payments WHERE product_id = $1 AND status = 'CONFIRMED' AND id <> $2`,
      [productId, paymentId],
    );
    if (taken.n >= cap) return false;
  }
  await db.query('INSERT INTO product_payment_tallies (product_id, amount_minor_units) VALUES ($1, $2)', [
    productId,
    amount,
  ]);
  return true;
}

/**
 * Leases open sessions due for an on-chain check, for this instance only (SKIP LOCKED): each is pushed back by
 * `leaseMs`, so another instance takes it only if this one stops checking.
 */
export async function leaseOpenPayments(db: Queryable, limit: number, leaseMs: number): Promise<PaymentRow[]> {
  return db.query<PaymentRow>(
    `UPDATE payments SET next_check_at = now() + make_interval(secs => $2::double precision / 1000)
      WHERE id IN (
        SELECT id FROM payments
         WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION') AND next_check_at <= now()
         ORDER BY next_check_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS}`,
    [limit, leaseMs],
  );
}

export async function listProductPayments(
  db: Queryable,
  productId: string,
  q: { status?: string; limit: number; offset: number },
): Promise<PaymentRow[]> {
  return db.query<PaymentRow>(
    `SELECT ${COLUMNS} FROM payments WHERE product_id = $1 AND ($2::text IS NULL OR status = $2)
      ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
    [productId, q.status ?? null, q.limit, q.offset],
  );
}

export interface LedgerFilter {
  status?: string;
  product_id?: string;
  from?: string;
  to?: string;
  q?: string;
  limit: number;
  offset: number;
}

export type LedgerRow = PaymentRow & { product_title: string; receipt_id: string | null };

const LEDGER_WHERE = `p.owner_id = $1 AND p.livemode = $2
  AND ($3::text IS NULL OR p.status = $3)
  AND ($4::uuid IS NULL OR p.product_id = $4)
  AND ($5::timestamptz IS NULL OR p.created_at >= $5)
  AND ($6::timestamptz IS NULL OR p.created_at < $6)
  AND ($7::text IS NULL OR p.payer_wallet = $7 OR p.tx_signature = $7)`;

/** The workspace's payments across products, newest first, with the total matching the filter. */
export async function listWorkspacePayments(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  f: LedgerFilter,
): Promise<{ rows: LedgerRow[]; total: number }> {
  const args = [ownerId, livemode, f.status ?? null, f.product_id ?? null, f.from ?? null, f.to ?? null, f.q ?? null];
  const cols = COLUMNS.split(',')
    .map((c) => `p.${c.trim()}`)
    .join(', ');
  const rows = await db.query<LedgerRow>(
    `SELECT ${cols}, pr.title AS product_title,
        (SELECT r.id FROM receipts r WHERE r.payment_id = p.id) AS receipt_id
       FROM payments p JOIN products pr ON pr.id = p.product_id
      WHERE ${LEDGER_WHERE}
      ORDER BY p.created_at DESC, p.id DESC LIMIT $8 OFFSET $9`,
    [...args, f.limit, f.offset],
  );
  const count = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM payments p WHERE ${LEDGER_WHERE}`,
    args,
  );
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** One payment of the workspace (and mode), with its product title and receipt. */
export async function findWorkspacePayment(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<LedgerRow | undefined> {
  const cols = COLUMNS.split(',')
    .map((c) => `p.${c.trim()}`)
    .join(', ');
  const rows = await db.query<LedgerRow>(
    `SELECT ${cols}, pr.title AS product_title,
        (SELECT r.id FROM receipts r WHERE r.payment_id = p.id) AS receipt_id
       FROM payments p JOIN products pr ON pr.id = p.product_id
      WHERE p.id = $1 AND p.owner_id = $2 AND p.livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

/** Inserts many sessions in one statement (sessions opened together, bulk loads); answers them in order. */
export async function insertPayments(db: Queryable, rows: PaymentInsert[]): Promise<PaymentRow[]> {
  if (rows.length === 0) return [];
  const col = <K extends keyof PaymentInsert>(k: K) => rows.map((r) => r[k]);
  const inserted = await db.query<PaymentRow>(
    `INSERT INTO payments (product_id, owner_id, livemode, nonce, reference, payer_wallet, amount_minor_units,
        merchant_amount_minor_units, fee_minor_units, fee_wallet, token_mint, merchant_wallet, customer_reference_type,
        customer_reference_value, customer_reference_display, identity_locked, identity_session_id, expires_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::text[], $5::text[], $6::text[], $7::bigint[],
        $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
        $16::boolean[], $17::uuid[], $18::timestamptz[])
     RETURNING ${COLUMNS}`,
    [
      col('product_id'),
      col('owner_id'),
      col('livemode'),
      col('nonce'),
      col('reference'),
      col('payer_wallet'),
      col('amount_minor_units').map(String),
      col('merchant_amount_minor_units').map(String),
      col('fee_minor_units').map(String),
      col('fee_wallet'),
      col('token_mint'),
      col('merchant_wallet'),
      col('customer_reference_type'),
      col('customer_reference_value'),
      col('customer_reference_display'),
      col('identity_locked'),
      col('identity_session_id'),
      col('expires_at'),
    ],
  );
  // RETURNING's order is not promised: each row is found again by its nonce (unique).
  const byNonce = new Map(inserted.map((r) => [r.nonce, r]));
  return rows.map((r) => byNonce.get(r.nonce) as PaymentRow);
}

export interface OpenAccountRow {
  livemode: boolean;
  merchant_wallet: string;
  token_mint: string | null;
  open: number;
  oldest: Date;
}

/** Every receiving account with open sessions: how many, and since when. */
export async function listOpenSessionAccounts(db: Queryable): Promise<OpenAccountRow[]> {
  return db.query<OpenAccountRow>(
    `SELECT livemode, merchant_wallet, token_mint, count(*)::int AS open, min(created_at) AS oldest
       FROM payments WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION')
      GROUP BY 1, 2, 3`,
  );
}

/**
 * Claims the receiving accounts no other instance is scanning (SKIP LOCKED, never waiting) until `leaseMs` from
 * now; answers each claimed account with the last transaction seen on it.
 */
export async function claimReconcileAccounts(
  db: Queryable,
  keys: string[],
  leaseMs: number,
  /** When the claiming pass began: an account scanned since (by another instance's pass) is left alone. */
  passStartedAt: Date | null = null,
): Promise<{ account_key: string; last_signature: string | null }[]> {
  if (keys.length === 0) return [];
  await db.query(
    `INSERT INTO reconcile_cursors (account_key) SELECT k FROM unnest($1::text[]) AS k
      WHERE NOT EXISTS (SELECT 1 FROM reconcile_cursors WHERE account_key = k) ON CONFLICT DO NOTHING`,
    [keys],
  );
  return db.query(
    `UPDATE reconcile_cursors SET claimed_until = now() + make_interval(secs => $2::double precision / 1000)
      WHERE account_key IN (
        SELECT account_key FROM reconcile_cursors WHERE account_key = ANY($1::text[]) AND claimed_until < now()
           AND (scanned_at IS NULL OR $3::timestamptz IS NULL OR scanned_at < $3::timestamptz)
           FOR UPDATE SKIP LOCKED)
      RETURNING account_key, last_signature`,
    [keys, leaseMs, passStartedAt],
  );
}

/** The database's clock now (a reconciler pass's start, compared with `scanned_at` written by other instances). */
export async function databaseNow(db: Queryable): Promise<Date> {
  const [row] = await db.query<{ t: Date }>('SELECT clock_timestamp() AS t');
  return row.t;
}

/**
 * Ends a claim. A completed scan records when it ran (so other instances' passes begun before leave the account
 * alone) and `lastSignature`, where the next scan starts (null: nothing new, the cursor stays).
 */
export async function releaseReconcileAccount(
  db: Queryable,
  key: string,
  scan: { complete: boolean; lastSignature: string | null },
): Promise<void> {
  await db.query(
    `UPDATE reconcile_cursors SET claimed_until = now(), last_signature = COALESCE($2, last_signature),
            scanned_at = CASE WHEN $3::boolean THEN now() ELSE scanned_at END
      WHERE account_key = $1`,
    [key, scan.complete ? scan.lastSignature : null, scan.complete],
  );
}

/** Open sessions named by memo nonce or by reference key (the sessions a batch of transactions may pay). */
export async function findOpenSessionsByKeys(
  db: Queryable,
  q: { nonces: string[]; references: string[] },
): Promise<PaymentRow[]> {
  if (q.nonces.length === 0 && q.references.length === 0) return [];
  return db.query<PaymentRow>(
    `SELECT ${COLUMNS} FROM payments
      WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION')
        AND (nonce = ANY($1::text[]) OR reference = ANY($2::text[]))`,
    [q.nonces, q.references],
  );
}

/**
 * Leases the open sessions that need a look of their own (SKIP LOCKED, pushed back by `leaseMs`): a broadcast
 * transaction to check, or a deadline passed (checked by reference once more, then expired).
 */
export async function leaseSessionsDueAlone(
  db: Queryable,
  limit: number,
  leaseMs: number,
  toleranceSeconds: number,
): Promise<PaymentRow[]> {
  return db.query<PaymentRow>(
    `UPDATE payments SET next_check_at = now() + make_interval(secs => $2::double precision / 1000)
      WHERE id IN (
        SELECT id FROM payments
         WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION') AND next_check_at <= now()
           AND (broadcast_signature IS NOT NULL OR expires_at < now() - make_interval(secs => $3::double precision))
         ORDER BY next_check_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING ${COLUMNS}`,
    [limit, leaseMs, toleranceSeconds],
  );
}
