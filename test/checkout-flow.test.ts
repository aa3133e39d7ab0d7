import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Address, createKeyPairSignerFromBytes } from '@solana/kit';
import bs58 from '../src/lib/base58.ts';
import { signPaymentTransaction } from '../src/chain/payment-transaction.ts';
import { USDC_MINT } from '../src/chain/port.ts';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './helpers/app.ts';
import { signAsBuyer } from './helpers/buyer.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

describe('checkout and settlement on the local chain', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let token: string;
  let wallet: { address: string; secret_key: string };

  before(async () => {
    hilt = await createTestApp({
      HILT_EXPIRY_TOLERANCE_SECONDS: '0',
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
    });
    const m = await registerMerchant(hilt);
    token = m.token;
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    wallet = (await post('/v1/sandbox/wallets', {}, sk)).json();
    // The merchant wallet must exist on chain to receive small SOL amounts (rent exemption).
    await post('/v1/sandbox/airdrop', { address: MERCHANT, lamports: 1_000_000_000 }, sk);
  });
  after(() => hilt.dispose());

  function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
    return hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
  }

  async function product(body: Record<string, unknown> = {}) {
    const res = await post(
      '/v1/products',
      {
        product_type: 'PAYMENT_LINK',
        title: 'Pro access',
        amount_minor_units: 25_000_000,
        merchant_wallet: MERCHANT,
        ...body,
      },
      sk,
    );
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: string; slug: string; livemode: boolean };
  }

  async function connect(slug: string, body: Record<string, unknown> = {}) {
    const res = await post(`/v1/products/p/${slug}/connect`, { payer_wallet: wallet.address, ...body });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  }

  const confirm = (payment_id: string, tx_signature: string, extra: Record<string, unknown> = {}) =>
    post('/v1/pay/confirm', { payment_id, tx_signature, payer_wallet: wallet.address, ...extra });

  async function payThroughWallet(paymentId: string) {
    const req = await post(`/v1/pay/transaction/${paymentId}`, { account: wallet.address });
    assert.equal(req.statusCode, 200, req.body);
    const { wire, signature } = await signAsBuyer(req.json().transaction, wallet.secret_key);
    const sent = await post('/v1/pay/broadcast', {
      payment_id: paymentId,
      signed_transaction: wire,
      payer_wallet: wallet.address,
    });
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal(sent.json().status, 'PENDING_CONFIRMATION');
    assert.equal(sent.json().tx_signature, signature);
    return signature;
  }

  for (const asset of ['SOL', 'USDC'] as const) {
    test(`full buyer flow in ${asset}: payload, connect, transaction, sign, send, confirm`, async () => {
      const p = await product({
        title: `${asset} course`,
        token_mint: asset === 'USDC' ? USDC_MINT : null,
        amount_minor_units: asset === 'USDC' ? 29_000_000 : 150_000_000,
        delivery_type: 'REDIRECT',
        delivery_value: 'https://example.com/welcome',
      });
      assert.equal(p.livemode, false);
      const payload = await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` });
      assert.equal(payload.statusCode, 200);
      assert.equal(payload.json().asset_symbol, asset);
      assert.equal(payload.json().delivery_value, undefined, 'no delivery secret in the public payload');
      assert.equal(payload.json().owner_id, undefined);
      assert.equal(payload.json().payment_count, undefined);

      const session = await connect(p.slug);
      assert.equal(session.status, 'PENDING_SIGNATURE');
      assert.equal(session.memo, `HILT:${session.nonce}`);
      assert.match(session.solana_pay_url, new RegExp(`^solana:${MERCHANT}\\?amount=`));
      assert.ok(session.solana_pay_url.includes(`reference=${session.reference}`));
      if (asset === 'USDC') assert.ok(session.solana_pay_url.includes(`spl-token=${USDC_MINT}`));
      assert.ok(Date.parse(session.expires_at) - Date.now() > 29 * 60_000);

      const info = await hilt.app.inject({ method: 'GET', url: `/v1/pay/transaction/${session.payment_id}` });
      assert.equal(info.json().label, `${asset} course`);

      const signature = await payThroughWallet(session.payment_id);
      const ok = await confirm(session.payment_id, signature);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().status, 'CONFIRMED');
      assert.equal(ok.json().delivery_value, 'https://example.com/welcome');
      assert.equal(ok.json().delivery_status, 'SENT');

      const status = await hilt.app.inject({ method: 'GET', url: `/v1/payments/${session.payment_id}` });
      assert.equal(status.json().status, 'CONFIRMED');
      assert.equal(status.json().tx_signature, signature);
      assert.ok(status.json().confirmed_at);

      const again = await confirm(session.payment_id, signature);
      assert.equal(again.statusCode, 200, 'confirming twice is harmless');

      const list = await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/payments`, headers: sk });
      assert.equal(list.json()[0].status, 'CONFIRMED');
      assert.equal(list.json()[0].received_minor_units, asset === 'USDC' ? 29_000_000 : 150_000_000);
      const prod = await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}`, headers: sk });
      assert.equal(prod.json().payment_count, 1);
      assert.equal(prod.json().total_volume_lamports, asset === 'USDC' ? 29_000_000 : 150_000_000);
    });
  }

  for (const [scenario, reason, asset] of [
    ['underpay', 'underpaid', 'SOL'],
    ['underpay', 'underpaid', 'USDC'],
    ['wrong_mint', 'wrong_mint', 'USDC'],
    ['wrong_mint', 'wrong_mint', 'SOL'],
    ['wrong_recipient', 'wrong_recipient', 'SOL'],
    ['wrong_recipient', 'wrong_recipient', 'USDC'],
  ] as const) {
    test(`${scenario} in ${asset} is recorded as ${reason} and leaves the session open`, async () => {
      const p = await product({ token_mint: asset === 'USDC' ? USDC_MINT : null });
      const session = await connect(p.slug);
      const paid = await post(
        '/v1/sandbox/pay',
        { payment_id: session.payment_id, secret_key: wallet.secret_key, scenario },
        sk,
      );
      assert.equal(paid.statusCode, 200, paid.body);
      const res = await confirm(session.payment_id, paid.json().tx_signature);
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().code, 'payment_incomplete');
      assert.ok(res.json().detail.includes(reason));
      const status = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${session.payment_id}` })).json();
      assert.equal(status.status, 'PENDING_SIGNATURE');
      const [listed] = (
        await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/payments`, headers: sk })
      ).json();
      assert.equal(listed.partial_payments.length, 1);
      assert.equal(listed.partial_payments[0].reason, reason);
      assert.equal(listed.partial_payments[0].tx_signature, paid.json().tx_signature);
      assert.equal(listed.refund_required, reason !== 'wrong_recipient');
      // The full payment still settles the session.
      const full = await post('/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk);
      const ok = await confirm(session.payment_id, full.json().tx_signature);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().status, 'CONFIRMED');
    });
  }

  test('no memo and no reference: the transaction is not about the session, which stays open', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const paid = await post(
      '/v1/sandbox/pay',
      { payment_id: session.payment_id, secret_key: wallet.secret_key, scenario: 'no_memo' },
      sk,
    );
    const res = await confirm(session.payment_id, paid.json().tx_signature);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'transaction_not_for_session');
    const status = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${session.payment_id}` })).json();
    assert.equal(status.status, 'PENDING_SIGNATURE');
    // The buyer can still pay it properly.
    const good = await post('/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk);
    assert.equal((await confirm(session.payment_id, good.json().tx_signature)).statusCode, 200);
  });

  test('confirm without payment_id: the transaction names its session among the product’s open ones', async () => {
    // Its own price: a transfer without memo or reference is otherwise the same bytes as another test's, and the
    // chain refuses a transaction it has already processed within one blockhash.
    const p = await product({ title: 'No id confirm', amount_minor_units: 25_000_001 });
    const other = await product({ title: 'Another product' });
    // Two open sessions of the product and one of another: each transaction finds its own.
    const first = await connect(p.slug);
    const second = await connect(p.slug);
    const foreign = await connect(other.slug);
    const withoutId = (tx_signature: string, extra: Record<string, unknown>) =>
      post('/v1/pay/confirm', { tx_signature, payer_wallet: wallet.address, ...extra });

    // By slug, from the HILT:{nonce} memo of a sandbox payment.
    const paidSecond = await post(
      '/v1/sandbox/pay',
      { payment_id: second.payment_id, secret_key: wallet.secret_key },
      sk,
    );
    const bySlug = await withoutId(paidSecond.json().tx_signature, { slug: p.slug });
    assert.equal(bySlug.statusCode, 200, bySlug.body);
    assert.equal(bySlug.json().payment_id, second.payment_id);
    assert.equal(bySlug.json().status, 'CONFIRMED');
    // A retry of the same confirm answers the same session.
    const retried = await withoutId(paidSecond.json().tx_signature, { slug: p.slug });
    assert.equal(retried.json().payment_id, second.payment_id);

    // By product_id, from a wallet-built transaction (memo and reference key).
    const signature = await payThroughWallet(first.payment_id);
    const byId = await withoutId(signature, { product_id: p.id });
    assert.equal(byId.statusCode, 200, byId.body);
    assert.equal(byId.json().payment_id, first.payment_id);

    // Another product's transaction matches no open session of this product: 404, and nothing changes.
    const paidForeign = await post(
      '/v1/sandbox/pay',
      { payment_id: foreign.payment_id, secret_key: wallet.secret_key },
      sk,
    );
    const mismatch = await withoutId(paidForeign.json().tx_signature, { slug: p.slug });
    assert.equal(mismatch.statusCode, 404, mismatch.body);
    assert.equal(mismatch.json().code, 'payment_session_not_found');
    assert.match(mismatch.json().detail, /matches no open checkout session of this product/);
    const foreignStatus = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${foreign.payment_id}` })).json();
    assert.equal(foreignStatus.status, 'PENDING_SIGNATURE');
    assert.equal(
      (await withoutId(paidForeign.json().tx_signature, { slug: other.slug })).json().payment_id,
      foreign.payment_id,
    );

    // A transaction with neither memo nor reference names no session; the same verification rule applies to the
    // rest (an underpayment found this way fails its session).
    const third = await connect(p.slug);
    const noMemo = await post(
      '/v1/sandbox/pay',
      { payment_id: third.payment_id, secret_key: wallet.secret_key, scenario: 'no_memo' },
      sk,
    );
    assert.equal(noMemo.statusCode, 200, noMemo.body);
    assert.equal(
      (await withoutId(noMemo.json().tx_signature, { product_id: p.id })).json().code,
      'payment_session_not_found',
    );
    const under = await post(
      '/v1/sandbox/pay',
      { payment_id: third.payment_id, secret_key: wallet.secret_key, scenario: 'underpay' },
      sk,
    );
    // Found by its memo, then held to the same rule: short, so kept on the session as a partial payment.
    const short = await withoutId(under.json().tx_signature, { slug: p.slug });
    assert.equal(short.statusCode, 422, short.body);
    assert.equal(short.json().code, 'payment_incomplete');
    // Unknown product, or no product at all.
    assert.equal(
      (await withoutId(noMemo.json().tx_signature, { slug: 'no-such-product' })).json().code,
      'product_not_found',
    );
    assert.equal((await withoutId(noMemo.json().tx_signature, {})).json().code, 'payment_not_found');
  });

  test('a signature already bound to one session is 409 on another', async () => {
    const p = await product();
    const a = await connect(p.slug);
    const b = await connect(p.slug);
    const paid = await post('/v1/sandbox/pay', { payment_id: a.payment_id, secret_key: wallet.secret_key }, sk);
    assert.equal((await confirm(a.payment_id, paid.json().tx_signature)).statusCode, 200);
    const reuse = await confirm(b.payment_id, paid.json().tx_signature);
    assert.equal(reuse.statusCode, 409);
    assert.equal(reuse.json().code, 'signature_already_used');
    const other = await post('/v1/sandbox/pay', { payment_id: b.payment_id, secret_key: wallet.secret_key }, sk);
    const second = await confirm(a.payment_id, other.json().tx_signature);
    assert.equal(second.statusCode, 409, 'session a is already paid by another transaction');
  });

  test('an expired session: 410 before paying; paying late fails as expired and is flagged for refund', async () => {
    const p = await product();
    const s1 = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [s1.payment_id]);
    const unknown = bs58.encode(Buffer.alloc(64, 7));
    const gone = await confirm(s1.payment_id, unknown);
    assert.equal(gone.statusCode, 410);
    assert.equal(gone.json().code, 'session_expired');

    const s2 = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [s2.payment_id]);
    const late = await post('/v1/sandbox/pay', { payment_id: s2.payment_id, secret_key: wallet.secret_key }, sk);
    const res = await confirm(s2.payment_id, late.json().tx_signature);
    assert.equal(res.statusCode, 422);
    assert.ok(res.json().detail.includes('expired'));
    const rows = await hilt.db.query<{ refund_required: boolean; failure_reason: string }>(
      'SELECT refund_required, failure_reason FROM payments WHERE id = $1',
      [s2.payment_id],
    );
    assert.deepEqual(rows[0], { refund_required: true, failure_reason: 'expired' });
  });

  test('an unknown signature is 408; the same payment confirms once the transaction lands', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const req = await post(`/v1/pay/transaction/${session.payment_id}`, { account: wallet.address });
    const { wire, signature } = await signAsBuyer(req.json().transaction, wallet.secret_key);
    const early = await confirm(session.payment_id, signature);
    assert.equal(early.statusCode, 408);
    assert.equal(early.json().code, 'chain_not_confirmed');
    const rpc = await hilt.app.inject({
      method: 'POST',
      url: '/sandbox/rpc',
      payload: { jsonrpc: '2.0', id: 1, method: 'sendTransaction', params: [wire, { encoding: 'base64' }] },
    });
    assert.equal(rpc.json().result, signature);
    const later = await confirm(session.payment_id, signature);
    assert.equal(later.statusCode, 200);
    assert.equal(later.json().status, 'CONFIRMED');
  });

  test('50 concurrent confirms give one CONFIRMED payment', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const paid = await post('/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => confirm(session.payment_id, paid.json().tx_signature)),
    );
    assert.deepEqual([...new Set(results.map((r) => r.statusCode))], [200]);
    const prod = (await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}`, headers: sk })).json();
    assert.equal(prod.payment_count, 1);
    const confirmed = await hilt.db.query(
      "SELECT count(*)::int AS n FROM payments WHERE product_id = $1 AND status = 'CONFIRMED'",
      [p.id],
    );
    assert.equal(confirmed[0].n, 1);
  });

  test('max_payments holds when two paid sessions confirm at once', async () => {
    const p = await product({ max_payments: 1 });
    const a = await connect(p.slug);
    const b = await connect(p.slug);
    const pa = (await post('/v1/sandbox/pay', { payment_id: a.payment_id, secret_key: wallet.secret_key }, sk)).json();
    const pb = (await post('/v1/sandbox/pay', { payment_id: b.payment_id, secret_key: wallet.secret_key }, sk)).json();
    const [ra, rb] = await Promise.all([
      confirm(a.payment_id, pa.tx_signature),
      confirm(b.payment_id, pb.tx_signature),
    ]);
    const codes = [ra.statusCode, rb.statusCode].sort();
    assert.deepEqual(codes, [200, 422]);
    const loser = ra.statusCode === 422 ? ra : rb;
    assert.ok(loser.json().detail.includes('sold_out'));
    const soldOut = await post(`/v1/products/p/${p.slug}/connect`, {});
    assert.equal(soldOut.statusCode, 409);
    assert.equal(soldOut.json().code, 'sold_out');
  });

  test('the reconciler credits a payment nobody confirmed, by its reference', async () => {
    const p = await product();
    const session = await connect(p.slug);
    await post('/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk);
    const result = await hilt.services.payments.reconcileOnce();
    assert.ok(result.confirmed >= 1);
    const status = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${session.payment_id}` })).json();
    assert.equal(status.status, 'CONFIRMED');
  });

  test('the reconciler fails sessions past their expiry', async () => {
    const p = await product();
    const session = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      session.payment_id,
    ]);
    await hilt.services.payments.reconcileOnce();
    const status = (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${session.payment_id}` })).json();
    assert.equal(status.status, 'FAILED');
    assert.equal(status.failure_reason, 'expired');
  });

  test('overpayment is accepted and the excess recorded', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const payer = await createKeyPairSignerFromBytes(bs58.decode(wallet.secret_key));
    const rpc = (method: string, params: unknown[]) =>
      hilt.app.inject({ method: 'POST', url: '/sandbox/rpc', payload: { jsonrpc: '2.0', id: 1, method, params } });
    const bh = (await rpc('getLatestBlockhash', [])).json().result.value;
    const wire = await signPaymentTransaction({
      payer,
      transfers: [{ recipient: MERCHANT as Address, amountMinor: 25_000_000n + 1_234n }],
      references: [session.reference as Address],
      memo: session.memo,
      blockhash: { blockhash: bh.blockhash, lastValidBlockHeight: BigInt(bh.lastValidBlockHeight) },
    });
    const sig = (await rpc('sendTransaction', [wire, { encoding: 'base64' }])).json().result;
    assert.equal((await confirm(session.payment_id, sig)).statusCode, 200);
    const list = (await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/payments`, headers: sk })).json();
    assert.equal(list[0].excess_minor_units, 1_234);
  });

  test('handoff: signed link locks the identity; tampered and expired tokens are refused', async () => {
    const p = await product({
      membership_config: {
        enabled: true,
        platform: 'TELEGRAM',
        identity_type: 'TELEGRAM_USER_ID',
        identity_required: true,
      },
    });
    const link = await post(
      `/v1/products/${p.id}/handoff-link`,
      {
        identity_type: 'TELEGRAM_USER_ID',
        identity_value: '728255790',
        identity_display: '@buyer',
        expires_in_minutes: 30,
      },
      sk,
    );
    assert.equal(link.statusCode, 200, link.body);
    const { handoff_token, checkout_url } = link.json();
    assert.ok(checkout_url.includes(`/p/${p.slug}?handoff=`));
    const resolved = await post(`/v1/products/p/${p.slug}/resolve-handoff`, { handoff_token });
    assert.equal(resolved.json().identity_value, '728255790');

    const [h, body, sig] = handoff_token.split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), iv: '1' }),
    ).toString('base64url');
    const tampered = await post(`/v1/products/p/${p.slug}/resolve-handoff`, {
      handoff_token: `${h}.${forgedBody}.${sig}`,
    });
    assert.equal(tampered.statusCode, 422);
    assert.equal(tampered.json().code, 'invalid_handoff_token');
    const tamperedConnect = await post(`/v1/products/p/${p.slug}/connect`, {
      handoff_token: `${h}.${forgedBody}.${sig}`,
    });
    assert.equal(tamperedConnect.statusCode, 422);

    const session = await connect(p.slug, { handoff_token, customer_reference_value: 'someone-else' });
    assert.equal(session.identity_locked, true);
    assert.equal(session.customer_reference_value, '728255790');
    const paid = await post('/v1/sandbox/pay', { payment_id: session.payment_id, secret_key: wallet.secret_key }, sk);
    const ok = await confirm(session.payment_id, paid.json().tx_signature, { customer_reference_value: 'override' });
    assert.equal(ok.statusCode, 200, ok.body);
    const list = (await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/payments`, headers: sk })).json();
    assert.equal(list[0].customer_reference_value, '728255790', 'the locked identity wins');

    const other = await product();
    const wrongProduct = await post(`/v1/products/p/${other.slug}/resolve-handoff`, { handoff_token });
    assert.equal(wrongProduct.statusCode, 422);
  });

  test('identity handshake: a product that needs identity refuses confirm without one', async () => {
    const p = await product({
      membership_config: {
        enabled: true,
        platform: 'DISCORD',
        identity_type: 'DISCORD_USER_ID',
        identity_required: true,
      },
    });
    const s = await connect(p.slug);
    const paid = await post('/v1/sandbox/pay', { payment_id: s.payment_id, secret_key: wallet.secret_key }, sk);
    const refused = await confirm(s.payment_id, paid.json().tx_signature);
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().code, 'identity_required');

    const start = await post('/v1/pay/identity/start', {
      slug: p.slug,
      wallet_address: wallet.address,
      customer_reference_type: 'DISCORD_USER_ID',
      customer_reference_value: '123456789012345678',
    });
    assert.equal(start.statusCode, 200, start.body);
    const { createKeyPairFromBytes, signBytes } = await import('@solana/kit');
    const kp = await createKeyPairFromBytes(bs58.decode(wallet.secret_key));
    const badSig = Buffer.alloc(64).toString('base64');
    const bad = await post('/v1/pay/identity/complete', {
      session_id: start.json().session_id,
      wallet_address: wallet.address,
      signed_message_b64: badSig,
    });
    assert.equal(bad.statusCode, 422);
    const signature = await signBytes(kp.privateKey, new TextEncoder().encode(start.json().challenge_message));
    const done = await post('/v1/pay/identity/complete', {
      session_id: start.json().session_id,
      wallet_address: wallet.address,
      signed_message_b64: Buffer.from(signature).toString('base64'),
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().status, 'VERIFIED');
    const ok = await confirm(s.payment_id, paid.json().tx_signature, { identity_session_id: start.json().session_id });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('TIP_JAR: the buyer chooses at least the minimum', async () => {
    const p = await product({ product_type: 'TIP_JAR', amount_minor_units: 1_000_000 });
    const low = await post(`/v1/products/p/${p.slug}/connect`, { amount_minor_units: 999 });
    assert.equal(low.statusCode, 422);
    assert.equal(low.json().code, 'amount_below_minimum');
    const s = await connect(p.slug, { amount_minor_units: 5_000_000 });
    assert.equal(s.amount_minor_units, 5_000_000);
  });

  test('archived products leave the public checkout; sandbox routes 404 in live mode', async () => {
    const p = await product();
    await hilt.app.inject({ method: 'DELETE', url: `/v1/products/${p.id}`, headers: sk });
    assert.equal((await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` })).statusCode, 404);
    assert.equal((await post(`/v1/products/p/${p.slug}/connect`, {})).statusCode, 404);
    const live = await post('/v1/sandbox/wallets', {}, bearer(token));
    assert.equal(live.statusCode, 404);
  });
});
