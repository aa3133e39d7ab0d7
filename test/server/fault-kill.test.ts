// Randomised fault test on PostgreSQL: the real server runs as a child process and is killed with SIGKILL at random
// points of a stream of payments (seeded: the seed is printed, HILT_FAULT_SEED replays a run), then restarted.
// Buyers sign real transactions and send them to a standalone sandbox chain that outlives every kill. At the end,
// once the reconciler and the job runner have caught up, every payment that landed on chain is CONFIRMED exactly
// once, with one receipt, one payment.confirmed event and one successful delivery of it to a local receiver.
//
// Webhooks are at least once: an instance killed after the receiver answered and before it recorded the delivery
// sends the event again after the restart (same id, same body). The only second delivery allowed is that one, and
// the test checks a kill landed in between; any other duplicate fails it.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { type LocalChainServer, startLocalChainServer } from '../../src/chain/local/server.ts';
import { freshPostgresDatabase, usingPostgres } from '../helpers/app.ts';
import { signAsBuyer } from '../helpers/buyer.ts';
import { startReceiver } from '../helpers/webhook-receiver.ts';
import { freePort } from '../helpers/ports.ts';

const ROOT = join(import.meta.dirname, '../..');
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
/** Payments in the stream; each kill point is met once, at payments the seed picks (a restart costs seconds). */
const PAYMENTS = Number(process.env.HILT_FAULT_PAYMENTS ?? 8);
const SEED = Number(process.env.HILT_FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<unknown>;
}

describe('SIGKILL at random points of a payment stream (PostgreSQL)', {
  skip: usingPostgres
    ? false
    : 'needs PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to run it',
}, () => {
  const children: ChildProcess[] = [];
  const cleanups: (() => unknown)[] = [];
  after(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const fn of cleanups.reverse()) await fn();
  });

  test('every payment that landed on chain is confirmed once, with one receipt, event and delivery', async () => {
    console.log(`fault test seed ${SEED} (replay: HILT_FAULT_SEED=${SEED})`);
    const random = seeded(SEED);
    const dbase = await freshPostgresDatabase();
    cleanups.push(dbase.drop);
    const chain: LocalChainServer = await startLocalChainServer({ port: 0 });
    cleanups.push(() => chain.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'hilt-fault-kill-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const rx = await startReceiver();
    cleanups.push(() => rx.close());
    /** Successful (2xx) answers per event id, with when they were answered. */
    const successes = new Map<string, number[]>();
    rx.answer.set('/hook', (_req, res) => {
      const r = rx.received.at(-1)!;
      successes.set(r.json.id, [...(successes.get(r.json.id) ?? []), Date.now()]);
      res.writeHead(200).end('ok');
    });

    let log = '';
    async function serve(): Promise<Server> {
      const port = await freePort();
      const env: Record<string, string | undefined> = {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: dbase.url,
        HILT_DATA_DIR: dataDir,
        HILT_SANDBOX_RPC_URL: chain.url,
        LOG_LEVEL: 'warn',
        HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
        HILT_JOB_LEASE_MS: '2000',
        HILT_RECONCILE_INTERVAL_MS: '1000',
        HILT_RATE_LIMIT_FREE: '0',
        HILT_RATE_LIMIT_PUBLIC: '0',
      };
      delete env.NODE_ENV;
      delete env.REDIS_URL;
      const child = spawn(process.execPath, ['bin/hilt.mjs', 'serve'], { cwd: ROOT, env });
      children.push(child);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.stderr?.on('data', (d) => {
        log = (log + d).slice(-20_000);
      });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${log}`)), 90_000);
        child.stdout?.on('data', (d) => {
          out += d;
          if (/Hilt API listening/.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}${log}`)));
      });
      return { child, base: `http://127.0.0.1:${port}`, exited };
    }

    let server = await serve();
    const kills: number[] = [];
    async function killAndRestart(where: string) {
      server.child.kill('SIGKILL');
      await server.exited;
      kills.push(Date.now());
      console.log(`killed at ${where} (kill ${kills.length})`);
      server = await serve();
    }

    const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(server.base + path, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) };
    };
    const ok = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await api(method, path, body, headers);
      assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${res.text}`);
      return res.json();
    };

    // A sandbox merchant with a webhook endpoint, a funded buyer and a product.
    const reg = await ok('POST', '/v1/auth/register', { email: 'kill@example.com', password: 'correct horse battery' });
    const key = await ok(
      'POST',
      '/v1/keys',
      { name: 'kill', sandbox_mode: true, permissions: ['read', 'execute', 'admin'] },
      { authorization: `Bearer ${reg.token}` },
    );
    const sk = { 'x-hilt-key': key.raw_key };
    await ok(
      'POST',
      '/v1/webhooks/endpoints',
      { label: 'Receiver', url: `${rx.url}/hook`, subscribed_events: ['payment.confirmed'] },
      sk,
    );
    const buyer = await ok('POST', '/v1/sandbox/wallets', {}, sk);
    await ok('POST', '/v1/sandbox/airdrop', { address: buyer.address, lamports: 50_000_000_000 }, sk);
    await ok('POST', '/v1/sandbox/airdrop', { address: MERCHANT, lamports: 1_000_000_000 }, sk);
    const product = await ok(
      'POST',
      '/v1/products',
      { product_type: 'PAYMENT_LINK', title: 'Kill switch', amount_minor_units: 10_000_000, merchant_wallet: MERCHANT },
      sk,
    );

    const rpc = async (method: string, params: unknown[]) => {
      const res = await fetch(chain.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      });
      return (await res.json()) as { result?: unknown; error?: { message: string } };
    };
    const confirm = (paymentId: string, signature: string) =>
      api('POST', '/v1/pay/confirm', { payment_id: paymentId, tx_signature: signature, payer_wallet: buyer.address });

    /** Payments whose transaction landed on chain: the ones that must end CONFIRMED. */
    const landed = new Map<string, string>();
    const points = ['before-pay', 'before-confirm', 'during-confirm', 'after-confirm'] as const;
    // Where the kills fall: every point once, each at a payment the seed picks.
    const plan = new Map<number, (typeof points)[number]>();
    for (const point of points) {
      let at = 1 + Math.floor(random() * PAYMENTS);
      while (plan.has(at)) at = 1 + Math.floor(random() * PAYMENTS);
      plan.set(at, point);
    }
    for (let n = 1; n <= PAYMENTS; n++) {
      const killAt = plan.get(n);
      const session = await ok('POST', `/v1/products/p/${product.slug}/connect`, { payer_wallet: buyer.address });
      const paymentId = session.payment_id as string;
      if (killAt === 'before-pay') {
        // The session survives the kill: the buyer pays it on the restarted server.
        await killAndRestart(`${killAt} of payment ${n}`);
      }
      const unsigned = await ok('POST', `/v1/pay/transaction/${paymentId}`, { account: buyer.address });
      const { wire, signature } = await signAsBuyer(unsigned.transaction, buyer.secret_key);
      const sent = await rpc('sendTransaction', [wire, { encoding: 'base64' }]);
      assert.equal(sent.error, undefined, `the chain took payment ${n}: ${sent.error?.message}`);
      landed.set(paymentId, signature);

      if (killAt === 'before-confirm') {
        await killAndRestart(`${killAt} of payment ${n}`);
        // Half the time the buyer's page retries the confirmation; otherwise the reconciler finds the payment.
        if (random() < 0.5) assert.equal((await confirm(paymentId, signature)).status, 200);
      } else if (killAt === 'during-confirm') {
        const inFlight = confirm(paymentId, signature).catch((err: Error) => err);
        await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
        await killAndRestart(`${killAt} of payment ${n}`);
        await inFlight;
        if (random() < 0.5) assert.equal((await confirm(paymentId, signature)).status, 200);
      } else {
        const res = await confirm(paymentId, signature);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json().status, 'CONFIRMED');
        // Right after the commit: the payment.confirmed delivery is being sent or recorded.
        if (killAt === 'after-confirm') await killAndRestart(`${killAt} of payment ${n}`);
      }
    }
    console.log(`${PAYMENTS} payments, ${landed.size} landed on chain, ${kills.length} kills`);
    assert.equal(kills.length, plan.size);

    // Catch-up: the reconciler confirms what no one confirmed, the job runner delivers what was not delivered.
    const db = new pg.Client({ connectionString: dbase.url });
    await db.connect();
    cleanups.push(() => db.end());
    const ids = [...landed.keys()];
    const deadline = Date.now() + 60_000;
    let state: { confirmed: number; delivered: number } = { confirmed: 0, delivered: 0 };
    while (Date.now() < deadline) {
      const [row] = (
        await db.query<{ confirmed: number; delivered: number }>(
          `SELECT (SELECT count(*)::int FROM payments WHERE id = ANY($1::uuid[]) AND status = 'CONFIRMED') AS confirmed,
                    (SELECT count(*)::int FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
                      WHERE e.type = 'payment.confirmed' AND e.payment_id = ANY($1::uuid[])
                        AND d.status = 'delivered') AS delivered`,
          [ids],
        )
      ).rows;
      state = row;
      if (row.confirmed === ids.length && row.delivered === ids.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.deepEqual(state, { confirmed: ids.length, delivered: ids.length }, `caught up (seed ${SEED})`);

    const rows = (
      await db.query<{
        id: string;
        status: string;
        tx_signature: string;
        receipts: number;
        events: string[];
        deliveries: number;
      }>(
        `SELECT p.id, p.status, p.tx_signature,
                  (SELECT count(*)::int FROM receipts r WHERE r.payment_id = p.id) AS receipts,
                  ARRAY(SELECT e.id::text FROM events e WHERE e.payment_id = p.id AND e.type = 'payment.confirmed')
                    AS events,
                  (SELECT count(*)::int FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
                    WHERE e.payment_id = p.id AND e.type = 'payment.confirmed') AS deliveries
             FROM payments p WHERE p.id = ANY($1::uuid[])`,
        [ids],
      )
    ).rows;
    assert.equal(rows.length, ids.length);
    let redelivered = 0;
    for (const r of rows) {
      const where = `payment ${r.id} (seed ${SEED})`;
      assert.equal(r.status, 'CONFIRMED', where);
      assert.equal(r.tx_signature, landed.get(r.id), `${where}: settled by the transaction that landed`);
      assert.equal(r.receipts, 1, `${where}: one receipt`);
      assert.equal(r.events.length, 1, `${where}: one payment.confirmed event`);
      assert.equal(r.deliveries, 1, `${where}: one delivery record`);
      const answered = successes.get(r.events[0]) ?? [];
      assert.ok(answered.length >= 1, `${where}: its event reached the receiver`);
      if (answered.length > 1) {
        // Only a kill between the receiver's answer and the record explains a second delivery.
        assert.equal(answered.length, 2, `${where}: delivered ${answered.length} times`);
        assert.ok(
          kills.some((k) => k >= answered[0] && k <= answered[1]),
          `${where}: delivered twice with no kill in between`,
        );
        redelivered++;
      }
    }
    // Every event the receiver saw belongs to one of these payments: nothing invented, nothing from elsewhere.
    const known = new Set(rows.map((r) => r.events[0]));
    for (const id of successes.keys()) assert.ok(known.has(id), `unknown event ${id} delivered`);
    console.log(
      `${ids.length} payments confirmed once each; ${redelivered} event(s) sent again after a kill between answer and record`,
    );
    server.child.kill('SIGTERM');
    await server.exited;
  });
});
