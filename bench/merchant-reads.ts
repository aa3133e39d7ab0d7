// Merchant reads on a large workspace, on a fresh PostgreSQL database: one million payments (scripts/seed-payments.ts,
// generate_series) and `--memberships` members, loaded before the server starts as a bulk import would be; then
//  1. the first GET /v1/products/{id}/analytics of the biggest product once the server runs (its background rollup
//     catches up after the import; the time until it has is printed), then p50/p99 of further reads;
//  2. GET /v1/memberships (first page, with its count) p50/p99;
//  3. GET /v1/memberships?q=… (a text search matching a few members, and one matching none) p50/p99.
// Target: each under 100 ms (p99). Beside them, the same statement's bare cost is not meaningful (the reads are
// single statements), so the control is the cheapest read of the same database: GET /health.
//
//   node --import tsx bench/merchant-reads.ts [--seed-count 1000000] [--memberships 100000] [--runs 60]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedPayments } from '../scripts/seed-payments.ts';
import { openPostgres } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { createKey, DEFAULT_DATABASE_URL, freshPostgresDatabase, registerMerchant, startHilt, table } from './lib.ts';

const { values: flags } = parseArgs({
  options: {
    'seed-count': { type: 'string', default: '1000000' },
    memberships: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '60' },
    'database-url': { type: 'string' },
  },
});
const seedCount = Number(flags['seed-count']);
const memberCount = Number(flags.memberships);
const runs = Number(flags.runs);
const baseUrl = flags['database-url'] ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
const TARGET_MS = 100;
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const database = await freshPostgresDatabase(baseUrl);
let exitCode = 0;
try {
  // The merchant first (through the API of a short-lived instance), then the bulk import, then the server.
  const setup = await startHilt(database.url);
  const merchant = await registerMerchant(setup.hilt);
  const key = await createKey(setup.hilt, merchant.token, { name: 'bench reads', permissions: ['read'] });
  await setup.hilt.close();

  const db = openPostgres(database.url, 2);
  await migrate(db);
  console.log(
    `Merchant reads — ${seedCount.toLocaleString('en-US')} payments, ${memberCount.toLocaleString('en-US')} ` +
      `members; load average ${loadavg()}`,
  );
  const seeded = await seedPayments(db, {
    count: seedCount,
    ownerId: merchant.userId,
    livemode: true,
    log: (l) => console.log(`   ${l}`),
  });
  const t0 = performance.now();
  // Members spread over the products, with identities a merchant searches for (handles, display names, wallets).
  await db.query(
    `INSERT INTO memberships (owner_id, livemode, product_id, platform, platform_user_id, platform_display,
        customer_identity_type, customer_identity_value, payer_wallet, status, current_period_start_at,
        current_period_end_at, latest_tx_signature, created_at)
     SELECT $1, true, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'TELEGRAM', (100000000 + i)::text,
            'Member ' || md5(i::text), 'TELEGRAM_USERNAME', '@user_' || md5('u' || i::text),
            'W' || md5('w' || i::text), CASE WHEN i % 7 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END,
            now() - interval '10 days', now() + (i % 40) * interval '1 day', md5('t' || i::text) || md5('s' || i::text),
            now() - (i % 90) * interval '1 day' - (i % 86400) * interval '1 second'
       FROM generate_series(1, $3) AS i`,
    [merchant.userId, seeded.products.map((p) => p.id), memberCount],
  );
  await db.exec('VACUUM (ANALYZE) memberships');
  console.log(`   ${memberCount.toLocaleString('en-US')} members in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const [probe] = await db.query<{ handle: string }>(
    `SELECT substr(customer_identity_value, 7, 6) AS handle FROM memberships WHERE owner_id = $1 LIMIT 1 OFFSET 12345`,
    [merchant.userId],
  );

  // The server, as production starts it (maintenance on: its background rollup catches the import up).
  const { hilt, url } = await startHilt(
    database.url,
    { HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' },
    { maintenance: true },
  );
  try {
    const started = performance.now();
    const headers = { 'x-hilt-key': key.raw };
    const get = async (path: string) => {
      const t = performance.now();
      const res = await fetch(`${url}${path}`, { headers });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
      return { ms: performance.now() - t, body: JSON.parse(body) };
    };
    const biggest = seeded.products[0];
    // Wait for the background rollup to have caught the import up (at most 90 s), then the merchant's first read.
    let caughtUp = Number.NaN;
    while (performance.now() - started < 90_000) {
      const [r] = await db.query<{ current: boolean }>(
        `SELECT rolled_through >= (now() AT TIME ZONE 'UTC')::date - 1 AS current FROM stats_rollup WHERE id = 1`,
      );
      if (r?.current) {
        caughtUp = (performance.now() - started) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const measure = async (label: string, path: string) => {
      const first = await get(path);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push((await get(path)).ms);
      times.sort((a, b) => a - b);
      return { label, first: first.ms, p50: percentile(times, 50), p99: percentile(times, 99), body: first.body };
    };
    const rows = [
      await measure('control: GET /health', '/health'),
      await measure('GET /v1/products/{id}/analytics (30 days)', `/v1/products/${biggest.id}/analytics`),
      await measure('GET /v1/memberships (first page + count)', '/v1/memberships?limit=50'),
      await measure('GET /v1/memberships?offset=5000', '/v1/memberships?limit=50&offset=5000'),
      await measure(`GET /v1/memberships?q=${probe.handle} (search)`, `/v1/memberships?q=${probe.handle}`),
      await measure('GET /v1/memberships?q=nosuchmember (search, no match)', '/v1/memberships?q=nosuchmember'),
    ];
    console.log(
      `\n${table(
        ['read', 'first ms', 'p50 ms', 'p99 ms', 'result'],
        rows.map((r) => [
          r.label,
          r.first.toFixed(1),
          r.p50.toFixed(1),
          r.p99.toFixed(1),
          'count' in r.body
            ? `count ${r.body.count}`
            : 'checkout_connects' in r.body
              ? `${r.body.checkout_connects} connects`
              : '',
        ]),
      )}\n`,
    );
    console.log(
      `background rollup caught the import up ${Number.isNaN(caughtUp) ? 'NOT within 90 s' : `${caughtUp.toFixed(1)} s after start`}; ` +
        `load average ${loadavg()}`,
    );
    for (const r of rows.slice(1)) {
      console.log(
        `${r.label}: p99 ${r.p99.toFixed(1)} ms — target < ${TARGET_MS} ms: ${r.p99 < TARGET_MS ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await hilt.close();
    await db.close();
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  await database.drop();
}
process.exit(exitCode);
