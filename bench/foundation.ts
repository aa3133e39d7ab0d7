// Foundation benchmark (issue 2): the full /v1 pipeline — API-key authentication, rate-limit headers, validation,
// response serialization, usage recording, metrics — on an authenticated `GET /v1/keys`, beside a bare Fastify route
// that runs the same indexed SELECT on the same PostgreSQL pool. Target: the authenticated route reaches at least 70%
// of the bare route's throughput.
//
//   node --import tsx bench/foundation.ts [-c 20] [-d 10] [-w 3]   (see bench/README.md)
import { availableParallelism } from 'node:os';
import Fastify from 'fastify';
import { listApiKeys, listApiKeysWithActivity } from '../src/api-key/repository.ts';
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
} from './lib.ts';

const TARGET_RATIO = 0.7;
const SEEDED_KEYS = 4;
/** What GET /v1/keys asks for (src/api-key/service.ts). */
const RECENT_ACTIVITY_PER_KEY = 5;
const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

const opts = benchOptions();
const problems: string[] = [];

/** One request outside the load run: checks the status, the rate-limit headers (when asked) and the row count. */
async function check(target: LoadTarget, expectRows: number, rateLimitHeaders: boolean) {
  const res = await fetch(target.url, { headers: target.headers });
  const body = (await res.json()) as unknown;
  if (res.status !== 200) problems.push(`${target.title}: status ${res.status} ${JSON.stringify(body)}`);
  if (!Array.isArray(body) || body.length !== expectRows) {
    problems.push(`${target.title}: expected ${expectRows} rows, got ${JSON.stringify(body).slice(0, 200)}`);
  }
  if (rateLimitHeaders) {
    const missing = RATE_LIMIT_HEADERS.filter((h) => !res.headers.has(h));
    if (missing.length > 0) problems.push(`${target.title}: missing ${missing.join(', ')}`);
    const limit = res.headers.get('x-ratelimit-limit');
    const remaining = res.headers.get('x-ratelimit-remaining');
    return `limit ${limit}, remaining ${remaining}, reset ${res.headers.get('x-ratelimit-reset')}`;
  }
  return '';
}

function checkRun(r: LoadResult) {
  if (r.errors > 0 || r.non2xx > 0) {
    problems.push(
      `${r.title}: ${r.errors} errors, ${r.non2xx} non-2xx (status codes ${JSON.stringify(r.statusCodes)})`,
    );
  }
}

const database = await freshPostgresDatabase(opts.databaseUrl);
let exitCode = 0;
try {
  // The real app, as production runs it, with the free plan's budget raised out of the way (headers stay on).
  const { hilt, url: hiltUrl } = await startHilt(database.url, { HILT_RATE_LIMIT_FREE: '1000000000' });
  const bare = Fastify({ logger: false });
  try {
    const db = hilt.db;
    const pool = postgresPool(db);
    const queries = countPoolQueries(pool);

    const merchant = await registerMerchant(hilt);
    const admin = await createKey(hilt, merchant.token, { name: 'bench admin', permissions: ['read', 'admin'] });
    for (let i = 0; i < SEEDED_KEYS; i++) await createKey(hilt, merchant.token, { name: `seed ${i}` });
    await createKey(hilt, merchant.token, { name: 'seed sandbox', sandbox_mode: true });
    const liveKeys = SEEDED_KEYS + 1;

    // The bare route: the one statement GET /v1/keys runs (same repository function, same parameters a live key
    // sends) on the app's own pool (hilt.db.query is pool.query), rows returned as JSON — no auth, no rate limit, no
    // schema, no hooks. Both sides thus do the same database work; the ratio is the cost of Hilt's pipeline.
    bare.get('/bare/keys', async (_request, reply) => {
      const rows = await listApiKeysWithActivity(db, merchant.userId, {
        sandbox: false,
        includeRevoked: false,
        perKey: RECENT_ACTIVITY_PER_KEY,
      });
      reply.type('application/json; charset=utf-8');
      return JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
    });
    // For reference: the key list alone (listApiKeys), without the recent activity GET /v1/keys also returns.
    bare.get('/bare/keys-list', async (_request, reply) => {
      const rows = await listApiKeys(db, merchant.userId, { sandbox: false, includeRevoked: false });
      reply.type('application/json; charset=utf-8');
      return JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
    });
    const bareUrl = await listen(bare);

    const authenticated: LoadTarget = {
      title: 'GET /v1/keys (X-Hilt-Key)',
      url: `${hiltUrl}/v1/keys`,
      headers: { 'x-hilt-key': admin.raw },
    };
    const baseline: LoadTarget = { title: 'bare Fastify, same SELECT', url: `${bareUrl}/bare/keys` };
    const listOnly: LoadTarget = { title: 'bare Fastify, key list only', url: `${bareUrl}/bare/keys-list` };

    console.log(
      `Hilt foundation benchmark — Node ${process.version}, ${availableParallelism()} CPUs, ` +
        `${opts.connections} connections, ${opts.duration} s per run, ${opts.warmup} s warm-up, ` +
        `${opts.workers} load worker thread(s), PostgreSQL pool of ${pool.options.max}`,
    );
    const headers = await check(authenticated, liveKeys, true);
    await check(baseline, liveKeys, false);
    await check(listOnly, liveKeys, false);
    console.log(`rate-limit headers: ${headers}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));

    if (opts.warmup > 0) {
      console.log('warming up…');
      for (const target of [authenticated, baseline, listOnly])
        await runLoad(target, { ...opts, seconds: opts.warmup });
    }

    // Each round measures both targets, in alternating order, so drifting background load hits both alike.
    const results: { auth: LoadResult; bare: LoadResult; list: LoadResult }[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const suffix = opts.rounds > 1 ? ` #${round}` : '';
      const pair: Partial<Record<'auth' | 'bare' | 'list', LoadResult>> = {};
      const order = round % 2 === 1 ? (['auth', 'bare', 'list'] as const) : (['list', 'bare', 'auth'] as const);
      for (const side of order) {
        const target = side === 'auth' ? authenticated : side === 'bare' ? baseline : listOnly;
        console.log(`measuring ${target.title}${suffix}…`);
        const before = queries.count;
        const r = await runLoad({ ...target, title: target.title + suffix }, { ...opts, seconds: opts.duration });
        r.queriesPerRequest = (queries.count - before) / r.requests;
        checkRun(r);
        pair[side] = r;
      }
      results.push(pair as { auth: LoadResult; bare: LoadResult; list: LoadResult });
    }
    await check(authenticated, liveKeys, true);

    console.log(`\n${resultsTable(results.flatMap((r) => [r.auth, r.bare, r.list]))}\n`);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ratio = mean(results.map((r) => r.auth.rps)) / mean(results.map((r) => r.bare.rps));
    const listRatio = mean(results.map((r) => r.auth.rps)) / mean(results.map((r) => r.list.rps));
    const totalLoop = (side: 'auth' | 'bare') =>
      results.reduce((t, r) => t + r[side].loopUsPerRequest * r[side].requests, 0) /
      results.reduce((t, r) => t + r[side].requests, 0);
    const costRatio = totalLoop('bare') / totalLoop('auth');
    if (opts.rounds > 1) {
      const each = results.map((r) => `${((r.auth.rps / r.bare.rps) * 100).toFixed(1)}%`).join(', ');
      console.log(`ratio per round: ${each}`);
    }
    console.log(
      `ratio (authenticated / bare req/s): ${(ratio * 100).toFixed(1)}% — target ≥ ${TARGET_RATIO * 100}%: ` +
        (ratio >= TARGET_RATIO ? 'met' : 'NOT met'),
    );
    console.log(
      `for reference, authenticated / bare key list alone (no recent activity): ${(listRatio * 100).toFixed(1)}%`,
    );
    console.log(
      `event-loop cost ratio (bare / authenticated µs per request): ${(costRatio * 100).toFixed(1)}% ` +
        '(the throughput ratio to expect when this process is the bottleneck; steadier than req/s on a busy host)',
    );
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
  await database.drop();
}
process.exit(exitCode);
