// Launch spike benchmark: buyers arrive open-loop at a fixed rate (default 300/s for 60 s); each loads the public
// checkout payload and opens a session, one in ten pays on the local chain (a real signed transfer) and confirms.
// The real Hilt server runs in its own process (so its CPU time, every thread and the embedded database included, is
// read from /proc/<pid>/stat), beside a CONTROL server on the same engine doing only the essential SQL of a buyer
// (bench/spike-server.ts), measured the same way in the same invocation, so a busy machine shows as a busy control.
//
//   node --import tsx bench/spike.ts [--rate 300] [--duration 60] [--engine embedded|postgres] [--instances 1|2]
//     [--pay-every 10] [--warmup 5] [--timeout 30] [--database-url postgresql://…]         (see bench/README.md)
//
// SPIKE_SERVER_ARGS adds Node flags to the server processes (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile).
// --engine postgres creates a fresh database per server run on DATABASE_URL's server. --instances 2 (PostgreSQL)
// measures one instance and then two on one database with the load split between them, samples pg_stat_activity
// for backends waiting on a lock, and compares CPU per buyer with one instance's; the control runs both ways too, so
// what two processes cost on this host by themselves is measured beside it, and so is one instance carrying only
// its share of the load (rate / instances), which tells the cost of a lighter load per process from that of sharing.
// --pin runs server i on core i only (taskset), as a deployment giving each instance its own core would.
import { type ChildProcess, execSync, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import pg from 'pg';
import { createLocalChain } from '../src/chain/local/index.ts';
import { generateSecretValues } from '../src/secrets.ts';
import { DEFAULT_DATABASE_URL, freshPostgresDatabase, listen, table } from './lib.ts';
import type { LoadInput, LoadOutput, StepStats } from './spike-load.ts';

const { values: flags } = parseArgs({
  options: {
    rate: { type: 'string', default: '300' },
    duration: { type: 'string', default: '60' },
    engine: { type: 'string', default: 'embedded' },
    instances: { type: 'string', default: '1' },
    'pay-every': { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '30' },
    'database-url': { type: 'string' },
    'skip-control': { type: 'boolean', default: false },
    pin: { type: 'boolean', default: false },
  },
});
const rate = Number(flags.rate);
const duration = Number(flags.duration);
const engine = flags.engine === 'postgres' ? 'postgres' : 'embedded';
const instances = Number(flags.instances);
const payEvery = Number(flags['pay-every']);
const warmup = Number(flags.warmup);
const timeoutMs = Number(flags.timeout) * 1000;
const baseUrl = flags['database-url'] ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
if (instances > 1 && engine !== 'postgres') throw new Error('--instances 2 needs --engine postgres');

const TICK_HZ = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** A process's CPU seconds (every thread) in user and kernel mode so far; 0 once it is gone. */
function cpuTimes(pid: number): { user: number; system: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(f[11]) / TICK_HZ, system: Number(f[12]) / TICK_HZ };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** CPU seconds (user + system, every thread) a process has used so far; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/**
 * A server's CPU times and how many times its threads went to sleep and were woken (voluntary context switches,
 * every thread summed): the second tells how much of a load was handled per wake-up.
 */
function processTimes(pid: number): { user: number; system: number; wakeups: number } {
  let wakeups = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const status = readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8');
      wakeups += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    }
  } catch {
    // A thread (or the process) that ended meanwhile: what was counted stands.
  }
  return { ...cpuTimes(pid), wakeups };
}

/** The PostgreSQL backends serving `url`'s database (the server is shared: other databases' work is not counted). */
async function backendPids(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/** CPU seconds of the backends of `url`'s database since `before` (a backend that started since counts whole). */
async function postgresCpuSince(url: string, before: Map<number, number>): Promise<number> {
  let total = 0;
  for (const pid of new Set([...before.keys(), ...(await backendPids(url))])) {
    const now = cpuSeconds(pid);
    if (now > 0) total += now - (before.get(pid) ?? 0);
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// The chain: one local chain in this process, served over HTTP to every server and to the buyers.

const chain = createLocalChain();
const rpcServer = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
rpcServer.removeContentTypeParser('application/json');
rpcServer.addContentTypeParser('application/json', { parseAs: 'string' }, (_r, body, done) => done(null, body));
rpcServer.post('/rpc', async (request, reply) =>
  reply.type('application/json').send(await chain.handleText(request.body as string)),
);
const chainUrl = `${await listen(rpcServer)}/rpc`;
const merchantWallet = (await chain.createFundedWallet({ lamports: 1_000_000_000n, usdcMinor: 0n })).address;
const buyerWallet = await chain.createFundedWallet({ lamports: 100_000_000_000_000n, usdcMinor: 0n });

const secrets = generateSecretValues();
const cleanups: (() => Promise<void>)[] = [];

interface Server {
  child: ChildProcess;
  url: string;
  slug?: string;
}

function startServer(role: 'hilt' | 'control', env: Record<string, string>): Promise<Server> {
  const child = fork(new URL('./spike-server.ts', import.meta.url).pathname, [role], {
    execArgv: ['--import', 'tsx', ...(process.env.SPIKE_SERVER_ARGS ? process.env.SPIKE_SERVER_ARGS.split(' ') : [])],
    // Logs go where a production server's would, minus the disk: at the default level, written and discarded.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HILT_JWT_SECRET: secrets.jwt_secret,
      HILT_RECEIPT_SIGNING_KEY: secrets.receipt_signing_key,
      HILT_ENCRYPTION_KEY: secrets.encryption_key,
      HILT_SANDBOX_RPC_URL: chainUrl,
      // The public limiter would answer 429 to a launch coming from one address; it is what is not measured here.
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_RATE_LIMIT_FREE: '0',
      REDIS_URL: '',
      SPIKE_MERCHANT_WALLET: merchantWallet,
      ...env,
    },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string; slug?: string }) => resolve({ child, url: m.url, slug: m.slug }));
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
  });
}

async function stopServer(s: Server) {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.send('stop');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (s.child.exitCode === null) s.child.kill('SIGKILL');
}

/** A database for one server run: a fresh PostgreSQL database, or a fresh embedded data folder. */
async function freshDatabase(): Promise<{ env: Record<string, string>; url?: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hilt-spike-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  if (engine === 'embedded') return { env: { HILT_DATA_DIR: dataDir, DATABASE_URL: '' } };
  const db = await freshPostgresDatabase(baseUrl);
  cleanups.push(db.drop);
  return { env: { HILT_DATA_DIR: dataDir, DATABASE_URL: db.url }, url: db.url };
}

/** A merchant with a sandbox key and one product, made through the API of the first instance. */
async function seedHilt(url: string): Promise<string> {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
  const reg = await post('/v1/auth/register', {
    email: `spike-${Date.now()}@example.com`,
    password: 'correct horse battery staple',
  });
  const key = await post('/v1/keys', { name: 'spike', sandbox_mode: true }, { authorization: `Bearer ${reg.token}` });
  const product = await post(
    '/v1/products',
    { product_type: 'PAYMENT_LINK', title: 'Launch', amount_minor_units: 10_000_000, merchant_wallet: merchantWallet },
    { 'x-hilt-key': key.raw_key },
  );
  return product.slug as string;
}

function runLoad(kind: 'hilt' | 'control', servers: Server[], seconds: number, r: number): Promise<LoadOutput> {
  const data: LoadInput = {
    kind,
    servers: servers.map((s) => ({ url: s.url, slug: s.slug as string })),
    rate: r,
    seconds,
    payEvery,
    chainUrl,
    buyerSecret: buyerWallet.secretKey,
    timeoutMs,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./spike-load.ts', import.meta.url), { workerData: data });
    worker.once('message', (m: LoadOutput) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

interface LockSamples {
  samples: number;
  withWaiters: number;
  maxWaiters: number;
  byEvent: Record<string, number>;
  maxActive: number;
}

/** Samples pg_stat_activity of `url`'s database every 100 ms: backends waiting on a lock (row, transaction, …). */
function sampleLocks(url: string): { stop: () => Promise<LockSamples> } {
  const client = new pg.Client({ connectionString: url });
  const s: LockSamples = { samples: 0, withWaiters: 0, maxWaiters: 0, byEvent: {}, maxActive: 0 };
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ wait_event_type: string | null; wait_event: string | null; n: number }>(
        `SELECT wait_event_type, wait_event, count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
          GROUP BY 1, 2`,
      );
      s.samples++;
      let waiters = 0;
      let active = 0;
      for (const r of rows) {
        active += r.n;
        if (r.wait_event_type !== 'Lock') continue;
        waiters += r.n;
        s.byEvent[r.wait_event ?? '?'] = (s.byEvent[r.wait_event ?? '?'] ?? 0) + r.n;
      }
      if (waiters > 0) s.withWaiters++;
      s.maxWaiters = Math.max(s.maxWaiters, waiters);
      s.maxActive = Math.max(s.maxActive, active);
      await new Promise((r) => setTimeout(r, 100));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return s;
    },
  };
}

interface PhaseResult {
  label: string;
  out: LoadOutput;
  cpuMsPerBuyer: number;
  /** The share of that CPU spent in the kernel (system time). */
  kernelShare: number;
  /** Times a server thread went to sleep and was woken again, per buyer. */
  wakeupsPerBuyer: number;
  pgCpuMsPerBuyer: number | null;
  locks?: LockSamples;
}

/** Starts the servers of a phase on a fresh database, warms them up, runs the measured spike and stops them. */
async function phase(label: string, kind: 'hilt' | 'control', count: number, phaseRate = rate): Promise<PhaseResult> {
  const db = await freshDatabase();
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = await startServer(kind, db.env);
      // --pin: server i (every thread of it) runs on core i only; PostgreSQL and the load generator stay free.
      if (flags.pin) execSync(`taskset -acp ${i % availableParallelism()} ${server.child.pid}`, { stdio: 'ignore' });
      servers.push(server);
    }
    if (kind === 'hilt') {
      const slug = await seedHilt(servers[0].url);
      for (const s of servers) s.slug = slug;
    } else {
      for (const s of servers) s.slug ??= servers[0].slug;
    }
    if (warmup > 0) await runLoad(kind, servers, warmup, Math.max(10, Math.round(phaseRate / 5)));
    await new Promise((r) => setTimeout(r, 1000));
    const before = servers.map((s) => processTimes(s.child.pid as number));
    const pgBefore = db.url
      ? new Map((await backendPids(db.url)).map((pid) => [pid, cpuSeconds(pid)] as const))
      : undefined;
    const locks = db.url ? sampleLocks(db.url) : undefined;
    process.stdout.write(`   ${label}: ${phaseRate}/s for ${duration} s … `);
    const out = await runLoad(kind, servers, duration, phaseRate);
    const after = servers.map((s) => processTimes(s.child.pid as number));
    const spent = (k: 'user' | 'system' | 'wakeups') => after.reduce((t, a, i) => t + a[k] - before[i][k], 0);
    const cpu = spent('user') + spent('system');
    const pgCpu = pgBefore && db.url ? await postgresCpuSince(db.url, pgBefore) : null;
    const lockStats = await locks?.stop();
    console.log(`done in ${out.seconds.toFixed(1)} s (load average ${load()})`);
    return {
      label,
      out,
      cpuMsPerBuyer: (cpu * 1000) / out.buyers,
      kernelShare: cpu > 0 ? spent('system') / cpu : 0,
      wakeupsPerBuyer: spent('wakeups') / out.buyers,
      pgCpuMsPerBuyer: pgCpu === null ? null : (pgCpu * 1000) / out.buyers,
      locks: lockStats,
    };
  } finally {
    for (const s of servers) await stopServer(s);
  }
}

const fmt = (x: number) => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const stepCells = (s: StepStats) => [fmt(percentile(s.latencies, 50)), fmt(percentile(s.latencies, 99))];

let exitCode = 0;
try {
  console.log(
    `Launch spike — Node ${process.version}, ${availableParallelism()} CPUs, ${engine === 'embedded' ? 'embedded PGlite' : 'PostgreSQL'}, ` +
      `${rate} buyers/s for ${duration} s (1 in ${payEvery} pays), ${warmup} s warm-up at ${Math.max(10, Math.round(rate / 5))}/s, ` +
      `load average ${load()}`,
  );
  const results: PhaseResult[] = [];
  if (!flags['skip-control']) results.push(await phase('control', 'control', 1));
  // The control split over as many processes too: what running several servers costs on this host by itself.
  if (!flags['skip-control'] && instances > 1) {
    results.push(await phase(`control ×${instances}`, 'control', instances));
  }
  results.push(await phase('hilt', 'hilt', 1));
  if (instances > 1) results.push(await phase(`hilt ×${instances}`, 'hilt', instances));
  // One instance carrying only its share of the load: what each of the instances above does, alone on the host.
  const share = Math.round(rate / instances);
  if (instances > 1) results.push(await phase(`hilt at ${share}/s`, 'hilt', 1, share));
  const control = results.find((r) => r.label === 'control');
  // "vs control" compares each run with the control of the same layout.
  // (none for the run at a lighter load: no control ran at that rate).
  const controlOf = (r: PhaseResult) =>
    r.label.includes(' at ')
      ? undefined
      : (r.label.includes('×') && results.find((c) => c.label === r.label.replace('hilt', 'control'))) || control;
  const single = results.find((r) => r.label === 'hilt') as PhaseResult;
  console.log(
    `\n${table(
      [
        'server',
        'buyers',
        'page p50',
        'page p99',
        'connect p50',
        'connect p99',
        'confirm p50',
        'confirm p99',
        'errors',
        'server CPU ms/buyer',
        'in kernel',
        'wake-ups/buyer',
        ...(engine === 'postgres' ? ['PostgreSQL CPU ms/buyer'] : []),
        'vs control',
      ],
      results.map((r) => [
        r.label,
        r.out.buyers,
        ...stepCells(r.out.steps.page),
        ...stepCells(r.out.steps.connect),
        ...stepCells(r.out.steps.confirm),
        r.out.steps.page.errors + r.out.steps.connect.errors + r.out.steps.confirm.errors,
        r.cpuMsPerBuyer.toFixed(2),
        `${(r.kernelShare * 100).toFixed(0)}%`,
        r.wakeupsPerBuyer.toFixed(1),
        ...(engine === 'postgres' ? [(r.pgCpuMsPerBuyer ?? 0).toFixed(2)] : []),
        controlOf(r) ? `${(r.cpuMsPerBuyer / (controlOf(r) as PhaseResult).cpuMsPerBuyer).toFixed(2)}×` : '-',
      ]),
    )}\n(latencies in ms; confirm is the ${Math.floor((rate * duration) / payEvery)} paying buyers' POST /v1/pay/confirm)`,
  );
  for (const r of results) {
    for (const [name, s] of Object.entries(r.out.steps)) {
      if (s.errors > 0) console.log(`   ${r.label} ${name} errors (${s.errors}): ${s.samples.join(' | ')}`);
    }
    if (r.out.maxLagMs > 50) console.log(`   ${r.label}: the buyer generator lagged up to ${fmt(r.out.maxLagMs)} ms`);
    if (r.locks) {
      console.log(
        `   ${r.label}: pg_stat_activity ${r.locks.samples} samples, ${r.locks.withWaiters} with a backend waiting ` +
          `on a lock (max ${r.locks.maxWaiters} at once; by event ${JSON.stringify(r.locks.byEvent)}), max ` +
          `${r.locks.maxActive} active backends`,
      );
    }
  }
  const multi = results.find((r) => r.label.startsWith('hilt ×'));
  if (multi) {
    console.log(
      `\n${instances} instances / 1 instance, server CPU per buyer: ` +
        `${((multi.cpuMsPerBuyer / single.cpuMsPerBuyer) * 100).toFixed(0)}% ` +
        `(PostgreSQL CPU per buyer ${(((multi.pgCpuMsPerBuyer ?? 0) / (single.pgCpuMsPerBuyer ?? 1)) * 100).toFixed(0)}%)`,
    );
  }
  const alone = results.find((r) => r.label === `hilt at ${share}/s`);
  if (multi && alone) {
    console.log(
      `${instances} instances / 1 instance at ${share}/s (the same load per instance), server CPU per buyer: ` +
        `${((multi.cpuMsPerBuyer / alone.cpuMsPerBuyer) * 100).toFixed(0)}% ` +
        `(1 instance at ${share}/s / at ${rate}/s: ${((alone.cpuMsPerBuyer / single.cpuMsPerBuyer) * 100).toFixed(0)}%)`,
    );
  }
  const controlMulti = results.find((r) => r.label.startsWith('control ×'));
  if (controlMulti && control) {
    console.log(
      `control, ${instances} instances / 1 instance, server CPU per buyer: ` +
        `${((controlMulti.cpuMsPerBuyer / control.cpuMsPerBuyer) * 100).toFixed(0)}% ` +
        `(PostgreSQL CPU per buyer ${(((controlMulti.pgCpuMsPerBuyer ?? 0) / (control.pgCpuMsPerBuyer ?? 1)) * 100).toFixed(0)}%)`,
    );
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  await rpcServer.close();
  await chain.close();
}
process.exit(exitCode);
