// Loads a large, realistic payment history into a Hilt PostgreSQL database, for analytics benchmarks and capacity
// checks: one merchant, a few products with uneven shares of the traffic, payments spread over the last `days` days
// (mostly CONFIRMED, some FAILED — expired sessions and underpayments — and a few sessions still open), the checkout
// opens of each day, the products' counters, then VACUUM ANALYZE (what autovacuum would do after a bulk load) and the
// analytics rollup of closed days. Rows are generated in SQL (INSERT … SELECT generate_series) in batches.
//
//   node --import tsx scripts/seed-payments.ts --count 1000000 [--database-url postgresql://…] [--days 90]
//     [--products 4] [--owner-id <uuid>] [--sandbox] [--batch 100000] [--no-rollup]
//
// The schema is migrated first, so an empty database works. Without --owner-id a merchant account is created.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { rollupDays } from '../src/analytics/repository.ts';
import { USDC_MINT } from '../src/chain/port.ts';
import { type Db, openPostgres } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface SeedOptions {
  /** Payments to insert. */
  count: number;
  /** Days the history spans, today included. */
  days?: number;
  /** Products to spread the payments over (their shares halve roughly: 50%, 25%, …). */
  products?: number;
  /** Existing merchant (user id) to seed for; a new account is created when absent. */
  ownerId?: string;
  /** Live products and payments (default) or sandbox ones. */
  livemode?: boolean;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Platform fee on each payment, in basis points. */
  feeBps?: number;
  /** Progress lines; silent when absent. */
  log?: (line: string) => void;
}

export interface SeededProduct {
  id: string;
  slug: string;
  title: string;
  payments: number;
}

export interface SeedResult {
  ownerId: string;
  /** Biggest first. */
  products: SeededProduct[];
  payments: number;
  seconds: number;
}

// Status mix, as cumulative shares: CONFIRMED, FAILED (expired), FAILED (underpaid), PENDING_CONFIRMATION, and the
// rest PENDING_SIGNATURE. Open sessions are recent (created within the session lifetime), as on a real server.
const CONFIRMED_SHARE = 0.82;
const EXPIRED_SHARE = 0.96;
const UNDERPAID_SHARE = 0.975;
const AWAITING_SHARE = 0.985;
const SESSION_MINUTES = 30;
const BUYERS = 20_000;
const FEE_WALLET = 'HiLtFeeWa11et1111111111111111111111111111111';

interface ProductSpec {
  title: string;
  tokenMint: string | null;
  amount: bigint;
}

const CATALOGUE: ProductSpec[] = [
  { title: 'Pro membership', tokenMint: null, amount: 250_000_000n },
  { title: 'Course bundle', tokenMint: USDC_MINT, amount: 29_000_000n },
  { title: 'Discord access', tokenMint: null, amount: 50_000_000n },
  { title: 'Template pack', tokenMint: USDC_MINT, amount: 9_000_000n },
  { title: 'Coaching call', tokenMint: USDC_MINT, amount: 120_000_000n },
  { title: 'Tip jar', tokenMint: null, amount: 10_000_000n },
];

/** A 44-character base58-looking string (the shape of a Solana address) for labels like 'merchant'. */
function fakeAddress(label: string): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const bytes = randomBytes(44);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return (label + out).slice(0, 44);
}

/** Inserts the payments, checkout opens and product counters; does not roll up (see `rollupSeeded`). */
export async function seedPayments(db: Db, opts: SeedOptions): Promise<SeedResult> {
  if (db.kind !== 'postgres') throw new Error('the seed script is for PostgreSQL');
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const days = opts.days ?? 90;
  const productCount = Math.min(Math.max(opts.products ?? 4, 1), CATALOGUE.length);
  const batchSize = opts.batchSize ?? 100_000;
  const livemode = opts.livemode ?? true;
  const feeBps = BigInt(opts.feeBps ?? 100);
  const salt = randomBytes(6).toString('hex');

  let ownerId = opts.ownerId;
  if (!ownerId) {
    const [user] = await db.query<{ id: string }>(
      `INSERT INTO users (email, display_name, email_verified) VALUES ($1, 'Seeded merchant', true) RETURNING id`,
      [`seed-${salt}@example.com`],
    );
    ownerId = user.id;
  }

  // Shares halve from one product to the next (4 products: 53%, 27%, 13%, 7%).
  const weights = Array.from({ length: productCount }, (_, i) => 2 ** (productCount - 1 - i));
  const total = weights.reduce((a, b) => a + b, 0);
  const thresholds: number[] = [];
  let acc = 0;
  for (const w of weights.slice(0, -1)) {
    acc += w / total;
    thresholds.push(acc);
  }
  const products: (SeededProduct & ProductSpec & { wallet: string })[] = [];
  for (const spec of CATALOGUE.slice(0, productCount)) {
    const slug = `${spec.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${salt}`;
    const wallet = fakeAddress('Merch');
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO products (owner_id, livemode, product_type, title, amount_minor_units, token_mint, merchant_wallet,
          slug, created_at, updated_at)
       VALUES ($1, $2, 'PAYMENT_LINK', $3, $4, $5, $6, $7, now() - make_interval(days => $8), now())
       RETURNING id`,
      [ownerId, livemode, spec.title, spec.amount, spec.tokenMint, wallet, slug, days],
    );
    products.push({ ...spec, id: row.id, slug, wallet, payments: 0 });
  }
  const ids = products.map((p) => p.id);
  const amounts = products.map((p) => p.amount.toString());
  const mints = products.map((p) => p.tokenMint);
  const wallets = products.map((p) => p.wallet);
  log(
    `seeding ${opts.count.toLocaleString('en-US')} payments over ${days} days for merchant ${ownerId}, ` +
      `${productCount} products (${products.map((p) => p.title).join(', ')}), batches of ${batchSize}`,
  );

  // One row per i: the product by a weighted draw, the status by a uniform draw, the times from the status. Settled
  // payments come in time order (i = 1 the oldest), as a live server writes them: the time-ordered indexes then grow
  // at their right end, which keeps the load fast; nonce, reference and signature stay random.
  const insert = `
    INSERT INTO payments (product_id, owner_id, livemode, status, nonce, reference, payer_wallet, wallet_source,
        amount_minor_units, merchant_amount_minor_units, fee_minor_units, fee_wallet, token_mint, merchant_wallet,
        received_minor_units, excess_minor_units, tx_signature, broadcast_signature, delivery_status, failure_reason,
        refund_required, expires_at, next_check_at, broadcast_at, confirmed_at, failed_at, created_at)
    SELECT ($3::uuid[])[k], $4::uuid, $5::boolean, status, md5($6 || 'n' || i), substr(md5($6 || 'r' || i) ||
             md5($6 || 'R' || i), 1, 44),
           CASE WHEN status <> 'PENDING_SIGNATURE' THEN substr(md5('buyer' || (i % ${BUYERS})), 1, 32) || 'Buyer1111111'
           END,
           CASE WHEN status <> 'PENDING_SIGNATURE' THEN 'phantom' END,
           amount, amount - amount * $9::bigint / 10000, amount * $9::bigint / 10000,
           CASE WHEN $9::bigint > 0 THEN '${FEE_WALLET}' END, ($7::text[])[k], ($8::text[])[k],
           CASE WHEN status = 'CONFIRMED' THEN amount WHEN reason = 'underpaid' THEN amount - 1 END,
           CASE WHEN status = 'CONFIRMED' THEN 0 END,
           CASE WHEN status = 'CONFIRMED' OR reason = 'underpaid' THEN sig END,
           CASE WHEN status <> 'PENDING_SIGNATURE' AND reason IS DISTINCT FROM 'expired' THEN sig END,
           CASE WHEN status = 'CONFIRMED' THEN 'NOT_REQUIRED' END, reason, reason IS NOT DISTINCT FROM 'underpaid',
           created_at + interval '${SESSION_MINUTES} minutes', now(),
           CASE WHEN status <> 'PENDING_SIGNATURE' AND reason IS DISTINCT FROM 'expired'
             THEN created_at + settle_after / 2 END,
           CASE WHEN status = 'CONFIRMED' THEN created_at + settle_after END,
           CASE WHEN reason = 'expired' THEN created_at + interval '${SESSION_MINUTES + 1} minutes'
                WHEN reason = 'underpaid' THEN created_at + settle_after END,
           created_at
      FROM (
        SELECT i, k, (($10::bigint[])[k]) AS amount, status,
               CASE WHEN status = 'FAILED' THEN CASE WHEN u < ${EXPIRED_SHARE} THEN 'expired' ELSE 'underpaid' END
               END AS reason,
               CASE WHEN status LIKE 'PENDING%' THEN now() - random() * interval '${SESSION_MINUTES - 2} minutes'
                    ELSE now() - interval '40 minutes' - make_interval(secs => ($13 - i + random()) * $11 * 86400 / $13)
               END AS created_at,
               make_interval(secs => 5 + random() * 115) AS settle_after,
               md5($6 || 's' || i) || md5($6 || 'S' || i) || substr(md5($6 || 'x' || i), 1, 24) AS sig
          FROM (
            SELECT i, width_bucket(random(), $12::float8[]) + 1 AS k, u,
                   CASE WHEN u < ${CONFIRMED_SHARE} THEN 'CONFIRMED' WHEN u < ${UNDERPAID_SHARE} THEN 'FAILED'
                        WHEN u < ${AWAITING_SHARE} THEN 'PENDING_CONFIRMATION' ELSE 'PENDING_SIGNATURE' END AS status
              FROM (SELECT i, random() AS u FROM generate_series($1::bigint, $2::bigint) i) r
          ) d
      ) g`;
  let done = 0;
  while (done < opts.count) {
    const n = Math.min(batchSize, opts.count - done);
    const t0 = performance.now();
    await db.query(insert, [
      done + 1,
      done + n,
      ids,
      ownerId,
      livemode,
      salt,
      mints,
      wallets,
      feeBps.toString(),
      amounts,
      days - 1,
      thresholds,
      opts.count,
    ]);
    done += n;
    const elapsed = (performance.now() - started) / 1000;
    log(
      `  ${done.toLocaleString('en-US')} / ${opts.count.toLocaleString('en-US')} payments ` +
        `(${Math.round(n / ((performance.now() - t0) / 1000)).toLocaleString('en-US')} rows/s, ${elapsed.toFixed(1)} s)`,
    );
  }

  // Checkout opens: a product page is opened 2–4 times per session started, per day.
  await db.query(
    `INSERT INTO checkout_opens (product_id, day, opens)
     SELECT product_id, (created_at AT TIME ZONE 'UTC')::date, (count(*) * (2 + random() * 2))::int
       FROM payments WHERE product_id = ANY($1::uuid[]) GROUP BY 1, 2
     ON CONFLICT (product_id, day) DO UPDATE SET opens = checkout_opens.opens + EXCLUDED.opens`,
    [ids],
  );
  // The counters the confirmation transaction keeps (takePaymentSlot).
  const counts = await db.query<{ id: string; payments: string; confirmed: string }>(
    `UPDATE products p SET payment_count = p.payment_count + s.confirmed, confirmed_volume = p.confirmed_volume + s.volume
       FROM (SELECT product_id, count(*) AS payments, count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                    COALESCE(sum(amount_minor_units) FILTER (WHERE status = 'CONFIRMED'), 0) AS volume
               FROM payments WHERE product_id = ANY($1::uuid[]) GROUP BY product_id) s
      WHERE p.id = s.product_id
      RETURNING p.id, s.payments::text AS payments, s.confirmed::text AS confirmed`,
    [ids],
  );
  for (const c of counts) {
    const p = products.find((x) => x.id === c.id);
    if (p) p.payments = Number(c.payments);
  }
  log(`  checkout opens and product counters written (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const t = performance.now();
  await db.exec('VACUUM (ANALYZE) payments, checkout_opens, products');
  log(`  VACUUM ANALYZE in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  products.sort((a, b) => b.payments - a.payments);
  return {
    ownerId,
    products: products.map(({ id, slug, title, payments }) => ({ id, slug, title, payments })),
    payments: done,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The analytics rollup the server's maintenance runs: every closed day (through yesterday, UTC). */
export async function rollupSeeded(db: Db, now = new Date()): Promise<{ rows: number; seconds: number }> {
  const t = performance.now();
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  const rows = await rollupDays(db, yesterday);
  return { rows, seconds: (performance.now() - t) / 1000 };
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '90' },
      products: { type: 'string', default: '4' },
      batch: { type: 'string', default: '100000' },
      'owner-id': { type: 'string' },
      sandbox: { type: 'boolean', default: false },
      'no-rollup': { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node --import tsx scripts/seed-payments.ts [--count 1000000] [--days 90] [--products 4] ' +
        '[--batch 100000] [--owner-id <uuid>] [--sandbox] [--no-rollup] [--database-url <url>]',
    );
    return;
  }
  const int = (name: string, raw: string) => {
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return Number(raw);
  };
  const url = values['database-url'] ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const db = openPostgres(url);
  try {
    await migrate(db);
    const result = await seedPayments(db, {
      count: int('count', values.count),
      days: int('days', values.days),
      products: int('products', values.products),
      batchSize: int('batch', values.batch),
      ownerId: values['owner-id'],
      livemode: !values.sandbox,
      log: (line) => console.log(line),
    });
    console.log(`seeded ${result.payments.toLocaleString('en-US')} payments in ${result.seconds.toFixed(1)} s`);
    for (const p of result.products) console.log(`  ${p.id}  ${p.payments.toLocaleString('en-US')}  ${p.title}`);
    if (!values['no-rollup']) {
      const r = await rollupSeeded(db);
      console.log(`analytics rollup: ${r.rows} product-days in ${r.seconds.toFixed(1)} s`);
    }
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
