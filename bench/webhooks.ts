// Webhook benchmark (issue 7), in one run on a fresh PostgreSQL database with two Hilt instances sharing it (and one
// in-memory sandbox chain), each running its job runner, delivering to a local receiver over HTTP:
//  1. Throughput: N events are committed at once (one transaction, the outbox as the payment service writes it) for
//     a workspace with one endpoint; the time until the receiver has all N deliveries gives deliveries per second
//     (fan-out, signing, HTTP and recording included). Target: at least 500/s. Every event must arrive, none twice.
//  2. Latency on an idle queue: M sandbox payments, each confirmed through POST /v1/pay/confirm; the time from the
//     confirm answer (the commit) to the receiver getting its payment.confirmed. Target: p99 under 1 s.
//
//   node --import tsx bench/webhooks.ts [--events 5000] [--payments 50]   (see bench/README.md)
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createLocalChain } from '../src/chain/local/index.ts';
import { recordEvent } from '../src/event/outbox.ts';
import { generateSecretValues } from '../src/secrets.ts';
import { createKey, DEFAULT_DATABASE_URL, freshPostgresDatabase, registerMerchant, startHilt, table } from './lib.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '5000' },
    payments: { type: 'string', default: '50' },
    'database-url': { type: 'string' },
  },
});
const EVENTS = Number(values.events);
const PAYMENTS = Number(values.payments);
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

const arrivals = new Map<string, number>();
let duplicates = 0;
const waiters = new Map<string, () => void>();
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const id = String(req.headers['webhook-id']);
    if (arrivals.has(id)) duplicates++;
    else arrivals.set(id, performance.now());
    const paymentId = (JSON.parse(Buffer.concat(chunks).toString()).data?.payment?.id as string) ?? '';
    waiters.get(paymentId)?.();
    res.writeHead(200).end('ok');
  });
});
receiver.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;

const db = await freshPostgresDatabase(values['database-url'] ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL));
const chain = createLocalChain();
// Instances of one deployment share their secrets: either may decrypt an endpoint's signing secret.
const secrets = generateSecretValues();
const env = {
  HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
  HILT_RATE_LIMIT_FREE: '0',
  HILT_RATE_LIMIT_PUBLIC: '0',
  HILT_JWT_SECRET: secrets.jwt_secret,
  HILT_RECEIPT_SIGNING_KEY: secrets.receipt_signing_key,
  HILT_ENCRYPTION_KEY: secrets.encryption_key,
};
const a = await startHilt(db.url, env, { sandboxChain: chain, reconciler: false });
const b = await startHilt(db.url, env, { sandboxChain: chain, reconciler: false });
const rows: (string | number)[][] = [];
try {
  const m = await registerMerchant(a.hilt);
  const sk = {
    'x-hilt-key': (await createKey(a.hilt, m.token, { sandbox_mode: true, permissions: ['read', 'execute', 'admin'] }))
      .raw,
  };
  const inject = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    a.hilt.app.inject({ method, url, headers: sk, payload: payload as object });
  const ep = await inject('POST', '/v1/webhooks/endpoints', { label: 'Bench receiver', url: `${receiverUrl}/hook` });
  if (ep.statusCode !== 201) throw new Error(ep.body);

  // 1. Throughput.
  const ids: string[] = [];
  await a.hilt.db.transaction(async (tx) => {
    for (let i = 0; i < EVENTS; i++) {
      const e = await recordEvent(tx, {
        ownerId: m.userId,
        livemode: false,
        type: 'payment.confirmed',
        data: { payment: { id: randomUUID(), status: 'CONFIRMED', amount_minor_units: 1000 + i } },
      });
      ids.push(e.id);
    }
  });
  const started = performance.now();
  a.hilt.jobs.poke();
  b.hilt.jobs.poke();
  while (ids.some((id) => !arrivals.has(id))) {
    await new Promise((r) => setTimeout(r, 5));
    if (performance.now() - started > 300_000) throw new Error('deliveries did not finish in 5 minutes');
  }
  const seconds = (Math.max(...ids.map((id) => arrivals.get(id)!)) - started) / 1000;
  const [{ n: delivered }] = await a.hilt.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'delivered'",
  );
  rows.push([
    `throughput, ${EVENTS} events, 2 instances`,
    `${Math.round(EVENTS / seconds)} deliveries/s`,
    `${seconds.toFixed(2)} s, ${duplicates} duplicates, ${delivered} recorded delivered`,
    '≥ 500/s',
  ]);

  // 2. Latency from confirmation to receipt, one payment at a time on an idle queue.
  const wallet = (await inject('POST', '/v1/sandbox/wallets', {})).json();
  await inject('POST', '/v1/sandbox/airdrop', { address: MERCHANT, lamports: 1_000_000_000 });
  const product = (
    await inject('POST', '/v1/products', {
      product_type: 'PAYMENT_LINK',
      title: 'Latency',
      amount_minor_units: 1_000_000,
      merchant_wallet: MERCHANT,
    })
  ).json();
  const latencies: number[] = [];
  for (let i = 0; i < PAYMENTS; i++) {
    const session = (
      await a.hilt.app.inject({
        method: 'POST',
        url: `/v1/products/p/${product.slug}/connect`,
        payload: { payer_wallet: wallet.address },
      })
    ).json();
    const paid = (
      await inject('POST', '/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key })
    ).json();
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
    const got = new Promise<number>((resolve) => waiters.set(session.payment_id, () => resolve(performance.now())));
    const res = await fetch(`${a.url}/v1/pay/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        payment_id: session.payment_id,
        tx_signature: paid.tx_signature,
        payer_wallet: wallet.address,
      }),
    });
    const committed = performance.now();
    if (res.status !== 200) throw new Error(`confirm ${res.status}: ${await res.text()}`);
    latencies.push((await got) - committed);
    waiters.delete(session.payment_id);
  }
  latencies.sort((x, y) => x - y);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  rows.push([
    `confirm → payment.confirmed received, ${PAYMENTS} payments`,
    `p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms`,
    `max ${latencies.at(-1)!.toFixed(1)} ms`,
    'p99 < 1000 ms',
  ]);
  console.log(table(['measure', 'result', 'detail', 'target'], rows));
} finally {
  await a.hilt.close();
  await b.hilt.close();
  await chain.close();
  await db.drop();
  receiver.closeAllConnections();
  receiver.close();
}
