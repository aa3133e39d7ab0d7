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

  test('a stranger’s dust payment carrying the reference cannot fail a session whose buyer is known', async () => {
    const s = await session({ payer_wallet: buyer.address });
    const dust = await pay(s.payment_id, stranger, 'underpay');
    const refused = await confirm(s.payment_id, dust, stranger.address);
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().code, 'transaction_not_for_session');
    const good = await pay(s.payment_id, buyer);
    const ok = await confirm(s.payment_id, good, buyer.address);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'CONFIRMED');
  });

  test('a full payment to a session that already closed is kept for refund, never lost', async () => {
    const s = await session();
    const bad = await pay(s.payment_id, buyer, 'underpay');
    assert.equal((await confirm(s.payment_id, bad, buyer.address)).statusCode, 422);
    const full = await pay(s.payment_id, buyer);
    const res = await confirm(s.payment_id, full, buyer.address);
    assert.equal(res.statusCode, 422);
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
    const bs58 = (await import('bs58')).default;
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
      const bs58 = (await import('bs58')).default;
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
