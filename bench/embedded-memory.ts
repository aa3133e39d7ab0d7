// The embedded default's footprint and confirmation cost, measured from outside on real server processes, one
// target after another, each on a fresh data folder:
//  1. idle RSS: the server started, then left alone until it used < 3% of a core over 3 s (VmRSS of the process),
//     and again once settled: V8 gives back the heap pages start-up used only after some idle seconds (its memory
//     reducer), so the RSS is read every 2 s until it moved less than 1 MB over 10 s (at most 90 s);
//  2. CPU per confirmation: N sandbox sessions opened and paid over HTTP beforehand (not measured), then all confirmed
//     through POST /v1/pay/confirm with C in flight; the server's utime+stime from /proc/<pid>/stat (every thread,
//     the database thread included) and its main thread's alone (/proc/<pid>/task/<pid>/stat), divided by N.
// Targets:
//   start     `npm start` (node src/main.ts serve, Node's type stripping): PGlite on its own thread
//   compiled  `node dist/src/main.js serve` (after `npm run build`): what production runs
//   thread    bench/embedded-server.ts --engine thread (the same server as `start`, through the bench's entry)
//   here      bench/embedded-server.ts --engine here: PGlite on the main thread with the same settings
//   before    bench/embedded-server.ts --engine before: PGlite on the main thread with its own defaults, the design
//             before this one (the control)
//
//   node --import tsx bench/embedded-memory.ts [--targets start,compiled,here,before] [--sessions 200]
//     [--concurrency 8] [--warmup 100]   (warm-up confirmations before the measured ones, not counted)
// The reconciler's grace is set past the run, so every counted confirmation goes through POST /v1/pay/confirm.
// MEMORY_SERVER_ARGS adds Node flags to the `start` target (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: 'start,compiled,thread,here,before' },
    sessions: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '100' },
  },
});
const N = Number(values.sessions);
const CONCURRENCY = Number(values.concurrency);
const WARMUP = Number(values.warmup);
// Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux Node supports.
const TICK_MS = 10;

const TARGETS: Record<string, string[]> = {
  start: [...(process.env.MEMORY_SERVER_ARGS?.split(' ') ?? []), 'src/main.ts', 'serve'],
  compiled: ['dist/src/main.js', 'serve'],
  thread: ['--import', 'tsx', 'bench/embedded-server.ts', '--engine', 'thread'],
  here: ['--import', 'tsx', 'bench/embedded-server.ts', '--engine', 'here'],
  before: ['--import', 'tsx', 'bench/embedded-server.ts', '--engine', 'before'],
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** utime + stime in ms from a /proc stat file (fields 14 and 15, after the parenthesised command name). */
function cpuMs(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU ms of every thread of a process, summed by thread name (the main thread as "main"). */
function threadCpu(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const name = tid === String(pid) ? 'main' : comm;
      byName.set(name, (byName.get(name) ?? 0) + cpuMs(`/proc/${pid}/task/${tid}/stat`));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}

function status(pid: number, field: string): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`));
  return Number(m?.[1] ?? Number.NaN);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** VmRSS in MB once it moved less than 1 MB over 10 s, and the seconds waited for that. */
async function settledRss(pid: number): Promise<{ rss: number; after: number }> {
  const started = performance.now();
  const samples: number[] = [status(pid, 'VmRSS') / 1024];
  while (performance.now() - started < 90_000) {
    await sleep(2000);
    samples.push(status(pid, 'VmRSS') / 1024);
    const window = samples.slice(-6);
    if (window.length === 6 && Math.max(...window) - Math.min(...window) < 1) break;
  }
  return { rss: samples.at(-1) as number, after: (performance.now() - started) / 1000 };
}

async function waitIdle(pid: number): Promise<number> {
  const started = performance.now();
  let last = cpuMs(`/proc/${pid}/stat`);
  while (performance.now() - started < 120_000) {
    await sleep(3000);
    const now = cpuMs(`/proc/${pid}/stat`);
    if (now - last < 90) break;
    last = now;
  }
  return (performance.now() - started) / 1000;
}

async function measure(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `hilt-bench-memory-${name}-`));
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    HILT_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    HILT_RATE_LIMIT_FREE: '0',
    HILT_RATE_LIMIT_PUBLIC: '0',
    // The reconciler leaves the paid sessions to the measured confirms (it would settle the older ones itself).
    HILT_RECONCILE_GRACE_MS: '600000',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, TARGETS[name], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const pid = child.pid!;
  const base = `http://127.0.0.1:${port}`;
  try {
    const t0 = performance.now();
    while (!/listening on/.test(out)) {
      if (child.exitCode !== null) throw new Error(`${name} exited: ${err}`);
      if (performance.now() - t0 > 180_000) throw new Error(`${name} did not start: ${out} ${err}`);
      await sleep(100);
    }
    const startSeconds = (performance.now() - t0) / 1000;
    const idleAfter = await waitIdle(pid);
    const idleRss = status(pid, 'VmRSS') / 1024;
    const settled = await settledRss(pid);
    const threads = status(pid, 'Threads');

    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
      return JSON.parse(text);
    };
    const { token } = await post('/v1/auth/register', {
      email: 'bench@example.com',
      password: 'correct horse battery staple',
    });
    const key = {
      'x-hilt-key': (
        await post('/v1/keys', { name: 'bench', sandbox_mode: true }, { authorization: `Bearer ${token}` })
      ).raw_key as string,
    };
    const buyer = await post('/v1/sandbox/wallets', { lamports: 1_000_000_000_000 }, key);
    const merchant = await post('/v1/sandbox/wallets', {}, key);
    const product = await post(
      '/v1/products',
      {
        product_type: 'PAYMENT_LINK',
        title: 'Bench',
        amount_minor_units: 1_000_000,
        merchant_wallet: merchant.address,
      },
      key,
    );
    const confirmAll = async (batch: { payment_id: string; tx_signature: string }[]) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < batch.length; i = next++) {
            const r = await post('/v1/pay/confirm', { ...batch[i], payer_wallet: buyer.address });
            if (r.status !== 'CONFIRMED') throw new Error(`confirm answered ${JSON.stringify(r)}`);
          }
        }),
      );
    };
    const paid: { payment_id: string; tx_signature: string }[] = [];
    for (let i = 0; i < N + WARMUP; i++) {
      const s = await post(`/v1/products/p/${product.slug}/connect`, {});
      const p = await post('/v1/sandbox/pay', { payment_id: s.payment_id, secret_key: buyer.secret_key }, key);
      paid.push({ payment_id: s.payment_id, tx_signature: p.tx_signature });
    }
    // Warm-up confirmations, not counted: the JIT and WASM tier-up happen here, not in the measured run.
    await confirmAll(paid.splice(0, WARMUP));
    await sleep(1000);
    const cpu0 = cpuMs(`/proc/${pid}/stat`);
    const main0 = cpuMs(`/proc/${pid}/task/${pid}/stat`);
    const threads0 = threadCpu(pid);
    const c0 = performance.now();
    await confirmAll(paid);
    const seconds = (performance.now() - c0) / 1000;
    const cpu = cpuMs(`/proc/${pid}/stat`) - cpu0;
    const main = cpuMs(`/proc/${pid}/task/${pid}/stat`) - main0;
    const byThread = [...threadCpu(pid)]
      .map(([t, ms]) => [t, (ms - (threads0.get(t) ?? 0)) / N] as const)
      .filter(([, ms]) => ms >= 0.05)
      .sort((a, b) => b[1] - a[1])
      .map(([t, ms]) => `${t} ${ms.toFixed(2)}`)
      .join(', ');
    const loadedRss = status(pid, 'VmRSS') / 1024;
    return {
      target: name,
      'start s': startSeconds.toFixed(1),
      'idle after s': idleAfter.toFixed(0),
      'idle RSS MB': idleRss.toFixed(0),
      'settled RSS MB': settled.rss.toFixed(0),
      'settled after s': (idleAfter + settled.after).toFixed(0),
      threads,
      'RSS after MB': loadedRss.toFixed(0),
      'confirms/s': (N / seconds).toFixed(0),
      'CPU ms/confirm': (cpu / N).toFixed(2),
      'main thread ms/confirm': (main / N).toFixed(2),
      'ms/confirm by thread': byThread,
    };
  } finally {
    child.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(30_000).then(() => 'timeout')]);
    if (code !== 0) {
      child.kill('SIGKILL');
      console.error(`${name}: stopped with ${code}\n${err.slice(-2000)}`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const targets = String(values.targets)
  .split(',')
  .filter((t) => {
    if (!TARGETS[t]) throw new Error(`unknown target ${t}`);
    if (t === 'compiled' && !existsSync(join(ROOT, 'dist/src/main.js'))) {
      console.error('compiled: skipped (run npm run build first)');
      return false;
    }
    return true;
  });
console.log(
  `Embedded memory and CPU per confirmation — Node ${process.version}, ${availableParallelism()} CPUs, ` +
    `${N} confirmations, ${CONCURRENCY} in flight, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
const rows = [];
for (const t of targets) {
  rows.push(await measure(t));
  console.log(JSON.stringify(rows.at(-1)));
}
console.table(rows);
console.log(
  `load average at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
