// The real process on the embedded database, as a new user runs it: `hilt serve` on a data folder, over HTTP.
// Embedded-only by nature: when the suite runs on PostgreSQL these still run, with DATABASE_URL removed from the
// child's environment. REDIS_URL goes too: a new user has none, and a Redis shared with other processes would carry
// their sign-in attempts from 127.0.0.1 into this server's budget.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../helpers/ports.ts';

const ROOT = join(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 60_000;

interface Server {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when stdout has a line matching `pattern`. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
}

const started: ChildProcess[] = [];

function spawnHilt(args: string[], env: Record<string, string>): Server {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.REDIS_URL;
  // The test runner sets NODE_ENV=test; a user starting the server has none (development) unless a test says so.
  if (!env.NODE_ENV) delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, ['bin/hilt.mjs', ...args], { cwd: ROOT, env: childEnv });
  started.push(child);
  let out = '';
  let err = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.pattern.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  child.stdout?.on('data', (d) => {
    out += d;
    check();
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    url: `http://127.0.0.1:${env.PORT}`,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (pattern, timeoutMs = START_TIMEOUT_MS) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}\nstdout: ${out}\nstderr: ${err}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        check();
        exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`exited (${code ?? signal}) before ${pattern}\nstdout: ${out}\nstderr: ${err}`));
        });
      }),
  };
}

async function serve(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  // LOG_LEVEL=debug: the 'incoming request' lines tell the graceful-shutdown test when its requests have reached the
  // server (at info a request logs one line, when it completes).
  const server = spawnHilt(['serve'], {
    PORT: String(await freePort()),
    HILT_DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    ...extraEnv,
  });
  await server.waitFor(/Hilt API listening on http:\/\/127\.0\.0\.1:\d+ \(embedded database in /);
  return server;
}

async function stop(server: Server) {
  server.child.kill('SIGTERM');
  return server.exited;
}

async function api(server: Server, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/**
 * Starts a POST whose body is only half sent, so the request is certainly in flight (headers received, handler not
 * yet run) until `finish` sends the rest.
 */
function halfSentPost(server: Server, path: string, body: unknown, requestId: string) {
  const payload = Buffer.from(JSON.stringify(body));
  const half = Math.floor(payload.length / 2);
  const req = http.request(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': payload.length, 'x-request-id': requestId },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => {
        text += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.write(payload.subarray(0, half));
  return { response, finish: () => req.end(payload.subarray(half)) };
}

describe('embedded: the real `hilt serve` process', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hilt-embedded-'));
  const merchant = { email: 'first-user@example.com', password: 'correct horse battery', token: '', key: '' };
  let first: Server;

  after(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  before(async () => {
    first = await serve(dataDir);
  });

  test('a new merchant registers and creates an API key over HTTP', { timeout: 60_000 }, async () => {
    const health = await api(first, 'GET', '/health');
    assert.equal(health.status, 200);
    assert.equal(health.json().database, 'pglite');

    const reg = await api(first, 'POST', '/v1/auth/register', { email: merchant.email, password: merchant.password });
    assert.equal(reg.status, 201, reg.text);
    merchant.token = reg.json().token;
    const key = await api(
      first,
      'POST',
      '/v1/keys',
      { name: 'first key' },
      { authorization: `Bearer ${merchant.token}` },
    );
    assert.equal(key.status, 201, key.text);
    merchant.key = key.json().raw_key;
    assert.match(merchant.key, /^hk_live_/);
    const me = await api(first, 'GET', '/v1/account/me', undefined, { 'x-hilt-key': merchant.key });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.json().email, merchant.email);
    // Every request has its line on standard output, and no password, session token or key is in any of them.
    await first.waitFor(/"url":"\/v1\/account\/me".*request completed/, 10_000);
    for (const secret of [merchant.password, merchant.token, merchant.key]) {
      assert.ok(!first.stdout().includes(secret), 'a secret reached the log');
    }
    // The generated secrets and the lock live in the data folder.
    assert.ok(existsSync(join(dataDir, 'secrets.json')));
    assert.equal(readFileSync(join(dataDir, 'hilt.pid'), 'utf8').trim(), String(first.child.pid));
  });

  test('a second process on the same data folder refuses to start and names the folder', {
    timeout: 60_000,
  }, async () => {
    const second = spawnHilt(['serve'], { PORT: String(await freePort()), HILT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const { code } = await second.exited;
    assert.notEqual(code, 0);
    assert.equal(code, 2);
    assert.match(
      second.stderr(),
      new RegExp(`data folder ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use`),
    );
    assert.match(second.stderr(), new RegExp(`pid ${first.child.pid}`));
    assert.doesNotMatch(second.stdout(), /listening/);
    // The first one is unharmed.
    assert.equal((await api(first, 'GET', '/health')).status, 200);
  });

  test('SIGTERM lets requests in flight finish, then exits 0 and releases the lock', { timeout: 60_000 }, async () => {
    // There is no slow route, so the requests are made "in flight" for certain instead: each sends its headers and
    // half its body, the test waits until the server has logged each one as received, then sends SIGTERM, and only
    // then completes the bodies. Every one must still get its proper answer.
    const inFlight = [
      halfSentPost(
        first,
        '/v1/auth/login',
        { email: merchant.email, password: merchant.password },
        'inflight-login-ok',
      ),
      halfSentPost(
        first,
        '/v1/auth/login',
        { email: merchant.email, password: 'wrong password' },
        'inflight-login-bad',
      ),
      halfSentPost(
        first,
        '/v1/auth/register',
        { email: 'second@example.com', password: 'long enough' },
        'inflight-reg',
      ),
    ];
    for (const id of ['inflight-login-ok', 'inflight-login-bad', 'inflight-reg']) {
      await first.waitFor(new RegExp(`"reqId":"${id}".*incoming request`), 30_000);
    }
    first.child.kill('SIGTERM');
    await first.waitFor(/SIGTERM received, finishing in-flight requests/, 30_000);
    for (const r of inFlight) r.finish();
    const [ok, bad, reg] = await Promise.all(inFlight.map((r) => r.response));
    assert.equal(ok.status, 200, ok.body);
    assert.ok(JSON.parse(ok.body).token);
    assert.equal(bad.status, 401, bad.body);
    assert.equal(reg.status, 201, reg.body);

    const { code, signal } = await first.exited;
    assert.equal(signal, null);
    assert.equal(code, 0, first.stderr());
    assert.ok(!existsSync(join(dataDir, 'hilt.pid')), 'the lock file is removed');
    // New connections are refused once it is gone.
    await assert.rejects(fetch(`${first.url}/health`));
  });

  test('restarting on the same folder keeps the data: login, the session and the key still work', {
    timeout: 60_000,
  }, async () => {
    // The previous test stopped the first process; if it failed half-way, wait for that process to go.
    if (first.child.exitCode === null && first.child.signalCode === null) {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    const again = await serve(dataDir);
    try {
      const login = await api(again, 'POST', '/v1/auth/login', { email: merchant.email, password: merchant.password });
      assert.equal(login.status, 200, login.text);
      const viaKey = await api(again, 'GET', '/v1/account/me', undefined, { 'x-hilt-key': merchant.key });
      assert.equal(viaKey.status, 200, viaKey.text);
      assert.equal(viaKey.json().email, merchant.email);
      // The session from before the restart is still valid: the JWT secret was kept in the data folder.
      const viaSession = await api(again, 'GET', '/v1/keys', undefined, { authorization: `Bearer ${merchant.token}` });
      assert.equal(viaSession.status, 200, viaSession.text);
      assert.equal(viaSession.json().length, 1);
      // The registration that completed during shutdown was committed too.
      const second = await api(again, 'POST', '/v1/auth/login', {
        email: 'second@example.com',
        password: 'long enough',
      });
      assert.equal(second.status, 200, second.text);
    } finally {
      const { code } = await stop(again);
      assert.equal(code, 0, again.stderr());
    }
  });

  test('NODE_ENV=production without secrets refuses to start and names each missing one', {
    timeout: 60_000,
  }, async () => {
    const prodDir = mkdtempSync(join(tmpdir(), 'hilt-prod-'));
    try {
      const none = spawnHilt(['serve'], {
        NODE_ENV: 'production',
        PORT: String(await freePort()),
        HILT_DATA_DIR: prodDir,
      });
      const { code } = await none.exited;
      assert.equal(code, 2, none.stderr());
      assert.match(none.stderr(), /Missing required secrets in production/);
      for (const name of ['HILT_JWT_SECRET', 'HILT_RECEIPT_SIGNING_KEY', 'HILT_ENCRYPTION_KEY']) {
        assert.match(none.stderr(), new RegExp(name));
      }
      assert.doesNotMatch(none.stdout(), /listening/);
      assert.ok(!existsSync(join(prodDir, 'secrets.json')), 'no secret is generated in production');

      const one = spawnHilt(['serve'], {
        NODE_ENV: 'production',
        PORT: String(await freePort()),
        HILT_DATA_DIR: prodDir,
        HILT_JWT_SECRET: Buffer.alloc(32, 7).toString('base64'),
      });
      assert.equal((await one.exited).code, 2, one.stderr());
      assert.match(one.stderr(), /HILT_RECEIPT_SIGNING_KEY, HILT_ENCRYPTION_KEY/);
      assert.doesNotMatch(one.stderr(), /HILT_JWT_SECRET/);
    } finally {
      rmSync(prodDir, { recursive: true, force: true });
    }
  });
});
