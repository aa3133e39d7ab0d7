import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Address, createKeyPairSignerFromBytes } from '@solana/kit';
import { createApp } from '../../src/app.ts';
import { signPaymentTransaction } from '../../src/chain/payment-transaction.ts';
import { enqueue } from '../../src/jobs/queue.ts';
import bs58 from '../../src/lib/base58.ts';
import * as paymentRepo from '../../src/payment/repository.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp, usingPostgres } from '../helpers/app.ts';

const PRICE = 5_000_000n;
const OPEN = 10_000;

// A launch leaves thousands of sessions open at once; the reconciler must look at every one of them each pass.
describe('reconciler at launch scale', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let buyer: { address: string; secret_key: string };
  let userId: string;
  const products: { id: string; slug: string; merchant: string }[] = [];

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    const m = await registerMerchant(hilt);
    userId = m.userId;
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    buyer = (await post('/v1/sandbox/wallets', {}, sk)).json();
    // Three merchant wallets: three receiving accounts.
    for (let i = 0; i < 3; i++) {
      const merchant = (await post('/v1/sandbox/wallets', {}, sk)).json().address as string;
      const res = await post(
        '/v1/products',
        {
          product_type: 'PAYMENT_LINK',
          title: `Drop ${i}`,
          amount_minor_units: Number(PRICE),
          merchant_wallet: merchant,
        },
        sk,
      );
      assert.equal(res.statusCode, 200, res.body);
      products.push({ ...(res.json() as { id: string; slug: string }), merchant });
    }
  });
  after(() => hilt.dispose());

  function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
    return hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
  }

  async function openSessions(n: number): Promise<string[]> {
    const rows: paymentRepo.PaymentInsert[] = Array.from({ length: n }, (_, i) => {
      const p = products[i % products.length];
      return {
        product_id: p.id,
        owner_id: userId,
        livemode: false,
        nonce: randomBytes(16).toString('hex'),
        reference: bs58.encode(randomBytes(32)),
        payer_wallet: null,
        amount_minor_units: PRICE,
        merchant_amount_minor_units: PRICE,
        fee_minor_units: 0n,
        fee_wallet: null,
        token_mint: null,
        merchant_wallet: p.merchant,
        customer_reference_type: null,
        customer_reference_value: null,
        customer_reference_display: null,
        identity_locked: false,
        identity_session_id: null,
        expires_at: new Date(Date.now() + 30 * 60_000),
      };
    });
    return (await paymentRepo.insertPayments(hilt.db, rows)).map((r) => r.id);
  }

  async function rpc<T>(method: string, params: unknown[]): Promise<T> {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/sandbox/rpc',
      payload: { jsonrpc: '2.0', id: 1, method, params },
    });
    const body = res.json() as { result?: T; error?: unknown };
    assert.ok(body.result !== undefined, res.body);
    return body.result as T;
  }

  const statusOf = async (id: string) =>
    (await hilt.db.query<{ status: string }>('SELECT status FROM payments WHERE id = $1', [id]))[0].status;

  test('10,000 open sessions: each pass looks at all of them and credits the paid ones, memo or reference only', async () => {
    const ids = await openSessions(OPEN);
    assert.equal(ids.length, OPEN);
    const paid = [ids[17], ids[5001], ids[9998]];
    const byReference = ids[4242];
    for (const id of paid) {
      const res = await post('/v1/sandbox/pay', { payment_id: id, secret_key: buyer.secret_key }, sk);
      assert.equal(res.statusCode, 200, res.body);
    }
    // A wallet that sends no memo, only the session's reference key among the transfer's accounts.
    const [session] = await hilt.db.query<{ reference: string; merchant_wallet: string }>(
      'SELECT reference, merchant_wallet FROM payments WHERE id = $1',
      [byReference],
    );
    const { value: blockhash } = await rpc<{ value: { blockhash: string; lastValidBlockHeight: number } }>(
      'getLatestBlockhash',
      [],
    );
    const wire = await signPaymentTransaction({
      payer: await createKeyPairSignerFromBytes(bs58.decode(buyer.secret_key)),
      transfers: [{ recipient: session.merchant_wallet as Address, amountMinor: PRICE }],
      references: [session.reference as Address],
      blockhash: { blockhash: blockhash.blockhash, lastValidBlockHeight: BigInt(blockhash.lastValidBlockHeight) },
    });
    await rpc('sendTransaction', [wire, { encoding: 'base64' }]);

    const first = await hilt.services.payments.reconcileOnce();
    assert.equal(first.checked, OPEN);
    assert.equal(first.confirmed, 4);
    for (const id of [...paid, byReference]) assert.equal(await statusOf(id), 'CONFIRMED');
    // The next interval looks at every session still open again, reading only what landed since.
    const second = await hilt.services.payments.reconcileOnce();
    assert.equal(second.checked, OPEN - 4);
    assert.equal(second.confirmed, 0);
    const late = ids[777];
    assert.equal(
      (await post('/v1/sandbox/pay', { payment_id: late, secret_key: buyer.secret_key }, sk)).statusCode,
      200,
    );
    const third = await hilt.services.payments.reconcileOnce();
    assert.equal(third.confirmed, 1);
    assert.equal(await statusOf(late), 'CONFIRMED');
    await hilt.db.query(
      "UPDATE payments SET status = 'FAILED', failure_reason = 'expired', failed_at = now() WHERE status = 'PENDING_SIGNATURE'",
    );
  });

  test("a transaction younger than the grace is left to the buyer's confirm, and read again by a later pass", async () => {
    const graceMs = 4000;
    const graced = await createApp(
      { ...hilt.config, reconcileGraceMs: graceMs },
      {
        db: hilt.db,
        secrets: hilt.secrets,
        maintenance: false,
        reconciler: false,
        jobs: false,
        sandboxChain: hilt.sandboxChain,
      },
    );
    try {
      const [id] = await openSessions(1);
      const res = await post('/v1/sandbox/pay', { payment_id: id, secret_key: buyer.secret_key }, sk);
      assert.equal(res.statusCode, 200, res.body);
      const [{ reference }] = await hilt.db.query<{ reference: string }>(
        'SELECT reference FROM payments WHERE id = $1',
        [id],
      );
      const [landed] = await rpc<{ blockTime: number }[]>('getSignaturesForAddress', [reference, { limit: 1 }]);
      const landedAt = landed.blockTime * 1000;

      const young = await graced.services.payments.reconcileOnce();
      assert.ok(Date.now() - landedAt < graceMs, 'the first pass ran within the grace');
      assert.equal(young.confirmed, 0);
      assert.equal(await statusOf(id), 'PENDING_SIGNATURE');

      // Past the grace, the next pass reads the transaction again (the cursor did not move past it) and credits it.
      await new Promise((r) => setTimeout(r, Math.max(0, landedAt + graceMs + 50 - Date.now())));
      const old = await graced.services.payments.reconcileOnce();
      assert.equal(old.confirmed, 1);
      assert.equal(await statusOf(id), 'CONFIRMED');
    } finally {
      await graced.close();
    }
  });

  test('two instances share the accounts out: together they look at every open session once per pass', {
    skip: !usingPostgres,
  }, async () => {
    const ids = await openSessions(3000);
    const second = await createApp(hilt.config, {
      db: hilt.db,
      secrets: hilt.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: hilt.sandboxChain,
    });
    try {
      // Both passes start at one moment (as two instances' timers may); on a busy machine one could otherwise begin
      // after the other had scanned some accounts, and such a later pass rightly reads them again.
      const startedAt = await paymentRepo.databaseNow(hilt.db);
      const [a, b] = await Promise.all([
        hilt.services.payments.reconcileOnce(undefined, startedAt),
        second.services.payments.reconcileOnce(undefined, startedAt),
      ]);
      assert.equal(a.checked + b.checked, ids.length);
      assert.equal(a.accounts + b.accounts, products.length);
    } finally {
      await second.close();
    }
  });

  test('a response wakes the job runner only when its request queued a job', async () => {
    let pokes = 0;
    const poke = hilt.jobs.poke.bind(hilt.jobs);
    hilt.jobs.poke = () => {
      pokes++;
      poke();
    };
    try {
      const connect = await post(`/v1/products/p/${products[0].slug}/connect`, {});
      assert.equal(connect.statusCode, 200, connect.body);
      assert.equal(pokes, 0);
      await enqueue(hilt.db, 'test.noop', {});
      const again = await post(`/v1/products/p/${products[0].slug}/connect`, {});
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(pokes, 1);
    } finally {
      hilt.jobs.poke = poke;
    }
  });
});
