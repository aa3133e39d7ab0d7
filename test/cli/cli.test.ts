// The `hilt` command line: in process through buildCli (output captured), and as a real subprocess of bin/hilt.mjs.
//
// Engine: the CLI uses whatever the environment it is given points at. Without DATABASE_URL the test gives it a
// temporary HILT_DATA_DIR (embedded PGlite); when the suite runs on PostgreSQL it gets a fresh database from the
// harness instead, so the operator commands are exercised on both engines and never touch a shared database.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CommanderError } from 'commander';
import { createApp } from '../../src/app.ts';
import { buildCli } from '../../src/cli/index.ts';
import { loadConfig } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { freshPostgresDatabase, usingPostgres } from '../helpers/app.ts';

const ROOT = join(import.meta.dirname, '../..');

interface CliRun {
  out: string[];
  err: string[];
}

describe('hilt CLI', { timeout: 300_000 }, () => {
  let dataDir: string;
  let env: Record<string, string>;
  let dropDb = async () => {};
  const merchant = { email: `cli-${Date.now()}@example.com`, password: 'correct horse battery', userId: '', key: '' };

  /** Runs one command in process; a fresh program each time, as commander keeps parsed options on it. */
  async function hilt(...args: string[]): Promise<CliRun> {
    const run: CliRun = { out: [], err: [] };
    const cli = buildCli(
      { out: (l) => run.out.push(l), err: (l) => run.err.push(l), stopSignal: () => new Promise(() => {}) },
      env,
    );
    await cli.parseAsync(args, { from: 'user' });
    return run;
  }

  /** Runs bin/hilt.mjs as a user would, with the same environment as the in-process runs. */
  function hiltProcess(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
    if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
    return new Promise((resolve, reject) => {
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
    });
  }

  /** The workspace's limit as the API reports it, from a fresh app on the same database. */
  async function rateLimitSeenByApi(): Promise<string> {
    const app = await createApp(loadConfig(env), { maintenance: false });
    try {
      const res = await app.app.inject({
        method: 'GET',
        url: '/v1/account/me',
        headers: { 'x-hilt-key': merchant.key },
      });
      assert.equal(res.statusCode, 200, res.body);
      return String(res.headers['x-ratelimit-limit']);
    } finally {
      await app.close();
    }
  }

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hilt-cli-'));
    env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', HILT_DATA_DIR: dataDir };
    if (usingPostgres) {
      const fresh = await freshPostgresDatabase();
      env.DATABASE_URL = fresh.url;
      dropDb = fresh.drop;
    }
  });

  after(async () => {
    await dropDb();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('migrate applies the migrations, and a second run says the database is up to date', async () => {
    await hilt('migrate');
    const second = await hilt('migrate');
    assert.deepEqual(second.out, ['Database is up to date']);
    assert.deepEqual(second.err, []);
  });

  test('workspaces list on an empty database says how to create one', async () => {
    const run = await hilt('workspaces', 'list');
    assert.match(run.out.join('\n'), /No workspaces yet/);
    const json = await hilt('workspaces', 'list', '--json');
    assert.deepEqual(JSON.parse(json.out.join('\n')), []);
  });

  test('workspaces list shows a registered merchant as a table and as JSON', async () => {
    // The merchant registers through the API, on the database the CLI uses.
    const app = await createApp(loadConfig(env), { maintenance: false });
    try {
      const reg = await app.app.inject({
        method: 'POST',
        url: '/v1/auth/register',
        payload: { email: merchant.email, password: merchant.password },
      });
      assert.equal(reg.statusCode, 201, reg.body);
      merchant.userId = reg.json().user_id;
      const key = await app.app.inject({
        method: 'POST',
        url: '/v1/keys',
        headers: { authorization: `Bearer ${reg.json().token}` },
        payload: { name: 'cli test' },
      });
      assert.equal(key.statusCode, 201, key.body);
      merchant.key = key.json().raw_key;
    } finally {
      await app.close();
    }

    const table = await hilt('workspaces', 'list');
    assert.match(table.out[0], /^ID\s+ACCOUNT\s+PLAN\s+STATUS\s+KEYS\s+CREATED \(UTC\)$/);
    const row = table.out.find((l) => l.includes(merchant.email));
    assert.ok(row, table.out.join('\n'));
    assert.match(
      row,
      new RegExp(`^${merchant.userId}\\s+${merchant.email}\\s+free\\s+active\\s+1\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:`),
    );

    const json = await hilt('workspaces', 'list', '--json');
    const rows = JSON.parse(json.out.join('\n')) as Record<string, unknown>[];
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { ...rows[0], created_at: typeof rows[0].created_at },
      {
        id: merchant.userId,
        email: merchant.email,
        wallet_address: null,
        display_name: null,
        plan: 'free',
        status: 'active',
        active_keys: 1,
        created_at: 'string',
      },
    );
    assert.ok(!Number.isNaN(Date.parse(rows[0].created_at as string)));
  });

  test('workspaces set-plan changes the plan, and the API applies the new rate limit', async () => {
    const defaults = loadConfig({}).rateLimit.plans;
    assert.equal(await rateLimitSeenByApi(), String(defaults.free));

    const run = await hilt('workspaces', 'set-plan', merchant.email.toUpperCase(), 'growth');
    assert.deepEqual(run.out, [`Workspace ${merchant.userId} is now on the growth plan`]);
    const listed = JSON.parse((await hilt('workspaces', 'list', '--json')).out.join('\n'));
    assert.equal(listed[0].plan, 'growth');
    assert.equal(await rateLimitSeenByApi(), String(defaults.growth));

    // By workspace id, with --json; enterprise is unlimited by default.
    const byId = await hilt('--json', 'workspaces', 'set-plan', merchant.userId, 'enterprise');
    assert.deepEqual(JSON.parse(byId.out.join('\n')), { id: merchant.userId, plan: 'enterprise' });
    assert.equal(await rateLimitSeenByApi(), 'unlimited');
  });

  test('workspaces set-plan refuses an unknown plan name', async () => {
    const run: CliRun = { out: [], err: [] };
    const cli = buildCli(
      { out: (l) => run.out.push(l), err: (l) => run.err.push(l), stopSignal: () => new Promise(() => {}) },
      env,
    );
    await assert.rejects(
      cli.parseAsync(['workspaces', 'set-plan', merchant.email, 'platinum'], { from: 'user' }),
      (err) => {
        assert.ok(err instanceof CommanderError);
        assert.equal(err.code, 'commander.invalidArgument');
        assert.notEqual(err.exitCode, 0);
        return true;
      },
    );
    assert.match(run.err.join('\n'), /plan must be one of free, starter, growth, scale, enterprise/);
    const listed = JSON.parse((await hilt('workspaces', 'list', '--json')).out.join('\n'));
    assert.equal(listed[0].plan, 'enterprise', 'the plan is unchanged');
  });

  test('workspaces set-plan refuses an unknown account', async () => {
    await assert.rejects(hilt('workspaces', 'set-plan', 'nobody@example.com', 'growth'), (err) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'account_not_found');
      assert.match(err.message, /nobody@example\.com/);
      return true;
    });
  });

  test('secrets generate prints three fresh base64 32-byte values', async () => {
    const run = await hilt('secrets', 'generate');
    assert.equal(run.out.length, 3);
    const names = ['HILT_JWT_SECRET', 'HILT_RECEIPT_SIGNING_KEY', 'HILT_ENCRYPTION_KEY'];
    const values = run.out.map((line, i) => {
      const [name, value] = line.split(/=(.*)/s);
      assert.equal(name, names[i]);
      assert.match(value, /^[A-Za-z0-9+/]{43}=$/);
      assert.equal(Buffer.from(value, 'base64').length, 32);
      return value;
    });
    assert.equal(new Set(values).size, 3);
    const again = await hilt('secrets', 'generate');
    assert.notDeepEqual(again.out, run.out);
  });

  test('as a subprocess: --help, workspaces list --json, and an error with exit code 2', async () => {
    const help = await hiltProcess('--help');
    assert.equal(help.code, 0, help.stderr);
    for (const command of ['serve', 'migrate', 'workspaces', 'secrets']) assert.match(help.stdout, new RegExp(command));

    const list = await hiltProcess('workspaces', 'list', '--json');
    assert.equal(list.code, 0, list.stderr);
    const rows = JSON.parse(list.stdout);
    assert.equal(rows[0].email, merchant.email);

    const unknown = await hiltProcess('workspaces', 'set-plan', 'nobody@example.com', 'growth');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^hilt: No workspace for "nobody@example\.com"/);
  });
});
