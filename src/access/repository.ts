// All SQL of the Pay API. Every lookup is scoped by workspace (owner_id) and mode (livemode).
import type { Queryable } from '../db/index.ts';

type Json = Record<string, unknown>;

export interface AppRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  name: string;
  external_app_id: string | null;
  status: string;
  default_rail: string;
  live_mode: boolean;
  metadata: Json;
  created_at: Date;
  updated_at: Date;
}

const APP_COLUMNS =
  'id, owner_id, livemode, name, external_app_id, status, default_rail, live_mode, metadata, created_at, updated_at';

export async function insertApp(
  db: Queryable,
  a: Pick<AppRow, 'owner_id' | 'livemode' | 'name' | 'external_app_id' | 'default_rail' | 'live_mode' | 'metadata'>,
): Promise<AppRow | undefined> {
  const rows = await db.query<AppRow>(
    `INSERT INTO access_apps (owner_id, livemode, name, external_app_id, default_rail, live_mode, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${APP_COLUMNS}`,
    [a.owner_id, a.livemode, a.name, a.external_app_id, a.default_rail, a.live_mode, JSON.stringify(a.metadata)],
  );
  return rows[0];
}

export async function findApp(db: Queryable, ownerId: string, livemode: boolean, id: string) {
  const rows = await db.query<AppRow>(
    `SELECT ${APP_COLUMNS} FROM access_apps WHERE owner_id = $1 AND livemode = $2 AND id = $3`,
    [ownerId, livemode, id],
  );
  return rows[0];
}

export async function findAppByExternalId(db: Queryable, ownerId: string, livemode: boolean, externalId: string) {
  const rows = await db.query<AppRow>(
    `SELECT ${APP_COLUMNS} FROM access_apps WHERE owner_id = $1 AND livemode = $2 AND external_app_id = $3`,
    [ownerId, livemode, externalId],
  );
  return rows[0];
}

export interface RailSettingRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  rail_id: string;
  enabled: boolean;
  mode: string;
  payout_address: string | null;
  label: string | null;
  fee_collection: Json;
  metadata: Json;
  created_at: Date;
  updated_at: Date;
}

const RAIL_SETTING_COLUMNS =
  'id, owner_id, livemode, rail_id, enabled, mode, payout_address, label, fee_collection, metadata, created_at, updated_at';

/** PUT semantics: the whole setting is replaced. */
export async function putRailSetting(
  db: Queryable,
  s: Omit<RailSettingRow, 'id' | 'created_at' | 'updated_at'>,
): Promise<RailSettingRow> {
  const rows = await db.query<RailSettingRow>(
    `INSERT INTO access_rail_settings (owner_id, livemode, rail_id, enabled, mode, payout_address, label,
        fee_collection, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (owner_id, livemode, rail_id) DO UPDATE SET enabled = EXCLUDED.enabled, mode = EXCLUDED.mode,
        payout_address = EXCLUDED.payout_address, label = EXCLUDED.label, fee_collection = EXCLUDED.fee_collection,
        metadata = EXCLUDED.metadata, updated_at = now()
     RETURNING ${RAIL_SETTING_COLUMNS}`,
    [
      s.owner_id,
      s.livemode,
      s.rail_id,
      s.enabled,
      s.mode,
      s.payout_address,
      s.label,
      JSON.stringify(s.fee_collection),
      JSON.stringify(s.metadata),
    ],
  );
  return rows[0];
}

export async function listRailSettings(db: Queryable, ownerId: string, livemode: boolean) {
  return db.query<RailSettingRow>(
    `SELECT ${RAIL_SETTING_COLUMNS} FROM access_rail_settings WHERE owner_id = $1 AND livemode = $2 ORDER BY rail_id`,
    [ownerId, livemode],
  );
}

export interface AccessProductRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  access_app_id: string | null;
  product_id: string;
  external_product_id: string | null;
  status: string;
  default_rail: string;
  allowed_rails: string[];
  billing_model: string;
  renewal_mode: string;
  billing_interval_days: number | null;
  cancel_at_period_end: boolean;
  grace_period_days: number;
  entitlement_duration_days: number | null;
  usage_unit: string | null;
  usage_units_per_payment: bigint | null;
  live_mode_confirmed: boolean;
  metadata: Json;
  created_at: Date;
  updated_at: Date;
}

const PRODUCT_COLUMNS = `id, owner_id, livemode, access_app_id, product_id, external_product_id, status, default_rail,
  allowed_rails, billing_model, renewal_mode, billing_interval_days, cancel_at_period_end, grace_period_days,
  entitlement_duration_days, usage_unit, usage_units_per_payment, live_mode_confirmed, metadata, created_at,
  updated_at`;

export type AccessProductInsert = Omit<AccessProductRow, 'id' | 'created_at' | 'updated_at'>;

export async function insertAccessProduct(db: Queryable, p: AccessProductInsert): Promise<AccessProductRow> {
  const rows = await db.query<AccessProductRow>(
    `INSERT INTO access_products (owner_id, livemode, access_app_id, product_id, external_product_id, status,
        default_rail, allowed_rails, billing_model, renewal_mode, billing_interval_days, cancel_at_period_end,
        grace_period_days, entitlement_duration_days, usage_unit, usage_units_per_payment, live_mode_confirmed,
        metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     RETURNING ${PRODUCT_COLUMNS}`,
    [
      p.owner_id,
      p.livemode,
      p.access_app_id,
      p.product_id,
      p.external_product_id,
      p.status,
      p.default_rail,
      p.allowed_rails,
      p.billing_model,
      p.renewal_mode,
      p.billing_interval_days,
      p.cancel_at_period_end,
      p.grace_period_days,
      p.entitlement_duration_days,
      p.usage_unit,
      p.usage_units_per_payment,
      p.live_mode_confirmed,
      JSON.stringify(p.metadata),
    ],
  );
  return rows[0];
}

/** By the access product's id or its backing product's id, or by the merchant's external product id. */
export async function findAccessProduct(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  ref: { id?: string | null; externalId?: string | null },
): Promise<AccessProductRow | undefined> {
  const rows = ref.id
    ? await db.query<AccessProductRow>(
        `SELECT ${PRODUCT_COLUMNS} FROM access_products
          WHERE owner_id = $1 AND livemode = $2 AND (id = $3 OR product_id = $3)`,
        [ownerId, livemode, ref.id],
      )
    : await db.query<AccessProductRow>(
        `SELECT ${PRODUCT_COLUMNS} FROM access_products
          WHERE owner_id = $1 AND livemode = $2 AND external_product_id = $3`,
        [ownerId, livemode, ref.externalId],
      );
  return rows[0];
}

export async function findAccessProductByBackingProduct(db: Queryable, productId: string) {
  const rows = await db.query<AccessProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM access_products WHERE product_id = $1`,
    [productId],
  );
  return rows[0];
}

export interface EntitlementRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  access_product_id: string;
  product_id: string;
  access_app_id: string | null;
  customer_key: string;
  external_customer_id: string | null;
  wallet: string | null;
  email: string | null;
  status: string;
  active_from: Date | null;
  expires_at: Date | null;
  receipt_id: string | null;
  payment_id: string | null;
  last_payment_id: string | null;
  rail_id: string;
  usage_granted: bigint;
  usage_consumed: bigint;
  source: string | null;
  created_at: Date;
  updated_at: Date;
}

const ENTITLEMENT_COLUMNS = `id, owner_id, livemode, access_product_id, product_id, access_app_id, customer_key,
  external_customer_id, wallet, email, status, active_from, expires_at, receipt_id, payment_id, last_payment_id,
  rail_id, usage_granted, usage_consumed, source, created_at, updated_at`;

export interface Customer {
  key: string;
  external_customer_id: string | null;
  wallet: string | null;
  email: string | null;
}

/** The customer's entitlement to the product, created pending when it does not exist yet. */
export async function ensureEntitlement(
  db: Queryable,
  product: AccessProductRow,
  customer: Customer,
  railId: string,
): Promise<EntitlementRow> {
  const rows = await db.query<EntitlementRow>(
    `WITH ins AS (
       INSERT INTO access_entitlements (owner_id, livemode, access_product_id, product_id, access_app_id, customer_key,
          external_customer_id, wallet, email, rail_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (access_product_id, customer_key) DO NOTHING
       RETURNING ${ENTITLEMENT_COLUMNS})
     SELECT * FROM ins
     UNION ALL
     SELECT ${ENTITLEMENT_COLUMNS} FROM access_entitlements WHERE access_product_id = $3 AND customer_key = $6`,
    [
      product.owner_id,
      product.livemode,
      product.id,
      product.product_id,
      product.access_app_id,
      customer.key,
      customer.external_customer_id,
      customer.wallet,
      customer.email,
      railId,
    ],
  );
  return rows[0];
}

export async function findEntitlement(db: Queryable, accessProductId: string, customerKey: string) {
  const rows = await db.query<EntitlementRow>(
    `SELECT ${ENTITLEMENT_COLUMNS} FROM access_entitlements WHERE access_product_id = $1 AND customer_key = $2`,
    [accessProductId, customerKey],
  );
  return rows[0];
}

export async function findEntitlementById(db: Queryable, ownerId: string, livemode: boolean, id: string) {
  const rows = await db.query<EntitlementRow>(
    `SELECT ${ENTITLEMENT_COLUMNS} FROM access_entitlements WHERE owner_id = $1 AND livemode = $2 AND id = $3`,
    [ownerId, livemode, id],
  );
  return rows[0];
}

/**
 * A paid period: the entitlement becomes active from now (or stays active, its window extended from its current
 * end), and a metered product adds its units to the balance.
 */
export async function activateEntitlement(
  db: Queryable,
  id: string,
  a: {
    durationDays: number | null;
    units: bigint | null;
    paymentId: string | null;
    receiptId: string | null;
    source: string;
    now: Date;
  },
): Promise<EntitlementRow> {
  const rows = await db.query<EntitlementRow>(
    `UPDATE access_entitlements SET
        status = 'active',
        active_from = CASE WHEN status = 'active' AND (expires_at IS NULL OR expires_at > $7) THEN active_from ELSE $7 END,
        expires_at = CASE WHEN $2::integer IS NULL THEN NULL
                          ELSE GREATEST(COALESCE(expires_at, $7), $7) + make_interval(days => $2::integer) END,
        usage_granted = usage_granted + COALESCE($3::bigint, 0),
        payment_id = COALESCE(payment_id, $4), last_payment_id = COALESCE($4, last_payment_id),
        receipt_id = COALESCE($5, receipt_id), source = $6, updated_at = now()
      WHERE id = $1 RETURNING ${ENTITLEMENT_COLUMNS}`,
    [id, a.durationDays, a.units, a.paymentId, a.receiptId, a.source, a.now],
  );
  return rows[0];
}

/**
 * Burns `units` in one statement: an active, unexpired entitlement with enough balance (or unmetered) is charged,
 * anything else changes nothing and returns no row. Concurrent burns serialise on the row.
 */
export async function burnUnits(
  db: Queryable,
  id: string,
  units: number,
  metered: boolean,
  now: Date,
): Promise<EntitlementRow | undefined> {
  const rows = await db.query<EntitlementRow>(
    `UPDATE access_entitlements SET usage_consumed = usage_consumed + $2, updated_at = now()
      WHERE id = $1 AND status = 'active' AND (expires_at IS NULL OR expires_at > $4)
        AND (NOT $3 OR usage_granted - usage_consumed >= $2)
      RETURNING ${ENTITLEMENT_COLUMNS}`,
    [id, units, metered, now],
  );
  return rows[0];
}

export interface UsageEventRow {
  id: string;
  entitlement_id: string;
  units: bigint;
  usage_unit: string | null;
  idempotency_key: string;
  created_at: Date;
}

export async function insertUsageEvent(
  db: Queryable,
  e: {
    ownerId: string;
    livemode: boolean;
    entitlementId: string;
    units: number;
    usageUnit: string | null;
    key: string;
    metadata: Json;
  },
): Promise<UsageEventRow> {
  const rows = await db.query<UsageEventRow>(
    `INSERT INTO access_usage_events (owner_id, livemode, entitlement_id, units, usage_unit, idempotency_key, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, entitlement_id, units, usage_unit, idempotency_key, created_at`,
    [e.ownerId, e.livemode, e.entitlementId, e.units, e.usageUnit, e.key, JSON.stringify(e.metadata)],
  );
  return rows[0];
}

export async function findUsageEventByKey(db: Queryable, ownerId: string, livemode: boolean, key: string) {
  const rows = await db.query<UsageEventRow>(
    `SELECT id, entitlement_id, units, usage_unit, idempotency_key, created_at FROM access_usage_events
      WHERE owner_id = $1 AND livemode = $2 AND idempotency_key = $3`,
    [ownerId, livemode, key],
  );
  return rows[0];
}

export interface SessionRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  access_product_id: string;
  product_id: string;
  entitlement_id: string;
  payment_id: string | null;
  customer_key: string;
  rail_id: string;
  payment_protocol: string;
  status: string;
  amount_minor_units: bigint;
  token_mint: string | null;
  merchant_wallet: string;
  payment_requirement: Json | null;
  checkout_url: string | null;
  sandbox_proof_hash: string | null;
  settling_signature: string | null;
  failed_reason: string | null;
  metadata: Json;
  expires_at: Date;
  confirmed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SESSION_COLUMNS = `id, owner_id, livemode, access_product_id, product_id, entitlement_id, payment_id, customer_key,
  rail_id, payment_protocol, status, amount_minor_units, token_mint, merchant_wallet, payment_requirement, checkout_url,
  sandbox_proof_hash, settling_signature, failed_reason, metadata, expires_at, confirmed_at, created_at, updated_at`;

export async function insertSession(
  db: Queryable,
  s: Pick<
    SessionRow,
    | 'id'
    | 'owner_id'
    | 'livemode'
    | 'access_product_id'
    | 'product_id'
    | 'entitlement_id'
    | 'payment_id'
    | 'customer_key'
    | 'rail_id'
    | 'payment_protocol'
    | 'amount_minor_units'
    | 'token_mint'
    | 'merchant_wallet'
    | 'payment_requirement'
    | 'checkout_url'
    | 'sandbox_proof_hash'
    | 'metadata'
    | 'expires_at'
  >,
): Promise<SessionRow> {
  const rows = await db.query<SessionRow>(
    `INSERT INTO access_payment_sessions (id, owner_id, livemode, access_product_id, product_id, entitlement_id,
        payment_id, customer_key, rail_id, payment_protocol, amount_minor_units, token_mint, merchant_wallet,
        payment_requirement, checkout_url, sandbox_proof_hash, metadata, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     RETURNING ${SESSION_COLUMNS}`,
    [
      s.id,
      s.owner_id,
      s.livemode,
      s.access_product_id,
      s.product_id,
      s.entitlement_id,
      s.payment_id,
      s.customer_key,
      s.rail_id,
      s.payment_protocol,
      s.amount_minor_units,
      s.token_mint,
      s.merchant_wallet,
      s.payment_requirement === null ? null : JSON.stringify(s.payment_requirement),
      s.checkout_url,
      s.sandbox_proof_hash,
      JSON.stringify(s.metadata),
      s.expires_at,
    ],
  );
  return rows[0];
}

export async function findSession(db: Queryable, ownerId: string, livemode: boolean, id: string) {
  const rows = await db.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM access_payment_sessions WHERE owner_id = $1 AND livemode = $2 AND id = $3`,
    [ownerId, livemode, id],
  );
  return rows[0];
}

export async function findSessionByPayment(db: Queryable, paymentId: string) {
  const rows = await db.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM access_payment_sessions WHERE payment_id = $1`,
    [paymentId],
  );
  return rows[0];
}

/** The newest open hosted-checkout session of this customer for this product (a checkout payment settles it). */
export async function findOpenHostedSession(db: Queryable, productId: string, customerKey: string) {
  const rows = await db.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM access_payment_sessions
      WHERE product_id = $1 AND customer_key = $2 AND status = 'pending' AND payment_protocol = 'hosted_checkout'
      ORDER BY created_at DESC LIMIT 1`,
    [productId, customerKey],
  );
  return rows[0];
}

/**
 * Reserves a pending session for one transaction while it is verified and sent; the same transaction may take it
 * again (a retry), another one only after a stale reservation lapses.
 */
export async function claimSession(db: Queryable, id: string, signature: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE access_payment_sessions SET settling_signature = $2, settling_at = now(), updated_at = now()
      WHERE id = $1 AND status = 'pending'
        AND (settling_signature IS NULL OR settling_signature = $2 OR settling_at < now() - interval '2 minutes')
      RETURNING id`,
    [id, signature],
  );
  return rows.length > 0;
}

export async function releaseSession(db: Queryable, id: string, signature: string): Promise<void> {
  await db.query(
    `UPDATE access_payment_sessions SET settling_signature = NULL, settling_at = NULL
      WHERE id = $1 AND status = 'pending' AND settling_signature = $2`,
    [id, signature],
  );
}

export async function markSessionConfirmed(db: Queryable, id: string, paymentId: string | null): Promise<void> {
  await db.query(
    `UPDATE access_payment_sessions SET status = 'confirmed', confirmed_at = now(), updated_at = now(),
        payment_id = COALESCE(payment_id, $2)
      WHERE id = $1 AND status = 'pending'`,
    [id, paymentId],
  );
}

export async function markSessionFailed(db: Queryable, id: string, reason: string): Promise<void> {
  await db.query(
    `UPDATE access_payment_sessions SET status = 'failed', failed_reason = $2, updated_at = now()
      WHERE id = $1 AND status = 'pending'`,
    [id, reason],
  );
}

export interface ProofRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  access_product_id: string | null;
  product_id: string | null;
  payment_id: string | null;
  payment_session_id: string | null;
  entitlement_id: string | null;
  receipt_id: string | null;
  rail_id: string;
  proof_type: string;
  proof_fingerprint: string;
  proof_reference: string | null;
  external_customer_id: string | null;
  wallet: string | null;
  email: string | null;
  amount_minor_units: bigint | null;
  settlement_asset: string | null;
  network: string | null;
  status: string;
  evidence: Json;
  settlement: Json;
  created_at: Date;
  updated_at: Date;
}

const PROOF_COLUMNS = `id, owner_id, livemode, access_product_id, product_id, payment_id, payment_session_id,
  entitlement_id, receipt_id, rail_id, proof_type, proof_fingerprint, proof_reference, external_customer_id, wallet,
  email, amount_minor_units, settlement_asset, network, status, evidence, settlement, created_at, updated_at`;

export async function insertProof(
  db: Queryable,
  p: Omit<ProofRow, 'id' | 'created_at' | 'updated_at'>,
): Promise<ProofRow> {
  const rows = await db.query<ProofRow>(
    `INSERT INTO access_payment_proofs (owner_id, livemode, access_product_id, product_id, payment_id,
        payment_session_id, entitlement_id, receipt_id, rail_id, proof_type, proof_fingerprint, proof_reference,
        external_customer_id, wallet, email, amount_minor_units, settlement_asset, network, status, evidence,
        settlement)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     RETURNING ${PROOF_COLUMNS}`,
    [
      p.owner_id,
      p.livemode,
      p.access_product_id,
      p.product_id,
      p.payment_id,
      p.payment_session_id,
      p.entitlement_id,
      p.receipt_id,
      p.rail_id,
      p.proof_type,
      p.proof_fingerprint,
      p.proof_reference,
      p.external_customer_id,
      p.wallet,
      p.email,
      p.amount_minor_units,
      p.settlement_asset,
      p.network,
      p.status,
      JSON.stringify(p.evidence),
      JSON.stringify(p.settlement),
    ],
  );
  return rows[0];
}

export async function findProofByFingerprint(db: Queryable, fingerprint: string) {
  const rows = await db.query<ProofRow>(
    `SELECT ${PROOF_COLUMNS} FROM access_payment_proofs WHERE proof_fingerprint = $1`,
    [fingerprint],
  );
  return rows[0];
}

export async function findProofBySession(db: Queryable, sessionId: string) {
  const rows = await db.query<ProofRow>(
    `SELECT ${PROOF_COLUMNS} FROM access_payment_proofs WHERE payment_session_id = $1 ORDER BY created_at LIMIT 1`,
    [sessionId],
  );
  return rows[0];
}

export interface SetupIntentRow {
  id: string;
  status: string;
  agent_name: string;
  agent_platform: string | null;
  requested_use_case: string | null;
  contact_email: string | null;
  external_reference: string | null;
  requested_permissions: string[];
  approved_permissions: string[];
  setup_token_hash: string;
  sandbox_owner_id: string | null;
  sandbox_key_id: string | null;
  approved_owner_id: string | null;
  live_key_id: string | null;
  manifest: Json | null;
  manifest_evaluation: Json | null;
  metadata: Json;
  expires_at: Date;
  approved_at: Date | null;
  live_key_issued_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const INTENT_COLUMNS = `id, status, agent_name, agent_platform, requested_use_case, contact_email, external_reference,
  requested_permissions, approved_permissions, setup_token_hash, sandbox_owner_id, sandbox_key_id, approved_owner_id,
  live_key_id, manifest, manifest_evaluation, metadata, expires_at, approved_at, live_key_issued_at, revoked_at,
  created_at, updated_at`;

export async function insertSetupIntent(
  db: Queryable,
  i: Pick<
    SetupIntentRow,
    | 'agent_name'
    | 'agent_platform'
    | 'requested_use_case'
    | 'contact_email'
    | 'external_reference'
    | 'requested_permissions'
    | 'setup_token_hash'
    | 'sandbox_owner_id'
    | 'sandbox_key_id'
    | 'metadata'
    | 'expires_at'
  >,
): Promise<SetupIntentRow> {
  const rows = await db.query<SetupIntentRow>(
    `INSERT INTO access_setup_intents (agent_name, agent_platform, requested_use_case, contact_email,
        external_reference, requested_permissions, setup_token_hash, sandbox_owner_id, sandbox_key_id, metadata,
        expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${INTENT_COLUMNS}`,
    [
      i.agent_name,
      i.agent_platform,
      i.requested_use_case,
      i.contact_email,
      i.external_reference,
      i.requested_permissions,
      i.setup_token_hash,
      i.sandbox_owner_id,
      i.sandbox_key_id,
      JSON.stringify(i.metadata),
      i.expires_at,
    ],
  );
  return rows[0];
}

export async function findSetupIntent(db: Queryable, id: string) {
  const rows = await db.query<SetupIntentRow>(`SELECT ${INTENT_COLUMNS} FROM access_setup_intents WHERE id = $1`, [id]);
  return rows[0];
}

export async function findSetupIntentForUpdate(db: Queryable, id: string) {
  const rows = await db.query<SetupIntentRow>(
    `SELECT ${INTENT_COLUMNS} FROM access_setup_intents WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}

export async function saveManifest(db: Queryable, id: string, manifest: Json, evaluation: Json) {
  const rows = await db.query<SetupIntentRow>(
    `UPDATE access_setup_intents SET manifest = $2, manifest_evaluation = $3, updated_at = now()
      WHERE id = $1 RETURNING ${INTENT_COLUMNS}`,
    [id, JSON.stringify(manifest), JSON.stringify(evaluation)],
  );
  return rows[0];
}

/** Takes the approval: only one owner approves a pending intent, even when two try at once. */
export async function approveSetupIntent(db: Queryable, id: string, a: { ownerId: string; permissions: string[] }) {
  const rows = await db.query<SetupIntentRow>(
    `UPDATE access_setup_intents SET approved_owner_id = $2, approved_permissions = $3, status = 'owner_approved',
        approved_at = now(), updated_at = now()
      WHERE id = $1 AND status = 'sandbox_created' AND expires_at > now() RETURNING ${INTENT_COLUMNS}`,
    [id, a.ownerId, a.permissions],
  );
  return rows[0];
}

export async function recordLiveKey(db: Queryable, id: string, liveKeyId: string) {
  const rows = await db.query<SetupIntentRow>(
    `UPDATE access_setup_intents SET live_key_id = $2, status = 'live_key_issued', live_key_issued_at = now(),
        updated_at = now()
      WHERE id = $1 RETURNING ${INTENT_COLUMNS}`,
    [id, liveKeyId],
  );
  return rows[0];
}
