// A server process of bench/spike.ts, so its CPU time (every thread, the embedded database included) can be read
// from /proc/<pid>/stat:
//   hilt     the real Hilt app from the environment (loadConfig), as `hilt serve` runs it
//   control  a tiny Fastify server doing only the essential SQL of a buyer on the same engine, on Hilt's own schema:
//            the page is one SELECT of the product, connect one INSERT of the session, confirm one UPDATE of it
// It listens on 127.0.0.1, reports { url } over IPC and closes on the message 'stop'.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { createApp, openDatabase } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import bs58 from '../src/lib/base58.ts';

const role = process.argv[2];
const config = loadConfig(process.env);
const send = (m: unknown) => process.send?.(m);

if (role === 'hilt') {
  const hilt = await createApp(config);
  await hilt.app.listen({ host: '127.0.0.1', port: 0 });
  const address = hilt.app.server.address();
  process.on('message', async (m) => {
    if (m !== 'stop') return;
    await hilt.close();
    process.exit(0);
  });
  send({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
} else if (role === 'control') {
  const { db, release } = await openDatabase(config);
  const [owner] = await db.query<{ id: string }>(
    `INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id`,
    [`control-${randomBytes(4).toString('hex')}@example.com`],
  );
  const slug = `control-${randomBytes(4).toString('hex')}`;
  const merchantWallet = process.env.SPIKE_MERCHANT_WALLET ?? bs58.encode(randomBytes(32));
  await db.query(
    `INSERT INTO products (owner_id, livemode, product_type, title, amount_minor_units, merchant_wallet, slug)
     VALUES ($1, false, 'PAYMENT_LINK', 'Control product', 10000000, $2, $3)`,
    [owner.id, merchantWallet, slug],
  );
  const app = Fastify({ logger: false });
  app.get('/control/p/:slug', async (request) => {
    const rows = await db.query(
      `SELECT id, owner_id, title, description, amount_minor_units::text AS amount_minor_units, token_mint,
              merchant_wallet, status FROM products WHERE slug = $1`,
      [(request.params as { slug: string }).slug],
    );
    return rows[0];
  });
  app.post('/control/p/:slug/connect', async () => {
    const [p] = await db.query<{ id: string; nonce: string; reference: string }>(
      `INSERT INTO payments (product_id, owner_id, livemode, nonce, reference, amount_minor_units,
          merchant_amount_minor_units, fee_minor_units, merchant_wallet, expires_at)
       SELECT id, owner_id, false, $2, $3, amount_minor_units, amount_minor_units, 0, merchant_wallet,
              now() + interval '30 minutes' FROM products WHERE slug = $1
       RETURNING id, nonce, reference`,
      [slug, randomBytes(16).toString('hex'), bs58.encode(randomBytes(32))],
    );
    return { payment_id: p.id, nonce: p.nonce, reference: p.reference, merchant_amount_minor_units: 10000000 };
  });
  app.post('/control/confirm', async (request) => {
    const body = request.body as { payment_id: string; tx_signature: string };
    const rows = await db.query<{ id: string; status: string }>(
      `UPDATE payments SET status = 'CONFIRMED', confirmed_at = now(), tx_signature = $2 WHERE id = $1
       RETURNING id, status`,
      [body.payment_id, body.tx_signature],
    );
    return { payment_id: rows[0]?.id, status: rows[0]?.status };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.on('message', async (m) => {
    if (m !== 'stop') return;
    await app.close();
    await db.close();
    release();
    process.exit(0);
  });
  send({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, slug });
} else {
  console.error('usage: spike-server.ts hilt|control');
  process.exit(2);
}
