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

// payment_count and confirmed_volume are kept by the confirmation transaction itself (see takePaymentSlot).
const COLUMNS = `p.id, p.owner_id, p.livemode, p.product_type, p.status, p.title, p.description, p.image_url,
  p.amount_minor_units, p.token_mint, p.merchant_wallet, p.delivery_type, p.delivery_value, p.tip_presets_lamports,
  p.max_payments, p.slug, p.membership_config, p.checkout_config, p.payment_count, p.created_at, p.updated_at,
  p.confirmed_volume AS total_volume`;

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

export async function findProduct(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<ProductRow | undefined> {
  const rows = await db.query<ProductRow>(
    `SELECT ${COLUMNS} FROM products p WHERE p.id = $1 AND p.owner_id = $2 AND p.livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

export async function findProductBySlug(db: Queryable, slug: string): Promise<ProductRow | undefined> {
  const rows = await db.query<ProductRow>(`SELECT ${COLUMNS} FROM products p WHERE p.slug = $1`, [slug]);
  return rows[0];
}

export async function listProducts(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  q: { status?: string; product_type?: string; limit: number; offset: number },
): Promise<ProductRow[]> {
  return db.query<ProductRow>(
    `SELECT ${COLUMNS} FROM products p
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

export async function recordCheckoutOpen(db: Queryable, productId: string): Promise<void> {
  await db.query(
    `INSERT INTO checkout_opens (product_id, day, opens) VALUES ($1, (now() AT TIME ZONE 'UTC')::date, 1)
     ON CONFLICT (product_id, day) DO UPDATE SET opens = checkout_opens.opens + 1`,
    [productId],
  );
}
