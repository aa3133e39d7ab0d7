// Checkout benchmark (issue 4), in one run on a fresh PostgreSQL database:
//  1. POST /v1/products/p/{slug}/connect (public, rate limit raised out of the way) beside a bare Fastify route on
//     the same pool running the one INSERT a session is (the same repository function, generated values).
//     Target: connect reaches at least 50% of the bare route's throughput.
//  2. The whole confirm path, chain verification included: N sessions are opened and paid on the in-process sandbox
//     chain beforehand (signing is not what is measured), then all are confirmed through POST /v1/pay/confirm over
//     HTTP with some concurrency. Target: at least 200 confirmed payments per second. Every payment must end
//     CONFIRMED with exactly one payment.confirmed event.
//  3. One million payments loaded by scripts/seed-payments.ts, then GET /v1/products/{id}/analytics of the biggest
//     product timed before the rollup (every day computed live from the payments) and after it (closed days read
//     from product_daily_stats). Target: under 200 ms.
//
//   node --import tsx bench/checkout.ts [-c 20] [-d 10] [-w 3] [--sessions 2000] [--seed-count 1000000]
//     [--analytics-runs 40] [--analytics-seconds 15] [--skip connect,confirm,analytics]   (see bench/README.md)
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { type Address, createKeyPairSignerFromBytes, type KeyPairSigner } from '@solana/kit';
import bs58 from '../src/lib/base58.ts';
import Fastify from 'fastify';
import pg from 'pg';
import { createLocalChain, type LocalChain } from '../src/chain/local/index.ts';
import { type PaymentTransfer, signPaymentTransaction } from '../src/chain/payment-transaction.ts';
import * as paymentRepo from '../src/payment/repository.ts';
import { rollupSeeded, seedPayments } from '../scripts/seed-payments.ts';
import {
  benchOptions,
  countPoolQueries,
  createKey,
  freshPostgresDatabase,
  type LoadResult,
  type LoadTarget,
  listen,
  postgresPool,
  registerMerchant,
  resultsTable,
  runLoad,
  startHilt,
  table,
} from './lib.ts';

const CONNECT_TARGET_RATIO = 0.5;
const CONFIRM_TARGET_PER_SECOND = 200;
const ANALYTICS_TARGET_MS = 200;
const PRICE_LAMPORTS = 10_000_000n;
const SIGN_CHUNK = 200;
const CONFIRM_WARMUP = 50;

// ---------------------------------------------------------------------------------------------------------------
// Options: this benchmark's own flags, then the common ones of bench/lib.ts.

interface ExtraOptions {
  sessions: number;
  confirmConcurrency?: number;
  confirmProducts: number;
  seedCount: number;
  analyticsRuns: number;
  analyticsSeconds: number;
  skip: Set<string>;
}

function splitOptions(argv: string[], env = process.env): { extra: ExtraOptions; common: string[] } {
  const names: Record<string, string> = {
    '--sessions': 'sessions',
    '--confirm-concurrency': 'confirmConcurrency',
    '--confirm-products': 'confirmProducts',
    '--seed-count': 'seedCount',
    '--analytics-runs': 'analyticsRuns',
    '--analytics-seconds': 'analyticsSeconds',
    '--skip': 'skip',
  };
  const raw: Record<string, string | undefined> = {
    sessions: env.BENCH_SESSIONS,
    seedCount: env.BENCH_SEED_COUNT,
    analyticsRuns: env.BENCH_ANALYTICS_RUNS,
    analyticsSeconds: env.BENCH_ANALYTICS_SECONDS,
  };
  const common: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = names[flag];
    if (!key) {
      common.push(argv[i]);
      continue;
    }
    raw[key] = inline ?? argv[++i];
  }
  const int = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined || value === '') return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${name} must be a positive integer`);
    return Number(value);
  };
  return {
    common,
    extra: {
      sessions: int('--sessions', raw.sessions, 2000),
      confirmConcurrency: raw.confirmConcurrency ? int('--confirm-concurrency', raw.confirmConcurrency, 1) : undefined,
      confirmProducts: int('--confirm-products', raw.confirmProducts, 1),
      seedCount: int('--seed-count', raw.seedCount, 1_000_000),
      analyticsRuns: int('--analytics-runs', raw.analyticsRuns, 40),
      analyticsSeconds: int('--analytics-seconds', raw.analyticsSeconds, 15),
      skip: new Set((raw.skip ?? '').split(',').filter(Boolean)),
    },
  };
}

const { extra, common } = splitOptions(process.argv.slice(2));
const opts = benchOptions(common);
const problems: string[] = [];
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const ms = (x: number) => x.toFixed(1);
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// ---------------------------------------------------------------------------------------------------------------
// A pool of HTTP clients in a worker thread: POSTs one body per request, `concurrency` in flight, so the load does
// not share the servers' event loop. Plain JS (eval'd), global fetch with keep-alive.

interface PoolResult {
  seconds: number;
  statuses: Record<string, number>;
  latencies: number[];
  failures: string[];
}

const POOL_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, bodies, concurrency } = workerData;
const statuses = {};
const latencies = [];
const failures = [];
let next = 0;
async function client() {
  while (next < bodies.length) {
    const body = bodies[next++];
    const t0 = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await res.text();
      latencies.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] || 0) + 1;
      if (res.status !== 200 && failures.length < 5) failures.push(res.status + ' ' + text.slice(0, 200));
    } catch (err) {
      statuses.error = (statuses.error || 0) + 1;
      if (failures.length < 5) failures.push(String(err));
    }
  }
}
const started = performance.now();
Promise.all(Array.from({ length: concurrency }, client)).then(() => {
  parentPort.postMessage({ seconds: (performance.now() - started) / 1000, statuses, latencies, failures });
});
`;

function postPool(url: string, bodies: string[], concurrency: number): Promise<PoolResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(POOL_WORKER, { eval: true, workerData: { url, bodies, concurrency } });
    worker.once('message', (m: PoolResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function rpc<T>(chain: LocalChain, method: string, params: unknown[]): Promise<T> {
  const answer = JSON.parse(await chain.handleText(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))) as {
    result?: T;
    error?: { message: string };
  };
  if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result as T;
}

function checkRun(r: LoadResult) {
  if (r.errors > 0 || r.non2xx > 0) {
    problems.push(
      `${r.title}: ${r.errors} errors, ${r.non2xx} non-2xx (status codes ${JSON.stringify(r.statusCodes)})`,
    );
  }
}

// Every statement any pg client sends (pool queries, transactions, the job runner): database round trips.
const statements = { count: 0 };
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  statements.count++;
  return clientQuery.apply(this, args);
};

const summary: string[] = [];
const database = await freshPostgresDatabase(opts.databaseUrl);
// The sandbox chain runs in process (as the server's embedded one does), in memory; the reconciler is off so every
// confirmation measured goes through POST /v1/pay/confirm (it would otherwise credit the paid sessions itself).
const chain = createLocalChain();
let exitCode = 0;
try {
  const { hilt, url: hiltUrl } = await startHilt(
    database.url,
    { HILT_RATE_LIMIT_PUBLIC: '0', HILT_RATE_LIMIT_FREE: '0' },
    { sandboxChain: chain, reconciler: false },
  );
  const bare = Fastify({ logger: false });
  try {
    const db = hilt.db;
    const pool = postgresPool(db);
    const queries = countPoolQueries(pool);
    const merchant = await registerMerchant(hilt);
    const sandboxKey = await createKey(hilt, merchant.token, { name: 'bench sandbox', sandbox_mode: true });
    const merchantWallet = (await chain.createFundedWallet({ lamports: 1_000_000_000n, usdcMinor: 0n })).address;
    const buyerWallet = await chain.createFundedWallet({ lamports: 1_000_000_000_000n, usdcMinor: 0n });
    const buyer: KeyPairSigner = await createKeyPairSignerFromBytes(bs58.decode(buyerWallet.secretKey));

    async function createProduct(title: string) {
      const res = await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: { 'x-hilt-key': sandboxKey.raw },
        payload: {
          product_type: 'PAYMENT_LINK',
          title,
          amount_minor_units: Number(PRICE_LAMPORTS),
          merchant_wallet: merchantWallet,
        },
      });
      if (res.statusCode !== 200) throw new Error(`create product failed: ${res.statusCode} ${res.body}`);
      return res.json() as { id: string; slug: string; owner_id?: string };
    }

    console.log(
      `Hilt checkout benchmark — Node ${process.version}, ${availableParallelism()} CPUs, PostgreSQL pool of ` +
        `${pool.options.max}, load average ${loadavg()}`,
    );

    // -----------------------------------------------------------------------------------------------------------
    // 1. connect beside a bare INSERT
    if (!extra.skip.has('connect')) {
      const product = await createProduct('Connect bench');
      const row = (
        await db.query<{ owner_id: string }>('SELECT owner_id FROM products WHERE id = $1', [product.id])
      )[0];
      const body = JSON.stringify({ payer_wallet: buyerWallet.address });
      // The bare route: the one INSERT a checkout session is (insertPayment, RETURNING the row), values generated
      // as connect generates them, on the app's pool; JSON body parsed, a few fields returned — no product lookup,
      // no rate limit, validation, hooks or Solana Pay URL.
      bare.post('/bare/connect', async (request, reply) => {
        const input = request.body as { payer_wallet?: string };
        const p = await paymentRepo.insertPayment(db, {
          product_id: product.id,
          owner_id: row.owner_id,
          livemode: false,
          nonce: randomBytes(16).toString('hex'),
          reference: bs58.encode(randomBytes(32)),
          payer_wallet: input.payer_wallet ?? null,
          amount_minor_units: PRICE_LAMPORTS,
          merchant_amount_minor_units: PRICE_LAMPORTS,
          fee_minor_units: 0n,
          fee_wallet: null,
          token_mint: null,
          merchant_wallet: merchantWallet,
          customer_reference_type: null,
          customer_reference_value: null,
          customer_reference_display: null,
          identity_locked: false,
          identity_session_id: null,
          expires_at: new Date(Date.now() + 30 * 60_000),
        });
        reply.type('application/json; charset=utf-8');
        return JSON.stringify({
          payment_id: p.id,
          nonce: p.nonce,
          reference: p.reference,
          status: p.status,
          expires_at: p.expires_at.toISOString(),
        });
      });
      const bareUrl = await listen(bare);
      const headers = { 'content-type': 'application/json' };
      const connect: LoadTarget = {
        title: 'POST /v1/products/p/{slug}/connect',
        url: `${hiltUrl}/v1/products/p/${product.slug}/connect`,
        method: 'POST',
        headers,
        body,
      };
      const baseline: LoadTarget = {
        title: 'bare Fastify, same INSERT',
        url: `${bareUrl}/bare/connect`,
        method: 'POST',
        headers,
        body,
      };
      for (const target of [connect, baseline]) {
        const res = await fetch(target.url, { method: 'POST', headers, body });
        const json = (await res.json()) as { payment_id?: string; solana_pay_url?: string };
        if (res.status !== 200 || !json.payment_id) {
          throw new Error(`${target.title}: ${res.status} ${JSON.stringify(json)}`);
        }
      }
      console.log(
        `\n1. connect — ${opts.connections} connections, ${opts.duration} s per run, ${opts.warmup} s warm-up, ` +
          `${opts.rounds} round(s)`,
      );
      if (opts.warmup > 0) {
        for (const target of [connect, baseline]) await runLoad(target, { ...opts, seconds: opts.warmup });
      }
      const rounds: { connect: LoadResult; bare: LoadResult }[] = [];
      for (let round = 1; round <= opts.rounds; round++) {
        const suffix = opts.rounds > 1 ? ` #${round}` : '';
        const pair: Partial<Record<'connect' | 'bare', LoadResult>> = {};
        for (const side of round % 2 === 1 ? (['connect', 'bare'] as const) : (['bare', 'connect'] as const)) {
          const target = side === 'connect' ? connect : baseline;
          const before = queries.count;
          const r = await runLoad({ ...target, title: target.title + suffix }, { ...opts, seconds: opts.duration });
          r.queriesPerRequest = (queries.count - before) / r.requests;
          checkRun(r);
          pair[side] = r;
        }
        rounds.push(pair as { connect: LoadResult; bare: LoadResult });
      }
      console.log(`\n${resultsTable(rounds.flatMap((r) => [r.connect, r.bare]))}\n`);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const ratio = mean(rounds.map((r) => r.connect.rps)) / mean(rounds.map((r) => r.bare.rps));
      const loop = (side: 'connect' | 'bare') =>
        rounds.reduce((t, r) => t + r[side].loopUsPerRequest * r[side].requests, 0) /
        rounds.reduce((t, r) => t + r[side].requests, 0);
      const line =
        `connect / bare req/s: ${(ratio * 100).toFixed(1)}% — target ≥ ${CONNECT_TARGET_RATIO * 100}%: ` +
        `${ratio >= CONNECT_TARGET_RATIO ? 'met' : 'NOT met'} (event-loop cost ratio bare/connect ` +
        `${((loop('bare') / loop('connect')) * 100).toFixed(1)}%; load average ${loadavg()})`;
      console.log(line);
      summary.push(`connect: ${line}`);
    }

    // -----------------------------------------------------------------------------------------------------------
    // 2. confirm: sessions opened and paid on chain beforehand, confirmed over HTTP
    if (!extra.skip.has('confirm')) {
      const n = extra.sessions;
      const concurrency = extra.confirmConcurrency ?? opts.connections;
      const products = [];
      for (let i = 0; i < extra.confirmProducts; i++) products.push(await createProduct(`Confirm bench ${i + 1}`));
      console.log(
        `\n2. confirm — ${n} sessions (+${CONFIRM_WARMUP} warm-up) on ${products.length} product(s), ` +
          `${concurrency} in flight`,
      );
      let t = performance.now();
      const sessions: { payment_id: string; nonce: string; reference: string; fee: bigint }[] = [];
      for (let i = 0; i < n + CONFIRM_WARMUP; i++) {
        const slug = products[i % products.length].slug;
        const s = await hilt.services.checkout.connect(slug, { payer_wallet: buyer.address });
        sessions.push({
          payment_id: s.payment_id,
          nonce: s.nonce,
          reference: s.reference,
          fee: BigInt(s.fee_minor_units),
        });
      }
      console.log(`   ${sessions.length} sessions opened in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      t = performance.now();
      const signatures: string[] = [];
      for (let i = 0; i < sessions.length; i += SIGN_CHUNK) {
        const { value: blockhash } = await rpc<{ value: { blockhash: string; lastValidBlockHeight: number } }>(
          chain,
          'getLatestBlockhash',
          [{ commitment: 'confirmed' }],
        );
        const chunk = sessions.slice(i, i + SIGN_CHUNK);
        const wires = await Promise.all(
          chunk.map((s) => {
            const transfers: PaymentTransfer[] = [{ recipient: merchantWallet, amountMinor: PRICE_LAMPORTS - s.fee }];
            return signPaymentTransaction({
              payer: buyer,
              transfers,
              references: [s.reference as Address],
              memo: `HILT:${s.nonce}`,
              blockhash: {
                blockhash: blockhash.blockhash,
                lastValidBlockHeight: BigInt(blockhash.lastValidBlockHeight),
              },
            });
          }),
        );
        for (const wire of wires) {
          signatures.push(await rpc<string>(chain, 'sendTransaction', [wire, { encoding: 'base64' }]));
        }
      }
      console.log(
        `   ${signatures.length} payments signed and sent to the sandbox chain in ` +
          `${((performance.now() - t) / 1000).toFixed(1)} s (not measured)`,
      );
      const bodies = sessions.map((s, i) =>
        JSON.stringify({ payment_id: s.payment_id, tx_signature: signatures[i], payer_wallet: buyer.address }),
      );
      const confirmUrl = `${hiltUrl}/v1/pay/confirm`;
      const warm = await postPool(confirmUrl, bodies.slice(0, CONFIRM_WARMUP), Math.min(4, concurrency));
      if ((warm.statuses['200'] ?? 0) !== CONFIRM_WARMUP) {
        throw new Error(`warm-up confirms: ${JSON.stringify(warm.statuses)} ${warm.failures.join(' | ')}`);
      }
      const before = statements.count;
      const load = loadavg();
      const loopBefore = performance.eventLoopUtilization();
      const r = await postPool(confirmUrl, bodies.slice(CONFIRM_WARMUP), concurrency);
      const loop = performance.eventLoopUtilization(loopBefore);
      const after = loadavg();
      const ok = r.statuses['200'] ?? 0;
      const lat = [...r.latencies].sort((a, b) => a - b);
      const perSecond = ok / r.seconds;
      if (ok !== n) problems.push(`confirm: ${JSON.stringify(r.statuses)} — ${r.failures.join(' | ')}`);

      // Every session CONFIRMED with its own signature, and exactly one payment.confirmed event each.
      const [check] = await db.query<{ confirmed: number; wrong_sig: number; total: number }>(
        `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
                count(*) FILTER (WHERE tx_signature IS NULL OR tx_signature <> s.sig)::int AS wrong_sig,
                count(*)::int AS total
           FROM payments p JOIN unnest($1::uuid[], $2::text[]) AS s(id, sig) ON s.id = p.id`,
        [sessions.map((s) => s.payment_id), signatures],
      );
      const [events] = await db.query<{ payments: number; exactly_one: number; events: number }>(
        `SELECT count(*)::int AS payments, count(*) FILTER (WHERE c = 1)::int AS exactly_one,
                COALESCE(sum(c), 0)::int AS events
           FROM (SELECT s.id, (SELECT count(*) FROM events e WHERE e.payment_id = s.id AND e.type = 'payment.confirmed') AS c
                   FROM unnest($1::uuid[]) AS s(id)) x`,
        [sessions.map((s) => s.payment_id)],
      );
      const [counter] = await db.query<{ payment_count: number }>(
        'SELECT sum(payment_count)::int AS payment_count FROM products WHERE id = ANY($1::uuid[])',
        [products.map((p) => p.id)],
      );
      const total = sessions.length;
      if (check.confirmed !== total || check.wrong_sig !== 0) {
        problems.push(`confirm: ${check.confirmed}/${total} CONFIRMED, ${check.wrong_sig} with another signature`);
      }
      if (events.exactly_one !== total || events.events !== total) {
        problems.push(`confirm: ${events.exactly_one}/${total} payments with exactly one payment.confirmed event`);
      }
      if (counter.payment_count !== total) problems.push(`confirm: product payment_count ${counter.payment_count}`);
      console.log(
        `\n${table(
          [
            'target',
            'confirmed',
            'seconds',
            'confirmed/s',
            'p50 ms',
            'p99 ms',
            'max ms',
            'loop busy',
            'loop µs/confirm',
            'db statements/confirm',
          ],
          [
            [
              'POST /v1/pay/confirm (local chain)',
              ok,
              r.seconds.toFixed(2),
              Math.round(perSecond),
              ms(percentile(lat, 50)),
              ms(percentile(lat, 99)),
              ms(lat[lat.length - 1] ?? Number.NaN),
              `${Math.round(loop.utilization * 100)}%`,
              Math.round((loop.active * 1000) / Math.max(1, ok)),
              ((statements.count - before) / Math.max(1, ok)).toFixed(1),
            ],
          ],
        )}\n`,
      );
      console.log(
        `check: ${check.confirmed}/${total} CONFIRMED with their own signature, ${events.exactly_one}/${total} with ` +
          `exactly one payment.confirmed event (${events.events} events), product payment_count ${counter.payment_count}`,
      );
      const line =
        `${Math.round(perSecond)} confirmed payments/s — target ≥ ${CONFIRM_TARGET_PER_SECOND}/s: ` +
        `${perSecond >= CONFIRM_TARGET_PER_SECOND ? 'met' : 'NOT met'} (p50 ${ms(percentile(lat, 50))} ms, ` +
        `p99 ${ms(percentile(lat, 99))} ms; load average ${load} before, ${after} after)`;
      console.log(line);
      summary.push(`confirm: ${line}`);
    }

    // -----------------------------------------------------------------------------------------------------------
    // 3. analytics on one million payments
    if (!extra.skip.has('analytics')) {
      console.log(
        `\n3. analytics — seeding ${extra.seedCount.toLocaleString('en-US')} payments (scripts/seed-payments.ts)`,
      );
      const liveKey = await createKey(hilt, merchant.token, { name: 'bench analytics', permissions: ['read'] });
      const seeded = await seedPayments(db, {
        count: extra.seedCount,
        ownerId: merchant.userId,
        livemode: true,
        log: (l) => console.log(`   ${l}`),
      });
      const biggest = seeded.products[0];
      console.log(
        `   seeded in ${seeded.seconds.toFixed(1)} s; biggest product ${biggest.id} (${biggest.title}): ` +
          `${biggest.payments.toLocaleString('en-US')} payments`,
      );
      const analyticsUrl = `${hiltUrl}/v1/products/${biggest.id}/analytics`;
      const get = async () => {
        const t0 = performance.now();
        const res = await fetch(analyticsUrl, { headers: { 'x-hilt-key': liveKey.raw } });
        const body = (await res.json()) as Record<string, unknown>;
        const elapsed = performance.now() - t0;
        if (res.status !== 200) throw new Error(`analytics: ${res.status} ${JSON.stringify(body)}`);
        return { elapsed, body };
      };
      const measure = async (label: string) => {
        const first = await get();
        const times: number[] = [];
        const started = performance.now();
        const load = loadavg();
        while (times.length < extra.analyticsRuns && performance.now() - started < extra.analyticsSeconds * 1000) {
          times.push((await get()).elapsed);
        }
        times.sort((a, b) => a - b);
        return { label, first: first.elapsed, times, body: first.body, load };
      };
      const live = await measure('before rollup (every day live from payments)');
      const rollup = await rollupSeeded(db);
      console.log(`   rollup: ${rollup.rows} product-days in ${rollup.seconds.toFixed(1)} s`);
      const rolled = await measure('after rollup (closed days from product_daily_stats)');
      // The two paths must agree on every figure.
      const strip = (b: Record<string, unknown>) => JSON.stringify({ ...b, generated_at: undefined });
      if (strip(live.body) !== strip(rolled.body)) {
        problems.push('analytics: the answers before and after the rollup differ');
      }
      const b = rolled.body as { checkout_connects: number; checkout_confirmed: number; failed_count: number };
      console.log(
        `   window 30 days: ${b.checkout_connects} connects, ${b.checkout_confirmed} confirmed; all time failed ` +
          `${b.failed_count}; answers before and after the rollup ${strip(live.body) === strip(rolled.body) ? 'identical' : 'DIFFER'}`,
      );
      console.log(
        `\n${table(
          ['GET /v1/products/{id}/analytics', 'runs', 'first ms', 'p50 ms', 'p99 ms', 'max ms', 'load average'],
          [live, rolled].map((m) => [
            m.label,
            m.times.length,
            ms(m.first),
            ms(percentile(m.times, 50)),
            ms(percentile(m.times, 99)),
            ms(m.times[m.times.length - 1]),
            m.load,
          ]),
        )}\n`,
      );
      for (const m of [live, rolled]) {
        const p99 = percentile(m.times, 99);
        const line =
          `analytics ${m.label}: p50 ${ms(percentile(m.times, 50))} ms, p99 ${ms(p99)} ms — target < ` +
          `${ANALYTICS_TARGET_MS} ms (p99): ${p99 < ANALYTICS_TARGET_MS ? 'met' : 'NOT met'} (load average ${m.load})`;
        console.log(line);
        summary.push(line);
      }
    }

    console.log(`\nsummary (load average now ${loadavg()}):\n  ${summary.join('\n  ')}`);
    if (problems.length > 0) {
      console.error(`\nproblems:\n  ${problems.join('\n  ')}`);
      exitCode = 1;
    }
  } finally {
    await bare.close();
    await hilt.close();
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  await chain.close();
  await database.drop();
}
process.exit(exitCode);
