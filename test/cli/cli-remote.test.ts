// The API-client side of the `hilt` command line against a real server on 127.0.0.1: in process through buildCli
// (output and exit code captured), plus one real subprocess of bin/hilt.mjs for login and whoami.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { CommanderError } from 'commander';
import { constructWebhookEvent, HiltClient } from '../../sdk/src/index.ts';
import { buildCli } from '../../src/cli/index.ts';
import {
  bearer,
  createTestApp,
  provePayoutWallet,
  registerMerchant,
  type TestApp,
  trustPayoutWallet,
} from '../helpers/app.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const ROOT = join(import.meta.dirname, '../..');
const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
// A fixed payout wallet, recorded as proven for the second suite's workspace (its key is unknown).
const WALLET = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

interface CliRun {
  code: number;
  out: string[];
  err: string[];
  text: string;
}

describe('hilt CLI against a Hilt server', { timeout: 300_000 }, () => {
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

describe('hilt CLI: products, payments, memberships, profiles, listen and completion', { timeout: 180_000 }, () => {
  let hilt: TestApp;
  let rx: Receiver;
  let apiUrl: string;
  let configDir: string;
  let env: Record<string, string>;
  let merchant: { email: string; password: string; token: string; userId: string };
  let sandboxKey: string;
  let sdk: HiltClient; // the merchant's sandbox key, for what the CLI does not do (the buyer's side)

  function start(args: string[], extraEnv: Record<string, string> = {}) {
    const run: CliRun = { code: 0, out: [], err: [], text: '' };
    const program = buildCli(
      {
        out: (l) => run.out.push(l),
        err: (l) => run.err.push(l),
        stopSignal: () => new Promise(() => {}),
        stdin: Readable.from([]),
      },
      { ...env, ...extraEnv },
    );
    const done = program
      .parseAsync(args, { from: 'user' })
      .catch((err) => {
        if (!(err instanceof CommanderError)) throw err;
        run.code = err.exitCode;
      })
      .then(() => {
        run.text = run.out.join('\n');
        return run;
      });
    return { run, done };
  }
  const cli = (args: string[], extraEnv: Record<string, string> = {}) => start(args, extraEnv).done;
  const ok = (r: CliRun) => {
    assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.text}\nstderr: ${r.err.join('\n')}`);
    return r;
  };
  // biome-ignore lint/suspicious/noExplicitAny: JSON output is read field by field
  const json = <T = Record<string, any>>(r: CliRun): T => JSON.parse(ok(r).text) as T;
  async function until(check: () => boolean, what: string) {
    for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(check(), `timed out waiting for ${what}`);
  }

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' },
      { jobs: true },
    );
    apiUrl = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    merchant = await registerMerchant(hilt);
    await trustPayoutWallet(hilt, merchant.userId, WALLET);
    configDir = mkdtempSync(join(tmpdir(), 'hilt-cli-more-'));
    env = { HILT_API_URL: apiUrl, HILT_CONFIG_DIR: configDir };
    ok(await cli(['login', '--token', merchant.token]));
    const session = new HiltClient({ baseUrl: apiUrl, bearerToken: merchant.token, mode: 'sandbox' });
    sandboxKey = (
      await session.keys.create({ name: 'cli sandbox', sandbox_mode: true, permissions: ['read', 'execute'] })
    ).raw_key!;
    sdk = new HiltClient({ baseUrl: apiUrl, apiKey: sandboxKey });
  });
  after(async () => {
    await hilt?.dispose();
    await rx?.close();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  test('products create for every type, memberships included, and update', async () => {
    const link = json(
      await cli([
        '--sandbox',
        'products',
        'create',
        '--title',
        'CLI course',
        '--amount',
        '29500000',
        '--token-mint',
        USDC,
        '--wallet',
        WALLET,
        '--delivery-type',
        'redirect',
        '--delivery-value',
        'https://example.com/welcome',
        '--idempotency-key',
        'cli-create-1',
        '--json',
      ]),
    );
    assert.equal(link.product_type, 'PAYMENT_LINK');
    assert.equal(link.livemode, false);
    assert.equal(link.amount_minor_units, 29_500_000);
    assert.equal(link.delivery_type, 'REDIRECT');
    const again = json(
      await cli([
        '--sandbox',
        'products',
        'create',
        '--title',
        'CLI course',
        '--amount',
        '29500000',
        '--token-mint',
        USDC,
        '--wallet',
        WALLET,
        '--delivery-type',
        'redirect',
        '--delivery-value',
        'https://example.com/welcome',
        '--idempotency-key',
        'cli-create-1',
        '--json',
      ]),
    );
    assert.equal(again.id, link.id, 'the idempotency key replays the first creation');

    const tips = ok(
      await cli([
        '--sandbox',
        'products',
        'create',
        '--type',
        'TIP_JAR',
        '--title',
        'Tip the author',
        '--amount',
        '1000000',
        '--tip-presets',
        '1000000,5000000',
        '--tip-presets',
        '10000000',
        '--wallet',
        WALLET,
      ]),
    );
    assert.match(tips.out[0], /^Created sandbox product [0-9a-f-]{36} "Tip the author" \(TIP_JAR, /);
    const tipId = /product ([0-9a-f-]{36})/.exec(tips.out[0])![1];
    assert.deepEqual((await sdk.products.get(tipId)).tip_presets_lamports, [1_000_000, 5_000_000, 10_000_000]);

    const club = ok(
      await cli([
        '--sandbox',
        'pay',
        'products',
        'create',
        '--title',
        'Telegram club',
        '--amount',
        '10000000',
        '--wallet',
        WALLET,
        '--delivery-type',
        'TELEGRAM_INVITE',
        '--delivery-value',
        'https://t.me/+clubInvite',
        '--platform',
        'telegram',
        '--identity-type',
        'TELEGRAM_USER_ID',
        '--identity-label',
        'Telegram username',
        '--identity-required',
        '--renewal-mode',
        'MANUAL',
        '--interval-days',
        '30',
        '--grace-days',
        '2',
        '--reminders',
        '7,1',
        '--target-label',
        'The club',
      ]),
    );
    assert.match(club.text, /^Membership: every 30 days on TELEGRAM$/m);
    const clubId = /product ([0-9a-f-]{36})/.exec(club.out[0])![1];
    const config = (await sdk.products.get(clubId)).membership_config as Record<string, unknown>;
    assert.equal(config.identity_required, true);
    assert.equal(config.grace_period_days, 2);
    assert.deepEqual(config.renewal_reminder_offsets_days, [7, 1]);
    assert.equal(config.platform_target_label, 'The club');

    const updated = ok(
      await cli([
        '--sandbox',
        'products',
        'update',
        clubId,
        '--title',
        'Telegram club+',
        '--interval-days',
        '60',
        '--platform',
        'TELEGRAM',
        '--identity-type',
        'TELEGRAM_USER_ID',
        '--status',
        'paused',
      ]),
    );
    assert.equal(updated.out[0], `Updated product ${clubId} "Telegram club+"`);
    assert.match(updated.text, /^Status\s+PAUSED$/m);
    assert.match(updated.text, /^Membership\s+every 60 days \(TELEGRAM, MANUAL\)$/m);
    const described = json(await cli(['--sandbox', 'products', 'update', link.id, '--description', 'Intro', '--json']));
    assert.equal(described.description, 'Intro');
    const cleared = json(await cli(['--sandbox', 'products', 'update', link.id, '--clear', 'description', '--json']));
    assert.equal(cleared.description, null);

    const nothing = await cli(['products', 'update', link.id]);
    assert.equal(nothing.code, 2);
    assert.match(nothing.err[0], /nothing to change/);
    const missing = await cli(['products', 'create', '--title', 'No wallet']);
    assert.equal(missing.code, 2);
    assert.match(missing.err[0], /--wallet/);
    const bad = await cli([
      '--sandbox',
      'products',
      'create',
      '--title',
      'x',
      '--amount',
      '1000',
      '--wallet',
      'not-a-wallet',
    ]);
    assert.equal(bad.code, 1);
    assert.match(bad.err[1], /HTTP 422/);
  });

  test('a sandbox sale: payments list and get, memberships lookup, gift and retry-delivery', async () => {
    const product = json(
      await cli([
        '--sandbox',
        'products',
        'create',
        '--title',
        'Members area',
        '--amount',
        '20000000',
        '--wallet',
        WALLET,
        '--delivery-type',
        'REDIRECT',
        '--delivery-value',
        'https://example.com/members',
        '--membership',
        '--platform',
        'CUSTOM',
        '--identity-type',
        'WALLET',
        '--json',
      ]),
    );
    const wallet = await sdk.sandbox.createWallet();
    await sdk.sandbox.airdrop({ address: WALLET, lamports: 1_000_000_000 });
    const buyer = new HiltClient({ baseUrl: apiUrl });
    const checkout = await buyer.checkout.connect(product.slug, { payer_wallet: wallet.address });
    const paid = await sdk.sandbox.pay({ payment_id: checkout.payment_id, secret_key: wallet.secret_key });
    const confirmed = await buyer.checkout.confirmPayment({
      payment_id: checkout.payment_id,
      tx_signature: paid.tx_signature,
      payer_wallet: wallet.address,
    });
    const membershipId = confirmed.membership_id!;

    const list = ok(await cli(['--sandbox', 'payments', 'list']));
    assert.match(list.out[0], /^ID\s+PRODUCT\s+STATUS\s+AMOUNT\s+PAYER\s+CREATED$/);
    assert.match(
      list.text,
      new RegExp(`^${checkout.payment_id}\\s+Members area\\s+CONFIRMED\\s+0\\.02 SOL\\s+${wallet.address}`, 'm'),
    );
    const listed = json<{ id: string }[]>(
      await cli(['--sandbox', 'payments', 'list', '--product', product.id, '--status', 'CONFIRMED', '--json']),
    );
    assert.deepEqual(
      listed.map((p) => p.id),
      [checkout.payment_id],
    );
    assert.equal(ok(await cli(['--sandbox', 'payments', 'list', '--status', 'FAILED'])).text, 'No FAILED payments.');

    // payments get needs no login.
    const got = ok(await cli(['payments', 'get', checkout.payment_id], { HILT_CONFIG_DIR: join(configDir, 'none') }));
    assert.match(got.text, new RegExp(`^Payment\\s+${checkout.payment_id}$`, 'm'));
    assert.match(got.text, /^Status\s+CONFIRMED$/m);
    assert.match(got.text, new RegExp(`^Transaction\\s+${paid.tx_signature}$`, 'm'));
    assert.match(got.text, new RegExp(`^Membership\\s+${membershipId}$`, 'm'));

    const looked = ok(await cli(['--sandbox', 'memberships', 'lookup', '--wallet', wallet.address]));
    assert.match(looked.text, new RegExp(`^${membershipId}\\s+\\S+\\s+Members area\\s+ACTIVE`, 'm'));
    const before = (await sdk.memberships.get(membershipId)).membership.current_period_end_at;
    const gifted = ok(
      await cli(['--sandbox', 'members', 'gift', membershipId, '--days', '5', '--note', 'launch week']),
    );
    assert.match(gifted.out[0], new RegExp(`^Gave 5 days to membership ${membershipId}: ACTIVE until `));
    const after = (await sdk.memberships.get(membershipId)).membership.current_period_end_at;
    assert.equal(Date.parse(after) - Date.parse(before), 5 * 86_400_000);
    const retried = ok(await cli(['--sandbox', 'pay', 'members', 'retry-delivery', membershipId]));
    assert.match(retried.out[0], new RegExp(`^Delivery for membership ${membershipId}: SENT`));
    assert.match(retried.text, /^Access: https:\/\/example\.com\/members$/m);

    // receipts verify <id> reaches the saved login's server, with no HILT_API_URL.
    const receiptId = (await sdk.receipts.list({ product_id: product.id })).receipts[0].receipt_id;
    const verified = ok(await cli(['receipts', 'verify', receiptId], { HILT_API_URL: '' }));
    assert.match(verified.out[0], new RegExp(`^Receipt ${receiptId} is valid: SHA-256 [0-9a-f]{64} signed by key `));
    const sent = await cli(['--sandbox', 'receipts', 'send-proof', receiptId, '--email', 'buyer@example.com']);
    assert.equal(sent.code, 1, 'no SMTP on this server');
    assert.match(sent.err[1], /code email_not_configured, HTTP 503/);
  });

  test('--profile keeps a sandbox API key apart; with it, commands act on sandbox data by default', async () => {
    const login = ok(await cli(['login', '--api-key', sandboxKey, '--profile', 'sbx']));
    assert.match(login.out[0], /with a sandbox API key$/);
    const file = join(configDir, 'profiles', 'sbx.json');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort(), ['api_key', 'api_url']);
    assert.ok(!login.text.includes(sandboxKey), 'the key is not printed');

    const who = ok(await cli(['--profile', 'sbx', 'whoami']));
    assert.match(who.text, /Mode\s+sandbox/);
    assert.match(who.text, /Credentials\s+API key \S+ \(profile sbx\)/);
    // The default profile is still the session, acting on live data unless told otherwise.
    assert.match(ok(await cli(['whoami'])).text, /Mode\s+live/);
    assert.equal(json<unknown[]>(await cli(['products', 'list', '--json'])).length, 0);
    const sandboxProducts = json<{ livemode: boolean }[]>(
      await cli(['products', 'list', '--json'], { HILT_PROFILE: 'sbx' }),
    );
    assert.ok(sandboxProducts.length > 0 && sandboxProducts.every((p) => p.livemode === false));

    const profiles = ok(await cli(['profiles', 'list']));
    assert.match(profiles.text, new RegExp(`^default\\s+${apiUrl}\\s+session$`, 'm'));
    assert.match(profiles.text, new RegExp(`^sbx\\s+${apiUrl}\\s+sandbox key$`, 'm'));
    const badName = await cli(['--profile', '../../x', 'whoami']);
    assert.equal(badName.code, 2);
    const unknown = await cli(['--profile', 'nobody', 'whoami'], { HILT_API_URL: '' });
    assert.equal(unknown.code, 2);
    assert.match(unknown.err[0], /run `hilt login --profile nobody`/);
  });

  test('an unreachable server is one friendly line and exit 1, in process and as a subprocess', async () => {
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const down = `http://127.0.0.1:${(probe.address() as { port: number }).port}`;
    await new Promise((resolve) => probe.close(resolve));
    const r = await cli(['--api-url', down, 'products', 'list'], { HILT_API_KEY: 'hk_sandbox_x' });
    assert.equal(r.code, 1);
    assert.deepEqual(r.err, [`hilt: cannot reach the Hilt API at ${down} (ECONNREFUSED); is it running? (--api-url)`]);
    const asJson = await cli(['--api-url', down, 'payments', 'get', randomUUID(), '--json']);
    assert.equal(JSON.parse(asJson.err[0]).code, 'network_error');

    const childEnv: Record<string, string | undefined> = { ...process.env, HILT_CONFIG_DIR: configDir };
    delete childEnv.HILT_API_URL;
    const proc = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/hilt.mjs', 'receipts', 'verify', randomUUID(), '--url', down], {
        cwd: ROOT,
        env: childEnv,
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    assert.equal(proc.code, 1);
    assert.equal(
      proc.stderr,
      `hilt: cannot reach the Hilt API at ${down} (ECONNREFUSED); is it running? (--api-url)\n`,
    );
  });

  test('webhooks listen forwards signed events through a temporary endpoint, then disables it', async () => {
    const listening = start([
      '--sandbox',
      'webhooks',
      'listen',
      '--forward-to',
      `${rx.url}/forwarded`,
      '--event',
      'payment.confirmed',
      '--max-events',
      '1',
    ]);
    await until(
      () => listening.run.out.some((l) => l.startsWith('Your webhook signing secret is ')),
      'listen to start',
    );
    const secret = /is (whsec_\S+)$/.exec(listening.run.out.find((l) => l.startsWith('Your webhook'))!)![1];
    const endpointId = /temporary endpoint ([0-9a-f-]{36})/.exec(listening.run.out[0])![1];
    const arrival = rx.next('/forwarded', 20_000);
    await sdk.testing.createSession({ scenario: 'confirmed_access' });
    const got = await arrival;
    const event = await constructWebhookEvent(got.body, got.headers['x-hilt-signature'], secret);
    assert.equal(event.type, 'payment.confirmed');
    assert.equal(event.livemode, false);
    const done = ok(await listening.done);
    assert.match(done.text, new RegExp(`payment\\.confirmed  ${event.id}  → 200$`, 'm'));
    assert.equal(done.out.at(-1), `Stopped; temporary endpoint ${endpointId} disabled`);
    const endpoints = await new HiltClient({
      baseUrl: apiUrl,
      bearerToken: merchant.token,
      mode: 'sandbox',
    }).webhooks.listEndpoints();
    assert.equal(endpoints.endpoints.find((e) => e.id === endpointId)?.status, 'disabled');
  });

  test('webhooks listen --poll forwards new events from the event log, signed with the printed secret', async () => {
    const listening = start([
      '--profile',
      'sbx',
      'webhooks',
      'listen',
      '--poll',
      '--interval',
      '1',
      '--forward-to',
      `${rx.url}/polled`,
      '--event',
      'payment.confirmed',
      '--max-events',
      '1',
    ]);
    await until(
      () => listening.run.out.some((l) => l.startsWith('Your webhook signing secret is ')),
      'listen to start',
    );
    assert.match(listening.run.out[0], /polling the event log every 1 s/);
    const secret = /is (whsec_\S+)$/.exec(listening.run.out[1])![1];
    const arrival = rx.next('/polled', 20_000);
    // Scenario events stay out of the event log: a real sandbox sale makes the event polled here.
    const product = await sdk.products.create({
      product_type: 'PAYMENT_LINK',
      title: 'Polled sale',
      amount_minor_units: 1_000_000,
      merchant_wallet: WALLET,
    });
    const wallet = await sdk.sandbox.createWallet();
    const buyer = new HiltClient({ baseUrl: apiUrl });
    const checkout = await buyer.checkout.connect(product.slug, { payer_wallet: wallet.address });
    const paid = await sdk.sandbox.pay({ payment_id: checkout.payment_id, secret_key: wallet.secret_key });
    await buyer.checkout.confirmPayment({
      payment_id: checkout.payment_id,
      tx_signature: paid.tx_signature,
      payer_wallet: wallet.address,
    });
    const got = await arrival;
    const event = await constructWebhookEvent<{ payment: { id: string } }>(
      got.body,
      got.headers['x-hilt-signature'],
      secret,
    );
    assert.equal(event.type, 'payment.confirmed');
    assert.equal(event.data.payment.id, checkout.payment_id);
    assert.deepEqual(rx.verify(got, secret), { standard: true, hilt: true });
    ok(await listening.done);
    const badUrl = await cli(['webhooks', 'listen', '--forward-to', 'nowhere']);
    assert.equal(badUrl.code, 2);
  });

  test('completion scripts come from the command tree; bash completes nested commands', async () => {
    const script = ok(await cli(['completion', 'bash'])).text;
    assert.match(script, /complete -F _hilt_complete hilt/);
    const dir = mkdtempSync(join(tmpdir(), 'hilt-completion-'));
    try {
      writeFileSync(join(dir, 'hilt.bash'), script);
      const complete = (line: string) =>
        execFileSync(
          'bash',
          [
            '-c',
            `source ${join(dir, 'hilt.bash')}; COMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _hilt_complete; echo "\${COMPREPLY[*]}"`,
          ],
          { encoding: 'utf8' },
        ).trim();
      assert.equal(complete('hilt pay pro'), 'products');
      assert.deepEqual(complete('hilt webhooks li').split(' ').sort(), ['list', 'listen']);
      assert.equal(complete('hilt --sandbox products cr'), 'create');
      assert.ok(complete('hilt products create --int').includes('--interval-days'));
      assert.ok(complete("hilt ''").split(' ').includes('memberships'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.match(ok(await cli(['completion', 'zsh'])).text, /^#compdef hilt/);
    assert.match(
      ok(await cli(['completion', 'fish'])).text,
      /complete -c hilt -f -n '__hilt_path "pay products"' -a 'list get create update archive'/,
    );
    assert.equal((await cli(['completion', 'tcsh'])).code, 2);
  });
});
