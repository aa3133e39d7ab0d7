import type { Queryable } from '../db/index.ts';

export interface ProductRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  product_type: string;
  status: string;
  title: string;
  description: string | null;
  image_url: string | null;
  amount_minor_units: bigint;
  token_mint: string | null;
  merchant_wallet: string;
  delivery_type: string;
  delivery_value: string | null;
  tip_presets_lamports: bigint[] | null;
  max_payments: number | null;
  slug: string;
  membership_config: Record<string, unknown> | null;
  checkout_config: Record<string, unknown>;
  payment_count: number;
  total_volume: bigint;
  created_at: Date;
  updated_at: Date;
}

// payment_count and confirmed_volume: the product row's folded figures plus the confirmations appended since the last
// fold (product_payment_tallies, see takePaymentSlot and foldPaymentTallies), read in one snapshot so always exact.
const COLUMNS = `p.id, p.owner_id, p.livemode, p.product_type, p.status, p.title, p.description, p.image_url,
  p.amount_minor_units, p.token_mint, p.merchant_wallet, p.delivery_type, p.delivery_value, p.tip_presets_lamports,
  p.max_payments, p.slug, p.membership_config, p.checkout_config, p.payment_count + COALESCE(t.n, 0) AS payment_count,
  p.created_at, p.updated_at, p.confirmed_volume + COALESCE(t.v, 0) AS total_volume`;
const FROM = `products p LEFT JOIN LATERAL (
    SELECT count(*)::int AS n, sum(amount_minor_units)::bigint AS v FROM product_payment_tallies WHERE product_id = p.id
  ) t ON true`;

export interface ProductWrite {
  title: string;
  description: string | null;
  image_url: string | null;
  amount_minor_units: bigint;
  merchant_wallet: string;
  delivery_type: string;
  delivery_value: string | null;
  tip_presets_lamports: bigint[] | null;
  max_payments: number | null;
  membership_config: Record<string, unknown> | null;
}

export async function insertProduct(
  db: Queryable,
  p: ProductWrite & {
    owner_id: string;
    livemode: boolean;
    product_type: string;
    token_mint: string | null;
    slug: string;
  },
): Promise<ProductRow | undefined> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO products (owner_id, livemode, product_type, title, description, image_url, amount_minor_units,
        token_mint, merchant_wallet, delivery_type, delivery_value, tip_presets_lamports, max_payments, slug,
        membership_config)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [
      p.owner_id,
      p.livemode,
      p.product_type,
      p.title,
      p.description,
      p.image_url,
      p.amount_minor_units,
      p.token_mint,
      p.merchant_wallet,
      p.delivery_type,
      p.delivery_value,
      p.tip_presets_lamports,
      p.max_payments,
      p.slug,
      p.membership_config ? JSON.stringify(p.membership_config) : null,
    ],
  );
  return rows[0] ? findProduct(db, p.owner_id, p.livemode, rows[0].id) : undefined;
}

/** A product as settlement uses it: with its workspace's display name (for the receipt) and whether it backs an
 * access product (then the payment also grants an entitlement), in one read. */
export interface SettlementProductRow extends ProductRow {
  owner_display_name: string | null;
  backs_access_product: boolean;
}

export async function findProductForSettlement(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<SettlementProductRow | undefined> {
  const rows = await db.query<SettlementProductRow>(
    `SELECT ${COLUMNS}, u.display_name AS owner_display_name,
            EXISTS (SELECT 1 FROM access_products a WHERE a.product_id = p.id) AS backs_access_product
       FROM ${FROM} LEFT JOIN users u ON u.id = p.owner_id
      WHERE p.id = $1 AND p.owner_id = $2 AND p.livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

export async function findProduct(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<ProductRow | undefined> {
  const rows = await db.query<ProductRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.id = $1 AND p.owner_id = $2 AND p.livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

export async function findProductBySlug(db: Queryable, slug: string): Promise<ProductRow | undefined> {
  const rows = await db.query<ProductRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE p.slug = $1`, [slug]);
  return rows[0];
}

export async function listProducts(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  q: { status?: string; product_type?: string; limit: number; offset: number },
): Promise<ProductRow[]> {
  return db.query<ProductRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE p.owner_id = $1 AND p.livemode = $2 AND ($3::text IS NULL OR p.status = $3)
        AND ($4::text IS NULL OR p.product_type = $4)
      ORDER BY p.created_at DESC, p.id DESC LIMIT $5 OFFSET $6`,
    [ownerId, livemode, q.status ?? null, q.product_type ?? null, q.limit, q.offset],
  );
}

export async function updateProduct(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
  p: ProductWrite & { status: string },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE products SET title = $4, description = $5, image_url = $6, amount_minor_units = $7, merchant_wallet = $8,
            delivery_type = $9, delivery_value = $10, tip_presets_lamports = $11, max_payments = $12,
            membership_config = $13, status = $14, updated_at = now()
      WHERE id = $1 AND owner_id = $2 AND livemode = $3 AND status <> 'ARCHIVED' RETURNING id`,
    [
      id,
      ownerId,
      livemode,
      p.title,
      p.description,
      p.image_url,
      p.amount_minor_units,
      p.merchant_wallet,
      p.delivery_type,
      p.delivery_value,
      p.tip_presets_lamports,
      p.max_payments,
      p.membership_config ? JSON.stringify(p.membership_config) : null,
      p.status,
    ],
  );
  return rows.length > 0;
}

export async function archiveProduct(db: Queryable, ownerId: string, livemode: boolean, id: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE products SET status = 'ARCHIVED', archived_at = COALESCE(archived_at, now()), updated_at = now()
      WHERE id = $1 AND owner_id = $2 AND livemode = $3 RETURNING id`,
    [id, ownerId, livemode],
  );
  return rows.length > 0;
}

/**
 * Adds page views counted in memory (see CheckoutOpenCounter) to their (product, day) rows in one statement: one
 * write per flush instead of one per view on the same row.
 */
export async function addCheckoutOpens(
  db: Queryable,
  counts: { productId: string; day: string; opens: number }[],
): Promise<void> {
  if (counts.length === 0) return;
  await db.query(
    `INSERT INTO checkout_opens (product_id, day, opens)
     SELECT product_id, day, opens FROM unnest($1::uuid[], $2::date[], $3::int[]) AS c(product_id, day, opens)
      WHERE EXISTS (SELECT 1 FROM products WHERE id = c.product_id)
     ON CONFLICT (product_id, day) DO UPDATE SET opens = checkout_opens.opens + EXCLUDED.opens`,
    [counts.map((c) => c.productId), counts.map((c) => c.day), counts.map((c) => c.opens)],
  );
}

/**
 * Moves the confirmations appended to product_payment_tallies into their products' payment_count and
 * confirmed_volume, in one statement (the rows it deletes are exactly the ones it adds). One instance at a time: the
 * others skip the fold rather than wait on its rows.
 */
export async function foldPaymentTallies(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH go AS (SELECT pg_try_advisory_xact_lock(${FOLD_LOCK_KEY}) AS ok),
          moved AS (DELETE FROM product_payment_tallies WHERE (SELECT ok FROM go) RETURNING product_id, amount_minor_units),
          sums AS (SELECT product_id, count(*)::int AS n, sum(amount_minor_units)::bigint AS v FROM moved GROUP BY 1)
     UPDATE products p SET payment_count = p.payment_count + sums.n, confirmed_volume = p.confirmed_volume + sums.v
       FROM sums WHERE p.id = sums.product_id RETURNING sums.n`,
  );
  return rows.reduce((t, r) => t + r.n, 0);
}

// Any fixed number (see db/migrate.ts for another).
const FOLD_LOCK_KEY = 726_110_016;
