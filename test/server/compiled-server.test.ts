// What the container image runs, tested as processes (CI cannot run Docker): the compiled server (`npm run build`,
// reused when dist/ is newer than the sources) laid out as the Dockerfile lays it out (dist/, bin/, package.json and
// the dependencies; no src/), started with the Dockerfile's ENV, ENTRYPOINT and CMD, on a fresh database and a fresh
// data folder. `migrate` (the compose file's migration step) then `serve`, with the compose file's standalone chain;
// the image's HEALTHCHECK command passes; no development-only package is loaded; SIGTERM stops it cleanly.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { freshPostgresDatabase, usingPostgres } from '../helpers/app.ts';
import { freePort } from '../helpers/ports.ts';

const ROOT = join(import.meta.dirname, '../..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const compose = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds dist/ unless it is newer than everything it is built from; one build at a time across test processes. */
async function ensureBuilt() {
  const built = () => {
    try {
      return statSync(join(ROOT, 'dist/src/main.js')).mtimeMs;
    } catch {
      return 0;
    }
  };
  const inputs = () =>
    Math.max(
      ...['src', 'sdk/src', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'package-lock.json'].map((p) =>
        newestMtime(join(ROOT, p)),
      ),
    );
  const lock = join(ROOT, 'node_modules/.hilt-build-lock');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 600) throw new Error(`another build holds ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (built() <= inputs()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A JSON array instruction of the Dockerfile (ENTRYPOINT, CMD, HEALTHCHECK ... CMD). */
function dockerArray(pattern: RegExp): string[] {
  const m = dockerfile.replace(/\\\n/g, ' ').match(pattern);
  assert.ok(m, `Dockerfile has ${pattern}`);
  return JSON.parse(m[1]);
}

/** The final stage's ENV line, as variables. */
function dockerEnv(): Record<string, string> {
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const line = finalStage.match(/^ENV (.+)$/m);
  assert.ok(line, 'the final stage sets ENV');
  return Object.fromEntries(
    line[1]
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split('=') as [string, string]),
  );
}

interface Run {
  code: number | null;
  out: string;
}

const children: ChildProcess[] = [];

function start(cmd: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(cmd[0] === 'node' ? process.execPath : cmd[0], cmd.slice(1), { cwd, env });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, out })));
  const waitFor = (re: RegExp, timeoutMs = 150_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} within ${timeoutMs} ms: ${out}`)), timeoutMs);
      const check = () => {
        if (re.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', check);
      check();
      void exited.then(() => {
        clearTimeout(timer);
        if (!re.test(out)) reject(new Error(`exited before ${re}: ${out}`));
      });
    });
  return { child, exited, waitFor, output: () => out };
}

describe('the compiled server, as the image runs it', () => {
  const cleanups: (() => unknown)[] = [];
  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const fn of cleanups.reverse()) await fn();
  });

  test('build, migrate, serve with a standalone chain, health, clean stop', { timeout: 480_000 }, async () => {
    await ensureBuilt();
    // The image's /app: compiled code, the launcher, the manifest and the dependencies; no TypeScript sources.
    const app = mkdtempSync(join(tmpdir(), 'hilt-image-'));
    cleanups.push(() => rmSync(app, { recursive: true, force: true }));
    cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'bin'), join(app, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
    const dataDir = mkdtempSync(join(tmpdir(), 'hilt-image-data-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    // Every package the processes load from node_modules is recorded, to check none is development-only.
    const loadedDir = mkdtempSync(join(tmpdir(), 'hilt-image-loaded-'));
    cleanups.push(() => rmSync(loadedDir, { recursive: true, force: true }));
    const hook = join(loadedDir, 'record.mjs');
    const hookSource = `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const seen = new Set();
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); if (r.url.includes('/node_modules/')) seen.add(r.url); return r; } });
process.on('exit', () => writeFileSync(${JSON.stringify(loadedDir)} + '/' + process.pid + '.txt', [...seen].join('\\n')));
`;
    writeFileSync(hook, hookSource);

    const entrypoint = dockerArray(/^ENTRYPOINT (\[.*\])$/m);
    const cmd = dockerArray(/^CMD (\[.*\])$/m);
    assert.deepEqual(cmd, ['serve']);
    const imageEnv = dockerEnv();
    assert.equal(imageEnv.NODE_ENV, 'production');
    const secrets = Object.fromEntries(
      execFileSync(process.execPath, [...entrypoint.slice(1), 'secrets', 'generate'], {
        cwd: app,
        env: { PATH: process.env.PATH ?? '', ...imageEnv },
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('HILT_'))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    assert.deepEqual(Object.keys(secrets).sort(), [
      'HILT_ENCRYPTION_KEY',
      'HILT_JWT_SECRET',
      'HILT_RECEIPT_SIGNING_KEY',
    ]);

    let database: Record<string, string> = {};
    if (usingPostgres) {
      const fresh = await freshPostgresDatabase();
      cleanups.push(fresh.drop);
      database = { DATABASE_URL: fresh.url };
    }
    const port = await freePort();
    const chainPort = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...imageEnv,
      HOST: '127.0.0.1',
      PORT: String(port),
      HILT_DATA_DIR: dataDir,
      HILT_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HILT_SANDBOX_RPC_URL: `http://127.0.0.1:${chainPort}`,
      NODE_OPTIONS: `--import=${pathToFileURL(hook).href}`,
      ...secrets,
      ...database,
    };

    // The compose file's migration step, then its standalone chain (same image, its own command).
    assert.match(compose, /command: \["migrate"\]/);
    const migrate = start([...entrypoint, 'migrate'], app, env);
    const migrated = await migrate.exited;
    assert.equal(migrated.code, 0, migrated.out);
    assert.match(migrated.out, /Applied \d{4}_/);
    const again = await start([...entrypoint, 'migrate'], app, env).exited;
    assert.equal(again.code, 0, again.out);
    assert.match(again.out, /Database is up to date/);

    const chainCommand = compose.match(/command: (\["chain".*\])/);
    assert.ok(chainCommand, 'the compose file runs a standalone chain');
    const chainArgs = (JSON.parse(chainCommand[1]) as string[]).map((a) =>
      a === '0.0.0.0' ? '127.0.0.1' : a === '8899' ? String(chainPort) : a,
    );
    // The compose file gives the chain no environment of its own (no secrets): only the image's.
    assert.doesNotMatch(
      compose.slice(compose.indexOf('\n  chain:'), compose.indexOf('\n  migrate:')),
      /env_file|environment/,
    );
    const chain = start([...entrypoint, ...chainArgs], app, {
      PATH: env.PATH,
      ...imageEnv,
      HILT_DATA_DIR: dataDir,
      NODE_OPTIONS: env.NODE_OPTIONS,
    });
    await chain.waitFor(/Sandbox chain JSON-RPC on/);

    const server = start([...entrypoint, ...cmd], app, env);
    await server.waitFor(/Hilt API listening/);
    assert.match(server.output(), /PostgreSQL|embedded database/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(health.status, 200, await health.text());
    // The image's HEALTHCHECK command, run as Docker would run it inside the container.
    const healthcheck = dockerArray(/HEALTHCHECK .*?CMD (\[.*\])/);
    const probe = start(healthcheck, app, env);
    assert.equal((await probe.exited).code, 0, 'HEALTHCHECK passes');
    // The sandbox works through the standalone chain: a funded wallet from its faucet.
    const base = `http://127.0.0.1:${port}`;
    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      assert.ok(res.status < 300, `${path}: ${res.status} ${text}`);
      return JSON.parse(text);
    };
    const reg = await post('/v1/auth/register', {
      email: 'image@example.com',
      password: 'correct horse battery staple',
    });
    const key = await post('/v1/keys', { name: 'image', sandbox_mode: true }, { authorization: `Bearer ${reg.token}` });
    const wallet = await post('/v1/sandbox/wallets', {}, { 'x-hilt-key': key.raw_key });
    assert.ok(wallet.lamports > 0 || wallet.sol > 0 || wallet.usdc_minor_units > 0, JSON.stringify(wallet));

    server.child.kill('SIGTERM');
    const stopped = await server.exited;
    assert.equal(stopped.code, 0, stopped.out);
    assert.match(stopped.out, /SIGTERM received/);
    const down = start(healthcheck, app, env);
    assert.equal((await down.exited).code, 1, 'HEALTHCHECK fails once the server is gone');
    chain.child.kill('SIGTERM');
    assert.equal((await chain.exited).code, 0);

    // No development-only package (package-lock marks them "dev") was loaded by any of these processes.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const loaded = new Set<string>();
    for (const file of readdirSync(loadedDir).filter((f) => f.endsWith('.txt'))) {
      for (const url of readFileSync(join(loadedDir, file), 'utf8').split('\n').filter(Boolean)) {
        const path = decodeURIComponent(new URL(url).pathname);
        const m = path.match(/.*\/(node_modules\/(?:@[^/]+\/)?[^/]+)\//);
        if (m) loaded.add(m[1]);
      }
    }
    assert.ok(loaded.has('node_modules/fastify'), `the record works: ${[...loaded].join(', ')}`);
    // debug asks for supports-color (and so has-flag) inside a try/catch and does without it: absent in the image.
    const optional = new Set(['node_modules/supports-color', 'node_modules/has-flag']);
    const devOnly = [...loaded].filter((p) => lock.packages[p]?.dev && !optional.has(p));
    assert.deepEqual(devOnly, [], 'the image installs production dependencies only');
  });
});
