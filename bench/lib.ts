// Shared helpers for the benchmarks in bench/: options from the command line or environment, a throw-away
// PostgreSQL database, a real Hilt app on a random port, autocannon run programmatically, and a results table.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { type AppOverrides, createApp, type Hilt } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/index.ts';
import { generateSecretValues } from '../src/secrets.ts';

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

// ---------------------------------------------------------------------------------------------------------------
// Options

export interface BenchOptions {
  /** Concurrent connections per run. */
  connections: number;
  /** Seconds each measured run lasts. */
  duration: number;
  /** Seconds of warm-up load before the measured runs. */
  warmup: number;
  /** Worker threads autocannon generates load from (0 = on the main thread, beside the servers). */
  workers: number;
  /** How many times to measure each target, alternating targets, to even out background noise. */
  rounds: number;
  databaseUrl: string;
}

const USAGE = `Options (or environment variables):
  -c, --connections <n>   concurrent connections          BENCH_CONNECTIONS  (default 20)
  -d, --duration <s>      seconds per measured run        BENCH_DURATION     (default 10)
  -w, --warmup <s>        seconds of warm-up per target   BENCH_WARMUP       (default 3)
      --workers <n>       autocannon worker threads       BENCH_WORKERS      (default 1)
  -r, --rounds <n>        measured runs per target,       BENCH_ROUNDS       (default 1)
                          alternating targets
      --database-url <u>  PostgreSQL server to use        DATABASE_URL       (default ${DEFAULT_DATABASE_URL})`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return Number(raw);
}

/** Reads the common options: command-line flags win over BENCH_* environment variables, which win over defaults. */
export function benchOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: 'string', short: 'c' },
      duration: { type: 'string', short: 'd' },
      warmup: { type: 'string', short: 'w' },
      workers: { type: 'string' },
      rounds: { type: 'string', short: 'r' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    connections: positiveInt('connections', values.connections ?? env.BENCH_CONNECTIONS, 20),
    duration: positiveInt('duration', values.duration ?? env.BENCH_DURATION, 10),
    warmup: positiveInt('warmup', values.warmup ?? env.BENCH_WARMUP, 3, 0),
    workers: positiveInt('workers', values.workers ?? env.BENCH_WORKERS, 1, 0),
    rounds: positiveInt('rounds', values.rounds ?? env.BENCH_ROUNDS, 1),
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || DEFAULT_DATABASE_URL),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Database

/** Creates an empty database on the server of `baseUrl`; `drop` removes it (even with connections still open). */
export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hilt_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The pg pool behind a PostgreSQL `Db` (the app's own, when given `hilt.db`); throws on PGlite. */
export function postgresPool(db: Db): pg.Pool {
  const pool = db.kind === 'postgres' ? (db as Db & { pool?: unknown }).pool : undefined;
  if (!(pool instanceof pg.Pool)) throw new Error('this benchmark needs the app on PostgreSQL');
  return pool;
}

/**
 * Counts the statements sent through `pool.query` (what `Db.query` uses outside transactions), so a run can report
 * database round trips per request. The wrapper costs one increment per query.
 */
export function countPoolQueries(pool: pg.Pool): { readonly count: number } {
  const counter = { count: 0 };
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (...args: unknown[]) => {
    counter.count++;
    return original(...args);
  };
  return counter;
}

// ---------------------------------------------------------------------------------------------------------------
// Servers

/** Listens on 127.0.0.1 on a free port and returns the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Starts the real Hilt app as production would run it (NODE_ENV=production, secrets from the environment — here
 * freshly generated), silent logs, on `databaseUrl`, listening on a random local port. `env` adds or overrides
 * variables (e.g. a raised rate limit); process.env is not modified.
 */
export async function startHilt(
  databaseUrl: string,
  env: Record<string, string> = {},
  overrides: AppOverrides = {},
): Promise<{ hilt: Hilt; url: string }> {
  const secrets = generateSecretValues();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HILT_DATA_DIR: join(tmpdir(), `hilt-bench-${process.pid}`),
    HILT_JWT_SECRET: secrets.jwt_secret,
    HILT_RECEIPT_SIGNING_KEY: secrets.receipt_signing_key,
    HILT_ENCRYPTION_KEY: secrets.encryption_key,
    DATABASE_URL: databaseUrl,
    REDIS_URL: '',
    ...env,
  });
  const hilt = await createApp(config, { maintenance: false, ...overrides });
  try {
    return { hilt, url: await listen(hilt.app) };
  } catch (err) {
    await hilt.close();
    throw err;
  }
}

/** Registers a merchant through the API; returns its session token and user id. */
export async function registerMerchant(hilt: Hilt): Promise<{ email: string; token: string; userId: string }> {
  const email = `bench-${randomBytes(4).toString('hex')}@example.com`;
  const res = await hilt.app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email, password: 'correct horse battery staple' },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { token: string; user_id: string };
  return { email, token: body.token, userId: body.user_id };
}

/** Creates an API key with a session token; returns the raw key and its id. */
export async function createKey(
  hilt: Hilt,
  token: string,
  body: { name?: string; permissions?: string[]; sandbox_mode?: boolean } = {},
): Promise<{ raw: string; id: string }> {
  const res = await hilt.app.inject({
    method: 'POST',
    url: '/v1/keys',
    headers: { authorization: `Bearer ${token}` },
    payload: { name: 'bench key', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create key failed: ${res.statusCode} ${res.body}`);
  const json = res.json() as { raw_key: string; key: { id: string } };
  return { raw: json.raw_key, id: json.key.id };
}

// ---------------------------------------------------------------------------------------------------------------
// Load

// autocannon ships no type declarations; this is the part of its programmatic API used here.
interface AutocannonHistogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  total: number;
}
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: AutocannonHistogram;
  requests: AutocannonHistogram & { sent: number };
  throughput: AutocannonHistogram;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadTarget {
  /** Label in the results table. */
  title: string;
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  title: string;
  /** Average of the per-second request counts. */
  rps: number;
  latencyAvg: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /**
   * Busy time of this thread's event loop per completed request, in microseconds: the CPU cost of serving one request
   * when the server runs in this process (and the load in worker threads). Far less sensitive than req/s to other
   * processes competing for the CPUs.
   */
  loopUsPerRequest: number;
  /** Database statements per completed request during the run, when the caller counted them. */
  queriesPerRequest?: number;
}

/**
 * Runs autocannon against one target for `seconds`. Load is generated from `opts.workers` worker threads so it does
 * not share an event loop with servers running in this process (with 0 it runs on the main thread).
 */
export async function runLoad(
  target: LoadTarget,
  opts: Pick<BenchOptions, 'connections' | 'workers'> & { seconds: number },
): Promise<LoadResult> {
  const loopBefore = performance.eventLoopUtilization();
  const result = await autocannon({
    title: target.title,
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.workers > 0 ? { workers: opts.workers } : {}),
  });
  const loop = performance.eventLoopUtilization(loopBefore);
  return {
    title: target.title,
    rps: result.requests.average,
    latencyAvg: result.latency.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    loopUsPerRequest: (loop.active * 1000) / Math.max(1, result.requests.total),
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/** Renders rows as an aligned text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The standard results table: one row per target. */
export function resultsTable(results: LoadResult[]): string {
  return table(
    [
      'target',
      'req/s',
      'latency avg ms',
      'p50 ms',
      'p99 ms',
      'requests',
      'errors',
      'non-2xx',
      'loop µs/req',
      'db queries/req',
    ],
    results.map((r) => [
      r.title,
      Math.round(r.rps),
      r.latencyAvg.toFixed(2),
      r.p50,
      r.p99,
      r.requests,
      r.errors,
      r.non2xx,
      Math.round(r.loopUsPerRequest),
      r.queriesPerRequest === undefined ? '-' : r.queriesPerRequest.toFixed(2),
    ]),
  );
}
