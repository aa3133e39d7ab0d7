import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createApp, type Hilt } from '../../src/app.ts';
import { createLocalChain, type LocalChain } from '../../src/chain/local/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openPostgres } from '../../src/db/index.ts';
import { migrate } from '../../src/db/migrate.ts';
import { bearer, createKey, keyHeader, registerMerchant, testSecrets } from '../helpers/app.ts';

// PostgreSQL goes away for ten seconds behind a TCP proxy the test controls (the real server keeps running for
// everyone else): connections are cut, new ones refused, then it comes back.
const BASE = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async open(target: URL) {
    this.server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Drops every open connection and refuses new ones. */
  async cut() {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

describe('PostgreSQL unreachable', () => {
  let proxy: CuttableProxy;
  let hilt: Hilt;
  let chain: LocalChain;
  let name: string;
  let dbUrl: URL;

  before(async () => {
    name = `hilt_outage_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: BASE });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(BASE);
    proxy = new CuttableProxy();
    await proxy.open(target);
    dbUrl = new URL(BASE);
    dbUrl.port = String(proxy.port);
    dbUrl.pathname = `/${name}`;
    const db = openPostgres(dbUrl.toString());
    await migrate(db);
    chain = createLocalChain();
    hilt = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: dbUrl.toString(),
        HILT_RATE_LIMIT_FREE: '0',
        HILT_LOGIN_LIMIT_ACCOUNT: '0',
        HILT_LOGIN_LIMIT_IP: '0',
      }),
      { db, secrets: testSecrets(), maintenance: false, reconciler: false, sandboxChain: chain },
    );
  });

  after(async () => {
    await hilt.close();
    await hilt.db.close().catch(() => {});
    await chain.close();
    await proxy.cut().catch(() => {});
    const admin = new pg.Client({ connectionString: BASE });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const listeners = async () => {
    const admin = new pg.Client({ connectionString: BASE });
    await admin.connect();
    const [row] = (
      await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'",
        [name],
      )
    ).rows;
    await admin.end();
    return row.n;
  };

  test('a lost connection mid-transaction, then ten seconds of 503s, then full recovery without a restart', async () => {
    const m = await registerMerchant(hilt);
    const key = await createKey(hilt, m.token);
    const me = () => hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: keyHeader(key.raw) });
    assert.equal((await me()).statusCode, 200);
    // Two listeners: the principal cache (revocations) and the public checkout payload cache (product edits).
    assert.equal(await listeners(), 2, 'the principal and checkout payload caches listen for changes');

    // The connection drops in the middle of a transaction: the transaction fails, the process lives on.
    const inFlight = hilt.db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await proxy.cut();
      await tx.query('SELECT 2');
    });
    await assert.rejects(inFlight);

    const down = Date.now();
    const seen = new Set<string>();
    while (Date.now() - down < 10_000) {
      for (const res of [
        await me(),
        await hilt.app.inject({
          method: 'POST',
          url: '/v1/auth/login',
          payload: { email: m.email, password: m.password },
        }),
        await hilt.app.inject({ method: 'GET', url: '/v1/products', headers: bearer(m.token) }),
      ]) {
        assert.equal(res.statusCode, 503, res.body);
        const body = res.json();
        assert.equal(body.code, 'database_unavailable');
        assert.ok(body.request_id);
        seen.add(body.code);
      }
      const health = await hilt.app.inject({ method: 'GET', url: '/health' });
      assert.equal(health.statusCode, 503);
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.deepEqual([...seen], ['database_unavailable']);

    await proxy.open(new URL(BASE));
    let back = 0;
    for (let i = 0; i < 60 && back !== 200; i++) {
      back = (await me()).statusCode;
      if (back !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(back, 200, 'requests succeed again without a restart');
    // The LISTEN connections behind the caches come back too.
    let listening = 0;
    for (let i = 0; i < 60 && listening < 2; i++) {
      listening = await listeners();
      if (listening < 2) await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(listening, 2, 'the revocation and payload cache listeners reconnected');
    // And a key revoked on another instance (straight to the database) stops working here on the next request.
    assert.equal((await me()).statusCode, 200);
    const direct = new URL(dbUrl);
    direct.port = new URL(BASE).port || '5432';
    const otherDb = openPostgres(direct.toString());
    const other = await createApp(loadConfig({ NODE_ENV: 'test', DATABASE_URL: direct.toString() }), {
      db: otherDb,
      secrets: hilt.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: chain,
    });
    try {
      const revoked = await other.app.inject({ method: 'DELETE', url: `/v1/keys/${key.id}`, headers: bearer(m.token) });
      assert.equal(revoked.statusCode, 204, revoked.body);
    } finally {
      await other.close();
      await otherDb.close();
    }
    assert.equal((await me()).statusCode, 401);
  });
});
