import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './helpers/app.ts';

// Abuse and timing edges of settlement: third parties, closed sessions, late confirmations, malformed input.
describe('settlement edges', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let buyer: { address: string; secret_key: string };
  let stranger: { address: string; secret_key: string };
  let merchant: string;

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    hilt.app.inject({ method: 'POST', url, payload, headers });

  before(async () => {
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_EXPIRY_TOLERANCE_SECONDS: '0',
    });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    buyer = (await post('/v1/sandbox/wallets', {}, sk)).json();
    stranger = (await post('/v1/sandbox/wallets', {}, sk)).json();
    merchant = (await post('/v1/sandbox/wallets', {}, sk)).json().address;
  });
  after(() => hilt.dispose());

  async function session(body: Record<string, unknown> = {}) {
    const p = (
      await post(
        '/v1/products',
        { product_type: 'PAYMENT_LINK', title: 'Edge', amount_minor_units: 50_000_000, merchant_wallet: merchant },
        sk,
      )
    ).json();
    return (await post(`/v1/products/p/${p.slug}/connect`, body)).json();
  }
  const pay = async (paymentId: string, wallet: { secret_key: string }, scenario = 'exact') =>
    (await post('/v1/sandbox/pay', { payment_id: paymentId, secret_key: wallet.secret_key, scenario }, sk)).json()
      .tx_signature as string;
  const confirm = (paymentId: string, sig: string, payer: string) =>
    post('/v1/pay/confirm', { payment_id: paymentId, tx_signature: sig, payer_wallet: payer });

  const merchantView = async (paymentId: string) => {
    const [row] = await hilt.db.query<{ product_id: string }>('SELECT product_id FROM payments WHERE id = $1', [
      paymentId,
    ]);
    const list = await hilt.app.inject({ method: 'GET', url: `/v1/products/${row.product_id}/payments`, headers: sk });
    return list.json().find((x: { id: string }) => x.id === paymentId);
  };

  test('a stranger’s dust payment carrying the reference cannot fail a session whose buyer is known', async () => {
    const s = await session({ payer_wallet: buyer.address });
    const dust = await pay(s.payment_id, stranger, 'underpay');
    const refused = await confirm(s.payment_id, dust, stranger.address);
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().code, 'payment_incomplete');
    const good = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, good, buyer.address);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'CONFIRMED');
  });

  test('no one but a full payment closes a session: underpayments, wrong assets and dust are kept as partials', async () => {
    // No payer is known: anyone may try to close the session with a transaction carrying its memo and reference.
    const s = await session();
    const dust = await pay(s.payment_id, stranger, 'underpay');
    const wrongAsset = await pay(s.payment_id, stranger, 'wrong_mint');
    for (const sig of [dust, wrongAsset]) {
      const res = await confirm(s.payment_id, sig, stranger.address);
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().code, 'payment_incomplete');
      assert.match(res.json().detail, /stays open/);
    }
    // The reconciler finds them on chain too (by reference and memo) and still leaves the session open.
    await hilt.services.payments.reconcileOnce();
    const open = await hilt.app.inject({ method: 'GET', url: `/v1/payments/${s.payment_id}` });
    assert.equal(open.json().status, 'PENDING_SIGNATURE');
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
    assert.equal(ok.statusCode, 200, ok.body);
    const after = await merchantView(s.payment_id);
    assert.equal(after.status, 'CONFIRMED');
    assert.equal(after.payer_wallet, buyer.address);
    assert.equal(after.partial_payments.length, 2, 'the partials stay visible for the refund');
  });

  test('a session that only received partials expires as expired, flagged for the refund', async () => {
    const s = await session();
    const dust = await pay(s.payment_id, stranger, 'underpay');
    assert.equal((await confirm(s.payment_id, dust, stranger.address)).statusCode, 422);
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
    const built = await post(`/v1/pay/transaction/${s.payment_id}`, { account: stranger.address });
    assert.equal(built.statusCode, 200, built.body);
    assert.equal((await merchantView(s.payment_id)).payer_wallet, null);
    const full = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, full, buyer.address);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await merchantView(s.payment_id)).payer_wallet, buyer.address);
  });

  test('a full payment to a session that already closed is kept for refund, never lost', async () => {
    const s = await session();
    const first = await pay(s.payment_id, buyer);
    assert.equal((await confirm(s.payment_id, first, buyer.address)).statusCode, 200);
    // Another wallet, so the transaction differs from the first one even within one blockhash.
    const full = await pay(s.payment_id, stranger);
    const res = await confirm(s.payment_id, full, stranger.address);
    assert.equal(res.statusCode, 409, res.body);
    assert.match(res.json().detail, /recorded on the payment for a refund/);
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
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'CONFIRMED');
  });

  test('a verified identity must belong to the wallet that paid on chain', async () => {
    const p = (
      await post(
        '/v1/products',
        {
          product_type: 'PAYMENT_LINK',
          title: 'Id',
          amount_minor_units: 50_000_000,
          merchant_wallet: merchant,
          membership_config: {
            enabled: true,
            platform: 'DISCORD',
            identity_type: 'DISCORD_USER_ID',
            identity_required: true,
          },
        },
        sk,
      )
    ).json();
    const s = (await post(`/v1/products/p/${p.slug}/connect`, {})).json();
    const start = (
      await post('/v1/pay/identity/start', {
        slug: p.slug,
        wallet_address: stranger.address,
        customer_reference_value: '111111111111111111',
      })
    ).json();
    const { createKeyPairFromBytes, signBytes } = await import('@solana/kit');
    const bs58 = (await import('../src/lib/base58.ts')).default;
    const kp = await createKeyPairFromBytes(bs58.decode(stranger.secret_key));
    const sig = await signBytes(kp.privateKey, new TextEncoder().encode(start.challenge_message));
    await post('/v1/pay/identity/complete', {
      session_id: start.session_id,
      wallet_address: stranger.address,
      signed_message_b64: Buffer.from(sig).toString('base64'),
    });
    const paid = await pay(s.payment_id, buyer);
    // The caller claims the stranger's wallet paid; the chain says the buyer did.
    const res = await post('/v1/pay/confirm', {
      payment_id: s.payment_id,
      tx_signature: paid,
      payer_wallet: stranger.address,
      identity_session_id: start.session_id,
    });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'identity_wallet_mismatch');
  });

  test('confirm with a slug or product_id of another product is 404', async () => {
    const s = await session();
    const sig = await pay(s.payment_id, buyer);
    const wrongSlug = await post('/v1/pay/confirm', {
      payment_id: s.payment_id,
      tx_signature: sig,
      payer_wallet: buyer.address,
      slug: 'not-this-one',
    });
    assert.equal(wrongSlug.statusCode, 404);
    const ok = await confirm(s.payment_id, sig, buyer.address);
    assert.equal(ok.statusCode, 200);
  });

  test('a malformed signed transaction is 422, not a chain outage', async () => {
    const s = await session();
    for (const signed_transaction of ['AAAA', '!!!notbase64']) {
      const res = await post('/v1/pay/broadcast', { payment_id: s.payment_id, signed_transaction });
      assert.equal(res.statusCode, 422, res.body);
    }
  });

  test('public Idempotency-Keys are per client: two buyers never share a session', async () => {
    const p = (
      await post(
        '/v1/products',
        { product_type: 'PAYMENT_LINK', title: 'Idem', amount_minor_units: 1_000_000, merchant_wallet: merchant },
        sk,
      )
    ).json();
    const a = await hilt.app.inject({
      method: 'POST',
      url: `/v1/products/p/${p.slug}/connect`,
      payload: {},
      headers: { 'idempotency-key': 'k1' },
      remoteAddress: '10.1.1.1',
    });
    const b = await hilt.app.inject({
      method: 'POST',
      url: `/v1/products/p/${p.slug}/connect`,
      payload: {},
      headers: { 'idempotency-key': 'k1' },
      remoteAddress: '10.1.1.2',
    });
    const a2 = await hilt.app.inject({
      method: 'POST',
      url: `/v1/products/p/${p.slug}/connect`,
      payload: {},
      headers: { 'idempotency-key': 'k1' },
      remoteAddress: '10.1.1.1',
    });
    assert.notEqual(a.json().payment_id, b.json().payment_id);
    assert.equal(a2.json().payment_id, a.json().payment_id);
    assert.equal(a2.headers['idempotent-replayed'], 'true');
  });

  for (const asset of ['SOL', 'USDC'] as const) {
    test(`the reconciler finds a ${asset} payment that carries only the memo (no reference key)`, async () => {
      const mint = asset === 'USDC' ? 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v' : null;
      const p = (
        await post(
          '/v1/products',
          {
            product_type: 'PAYMENT_LINK',
            title: `Memo ${asset}`,
            amount_minor_units: 3_000_000,
            token_mint: mint,
            merchant_wallet: merchant,
          },
          sk,
        )
      ).json();
      const s = (await post(`/v1/products/p/${p.slug}/connect`, {})).json();
      const { createKeyPairSignerFromBytes } = await import('@solana/kit');
      const bs58 = (await import('../src/lib/base58.ts')).default;
      const { signPaymentTransaction } = await import('../src/chain/payment-transaction.ts');
      const payer = await createKeyPairSignerFromBytes(bs58.decode(buyer.secret_key));
      const rpc = (method: string, params: unknown[]) =>
        hilt.app.inject({ method: 'POST', url: '/sandbox/rpc', payload: { jsonrpc: '2.0', id: 1, method, params } });
      const bh = (await rpc('getLatestBlockhash', [])).json().result.value;
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
      const sent = (await rpc('sendTransaction', [wire, { encoding: 'base64' }])).json();
      assert.ok(sent.result, JSON.stringify(sent));
      await hilt.services.payments.reconcileOnce();
      const status = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${s.payment_id}` })).json();
      assert.equal(status.status, 'CONFIRMED');
      assert.equal(status.tx_signature, sent.result);
    });
  }

  test('/sandbox/rpc is rate limited per client like the public routes', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/sandbox/rpc',
      payload: { jsonrpc: '2.0', id: 1, method: 'getHealth' },
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.headers['x-ratelimit-limit']);
  });
});
