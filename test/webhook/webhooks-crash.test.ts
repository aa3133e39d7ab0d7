// At least once across a crash: the real server process is killed with SIGKILL after a payment committed and while
// its payment.confirmed delivery is in flight (sent, not recorded), restarted on the same embedded data folder, and
// the event is delivered again with the same id. Embedded-only by nature, like test/embedded.test.ts.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startReceiver } from '../helpers/webhook-receiver.ts';
import { freePort } from '../helpers/ports.ts';

const ROOT = join(import.meta.dirname, '../..');
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

const children: ChildProcess[] = [];

async function serve(dataDir: string, port: number) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HILT_DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
    HILT_JOB_LEASE_MS: '2000',
    HILT_RATE_LIMIT_FREE: '0',
    HILT_RATE_LIMIT_PUBLIC: '0',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['bin/hilt.mjs', 'serve'], { cwd: ROOT, env });
  children.push(child);
  let out = '';
  child.stderr?.on('data', (d) => {
    out += d;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (d) => {
      out += d;
      if (/Hilt API listening/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, exited };
}

describe('webhook delivery survives a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hilt-webhook-crash-'));
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('SIGKILL after the payment commits and before its delivery is recorded; the restart delivers it', async () => {
    const rx = await startReceiver();
    const held: http.ServerResponse[] = [];
    rx.answer.set('/crash', (_req, res) => void held.push(res));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let server = await serve(dataDir, port);
    try {
      const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
        const res = await fetch(base + path, {
          method,
          headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, json: () => JSON.parse(text), text };
      };
      const reg = await api('POST', '/v1/auth/register', {
        email: 'crash@example.com',
        password: 'correct horse battery',
      });
      assert.equal(reg.status, 201, reg.text);
      const auth = { authorization: `Bearer ${reg.json().token}` };
      const key = await api(
        'POST',
        '/v1/keys',
        { name: 'crash', sandbox_mode: true, permissions: ['read', 'execute', 'admin'] },
        auth,
      );
      const sk = { 'x-hilt-key': key.json().raw_key };
      const ep = await api(
        'POST',
        '/v1/webhooks/endpoints',
        { label: 'Crash receiver', url: `${rx.url}/crash`, subscribed_events: ['payment.confirmed'] },
        sk,
      );
      assert.equal(ep.status, 201, ep.text);
      const secret = ep.json().signing_secret;
      const wallet = (await api('POST', '/v1/sandbox/wallets', {}, sk)).json();
      await api('POST', '/v1/sandbox/airdrop', { address: MERCHANT, lamports: 1_000_000_000 }, sk);
      const product = (
        await api(
          'POST',
          '/v1/products',
          {
            product_type: 'PAYMENT_LINK',
            title: 'Crash course',
            amount_minor_units: 5_000_000,
            merchant_wallet: MERCHANT,
          },
          sk,
        )
      ).json();
      const session = (
        await api('POST', `/v1/products/p/${product.slug}/connect`, { payer_wallet: wallet.address })
      ).json();
      const paid = (
        await api('POST', '/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk)
      ).json();
      const first = rx.next('/crash', 30_000);
      const confirmed = await api('POST', '/v1/pay/confirm', {
        payment_id: session.payment_id,
        tx_signature: paid.tx_signature,
        payer_wallet: wallet.address,
      });
      assert.equal(confirmed.status, 200, confirmed.text);

      // The delivery is on the wire and unanswered: kill the server before it can record anything.
      const sent = await first;
      server.child.kill('SIGKILL');
      await server.exited;
      for (const res of held) res.destroy();
      rx.answer.set('/crash', 200);
      assert.equal(sent.json.type, 'payment.confirmed');

      const again = rx.next('/crash', 60_000);
      server = await serve(dataDir, port);
      const redelivered = await again;
      assert.equal(redelivered.json.id, sent.json.id, 'the same event, so the receiver can dedupe');
      assert.equal(redelivered.body, sent.body, 'the exact stored body');
      assert.deepEqual(rx.verify(redelivered, secret), { standard: true, hilt: true });
      assert.equal((redelivered.json.data.payment as { id: string }).id, session.payment_id);

      let delivery: { status: string; attempt_count: number } | undefined;
      for (let i = 0; i < 50 && delivery?.status !== 'delivered'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        delivery = (await api('GET', '/v1/webhooks/deliveries', undefined, sk)).json().deliveries[0];
      }
      assert.equal(delivery?.status, 'delivered');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await rx.close();
    }
  });
});
