import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  type Api,
  api,
  confirm as confirmAs,
  createBuyer,
  createMerchant,
  createProduct,
  type Json,
  type Merchant,
  openSession,
  pay as payAs,
  payAndConfirm,
  type Scenario,
  type Wallet,
} from '../helpers/factories.ts';

// Abuse and timing edges of settlement: third parties, closed sessions, late confirmations, malformed input.
describe('settlement edges', () => {
  let hilt: TestApp;
  let m: Merchant;
  let http: Api;
  let buyer: Wallet;
  let stranger: Wallet;
  let merchant: string;

  before(async () => {
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_EXPIRY_TOLERANCE_SECONDS: '0',
    });
    http = api(hilt);
    m = await createMerchant(hilt);
    buyer = await createBuyer(m);
    stranger = await createBuyer(m);
    merchant = (await createBuyer(m)).address;
  });
  after(() => hilt.dispose());

  const product = (body: Json = {}) =>
    createProduct(m, { title: 'Edge', amount_minor_units: 50_000_000, merchant_wallet: merchant, ...body });
  const session = async (body: Json = {}) => openSession(hilt, await product(), body);
  const pay = (paymentId: string, wallet: Wallet, scenario: Scenario = 'exact') =>
    payAs(m, { payment_id: paymentId }, wallet, scenario);
  const confirm = (paymentId: string, sig: string, payer: string) => confirmAs(hilt, paymentId, sig, payer);

  const merchantView = async (paymentId: string) => {
    const [row] = await hilt.db.query<{ product_id: string }>('SELECT product_id FROM payments WHERE id = $1', [
      paymentId,
    ]);
    const list = await m.get<Json[]>(`/v1/products/${row.product_id}/payments`);
    return list.body.find((x) => x.id === paymentId)!;
  };

  test('a stranger’s dust payment carrying the reference cannot fail a session whose buyer is known', async () => {
    const s = await session({ payer_wallet: buyer.address });
    const dust = await pay(s.payment_id, stranger, 'underpay');
    const refused = await confirm(s.payment_id, dust, stranger.address);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'payment_incomplete');
    const good = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, good, buyer.address);
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.status, 'CONFIRMED');
  });

  test('no one but a full payment closes a session: underpayments, wrong assets and dust are kept as partials', async () => {
    // No payer is known: anyone may try to close the session with a transaction carrying its memo and reference.
    const s = await session();
    const dust = await pay(s.payment_id, stranger, 'underpay');
    const wrongAsset = await pay(s.payment_id, stranger, 'wrong_mint');
    for (const sig of [dust, wrongAsset]) {
      const res = await confirm(s.payment_id, sig, stranger.address);
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.code, 'payment_incomplete');
      assert.match(res.body.detail, /stays open/);
    }
    // The reconciler finds them on chain too (by reference and memo) and still leaves the session open.
    await hilt.services.payments.reconcileOnce();
    const open = await http.get(`/v1/payments/${s.payment_id}`);
    assert.equal(open.body.status, 'PENDING_SIGNATURE');
    const seen = await merchantView(s.payment_id);
    assert.equal(seen.status, 'PENDING_SIGNATURE');
    assert.equal(seen.refund_required, true);
    assert.deepEqual(
      seen.partial_payments.map((x: { tx_signature: string; reason: string; payer_wallet: string }) => [
        x.tx_signature,
        x.reason,
        x.payer_wallet,
      ]),
      [
        [dust, 'underpaid', stranger.address],
        [wrongAsset, 'wrong_mint', stranger.address],
      ],
    );
    assert.ok(seen.partial_payments[0].received_minor_units > 0);
    // The buyer's full payment settles it.
    const full = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, full, buyer.address);
    assert.equal(ok.status, 200, ok.text);
    const after = await merchantView(s.payment_id);
    assert.equal(after.status, 'CONFIRMED');
    assert.equal(after.payer_wallet, buyer.address);
    assert.equal(after.partial_payments.length, 2, 'the partials stay visible for the refund');
  });

  test('a session that only received partials expires as expired, flagged for the refund', async () => {
    const s = await session();
    const dust = await pay(s.payment_id, stranger, 'underpay');
    assert.equal((await confirm(s.payment_id, dust, stranger.address)).status, 422);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [s.payment_id]);
    await hilt.db.query('UPDATE payments SET next_check_at = now() WHERE id = $1', [s.payment_id]);
    await hilt.services.payments.reconcileOnce();
    const seen = await merchantView(s.payment_id);
    assert.equal(seen.status, 'FAILED');
    assert.equal(seen.failure_reason, 'expired');
    assert.equal(seen.refund_required, true);
  });

  test('asking for the transaction of a session binds no payer', async () => {
    const s = await session();
    const built = await http.post(`/v1/pay/transaction/${s.payment_id}`, { account: stranger.address });
    assert.equal(built.status, 200, built.text);
    assert.equal((await merchantView(s.payment_id)).payer_wallet, null);
    const full = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, full, buyer.address);
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await merchantView(s.payment_id)).payer_wallet, buyer.address);
  });

  test('a full payment to a session that already closed is kept for refund, never lost', async () => {
    const s = await session();
    const first = await pay(s.payment_id, buyer);
    assert.equal((await confirm(s.payment_id, first, buyer.address)).status, 200);
    // Another wallet, so the transaction differs from the first one even within one blockhash.
    const full = await pay(s.payment_id, stranger);
    const res = await confirm(s.payment_id, full, stranger.address);
    assert.equal(res.status, 409, res.text);
    assert.match(res.body.detail, /recorded on the payment for a refund/);
    const [row] = await hilt.db.query<{ refund_required: boolean; refund_tx_signatures: string[] }>(
      'SELECT refund_required, refund_tx_signatures FROM payments WHERE id = $1',
      [s.payment_id],
    );
    assert.equal(row.refund_required, true);
    assert.deepEqual(row.refund_tx_signatures, [full]);
  });

  test('a session the reconciler expired is confirmed by a payment that landed in time', async () => {
    const s = await session();
    const sig = await pay(s.payment_id, buyer, 'no_memo');
    void sig;
    // A memo-and-reference payment lands in time, but nobody saw it before the session was expired.
    const inTime = await pay(s.payment_id, buyer);
    await hilt.db.query(
      "UPDATE payments SET status = 'FAILED', failure_reason = 'expired', failed_at = now() WHERE id = $1",
      [s.payment_id],
    );
    const res = await confirm(s.payment_id, inTime, buyer.address);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status, 'CONFIRMED');
  });

  test('a verified identity must belong to the wallet that paid on chain', async () => {
    const p = await product({
      title: 'Id',
      membership_config: {
        enabled: true,
        platform: 'DISCORD',
        identity_type: 'DISCORD_USER_ID',
        identity_required: true,
      },
    });
    const s = await openSession(hilt, p);
    const start = (
      await http.post('/v1/pay/identity/start', {
        slug: p.slug,
        wallet_address: stranger.address,
        customer_reference_value: '111111111111111111',
      })
    ).body;
    const { createKeyPairFromBytes, signBytes } = await import('@solana/kit');
    const bs58 = (await import('../../src/lib/base58.ts')).default;
    const kp = await createKeyPairFromBytes(bs58.decode(stranger.secret_key));
    const sig = await signBytes(kp.privateKey, new TextEncoder().encode(start.challenge_message));
    await http.post('/v1/pay/identity/complete', {
      session_id: start.session_id,
      wallet_address: stranger.address,
      signed_message_b64: Buffer.from(sig).toString('base64'),
    });
    const paid = await pay(s.payment_id, buyer);
    // The caller claims the stranger's wallet paid; the chain says the buyer did.
    const res = await http.post('/v1/pay/confirm', {
      payment_id: s.payment_id,
      tx_signature: paid,
      payer_wallet: stranger.address,
      identity_session_id: start.session_id,
    });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'identity_wallet_mismatch');
  });

  test('confirm with a slug or product_id of another product is 404', async () => {
    const s = await session();
    const sig = await pay(s.payment_id, buyer);
    const wrongSlug = await http.post('/v1/pay/confirm', {
      payment_id: s.payment_id,
      tx_signature: sig,
      payer_wallet: buyer.address,
      slug: 'not-this-one',
    });
    assert.equal(wrongSlug.status, 404);
    const ok = await confirm(s.payment_id, sig, buyer.address);
    assert.equal(ok.status, 200);
  });

  test('a malformed signed transaction is 422, not a chain outage', async () => {
    const s = await session();
    for (const signed_transaction of ['AAAA', '!!!notbase64']) {
      const res = await http.post('/v1/pay/broadcast', { payment_id: s.payment_id, signed_transaction });
      assert.equal(res.status, 422, res.text);
    }
  });

  test('public Idempotency-Keys are per client: two buyers never share a session', async () => {
    const p = await product({ title: 'Idem', amount_minor_units: 1_000_000 });
    const connect = (remoteAddress: string) =>
      http.post(`/v1/products/p/${p.slug}/connect`, {}, { headers: { 'idempotency-key': 'k1' }, remoteAddress });
    const a = await connect('10.1.1.1');
    const b = await connect('10.1.1.2');
    const a2 = await connect('10.1.1.1');
    assert.notEqual(a.body.payment_id, b.body.payment_id);
    assert.equal(a2.body.payment_id, a.body.payment_id);
    assert.equal(a2.headers['idempotent-replayed'], 'true');
  });

  for (const asset of ['SOL', 'USDC'] as const) {
    test(`the reconciler finds a ${asset} payment that carries only the memo (no reference key)`, async () => {
      const mint = asset === 'USDC' ? 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v' : null;
      const p = await product({ title: `Memo ${asset}`, amount_minor_units: 3_000_000, token_mint: mint });
      const s = await openSession(hilt, p);
      const { createKeyPairSignerFromBytes } = await import('@solana/kit');
      const bs58 = (await import('../../src/lib/base58.ts')).default;
      const { signPaymentTransaction } = await import('../../src/chain/payment-transaction.ts');
      const payer = await createKeyPairSignerFromBytes(bs58.decode(buyer.secret_key));
      const rpc = (method: string, params: unknown[]) =>
        http.post('/sandbox/rpc', { jsonrpc: '2.0', id: 1, method, params });
      const bh = (await rpc('getLatestBlockhash', [])).body.result.value;
      const wire = await signPaymentTransaction({
        payer,
        transfers: [
          mint
            ? {
                recipient: merchant as never,
                amountMinor: 3_000_000n,
                splToken: mint as never,
                decimals: 6,
                createRecipientTokenAccount: true,
              }
            : { recipient: merchant as never, amountMinor: 3_000_000n },
        ],
        memo: s.memo,
        blockhash: { blockhash: bh.blockhash, lastValidBlockHeight: BigInt(bh.lastValidBlockHeight) },
      });
      const sent = (await rpc('sendTransaction', [wire, { encoding: 'base64' }])).body;
      assert.ok(sent.result, JSON.stringify(sent));
      await hilt.services.payments.reconcileOnce();
      const status = (await http.get(`/v1/payments/${s.payment_id}`)).body;
      assert.equal(status.status, 'CONFIRMED');
      assert.equal(status.tx_signature, sent.result);
    });
  }

  test('/sandbox/rpc is rate limited per client like the public routes', async () => {
    const res = await http.post('/sandbox/rpc', { jsonrpc: '2.0', id: 1, method: 'getHealth' });
    assert.equal(res.status, 200);
    assert.ok(res.headers['x-ratelimit-limit']);
  });

  test('a confirmation settles against the product and workspace as they are now, not as first cached', async () => {
    const p = await product({ title: 'Before' });
    const receiptOf = async (paymentId: string) => {
      const [row] = await hilt.db.query<{ receipt_json: string }>(
        'SELECT receipt_json FROM receipts WHERE payment_id = $1',
        [paymentId],
      );
      return JSON.parse(row.receipt_json);
    };
    const first = await openSession(hilt, p);
    await payAndConfirm(m, first, { buyer });
    assert.equal((await receiptOf(first.payment_id)).product.title, 'Before');

    const edited = await m.patch(`/v1/products/${p.id}`, { title: 'After' });
    assert.equal(edited.status, 200, edited.text);
    const second = await openSession(hilt, p);
    await payAndConfirm(m, second, { buyer });
    assert.equal((await receiptOf(second.payment_id)).product.title, 'After');
    const [event] = await hilt.db.query<{ data: Json }>(
      `SELECT data FROM events WHERE payment_id = $1 AND type = 'payment.confirmed'`,
      [second.payment_id],
    );
    assert.equal(event.data.payment.product.title, 'After');

    const renamed = await api(hilt, { authorization: `Bearer ${m.token}` }).patch('/v1/account/me', {
      display_name: 'Renamed Shop',
    });
    assert.equal(renamed.status, 200, renamed.text);
    const third = await openSession(hilt, p);
    await payAndConfirm(m, third, { buyer });
    assert.equal((await receiptOf(third.payment_id)).merchant.display_name, 'Renamed Shop');
  });
});
