// With a platform fee configured, x402 sessions advertise `hilt-exact`: two atomic transfers (merchant and fee)
// that the buyer's transaction must make exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKeyPairSignerFromBytes, generateKeyPairSigner } from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';
import { createPaymentSignature, type X402PaymentRequired } from '../../sdk/src/index.ts';
import { buildPaymentTransaction } from '../../sdk/src/x402-buyer.ts';
import { USDC_MINT } from '../../src/chain/port.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

describe('x402 hilt-exact with a platform fee', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let feeWallet: string;
  let merchant: string;

  before(async () => {
    feeWallet = (await generateKeyPairSigner()).address;
    merchant = (await generateKeyPairSigner()).address;
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_PLATFORM_FEE_BPS: '100',
      HILT_FEE_WALLET: feeWallet,
    });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
  });
  after(() => hilt.dispose());

  const post = (url: string, payload: unknown, idem: string) =>
    hilt.app.inject({ method: 'POST', url, payload: payload as object, headers: { ...sk, 'idempotency-key': idem } });
  const usdc = async (owner: string) =>
    (await hilt.services.payments.chainFor({ livemode: false }).getTokenAccountsByOwner(owner, USDC_MINT))[0]?.amount ??
    0n;
  /** An x402 payment session of the 'report' access product, with its decoded PAYMENT-REQUIRED. */
  const session = async (idem: string, customer = 'bot') => {
    const res = await post(
      '/v1/access/payment-sessions',
      { external_product_id: 'report', external_customer_id: customer, payment_protocol: 'x402' },
      idem,
    );
    assert.equal(res.statusCode, 201, res.body);
    const ps = res.json().payment_session;
    const required = JSON.parse(
      Buffer.from(ps.payment_requirement.headers['PAYMENT-REQUIRED'], 'base64').toString(),
    ) as X402PaymentRequired;
    return { id: ps.id as string, required };
  };

  test('the requirement splits merchant and fee; a transaction paying both settles, one paying only the merchant does not', async () => {
    const p = await post(
      '/v1/access/products',
      { external_product_id: 'report', amount_minor_units: 1_000_000, merchant_wallet: merchant },
      'fee-product-1',
    );
    assert.equal(p.statusCode, 201, p.body);
    const wallet = await hilt.sandboxChain!.createFundedWallet({ usdcMinor: 5_000_000n });
    const signer = await createKeyPairSignerFromBytes(bs58.decode(wallet.secretKey));

    const s1 = await session('fee-session-1');
    const a = s1.required.accepts[0];
    assert.equal(a.scheme, 'hilt-exact');
    assert.equal(a.amount, '1000000');
    assert.deepEqual(a.extra?.hilt?.atomicTransfers, [
      { role: 'merchant', asset: USDC_MINT, amount: '990000', payTo: merchant },
      { role: 'hilt_fee', asset: USDC_MINT, amount: '10000', payTo: feeWallet },
    ]);

    // Only the merchant's part (as an `exact` buyer would pay it): refused, nothing moves.
    const { blockhash, lastValidBlockHeight } = hilt.sandboxChain!.state.latestBlockhash();
    const lifetime = { blockhash, lastValidBlockHeight: BigInt(lastValidBlockHeight) };
    const merchantOnly = await buildPaymentTransaction(
      signer,
      { ...a, scheme: 'exact', amount: '990000', extra: {} },
      lifetime,
    );
    const refused = await post(
      '/v1/access/x402/settle',
      {
        payment_session_id: s1.id,
        payment_signature: Buffer.from(
          JSON.stringify({
            x402Version: 2,
            resource: s1.required.resource,
            accepted: a,
            payload: { transaction: merchantOnly },
          }),
        ).toString('base64'),
      },
      'fee-settle-1',
    );
    assert.equal(refused.statusCode, 402, refused.body);
    assert.match(refused.json().detail, /invalid_exact_svm_payload_transaction_instructions_length/);

    const both = await buildPaymentTransaction(signer, a, lifetime);
    const ok = await post(
      '/v1/access/x402/settle',
      { payment_session_id: s1.id, payment_signature: createPaymentSignature(s1.required, both).paymentSignature },
      'fee-settle-2',
    );
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(await usdc(merchant), 990_000n);
    assert.equal(await usdc(feeWallet), 10_000n);
    assert.equal(await usdc(wallet.address), 4_000_000n);
    assert.equal(ok.json().entitlement.status, 'active');
  });

  test('two equal payments signed against one blockhash are two transactions, and both settle', async () => {
    const wallet = await hilt.sandboxChain!.createFundedWallet({ usdcMinor: 5_000_000n });
    const signer = await createKeyPairSignerFromBytes(bs58.decode(wallet.secretKey));
    const { blockhash, lastValidBlockHeight } = hilt.sandboxChain!.state.latestBlockhash();
    const lifetime = { blockhash, lastValidBlockHeight: BigInt(lastValidBlockHeight) };
    for (const n of [1, 2]) {
      const { id, required } = await session(`twin-session-${n}`, `twin-${n}`);
      const [first, second] = [
        await buildPaymentTransaction(signer, required.accepts[0], lifetime),
        await buildPaymentTransaction(signer, required.accepts[0], lifetime),
      ];
      assert.notEqual(first, second, 'each payment carries its own nonce');
      const settled = await post(
        '/v1/access/x402/settle',
        { payment_session_id: id, payment_signature: createPaymentSignature(required, first).paymentSignature },
        `twin-settle-${n}`,
      );
      assert.equal(settled.statusCode, 200, settled.body);
    }
    assert.equal(await usdc(wallet.address), 3_000_000n);
  });
});
