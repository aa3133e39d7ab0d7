import type { Queryable } from '../db/index.ts';

export interface SigningKeyRow {
  key_id: string;
  public_key: string;
  created_at: Date;
  retired_at: Date | null;
}

export interface InvoiceMetadata {
  invoice_number?: string | null;
  customer_name?: string | null;
  customer_email?: string | null;
  billing_reference?: string | null;
  notes?: string | null;
  metadata_json?: Record<string, unknown> | null;
}

export interface ReceiptRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  tx_sig: string;
  payment_id: string | null;
  product_id: string | null;
  payer_wallet: string | null;
  merchant_wallet: string | null;
  token_mint: string | null;
  amount_minor_units: bigint | null;
  receipt_json: string;
  receipt_hash: string;
  ed25519_sig: string;
  key_id: string;
  schema_version: string;
  invoice_metadata: InvoiceMetadata;
  created_at: Date;
  updated_at: Date;
  // Joined for display.
  product_title: string | null;
  product_slug: string | null;
  owner_display_name: string | null;
  owner_email: string | null;
  /** The workspace's brand (brand_name, brand_accent_color…) from its merchant settings. */
  owner_settings: Record<string, unknown> | null;
}

const COLUMNS = `r.id, r.owner_id, r.livemode, r.tx_sig, r.payment_id, r.product_id, r.payer_wallet, r.merchant_wallet,
  r.token_mint, r.amount_minor_units, r.receipt_json, r.receipt_hash, r.ed25519_sig, r.key_id, r.schema_version,
  r.invoice_metadata, r.created_at, r.updated_at, p.title AS product_title, p.slug AS product_slug,
  u.display_name AS owner_display_name, u.email AS owner_email, u.merchant_settings AS owner_settings`;
const FROM = 'receipts r LEFT JOIN products p ON p.id = r.product_id JOIN users u ON u.id = r.owner_id';

/**
 * Registers the key derived from the configured seed as the active one and retires every other key. A key that
 * comes back (the seed was restored) is active again.
 */
export async function activateSigningKey(db: Queryable, keyId: string, publicKey: string): Promise<void> {
  await db.query(
    `INSERT INTO receipt_signing_keys (key_id, public_key) VALUES ($1, $2)
     ON CONFLICT (key_id) DO UPDATE SET retired_at = NULL WHERE receipt_signing_keys.retired_at IS NOT NULL`,
    [keyId, publicKey],
  );
  await db.query('UPDATE receipt_signing_keys SET retired_at = now() WHERE key_id <> $1 AND retired_at IS NULL', [
    keyId,
  ]);
}

export async function listSigningKeys(db: Queryable): Promise<SigningKeyRow[]> {
  return db.query<SigningKeyRow>(
    `SELECT key_id, public_key, created_at, retired_at FROM receipt_signing_keys
      ORDER BY retired_at IS NOT NULL, created_at DESC, key_id`,
  );
}

export interface ReceiptInsert {
  id: string;
  ownerId: string;
  livemode: boolean;
  txSig: string;
  paymentId: string | null;
  productId: string | null;
  payerWallet: string | null;
  merchantWallet: string | null;
  tokenMint: string | null;
  amountMinor: bigint | null;
  receiptJson: string;
  receiptHash: string;
  signature: string;
  keyId: string;
  schemaVersion: string;
  createdAt: Date;
}

/** Inserts a receipt unless one exists for this transaction in this workspace and mode; true when inserted. */
/** What a receipt's events carry (receipt.created, payment.confirmed): no JSON, no joined display fields. */
export type ReceiptSummary = Pick<
  ReceiptRow,
  | 'id'
  | 'schema_version'
  | 'receipt_hash'
  | 'tx_sig'
  | 'payment_id'
  | 'product_id'
  | 'amount_minor_units'
  | 'token_mint'
  | 'created_at'
>;
const SUMMARY_COLUMNS =
  'id, schema_version, receipt_hash, tx_sig, payment_id, product_id, amount_minor_units, token_mint, created_at';

const INSERT_RECEIPT = `INSERT INTO receipts (id, owner_id, livemode, tx_sig, payment_id, product_id, payer_wallet,
    merchant_wallet, token_mint, amount_minor_units, receipt_json, receipt_hash, ed25519_sig, key_id, schema_version,
    created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
  ON CONFLICT (owner_id, livemode, tx_sig) DO NOTHING`;

const insertParams = (r: ReceiptInsert) => [
  r.id,
  r.ownerId,
  r.livemode,
  r.txSig,
  r.paymentId,
  r.productId,
  r.payerWallet,
  r.merchantWallet,
  r.tokenMint,
  r.amountMinor,
  r.receiptJson,
  r.receiptHash,
  r.signature,
  r.keyId,
  r.schemaVersion,
  r.createdAt,
];

/**
 * Stores a receipt unless the workspace has one for this transaction already, and answers the stored one (new or
 * existing) with `created`, in one statement.
 */
export async function insertReceipt(db: Queryable, r: ReceiptInsert): Promise<{ row: ReceiptRow; created: boolean }> {
  const rows = await db.query<ReceiptRow & { created: boolean }>(
    `WITH ins AS (${INSERT_RECEIPT} RETURNING *), r AS (
       SELECT ins.*, true AS created FROM ins
       UNION ALL
       SELECT receipts.*, false FROM receipts
        WHERE owner_id = $2 AND livemode = $3 AND tx_sig = $4 AND NOT EXISTS (SELECT 1 FROM ins)
     )
     SELECT ${COLUMNS}, r.created FROM r LEFT JOIN products p ON p.id = r.product_id JOIN users u ON u.id = r.owner_id`,
    insertParams(r),
  );
  const { created, ...row } = rows[0];
  return { row, created };
}

/** insertReceipt answering only what the receipt's events carry: settlement's step, on every confirmation. */
export async function insertReceiptSummary(
  db: Queryable,
  r: ReceiptInsert,
): Promise<{ row: ReceiptSummary; created: boolean }> {
  const rows = await db.query<ReceiptSummary & { created: boolean }>(
    `WITH ins AS (${INSERT_RECEIPT} RETURNING ${SUMMARY_COLUMNS})
     SELECT ins.*, true AS created FROM ins
     UNION ALL
     SELECT ${SUMMARY_COLUMNS}, false FROM receipts
      WHERE owner_id = $2 AND livemode = $3 AND tx_sig = $4 AND NOT EXISTS (SELECT 1 FROM ins)`,
    insertParams(r),
  );
  const { created, ...row } = rows[0];
  return { row, created };
}

export async function findReceipt(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<ReceiptRow | undefined> {
  const rows = await db.query<ReceiptRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1 AND r.owner_id = $2 AND r.livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

/** Public proof lookups: the receipt id is the capability, as with Hilt's public proof links. */
export async function findReceiptById(db: Queryable, id: string): Promise<ReceiptRow | undefined> {
  const rows = await db.query<ReceiptRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1`, [id]);
  return rows[0];
}

export async function findReceiptByTx(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  txSig: string,
): Promise<ReceiptRow | undefined> {
  const rows = await db.query<ReceiptRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE r.owner_id = $1 AND r.livemode = $2 AND r.tx_sig = $3`,
    [ownerId, livemode, txSig],
  );
  return rows[0];
}

/** An email the buyer gave as their identity at checkout (on the payment, or the membership it joined). */
export async function findBuyerEmailIdentity(db: Queryable, paymentId: string): Promise<string | null> {
  const rows = await db.query<{ email: string | null }>(
    `SELECT CASE WHEN upper(p.customer_reference_type) = 'EMAIL' THEN p.customer_reference_value
                 WHEN upper(m.customer_identity_type) = 'EMAIL' THEN m.customer_identity_value END AS email
       FROM payments p LEFT JOIN memberships m ON m.id = p.membership_id
      WHERE p.id = $1`,
    [paymentId],
  );
  return rows[0]?.email ?? null;
}

export async function findReceiptIdByPayment(db: Queryable, paymentId: string): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>('SELECT id FROM receipts WHERE payment_id = $1', [paymentId]);
  return rows[0]?.id;
}

export interface ReceiptFilter {
  wallet?: string;
  q?: string;
  productId?: string;
}

function filterSql(ownerId: string, livemode: boolean, f: ReceiptFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [ownerId, livemode];
  const clauses = ['r.owner_id = $1', 'r.livemode = $2'];
  if (f.wallet) {
    params.push(f.wallet);
    clauses.push(`(r.payer_wallet = $${params.length} OR r.merchant_wallet = $${params.length})`);
  }
  if (f.productId) {
    params.push(f.productId);
    clauses.push(`r.product_id = $${params.length}`);
  }
  if (f.q) {
    // A literal substring: LIKE wildcards in the search text are escaped.
    params.push(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const n = params.length;
    clauses.push(
      `(r.tx_sig ILIKE $${n} OR r.id::text ILIKE $${n} OR p.title ILIKE $${n} OR p.slug ILIKE $${n}
        OR r.invoice_metadata::text ILIKE $${n})`,
    );
  }
  return { where: clauses.join(' AND '), params };
}

export async function listReceipts(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  f: ReceiptFilter & { limit: number; offset: number },
): Promise<{ total: number; receipts: ReceiptRow[] }> {
  const { where, params } = filterSql(ownerId, livemode, f);
  const [{ n }] = await db.query<{ n: bigint }>(`SELECT count(*) AS n FROM ${FROM} WHERE ${where}`, params);
  const receipts = await db.query<ReceiptRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY r.created_at DESC, r.id DESC
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, f.limit, f.offset],
  );
  return { total: Number(n), receipts };
}

export async function updateInvoiceMetadata(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
  patch: InvoiceMetadata,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE receipts SET invoice_metadata = invoice_metadata || $4::jsonb, updated_at = now()
      WHERE id = $1 AND owner_id = $2 AND livemode = $3 RETURNING id`,
    [id, ownerId, livemode, JSON.stringify(patch)],
  );
  return rows.length > 0;
}

export async function merchantWallets(db: Queryable, ownerId: string, livemode: boolean): Promise<string[]> {
  const rows = await db.query<{ merchant_wallet: string }>(
    'SELECT DISTINCT merchant_wallet FROM products WHERE owner_id = $1 AND livemode = $2',
    [ownerId, livemode],
  );
  return rows.map((r) => r.merchant_wallet);
}

export async function findOwner(
  db: Queryable,
  ownerId: string,
): Promise<{ display_name: string | null; email: string | null } | undefined> {
  const rows = await db.query<{ display_name: string | null; email: string | null }>(
    'SELECT display_name, email FROM users WHERE id = $1',
    [ownerId],
  );
  return rows[0];
}
