import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import bs58 from '../../src/lib/base58.ts';
import { extractHiltMemos } from '../../src/helius/payload.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  airdrop,
  createBuyer,
  createMerchant,
  createProduct,
  MERCHANT_WALLET as MERCHANT,
  type Merchant,
  openSession,
  pay,
  type Wallet,
} from '../helpers/factories.ts';
const MEMO_PROGRAM = 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr';
const AUTH = 'helius-shared-secret-value';
const HMAC = 'helius-hmac-secret';

describe('Helius settlement callback', () => {
  let hilt: TestApp;
  let m: Merchant;
  let wallet: Wallet;
  let slug: string;

  before(async () => {
    hilt = await createTestApp({
      HILT_HELIUS_AUTH_SECRET: AUTH,
      HILT_HELIUS_HMAC_SECRET: HMAC,
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
    });
    m = await createMerchant(hilt);
    wallet = await createBuyer(m);
    await airdrop(m, MERCHANT);
    slug = (await createProduct(m, { title: 'Helius', amount_minor_units: 5_000_000 })).slug;
  });
  after(() => hilt.dispose());

  function helius(payload: unknown, headers: Record<string, string> = {}) {
    const body = JSON.stringify(payload);
    return hilt.app.inject({
      method: 'POST',
      url: '/v1/products/webhook/helius',
      payload: body,
      headers: {
        'content-type': 'application/json',
        authorization: AUTH,
        'helius-signature': createHmac('sha256', HMAC).update(body).digest('hex'),
        ...headers,
      },
    });
  }

  /** A sandbox payment sent on the local chain but not confirmed through /v1/pay/confirm. */
  async function paidSession() {
    const session = await openSession(hilt, { slug }, { payer_wallet: wallet.address });
    return { paymentId: session.payment_id, nonce: session.nonce, signature: await pay(m, session, wallet) };
  }

  const enhanced = (signature: string, nonce: string) => [
    {
      signature,
      type: 'TRANSFER',
      source: 'SYSTEM_PROGRAM',
      description: `${wallet.address} transferred 0.005 SOL to ${MERCHANT}.`,
      instructions: [
        {
          programId: '11111111111111111111111111111111',
          data: '3Bxs4h24hBtQy9rw',
          accounts: [],
          innerInstructions: [],
        },
        {
          programId: MEMO_PROGRAM,
          data: bs58.encode(Buffer.from(`HILT:${nonce}`)),
          accounts: [],
          innerInstructions: [],
        },
      ],
      events: {},
    },
  ];

  const paymentStatus = async (id: string) =>
    (await hilt.app.inject({ method: 'GET', url: `/v1/payments/${id}` })).json();
  const confirmedEvents = async (id: string) =>
    (
      await hilt.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM events WHERE payment_id = $1 AND type = 'payment.confirmed'",
        [id],
      )
    )[0].n;

  test('forged calls are refused and change nothing', async () => {
    const p = await paidSession();
    const payload = enhanced(p.signature, p.nonce);
    const noAuth = await helius(payload, { authorization: '' });
    assert.equal(noAuth.statusCode, 401);
    assert.equal((await helius(payload, { authorization: 'wrong-secret' })).statusCode, 401);
    const badHmac = await helius(payload, { 'helius-signature': 'ab'.repeat(32) });
    assert.equal(badHmac.statusCode, 401);
    assert.equal(badHmac.json().code, 'helius_signature_invalid');
    // Signed for another body: the HMAC covers the exact bytes.
    const other = createHmac('sha256', HMAC).update('[]').digest('hex');
    assert.equal((await helius(payload, { 'helius-signature': other })).statusCode, 401);
    assert.equal((await paymentStatus(p.paymentId)).status, 'PENDING_SIGNATURE');
  });

  test('a genuine call confirms the payment exactly once; replays and unknown nonces are harmless', async () => {
    const p = await paidSession();
    const payload = enhanced(p.signature, p.nonce);
    const results = await Promise.all([helius(payload), helius(payload), helius(payload)]);
    for (const r of results) assert.equal(r.statusCode, 200, r.body);
    const outcomes = results.map((r) => r.json().results[0].outcome);
    assert.ok(outcomes.includes('confirmed'), outcomes.join());
    const status = await paymentStatus(p.paymentId);
    assert.equal(status.status, 'CONFIRMED');
    assert.equal(status.tx_signature, p.signature);
    assert.equal(await confirmedEvents(p.paymentId), 1);

    const replay = await helius(payload);
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.json().results[0].outcome, 'already_settled');
    assert.equal(await confirmedEvents(p.paymentId), 1);

    const unknown = await helius(enhanced(p.signature, 'f'.repeat(32)));
    assert.equal(unknown.statusCode, 200);
    assert.equal(unknown.json().results[0].outcome, 'unknown_nonce');
    const empty = await helius([{ signature: p.signature, description: 'no memo here' }]);
    assert.deepEqual(empty.json(), { received: true, transactions: 1, matched: 0, confirmed: 0, results: [] });
  });

  test('Bearer form of the secret and a memo found only in the description or logs', async () => {
    const p = await paidSession();
    const res = await helius([{ signature: p.signature, description: `memo HILT:${p.nonce}`, instructions: [] }], {
      authorization: `Bearer ${AUTH}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().confirmed, 1);
    assert.equal((await paymentStatus(p.paymentId)).status, 'CONFIRMED');
  });

  test('payload parsing is liberal', () => {
    const sig = '5'.repeat(88);
    const nested = {
      transactions: [
        { signature: sig, meta: { logMessages: ['Program log: Memo (len 37): "HILT:abcdef0123456789"'] } },
      ],
    };
    assert.deepEqual(extractHiltMemos(nested).matches, [{ signature: sig, nonce: 'abcdef0123456789' }]);
    assert.deepEqual(extractHiltMemos({ signature: 'short' }).matches, []);
    assert.deepEqual(extractHiltMemos('nonsense').matches, []);
  });

  test('without a configured secret the callback refuses everything', async () => {
    const bare = await createTestApp();
    try {
      const res = await bare.app.inject({
        method: 'POST',
        url: '/v1/products/webhook/helius',
        payload: [],
        headers: { authorization: AUTH },
      });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'helius_not_configured');
    } finally {
      await bare.dispose();
    }
  });
});
