import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Address, createKeyPairSignerFromBytes } from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';
import { signPaymentTransaction } from '../../src/chain/payment-transaction.ts';
import { USDC_MINT } from '../../src/chain/port.ts';
import { bearer, createTestApp, type TestApp } from '../helpers/app.ts';
import { signAsBuyer } from '../helpers/buyer.ts';
import {
  type Api,
  airdrop,
  api,
  confirm as confirmAs,
  createBuyer,
  createMerchant,
  createProduct,
  type Json,
  MERCHANT_WALLET as MERCHANT,
  type Merchant,
  openSession,
  pay,
  payWithWallet,
  type Wallet,
} from '../helpers/factories.ts';

describe('checkout and settlement on the local chain', () => {
  let hilt: TestApp;
  let m: Merchant;
  let http: Api;
  let wallet: Wallet;

  before(async () => {
    hilt = await createTestApp({
      HILT_EXPIRY_TOLERANCE_SECONDS: '0',
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
    });
    http = api(hilt);
    m = await createMerchant(hilt);
    wallet = await createBuyer(m);
    // The merchant wallet must exist on chain to receive small SOL amounts (rent exemption).
    await airdrop(m, MERCHANT);
  });
  after(() => hilt.dispose());

  const product = (body: Json = {}) =>
    createProduct(m, { title: 'Pro access', amount_minor_units: 25_000_000, ...body });

  const connect = (slug: string, body: Json = {}) =>
    openSession(hilt, { slug }, { payer_wallet: wallet.address, ...body });

  const confirm = (payment_id: string, tx_signature: string, extra: Json = {}) =>
    confirmAs(hilt, payment_id, tx_signature, wallet.address, extra);

  const payThroughWallet = (paymentId: string) => payWithWallet(hilt, { payment_id: paymentId }, wallet);

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
      const payload = await http.get(`/v1/products/p/${p.slug}`);
      assert.equal(payload.status, 200);
      assert.equal(payload.body.asset_symbol, asset);
      assert.equal(payload.body.delivery_value, undefined, 'no delivery secret in the public payload');
      assert.equal(payload.body.owner_id, undefined);
      assert.equal(payload.body.payment_count, undefined);

      const session = await connect(p.slug);
      assert.equal(session.status, 'PENDING_SIGNATURE');
      assert.equal(session.memo, `HILT:${session.nonce}`);
      assert.match(session.solana_pay_url, new RegExp(`^solana:${MERCHANT}\\?amount=`));
      assert.ok(session.solana_pay_url.includes(`reference=${session.reference}`));
      if (asset === 'USDC') assert.ok(session.solana_pay_url.includes(`spl-token=${USDC_MINT}`));
      assert.ok(Date.parse(session.expires_at) - Date.now() > 29 * 60_000);

      const info = await http.get(`/v1/pay/transaction/${session.payment_id}`);
      assert.equal(info.body.label, `${asset} course`);

      const signature = await payThroughWallet(session.payment_id);
      const ok = await confirm(session.payment_id, signature);
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.status, 'CONFIRMED');
      assert.equal(ok.body.delivery_value, 'https://example.com/welcome');
      assert.equal(ok.body.delivery_status, 'SENT');

      const status = await http.get(`/v1/payments/${session.payment_id}`);
      assert.equal(status.body.status, 'CONFIRMED');
      assert.equal(status.body.tx_signature, signature);
      assert.ok(status.body.confirmed_at);

      const again = await confirm(session.payment_id, signature);
      assert.equal(again.status, 200, 'confirming twice is harmless');

      const list = await m.get(`/v1/products/${p.id}/payments`);
      assert.equal(list.body[0].status, 'CONFIRMED');
      assert.equal(list.body[0].received_minor_units, asset === 'USDC' ? 29_000_000 : 150_000_000);
      const prod = await m.get(`/v1/products/${p.id}`);
      assert.equal(prod.body.payment_count, 1);
      assert.equal(prod.body.total_volume_lamports, asset === 'USDC' ? 29_000_000 : 150_000_000);
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
      const paid = await pay(m, { payment_id: session.payment_id }, wallet, scenario);
      const res = await confirm(session.payment_id, paid);
      assert.equal(res.status, 422, res.text);
      assert.equal(res.body.code, 'payment_incomplete');
      assert.ok(res.body.detail.includes(reason));
      const status = (await http.get(`/v1/payments/${session.payment_id}`)).body;
      assert.equal(status.status, 'PENDING_SIGNATURE');
      const [listed] = (await m.get<Json[]>(`/v1/products/${p.id}/payments`)).body;
      assert.equal(listed.partial_payments.length, 1);
      assert.equal(listed.partial_payments[0].reason, reason);
      assert.equal(listed.partial_payments[0].tx_signature, paid);
      assert.equal(listed.refund_required, reason !== 'wrong_recipient');
      // The full payment still settles the session.
      const full = await pay(m, { payment_id: session.payment_id }, wallet);
      const ok = await confirm(session.payment_id, full);
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.body.status, 'CONFIRMED');
    });
  }

  test('no memo and no reference: the transaction is not about the session, which stays open', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const paid = await pay(m, { payment_id: session.payment_id }, wallet, 'no_memo');
    const res = await confirm(session.payment_id, paid);
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'transaction_not_for_session');
    const status = (await http.get(`/v1/payments/${session.payment_id}`)).body;
    assert.equal(status.status, 'PENDING_SIGNATURE');
    // The buyer can still pay it properly.
    const good = await pay(m, { payment_id: session.payment_id }, wallet);
    assert.equal((await confirm(session.payment_id, good)).status, 200);
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
      http.post('/v1/pay/confirm', { tx_signature, payer_wallet: wallet.address, ...extra });

    // By slug, from the HILT:{nonce} memo of a sandbox payment.
    const paidSecond = await pay(m, { payment_id: second.payment_id }, wallet);
    const bySlug = await withoutId(paidSecond, { slug: p.slug });
    assert.equal(bySlug.status, 200, bySlug.text);
    assert.equal(bySlug.body.payment_id, second.payment_id);
    assert.equal(bySlug.body.status, 'CONFIRMED');
    // A retry of the same confirm answers the same session.
    const retried = await withoutId(paidSecond, { slug: p.slug });
    assert.equal(retried.body.payment_id, second.payment_id);

    // By product_id, from a wallet-built transaction (memo and reference key).
    const signature = await payThroughWallet(first.payment_id);
    const byId = await withoutId(signature, { product_id: p.id });
    assert.equal(byId.status, 200, byId.text);
    assert.equal(byId.body.payment_id, first.payment_id);

    // Another product's transaction matches no open session of this product: 404, and nothing changes.
    const paidForeign = await pay(m, { payment_id: foreign.payment_id }, wallet);
    const mismatch = await withoutId(paidForeign, { slug: p.slug });
    assert.equal(mismatch.status, 404, mismatch.text);
    assert.equal(mismatch.body.code, 'payment_session_not_found');
    assert.match(mismatch.body.detail, /matches no open checkout session of this product/);
    const foreignStatus = (await http.get(`/v1/payments/${foreign.payment_id}`)).body;
    assert.equal(foreignStatus.status, 'PENDING_SIGNATURE');
    assert.equal((await withoutId(paidForeign, { slug: other.slug })).body.payment_id, foreign.payment_id);

    // A transaction with neither memo nor reference names no session; the same verification rule applies to the
    // rest (an underpayment found this way fails its session).
    const third = await connect(p.slug);
    const noMemo = await pay(m, { payment_id: third.payment_id }, wallet, 'no_memo');
    assert.equal((await withoutId(noMemo, { product_id: p.id })).body.code, 'payment_session_not_found');
    const under = await pay(m, { payment_id: third.payment_id }, wallet, 'underpay');
    // Found by its memo, then held to the same rule: short, so kept on the session as a partial payment.
    const short = await withoutId(under, { slug: p.slug });
    assert.equal(short.status, 422, short.text);
    assert.equal(short.body.code, 'payment_incomplete');
    // Unknown product, or no product at all.
    assert.equal((await withoutId(noMemo, { slug: 'no-such-product' })).body.code, 'product_not_found');
    assert.equal((await withoutId(noMemo, {})).body.code, 'payment_not_found');
  });

  test('a signature already bound to one session is 409 on another', async () => {
    const p = await product();
    const a = await connect(p.slug);
    const b = await connect(p.slug);
    const paid = await pay(m, { payment_id: a.payment_id }, wallet);
    assert.equal((await confirm(a.payment_id, paid)).status, 200);
    const reuse = await confirm(b.payment_id, paid);
    assert.equal(reuse.status, 409);
    assert.equal(reuse.body.code, 'signature_already_used');
    const other = await pay(m, { payment_id: b.payment_id }, wallet);
    const second = await confirm(a.payment_id, other);
    assert.equal(second.status, 409, 'session a is already paid by another transaction');
  });

  test('an expired session: 410 before paying; paying late fails as expired and is flagged for refund', async () => {
    const p = await product();
    const s1 = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [s1.payment_id]);
    const unknown = bs58.encode(Buffer.alloc(64, 7));
    const gone = await confirm(s1.payment_id, unknown);
    assert.equal(gone.status, 410);
    assert.equal(gone.body.code, 'session_expired');

    const s2 = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [s2.payment_id]);
    const late = await pay(m, { payment_id: s2.payment_id }, wallet);
    const res = await confirm(s2.payment_id, late);
    assert.equal(res.status, 422);
    assert.ok(res.body.detail.includes('expired'));
    const rows = await hilt.db.query<{ refund_required: boolean; failure_reason: string }>(
      'SELECT refund_required, failure_reason FROM payments WHERE id = $1',
      [s2.payment_id],
    );
    assert.deepEqual(rows[0], { refund_required: true, failure_reason: 'expired' });
  });

  test('an unknown signature is 408; the same payment confirms once the transaction lands', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const req = await http.post(`/v1/pay/transaction/${session.payment_id}`, { account: wallet.address });
    const { wire, signature } = await signAsBuyer(req.body.transaction, wallet.secret_key);
    const early = await confirm(session.payment_id, signature);
    assert.equal(early.status, 408);
    assert.equal(early.body.code, 'chain_not_confirmed');
    const rpc = await http.post('/sandbox/rpc', {
      jsonrpc: '2.0',
      id: 1,
      method: 'sendTransaction',
      params: [wire, { encoding: 'base64' }],
    });
    assert.equal(rpc.body.result, signature);
    const later = await confirm(session.payment_id, signature);
    assert.equal(later.status, 200);
    assert.equal(later.body.status, 'CONFIRMED');
  });

  test('50 concurrent confirms give one CONFIRMED payment', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const paid = await pay(m, { payment_id: session.payment_id }, wallet);
    const results = await Promise.all(Array.from({ length: 50 }, () => confirm(session.payment_id, paid)));
    assert.deepEqual([...new Set(results.map((r) => r.status))], [200]);
    const prod = (await m.get(`/v1/products/${p.id}`)).body;
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
    const pa = await pay(m, { payment_id: a.payment_id }, wallet);
    const pb = await pay(m, { payment_id: b.payment_id }, wallet);
    const [ra, rb] = await Promise.all([confirm(a.payment_id, pa), confirm(b.payment_id, pb)]);
    const codes = [ra.status, rb.status].sort();
    assert.deepEqual(codes, [200, 422]);
    const loser = ra.status === 422 ? ra : rb;
    assert.ok(loser.body.detail.includes('sold_out'));
    const soldOut = await http.post(`/v1/products/p/${p.slug}/connect`, {});
    assert.equal(soldOut.status, 409);
    assert.equal(soldOut.body.code, 'sold_out');
  });

  test('the reconciler credits a payment nobody confirmed, by its reference', async () => {
    const p = await product();
    const session = await connect(p.slug);
    await pay(m, { payment_id: session.payment_id }, wallet);
    const result = await hilt.services.payments.reconcileOnce();
    assert.ok(result.confirmed >= 1);
    const status = (await http.get(`/v1/payments/${session.payment_id}`)).body;
    assert.equal(status.status, 'CONFIRMED');
  });

  test('the reconciler fails sessions past their expiry', async () => {
    const p = await product();
    const session = await connect(p.slug);
    await hilt.db.query("UPDATE payments SET expires_at = now() - interval '1 minute' WHERE id = $1", [
      session.payment_id,
    ]);
    await hilt.services.payments.reconcileOnce();
    const status = (await http.get(`/v1/payments/${session.payment_id}`)).body;
    assert.equal(status.status, 'FAILED');
    assert.equal(status.failure_reason, 'expired');
  });

  test('overpayment is accepted and the excess recorded', async () => {
    const p = await product();
    const session = await connect(p.slug);
    const payer = await createKeyPairSignerFromBytes(bs58.decode(wallet.secret_key));
    const rpc = (method: string, params: unknown[]) =>
      http.post('/sandbox/rpc', { jsonrpc: '2.0', id: 1, method, params });
    const bh = (await rpc('getLatestBlockhash', [])).body.result.value;
    const wire = await signPaymentTransaction({
      payer,
      transfers: [{ recipient: MERCHANT as Address, amountMinor: 25_000_000n + 1_234n }],
      references: [session.reference as Address],
      memo: session.memo,
      blockhash: { blockhash: bh.blockhash, lastValidBlockHeight: BigInt(bh.lastValidBlockHeight) },
    });
    const sig = (await rpc('sendTransaction', [wire, { encoding: 'base64' }])).body.result;
    assert.equal((await confirm(session.payment_id, sig)).status, 200);
    const list = (await m.get(`/v1/products/${p.id}/payments`)).body;
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
    const link = await m.post(`/v1/products/${p.id}/handoff-link`, {
      identity_type: 'TELEGRAM_USER_ID',
      identity_value: '728255790',
      identity_display: '@buyer',
      expires_in_minutes: 30,
    });
    assert.equal(link.status, 200, link.text);
    const { handoff_token, checkout_url } = link.body;
    assert.ok(checkout_url.includes(`/p/${p.slug}?handoff=`));
    const resolved = await http.post(`/v1/products/p/${p.slug}/resolve-handoff`, { handoff_token });
    assert.equal(resolved.body.identity_value, '728255790');

    const [h, body, sig] = handoff_token.split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), iv: '1' }),
    ).toString('base64url');
    const tampered = await http.post(`/v1/products/p/${p.slug}/resolve-handoff`, {
      handoff_token: `${h}.${forgedBody}.${sig}`,
    });
    assert.equal(tampered.status, 422);
    assert.equal(tampered.body.code, 'invalid_handoff_token');
    const tamperedConnect = await http.post(`/v1/products/p/${p.slug}/connect`, {
      handoff_token: `${h}.${forgedBody}.${sig}`,
    });
    assert.equal(tamperedConnect.status, 422);

    const session = await connect(p.slug, { handoff_token, customer_reference_value: 'someone-else' });
    assert.equal(session.identity_locked, true);
    assert.equal(session.customer_reference_value, '728255790');
    const paid = await pay(m, { payment_id: session.payment_id }, wallet);
    const ok = await confirm(session.payment_id, paid, { customer_reference_value: 'override' });
    assert.equal(ok.status, 200, ok.text);
    const list = (await m.get(`/v1/products/${p.id}/payments`)).body;
    assert.equal(list[0].customer_reference_value, '728255790', 'the locked identity wins');

    const other = await product();
    const wrongProduct = await http.post(`/v1/products/p/${other.slug}/resolve-handoff`, { handoff_token });
    assert.equal(wrongProduct.status, 422);
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
    const paid = await pay(m, { payment_id: s.payment_id }, wallet);
    const refused = await confirm(s.payment_id, paid);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'identity_required');

    const start = await http.post('/v1/pay/identity/start', {
      slug: p.slug,
      wallet_address: wallet.address,
      customer_reference_type: 'DISCORD_USER_ID',
      customer_reference_value: '123456789012345678',
    });
    assert.equal(start.status, 200, start.text);
    const { createKeyPairFromBytes, signBytes } = await import('@solana/kit');
    const kp = await createKeyPairFromBytes(bs58.decode(wallet.secret_key));
    const badSig = Buffer.alloc(64).toString('base64');
    const bad = await http.post('/v1/pay/identity/complete', {
      session_id: start.body.session_id,
      wallet_address: wallet.address,
      signed_message_b64: badSig,
    });
    assert.equal(bad.status, 422);
    const signature = await signBytes(kp.privateKey, new TextEncoder().encode(start.body.challenge_message));
    const done = await http.post('/v1/pay/identity/complete', {
      session_id: start.body.session_id,
      wallet_address: wallet.address,
      signed_message_b64: Buffer.from(signature).toString('base64'),
    });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, 'VERIFIED');
    const ok = await confirm(s.payment_id, paid, { identity_session_id: start.body.session_id });
    assert.equal(ok.status, 200, ok.text);
  });

  test('TIP_JAR: the buyer chooses at least the minimum', async () => {
    const p = await product({ product_type: 'TIP_JAR', amount_minor_units: 1_000_000 });
    const low = await http.post(`/v1/products/p/${p.slug}/connect`, { amount_minor_units: 999 });
    assert.equal(low.status, 422);
    assert.equal(low.body.code, 'amount_below_minimum');
    const s = await connect(p.slug, { amount_minor_units: 5_000_000 });
    assert.equal(s.amount_minor_units, 5_000_000);
  });

  test('archived products leave the public checkout; sandbox routes 404 in live mode', async () => {
    const p = await product();
    await m.delete(`/v1/products/${p.id}`);
    assert.equal((await http.get(`/v1/products/p/${p.slug}`)).status, 404);
    assert.equal((await http.post(`/v1/products/p/${p.slug}/connect`, {})).status, 404);
    const live = await http.post('/v1/sandbox/wallets', {}, { headers: bearer(m.token) });
    assert.equal(live.status, 404);
  });
});
