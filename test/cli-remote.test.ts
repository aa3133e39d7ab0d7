// The API-client side of the `hilt` command line against a real server on 127.0.0.1: in process through buildCli
// (output and exit code captured), plus one real subprocess of bin/hilt.mjs for login and whoami.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { CommanderError } from 'commander';
import { buildCli } from '../src/cli/index.ts';
import { bearer, createTestApp, provePayoutWallet, registerMerchant, type TestApp } from './helpers/app.ts';
import { type Receiver, startReceiver } from './helpers/webhook-receiver.ts';

const ROOT = join(import.meta.dirname, '..');
const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';

interface CliRun {
  code: number;
  out: string[];
  err: string[];
  text: string;
}

describe('hilt CLI against a Hilt server', { timeout: 120_000 }, () => {
  let hilt: TestApp;
  let rx: Receiver;
  let apiUrl: string;
  let configDir: string;
  let env: Record<string, string>;
  let merchant: { email: string; password: string; token: string; userId: string };

  /** Runs one command in process with `stdin` as its input; returns the exit code main.ts would use. */
  async function cli(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
    const run: CliRun = { code: 0, out: [], err: [], text: '' };
    const program = buildCli(
      {
        out: (l) => run.out.push(l),
        err: (l) => run.err.push(l),
        stopSignal: () => new Promise(() => {}),
        stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
      },
      { ...env, ...opts.env },
    );
    try {
      await program.parseAsync(args, { from: 'user' });
    } catch (err) {
      if (!(err instanceof CommanderError)) throw err;
      run.code = err.exitCode;
    }
    run.text = run.out.join('\n');
    return run;
  }
  const hiltCli = (...args: string[]) => cli(args);
  const ok = (r: CliRun) => {
    assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.text}\nstderr: ${r.err.join('\n')}`);
    return r;
  };
  const json = <T = Record<string, unknown>>(r: CliRun): T => JSON.parse(ok(r).text) as T;
  const storedToken = () => (JSON.parse(readFileSync(join(configDir, 'cli.json'), 'utf8')) as { token: string }).token;

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' },
      { jobs: true },
    );
    apiUrl = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    merchant = await registerMerchant(hilt);
    configDir = mkdtempSync(join(tmpdir(), 'hilt-cli-remote-'));
    env = { HILT_API_URL: apiUrl, HILT_CONFIG_DIR: configDir };
  });
  after(async () => {
    await hilt.dispose();
    await rx.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  test('commands that need a login say how to get one, with exit 2', async () => {
    const r = await hiltCli('whoami');
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /Not logged in to http:\/\/127\.0\.0\.1:\d+: run `hilt login`/);
    const usage = await hiltCli('keys', 'create');
    assert.equal(usage.code, 2);
    assert.match(usage.err.join('\n'), /required option '--name <name>'/);
    const noTty = await hiltCli('login', '--email', merchant.email);
    assert.equal(noTty.code, 2);
    assert.match(noTty.err.join('\n'), /--password-stdin/);
  });

  test('a wrong password is the API error, and nothing is saved', async () => {
    const r = await cli(['login', '--email', merchant.email, '--password-stdin'], { stdin: 'wrong password\n' });
    assert.equal(r.code, 1);
    assert.match(r.err[0], /^hilt: .+/);
    assert.match(r.err[1], /code \w+, HTTP 401, request \S+/);
    assert.equal(existsSync(join(configDir, 'cli.json')), false);
  });

  test('login with --email and --password-stdin saves {api_url, token} with mode 0600; whoami shows the account', async () => {
    const r = ok(
      await cli(['login', '--email', merchant.email, '--password-stdin'], { stdin: `${merchant.password}\n` }),
    );
    assert.match(
      r.out[0],
      new RegExp(`^Logged in to ${apiUrl} as ${merchant.email} \\(workspace ${merchant.userId}, free plan\\)`),
    );
    const file = join(configDir, 'cli.json');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(saved).sort(), ['api_url', 'token']);
    assert.equal(saved.api_url, apiUrl);
    assert.ok(!r.text.includes(saved.token), 'the token is not printed');

    const who = ok(await hiltCli('whoami'));
    assert.match(who.out[0], new RegExp(`as ${merchant.email}$`));
    assert.match(who.text, new RegExp(`Workspace\\s+${merchant.userId}`));
    assert.match(who.text, /Mode\s+live/);
    assert.match(who.text, /Credentials\s+session token \(saved login\)/);
    const me = json(await hiltCli('whoami', '--json'));
    assert.equal(me.user_id, merchant.userId);
    assert.equal(me.sandbox, false);
    // --sandbox sends X-Hilt-Mode: sandbox.
    assert.equal(json(await hiltCli('--sandbox', 'whoami', '--json')).sandbox, true);
  });

  test('the saved token goes only to the server that issued it', async () => {
    const r = await cli(['whoami', '--api-url', 'http://127.0.0.1:9']);
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /the saved login is for http:\/\/127\.0\.0\.1:\d+/);
  });

  test('bin/hilt.mjs: login --password-stdin, then whoami from the saved login', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hilt-cli-proc-'));
    try {
      const childEnv: Record<string, string | undefined> = { ...process.env, HILT_CONFIG_DIR: dir };
      for (const k of ['HILT_API_URL', 'HILT_TOKEN', 'HILT_API_KEY']) delete childEnv[k];
      const proc = (args: string[], input = '') =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
          const child = spawn(process.execPath, ['bin/hilt.mjs', ...args], { cwd: ROOT, env: childEnv });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d) => {
            stdout += d;
          });
          child.stderr.on('data', (d) => {
            stderr += d;
          });
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr }));
          child.stdin.end(input);
        });
      const login = await proc(
        ['login', '--api-url', apiUrl, '--email', merchant.email, '--password-stdin'],
        `${merchant.password}\n`,
      );
      assert.equal(login.code, 0, login.stderr);
      assert.match(login.stdout, /^Logged in to /);
      assert.equal(statSync(join(dir, 'cli.json')).mode & 0o777, 0o600);
      // No --api-url and no HILT_API_URL: the saved login's server.
      const who = await proc(['whoami']);
      assert.equal(who.code, 0, who.stderr);
      assert.match(who.stdout, new RegExp(`Logged in to ${apiUrl} as ${merchant.email}`));
      const bad = await proc(['pay', 'products', 'get', '00000000-0000-4000-8000-000000000000']);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /^hilt: Product not found\n {2}code product_not_found, HTTP 404, request /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('keys create, list and revoke; HILT_API_KEY is sent as X-Hilt-Key', async () => {
    const created = ok(await hiltCli('keys', 'create', '--name', 'CI integration'));
    assert.match(created.out[0], /^Created live key [0-9a-f-]{36} "CI integration" \(read, execute\)$/);
    const raw = created.out[1];
    assert.match(raw, /^hk_live_/);
    const keyId = /key ([0-9a-f-]{36})/.exec(created.out[0])![1];

    const sandbox = json<{ key: { sandbox_mode: boolean }; raw_key: string }>(
      await hiltCli('keys', 'create', '--name', 'Sandbox checks', '--sandbox', '--json'),
    );
    assert.equal(sandbox.key.sandbox_mode, true);
    assert.match(sandbox.raw_key, /^hk_sandbox_/);

    const list = ok(await hiltCli('keys', 'list'));
    assert.match(list.out[0], /^ID\s+NAME\s+PREFIX\s+MODE\s+PERMISSIONS\s+LAST USED\s+CREATED$/);
    assert.match(list.text, new RegExp(`${keyId}\\s+CI integration\\s+hk_live_\\S*\\s+live\\s+read,execute`));
    assert.match(list.text, /Sandbox checks\s+\S+\s+sandbox/);

    const asKey = ok(await cli(['whoami'], { env: { HILT_API_KEY: raw } }));
    assert.match(asKey.text, new RegExp(`Credentials\\s+API key ${keyId} \\(HILT_API_KEY\\)`));

    const revoked = ok(await hiltCli('keys', 'revoke', keyId));
    assert.deepEqual(revoked.out, [`Revoked key ${keyId}`]);
    assert.ok(!ok(await hiltCli('keys', 'list')).text.includes(keyId));
    assert.match(
      ok(await hiltCli('keys', 'list', '--all')).text,
      new RegExp(`${keyId}.+\\d{4}-\\d\\d-\\d\\d \\S+$`, 'm'),
    );
    const refused = await cli(['whoami'], { env: { HILT_API_KEY: raw } });
    assert.equal(refused.code, 1);
    assert.match(refused.err[1], /HTTP 401/);
  });

  test('pay products list, get and archive; an unknown id is the API error with exit 1', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: bearer(storedToken()),
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'CLI Inner Circle',
        fixed_amount_lamports: 29_500_000,
        token_mint: USDC,
        merchant_wallet: (await provePayoutWallet(hilt, bearer(storedToken()))).address,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const product = res.json() as { id: string; slug: string };

    const list = ok(await hiltCli('pay', 'products', 'list'));
    assert.match(list.out[0], /^ID\s+TITLE\s+TYPE\s+STATUS\s+PRICE\s+PAYMENTS\s+SLUG$/);
    assert.match(
      list.text,
      new RegExp(`${product.id}\\s+CLI Inner Circle\\s+PAYMENT_LINK\\s+ACTIVE\\s+29\\.5 USDC\\s+0\\s+${product.slug}`),
    );
    const active = json<{ id: string }[]>(await hiltCli('pay', 'products', 'list', '--status', 'ACTIVE', '--json'));
    assert.deepEqual(
      active.map((p) => p.id),
      [product.id],
    );

    const got = ok(await hiltCli('pay', 'products', 'get', product.id));
    assert.match(got.text, new RegExp(`^Product\\s+${product.id}$`, 'm'));
    assert.match(got.text, /^Price\s+29\.5 USDC$/m);
    assert.match(got.text, /^Checkout\s+http\S+$/m);

    const archived = ok(await hiltCli('pay', 'products', 'archive', product.id));
    assert.match(
      archived.out[0],
      new RegExp(`^Archived product ${product.id} "CLI Inner Circle" \\(status ARCHIVED\\)$`),
    );
    assert.equal(ok(await hiltCli('pay', 'products', 'list', '--status', 'ACTIVE')).text, 'No ACTIVE products.');

    const missing = await hiltCli('pay', 'products', 'get', '00000000-0000-4000-8000-000000000000');
    assert.equal(missing.code, 1);
    assert.deepEqual(missing.out, []);
    assert.equal(missing.err[0], 'hilt: Product not found');
    assert.match(missing.err[1], /^ {2}code product_not_found, HTTP 404, request \S+$/);
    const missingJson = await hiltCli('pay', 'products', 'get', 'not-a-uuid', '--json');
    assert.equal(missingJson.code, 1);
    const body = JSON.parse(missingJson.err[0]);
    assert.equal(body.status, 422);
    assert.equal(typeof body.code, 'string');
    assert.equal(typeof body.request_id, 'string');
  });

  test('webhooks create, list, test, deliveries, replay and events', async () => {
    const created = ok(
      await hiltCli(
        'webhooks',
        'create',
        '--label',
        'CLI receiver',
        '--url',
        `${rx.url}/cli`,
        '--event',
        'payment.confirmed',
      ),
    );
    const endpointId = /^Created endpoint ([0-9a-f-]{36}) "CLI receiver"/.exec(created.out[0])?.[1];
    assert.ok(endpointId, created.text);
    assert.equal(created.out[1], 'Events: payment.confirmed');
    const secret = /^Signing secret \(shown once\): (\S+)$/.exec(created.out[2])?.[1];
    assert.ok(secret);

    const list = ok(await hiltCli('webhooks', 'list'));
    assert.match(
      list.text,
      new RegExp(`${endpointId}\\s+CLI receiver\\s+active\\s+payment\\.confirmed\\s+0\\s+${rx.url}/cli`),
    );

    const next = rx.next('/cli');
    const tested = ok(await hiltCli('webhooks', 'test', endpointId, '--event', 'payment.confirmed'));
    assert.match(
      tested.out[0],
      /^Delivered test payment\.confirmed to http:\/\/127\.0\.0\.1:\d+\/cli: HTTP 200 in \d+ ms \(delivery \d+\)$/,
    );
    const got = await next;
    assert.equal(got.json.type, 'payment.confirmed');
    assert.deepEqual(rx.verify(got, secret), { standard: true, hilt: true });
    const deliveryId = /delivery (\d+)/.exec(tested.out[0])![1];

    rx.answer.set('/cli', 500);
    const failed = await hiltCli('webhooks', 'test', endpointId);
    assert.equal(failed.code, 1);
    assert.match(failed.out[0], /failed: HTTP 500/);
    rx.answer.delete('/cli');

    const deliveries = ok(await hiltCli('webhooks', 'deliveries'));
    assert.match(deliveries.out[0], /^ID\s+EVENT\s+STATUS\s+ATTEMPTS\s+HTTP\s+ENDPOINT\s+CREATED\s+ERROR$/);
    assert.match(
      deliveries.text,
      new RegExp(`^${deliveryId}\\s+payment\\.confirmed \\(test\\)\\s+delivered\\s+1\\s+200\\s+CLI receiver`, 'm'),
    );
    assert.equal(
      ok(await hiltCli('webhooks', 'deliveries', '--status', 'dead_letter')).text,
      'No dead_letter deliveries.',
    );
    const badStatus = await hiltCli('webhooks', 'deliveries', '--status', 'bogus');
    assert.equal(badStatus.code, 1);
    assert.match(badStatus.err[1], /HTTP 422/);

    const again = rx.next('/cli');
    const replayed = ok(await hiltCli('webhooks', 'replay', deliveryId));
    assert.match(replayed.out[0], new RegExp(`^Delivery ${deliveryId} \\(payment\\.confirmed\\) queued again to `));
    assert.equal((await again).json.id, got.json.id, 'the job runner sends the same event again');

    ok(await hiltCli('webhooks', 'events', '--type', 'receipt.created'));
    const timeline = await hiltCli('webhooks', 'timeline');
    assert.equal(timeline.code, 2);
  });

  test('testing scenarios, run, list and get', async () => {
    const scenarios = ok(await hiltCli('testing', 'scenarios'));
    assert.match(scenarios.out[0], /^ID\s+EVENTS\s+TITLE$/);
    assert.match(scenarios.text, /^confirmed_access\s+\S*payment\.confirmed/m);

    const product = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: bearer(storedToken()),
        payload: {
          product_type: 'PAYMENT_LINK',
          title: 'Scenario product',
          fixed_amount_lamports: 1_000_000,
          merchant_wallet: (await provePayoutWallet(hilt, bearer(storedToken()))).address,
        },
      })
    ).json() as { id: string };
    const delivered = rx.next('/cli');
    const r = ok(await hiltCli('testing', 'run', '--scenario', 'confirmed_access', '--product', product.id));
    assert.match(r.out[0], /^Ran confirmed_access: \d+ events, [1-9]\d* deliveries queued$/);
    const sessionId = /^Session\s+([0-9a-f-]{36})$/m.exec(r.text)?.[1];
    assert.ok(sessionId, r.text);
    assert.match(r.text, new RegExp(`^Product\\s+${product.id}$`, 'm'));
    // The endpoint subscribed to payment.confirmed gets the scenario's event from the job runner.
    const event = await delivered;
    assert.equal(event.json.type, 'payment.confirmed');
    assert.equal(event.json.data.test, true);

    assert.match(ok(await hiltCli('testing', 'list')).text, new RegExp(`^${sessionId}\\s+confirmed_access\\s+`, 'm'));
    const got = ok(await hiltCli('testing', 'get', sessionId));
    assert.match(got.text, new RegExp(`^Session\\s+${sessionId}$`, 'm'));
    assert.match(got.text, /^TIME\s+EVENT\s+ID$/m);
    const bad = await hiltCli('testing', 'run', '--scenario', 'no_such_scenario');
    assert.equal(bad.code, 1);
    assert.match(bad.err[0], /Unknown scenario "no_such_scenario"/);
  });

  test('pay members and receipts on a workspace without sales', async () => {
    assert.equal(ok(await hiltCli('pay', 'members', 'list')).text, 'No memberships.');
    assert.equal(json<{ count: number }>(await hiltCli('pay', 'members', 'list', '--json')).count, 0);
    assert.equal(ok(await hiltCli('pay', 'members', 'lookup', '--identity', '@buyer')).text, 'No membership matches.');
    assert.equal((await hiltCli('pay', 'members', 'lookup')).code, 2);
    assert.match(
      ok(await hiltCli('pay', 'members', 'renewal-intelligence', '--window-days', '14')).out[0],
      /^Next 14 days: 0 expiring, 0 renewed; 0 active/,
    );
    assert.equal((await hiltCli('pay', 'members', 'renewal-intelligence', '--window-days', 'soon')).code, 2);
    assert.equal(ok(await hiltCli('pay', 'receipts', 'list')).text, 'No receipts.');
    assert.equal(
      json<{ total: number }>(await hiltCli('pay', 'receipts', 'list', '--query', 'invoice', '--json')).total,
      0,
    );
  });

  test('logout ends the session on the server and deletes the token; whoami then fails', async () => {
    const token = storedToken();
    const r = ok(await hiltCli('logout'));
    assert.deepEqual(r.out, [`Logged out of ${apiUrl}`]);
    assert.equal(existsSync(join(configDir, 'cli.json')), false);
    const me = await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(token) });
    assert.equal(me.statusCode, 401, 'the session token no longer works');
    const who = await hiltCli('whoami');
    assert.equal(who.code, 2);
    assert.match(who.err.join('\n'), /Not logged in/);
    // A revoked token given with --token is refused and not saved.
    const again = await hiltCli('login', '--token', token);
    assert.equal(again.code, 1);
    assert.equal(existsSync(join(configDir, 'cli.json')), false);
    assert.deepEqual(ok(await hiltCli('logout')).out, ['Not logged in; nothing to do']);
  });

  test('login --token saves a working token', async () => {
    const r = ok(await hiltCli('login', '--token', merchant.token));
    assert.match(r.out[0], new RegExp(`^Logged in to ${apiUrl} as ${merchant.email}`));
    assert.equal(storedToken(), merchant.token);
    ok(await hiltCli('whoami'));
  });
});
