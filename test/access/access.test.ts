import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getTransferSolInstruction } from '@solana-program/system';
import {
  findAssociatedTokenPda,
  getCreateAssociatedTokenIdempotentInstruction,
  getTransferCheckedInstruction,
} from '@solana-program/token';
import {
  type Address,
  address,
  createKeyPairSignerFromBytes,
  generateKeyPairSigner,
  type Instruction,
} from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';
import { signInstructions } from '../../src/chain/payment-transaction.ts';
import { TOKEN_PROGRAM, USDC_MINT } from '../../src/chain/port.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

const decode = (h: string) => JSON.parse(Buffer.from(h, 'base64').toString('utf8'));
const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

describe('Pay API: apps, products, rails, entitlements and x402 settlement', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let merchant: string;
  let ownerToken: string;
  let n = 0;
  const key = (prefix = 'k') => `${prefix}-${Date.now()}-${++n}-test`;

  before(async () => {
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
    });
    const m = await registerMerchant(hilt);
    ownerToken = m.token;
    sk = keyHeader(
      (await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read', 'execute', 'admin'] })).raw,
    );
    merchant = (await generateKeyPairSigner()).address;
  });
  after(() => hilt.dispose());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    hilt.app.inject({ method, url, payload: payload as object, headers: { ...sk, ...headers } });
  const post = (url: string, payload: unknown, idem: string | null = key(), headers: Record<string, string> = {}) =>
    call('POST', url, payload, { ...(idem ? { 'idempotency-key': idem } : {}), ...headers });

  async function accessProduct(body: Record<string, unknown> = {}) {
    const res = await post('/v1/access/products', {
      external_product_id: `api-${++n}`,
      title: 'Search API',
      amount_minor_units: 10_000,
      merchant_wallet: merchant,
      usage_unit: 'request',
      usage_units_per_payment: 10,
      ...body,
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }

  test('rails, rail settings, apps, products with their backing product, readiness blockers', async () => {
    const rails = (await call('GET', '/v1/access/rails')).json();
    assert.equal(rails.default_rail, 'solana_usdc');
    const byId = Object.fromEntries(rails.rails.map((r: { id: string }) => [r.id, r]));
    assert.equal(byId.solana_usdc.status, 'production_available');
    assert.equal(byId.solana_usdc.supports_direct_http_402, true);
    assert.equal(byId.solana_sol.supports_direct_http_402, false);
    assert.equal(byId.base_usdc.supports_live, false);
    assert.match(byId.base_usdc.disabled_reason, /EVM/);
    assert.equal(rails.caller.sandbox, true);

    const ready0 = (await call('GET', '/v1/access/setup/readiness?mode=sandbox')).json();
    assert.equal(ready0.ready, false);
    assert.ok(ready0.blockers.some((b: { code: string }) => b.code === 'payout_wallet_missing'));

    const evm = await call('PUT', '/v1/access/rail-settings/base_usdc', { enabled: true, payout_address: merchant });
    assert.equal(evm.statusCode, 422);
    assert.equal(evm.json().code, 'rail_not_available');
    const bad = await call('PUT', '/v1/access/rail-settings/solana_usdc', { enabled: true, payout_address: 'nope' });
    assert.equal(bad.json().code, 'invalid_payout_address');
    const put = await call('PUT', '/v1/access/rail-settings/solana_usdc', { enabled: true, payout_address: merchant });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().rail_setting.payout_address, merchant);
    const settings = (await call('GET', '/v1/access/rail-settings')).json();
    assert.equal(settings.rail_settings.find((s: { rail_id: string }) => s.rail_id === 'solana_usdc').configured, true);

    const app = await post('/v1/access/apps', { name: 'Agent tools', external_app_id: 'tools' });
    assert.equal(app.statusCode, 201, app.body);
    assert.equal(app.json().app.default_rail, 'solana_usdc');
    const dup = await post('/v1/access/apps', { name: 'Agent tools', external_app_id: 'tools' });
    assert.equal(dup.statusCode, 409);

    // The payout wallet comes from the rail setting when the product names none.
    const created = await post('/v1/access/products', {
      access_app_id: app.json().app.id,
      external_product_id: 'pro-monthly',
      title: 'Pro',
      amount_minor_units: 5_000_000,
      billing_model: 'recurring',
      billing_interval_days: 30,
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.equal(body.access_product.status, 'paused');
    assert.equal(body.access_product.entitlement_duration_days, 30);
    assert.equal(body.hilt_product.merchant_wallet, merchant);
    assert.equal(body.hilt_product.token_mint, USDC_MINT);
    assert.match(body.hilt_product.checkout_url, /\/p\/pro/);
    const backing = await call('GET', `/v1/products/${body.hilt_product.id}`);
    assert.equal(backing.statusCode, 200);
    assert.equal(backing.json().amount_minor_units, 5_000_000);

    const native = await post('/v1/access/products', {
      amount_minor_units: 1,
      billing_model: 'recurring',
      renewal_mode: 'solana_native_subscription',
    });
    assert.equal(native.statusCode, 422);
    assert.equal(native.json().code, 'native_subscriptions_not_supported');

    const rails2 = (await call('GET', `/v1/access/products/${body.access_product.id}/available-rails`)).json();
    assert.deepEqual(rails2.payment_session_options.session_creatable_rails, ['solana_usdc']);

    const ready = (await call('GET', '/v1/access/setup/readiness?mode=sandbox&external_product_id=pro-monthly')).json();
    assert.equal(ready.ready, true, JSON.stringify(ready.blockers));
    const live = (await call('GET', '/v1/access/setup/readiness?mode=live&external_product_id=pro-monthly')).json();
    assert.equal(live.ready, false);
    assert.ok(live.blockers.some((b: { code: string }) => b.code === 'product_paused'));
  });

  test('readiness counts the active endpoints that receive the mode’s events, an all-modes endpoint included', async () => {
    const m = await registerMerchant(hilt);
    const key = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read', 'admin'] })).raw);
    const readiness = async () =>
      (await hilt.app.inject({ method: 'GET', url: '/v1/access/setup/readiness?mode=sandbox', headers: key })).json()
        .webhooks;
    const endpoint = async (headers: Record<string, string>, mode?: string) => {
      const res = await hilt.app.inject({
        method: 'POST',
        url: '/v1/webhooks/endpoints',
        headers,
        payload: { label: 'Receiver', url: 'http://127.0.0.1:9/hook', ...(mode ? { mode } : {}) },
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json();
    };
    assert.deepEqual(await readiness(), { active_endpoints: 0, configured: false });
    // A live endpoint does not receive sandbox events.
    await endpoint({ authorization: `Bearer ${m.token}`, 'x-hilt-mode': 'live' });
    assert.deepEqual(await readiness(), { active_endpoints: 0, configured: false });
    await endpoint(key);
    assert.deepEqual(await readiness(), { active_endpoints: 1, configured: true });
    const all = await endpoint({ authorization: `Bearer ${m.token}` }, 'all');
    assert.equal(all.endpoint.mode, 'all');
    assert.deepEqual(await readiness(), { active_endpoints: 2, configured: true });
  });

  test('out-of-scope parts answer with documented codes', async () => {
    const stripe = await call('POST', '/v1/access/billing/checkout/stripe', {});
    assert.equal(stripe.statusCode, 410);
    assert.equal(stripe.json().code, 'stripe_checkout_retired');
    const nat = await call('GET', '/v1/access/native-subscriptions/abc');
    assert.equal(nat.statusCode, 404);
    assert.equal(nat.json().code, 'native_subscriptions_not_supported');
    const mpp = await post('/v1/access/metered-sessions', {});
    assert.equal(mpp.json().code, 'mpp_sessions_not_supported');
    const evm = await hilt.app.inject({ method: 'POST', url: '/v1/access/provider-webhooks/alchemy/evm', payload: {} });
    assert.equal(evm.json().code, 'evm_rails_not_supported');
    const billing = (await call('GET', '/v1/access/billing/entitlement')).json();
    assert.equal(billing.commercial_model, 'self_hosted');
  });

  test('check, consume refusals, sandbox session confirm, and 50 parallel consumes of 10 units burn exactly 10', async () => {
    const p = await accessProduct();
    const ext = p.access_product.external_product_id;
    const who = { external_product_id: ext, external_customer_id: 'agent-7' };

    const check0 = await post('/v1/access/entitlements/check', who, null);
    assert.equal(check0.statusCode, 200);
    assert.equal(check0.json().has_access, false);
    assert.equal(check0.json().reason, 'no_entitlement');

    const noKey = await post('/v1/access/entitlements/consume', who, null);
    assert.equal(noKey.statusCode, 400);
    assert.equal(noKey.json().code, 'idempotency_key_required');
    const none = await post('/v1/access/entitlements/consume', who, 'consume-first-try');
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().code, 'entitlement_not_found');

    const sandbox = await post('/v1/access/sandbox/payment-sessions', { ...who, confirm_sandbox_mode: true });
    assert.equal(sandbox.statusCode, 201, sandbox.body);
    const s = sandbox.json();
    assert.equal(s.sandbox_only, true);
    assert.equal(s.pending_entitlement.status, 'pending');
    const pending = await post('/v1/access/entitlements/consume', who, key());
    assert.equal(pending.statusCode, 409);
    assert.equal(pending.json().code, 'entitlement_not_active');

    const wrong = await post(`/v1/access/sandbox/payment-sessions/${s.sandbox_session.id}/confirm`, {
      proof: 'hilt_sandbox_v1_forged-proof',
    });
    assert.equal(wrong.json().code, 'sandbox_proof_invalid');
    const ok = await post(`/v1/access/sandbox/payment-sessions/${s.sandbox_session.id}/confirm`, { proof: s.proof });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().entitlement.status, 'active');
    assert.equal(ok.json().entitlement.usage.granted, 10);

    const check1 = (await post('/v1/access/entitlements/check', who, null)).json();
    assert.equal(check1.has_access, true);
    assert.equal(check1.usage.remaining, 10);

    // The key whose first try said "no entitlement" now burns, once.
    const first = await post('/v1/access/entitlements/consume', who, 'consume-first-try');
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().consumed, true);
    assert.equal(first.json().usage.remaining, 9);
    const replay = await post('/v1/access/entitlements/consume', who, 'consume-first-try');
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.json().idempotent_replay, true);
    assert.equal(replay.json().usage_event.id, first.json().usage_event.id);

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post('/v1/access/entitlements/consume', who, `race-${i}-${n}`)),
    );
    const burnt = results.filter((r) => r.statusCode === 200);
    const refused = results.filter((r) => r.statusCode === 409);
    assert.equal(burnt.length, 9, 'nine units were left');
    assert.equal(refused.length, 41);
    for (const r of refused) assert.equal(r.json().code, 'usage_balance_insufficient');
    const ent = (await call('GET', `/v1/access/entitlements/${ok.json().entitlement.id}`)).json().entitlement;
    assert.equal(ent.usage.consumed, 10);
    assert.equal(ent.usage.remaining, 0);
    assert.equal(ent.usage.exhausted, true);
    const check2 = (await post('/v1/access/entitlements/check', who, null)).json();
    assert.equal(check2.has_access, false);
    assert.equal(check2.reason, 'usage_exhausted');

    const other = await call('GET', '/v1/access/entitlements/00000000-0000-0000-0000-000000000000');
    assert.equal(other.statusCode, 404);
  });

  test('a second idempotent consume of 10 fresh units in parallel: 50 requests, exactly 10 burns', async () => {
    const p = await accessProduct();
    const who = { external_product_id: p.access_product.external_product_id, wallet: merchant };
    const s = (await post('/v1/access/sandbox/payment-sessions', { ...who, confirm_sandbox_mode: true })).json();
    await post(`/v1/access/sandbox/payment-sessions/${s.sandbox_session.id}/confirm`, { proof: s.proof });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post('/v1/access/entitlements/consume', who, `w-race-${i}-${n}`)),
    );
    assert.equal(results.filter((r) => r.statusCode === 200).length, 10);
    const ent = (await call('GET', `/v1/access/entitlements/${s.pending_entitlement.id}`)).json().entitlement;
    assert.equal(ent.usage.consumed, 10);
  });

  // ---- x402 ----

  async function buyer() {
    const chain = hilt.sandboxChain!;
    const wallet = await chain.createFundedWallet({ usdcMinor: 1_000_000n });
    return { signer: await createKeyPairSignerFromBytes(bs58.decode(wallet.secretKey)), address: wallet.address };
  }

  interface Tamper {
    amount?: bigint;
    mint?: Address;
    payTo?: Address;
    extra?: () => Instruction;
  }
  // Each signed payment takes a blockhash no earlier one used: two equal payments signed in one slot would otherwise
  // be the very same transaction, which the chain refuses as already processed.
  const usedBlockhashes = new Set<string>();

  async function signPayment(
    b: Awaited<ReturnType<typeof buyer>>,
    acceptance: Record<string, unknown>,
    t: Tamper = {},
  ) {
    const mint = t.mint ?? address(acceptance.asset as string);
    const owner = t.payTo ?? address(acceptance.payTo as string);
    const [source] = await findAssociatedTokenPda({ owner: b.signer.address, mint, tokenProgram: TOKEN_PROGRAM });
    const [destination] = await findAssociatedTokenPda({ owner, mint, tokenProgram: TOKEN_PROGRAM });
    const instructions: Instruction[] = [
      getCreateAssociatedTokenIdempotentInstruction({ payer: b.signer, ata: destination, owner, mint }),
      getTransferCheckedInstruction({
        source,
        mint,
        destination,
        authority: b.signer,
        amount: t.amount ?? BigInt(acceptance.amount as string),
        decimals: 6,
      }),
    ];
    if (t.extra) instructions.push(t.extra());
    const state = hilt.sandboxChain!.state;
    const latest = state.latestBlockhash();
    let slot = latest.slot;
    while (usedBlockhashes.has(state.blockhashOf(slot))) slot--;
    const blockhash = state.blockhashOf(slot);
    usedBlockhashes.add(blockhash);
    return signInstructions(b.signer, instructions, {
      blockhash,
      lastValidBlockHeight: BigInt(latest.lastValidBlockHeight),
    });
  }

  async function x402Session(ext: string, customer: string) {
    const res = await post('/v1/access/payment-sessions', {
      external_product_id: ext,
      external_customer_id: customer,
      payment_protocol: 'x402',
      settlement_rail: 'solana_usdc',
      metadata: { resource: 'https://api.example.com/search', description: 'One search' },
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }

  const settle = (sessionId: string, signature: string, idem = key('settle')) =>
    post('/v1/access/x402/settle', { payment_session_id: sessionId, payment_signature: signature }, idem);

  test('x402: requirement, settlement with proof, receipt, entitlement and events; replays never charge twice', async () => {
    const p = await accessProduct();
    const ext = p.access_product.external_product_id;
    const session = await x402Session(ext, 'agent-x');
    const ps = session.payment_session;
    assert.equal(ps.payment_protocol, 'x402');
    const header = decode(ps.payment_requirement.headers['PAYMENT-REQUIRED']);
    assert.equal(header.x402Version, 2);
    assert.equal(header.accepts.length, 1);
    const acceptance = header.accepts[0];
    assert.equal(acceptance.scheme, 'exact');
    assert.equal(acceptance.network, 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp');
    assert.equal(acceptance.asset, USDC_MINT);
    assert.equal(acceptance.amount, '10000');
    assert.equal(acceptance.payTo, merchant);
    assert.equal(acceptance.extra.hilt.paymentSessionId, ps.id);
    assert.equal(header.resource.url, 'https://api.example.com/search');
    assert.equal(session.pending_entitlement.status, 'pending');

    const b = await buyer();
    const tx = await signPayment(b, acceptance);
    const signature = encode({
      x402Version: 2,
      resource: header.resource,
      accepted: acceptance,
      payload: { transaction: tx },
    });
    const idem = key('settle');
    const res = await settle(ps.id, signature, idem);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    const paymentResponse = decode(res.headers['payment-response'] as string);
    assert.deepEqual(paymentResponse, body.payment_response);
    assert.equal(paymentResponse.success, true);
    assert.equal(paymentResponse.network, acceptance.network);
    assert.equal(body.headers['PAYMENT-RESPONSE'], res.headers['payment-response']);
    assert.equal(body.x402Version, 2);
    assert.equal(body.idempotent_replay, false);
    assert.equal(body.entitlement.status, 'active');
    assert.equal(body.entitlement.usage.granted, 10);
    assert.equal(body.payment_proof.proof_fingerprint, paymentResponse.transaction);
    assert.equal(body.payment_proof.proof_type, 'x402_solana_transaction');
    assert.equal(body.settlement_evidence.settlement_reference, paymentResponse.transaction);
    assert.ok(body.receipt.id);
    assert.equal(body.receipt.tx_sig, paymentResponse.transaction);
    assert.equal(body.payment_session.status, 'confirmed');

    // On chain: the merchant got exactly the price.
    const balances = await hilt.services.payments
      .chainFor({ livemode: false })
      .getTokenAccountsByOwner(merchant, USDC_MINT);
    assert.ok(balances.some((a) => a.amount >= 10_000n));
    // The receipt is our signed receipt for that transaction.
    const receipt = await call('GET', `/v1/receipt/${body.receipt.id}/verify`);
    assert.equal(receipt.statusCode, 200, receipt.body);
    // Events: payment.confirmed, receipt.created and access.entitlement.activated, for this payment.
    const events = await hilt.db.query<{ type: string }>(
      'SELECT type FROM events WHERE payment_id = $1 ORDER BY created_at',
      [body.payment_proof.payment_id],
    );
    const types = events.map((e) => e.type);
    for (const t of ['payment.confirmed', 'receipt.created', 'access.entitlement.activated'])
      assert.ok(types.includes(t), t);

    // Same key: stored answer, header again. New key, same transaction: the session's outcome, not a new charge.
    const again = await settle(ps.id, signature, idem);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().idempotent_replay, true);
    assert.equal(again.headers['payment-response'], res.headers['payment-response']);
    const again2 = await settle(ps.id, signature);
    assert.equal(again2.statusCode, 200);
    assert.equal(again2.json().idempotent_replay, true);
    const ent = (await call('GET', `/v1/access/entitlements/${body.entitlement.id}`)).json().entitlement;
    assert.equal(ent.usage.granted, 10, 'one payment, one grant');
    const payments = await hilt.db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM payments WHERE tx_signature = $1 AND status = 'CONFIRMED'",
      [paymentResponse.transaction],
    );
    assert.equal(payments[0].n, '1');

    // The same transaction settled by several requests at once (different keys): one charge, one grant.
    const s3 = (await x402Session(ext, 'agent-burst')).payment_session;
    const a3 = decode(s3.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const sig3 = encode({
      x402Version: 2,
      resource: header.resource,
      accepted: a3,
      payload: { transaction: await signPayment(b, a3) },
    });
    const burst = await Promise.all(Array.from({ length: 5 }, () => settle(s3.id, sig3)));
    for (const r of burst) assert.equal(r.statusCode, 200, r.body);
    const burstEnt = (await call('GET', `/v1/access/entitlements/${burst[0].json().entitlement.id}`)).json()
      .entitlement;
    assert.equal(burstEnt.usage.granted, 10);
    const proofs = await hilt.db.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM access_payment_proofs WHERE payment_session_id = $1',
      [s3.id],
    );
    assert.equal(proofs[0].n, '1');

    // Payment header in a PAYMENT-SIGNATURE header instead of the body.
    const s2 = (await x402Session(ext, 'agent-x')).payment_session;
    const a2 = decode(s2.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const sig2 = encode({
      x402Version: 2,
      resource: header.resource,
      accepted: a2,
      payload: { transaction: await signPayment(b, a2) },
    });
    const viaHeader = await post('/v1/access/x402/settle', { payment_session_id: s2.id }, key(), {
      'payment-signature': sig2,
    });
    assert.equal(viaHeader.statusCode, 200, viaHeader.body);
    assert.equal(viaHeader.json().entitlement.usage.granted, 20, 'a second payment adds its units');
  });

  test('x402 refusals: underpay, wrong mint, wrong destination, extra instruction, reused signature, expired, tampered', async () => {
    const p = await accessProduct();
    const ext = p.access_product.external_product_id;
    const b = await buyer();
    const stranger = (await generateKeyPairSigner()).address;
    const otherMint = (await generateKeyPairSigner()).address;

    async function attempt(t: Tamper, mutate?: (accepted: Record<string, unknown>) => void) {
      const s = (await x402Session(ext, `agent-${++n}`)).payment_session;
      const required = decode(s.payment_requirement.headers['PAYMENT-REQUIRED']);
      const acceptance = required.accepts[0];
      const tx = await signPayment(b, acceptance, t);
      const accepted = structuredClone(acceptance);
      mutate?.(accepted);
      const res = await settle(
        s.id,
        encode({ x402Version: 2, resource: required.resource, accepted, payload: { transaction: tx } }),
      );
      return { res, session: s, tx, required, acceptance };
    }
    const expectRefusal = (
      res: { statusCode: number; body: string; headers: Record<string, unknown> },
      reason: string,
    ) => {
      assert.equal(res.statusCode, 402, res.body);
      const body = JSON.parse(res.body);
      assert.equal(body.code, 'payment_verification_failed');
      assert.ok(body.detail.includes(reason), body.detail);
      const pr = decode(res.headers['payment-response'] as string);
      assert.equal(pr.success, false);
      assert.equal(pr.errorReason, reason);
    };

    expectRefusal((await attempt({ amount: 9_999n })).res, 'invalid_exact_svm_payload_amount_mismatch');
    expectRefusal((await attempt({ mint: address(otherMint) })).res, 'invalid_exact_svm_payload_mint_mismatch');
    expectRefusal((await attempt({ payTo: stranger })).res, 'invalid_exact_svm_payload_recipient_mismatch');
    const extra = await attempt({
      extra: () => getTransferSolInstruction({ source: b.signer, destination: stranger, amount: 1n }) as Instruction,
    });
    expectRefusal(extra.res, 'invalid_exact_svm_payload_transaction_instructions');
    const tampered = await attempt({}, (a) => {
      a.amount = '1';
    });
    expectRefusal(tampered.res, 'invalid_payment_requirements');

    // Nothing was charged by any refusal: the buyer still holds all of its USDC.
    const left = await hilt.services.payments
      .chainFor({ livemode: false })
      .getTokenAccountsByOwner(b.address, USDC_MINT);
    assert.equal(left[0].amount, 1_000_000n);

    // A signature that settled one session cannot settle another.
    const good = await attempt({});
    assert.equal(good.res.statusCode, 200, good.res.body);
    const other = (await x402Session(ext, 'agent-reuse')).payment_session;
    const otherAcceptance = decode(other.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const reuse = await settle(
      other.id,
      encode({
        x402Version: 2,
        resource: good.required.resource,
        accepted: otherAcceptance,
        payload: { transaction: good.tx },
      }),
    );
    expectRefusal(reuse, 'duplicate_settlement');

    // An expired session refuses even a correct payment.
    const late = (await x402Session(ext, 'agent-late')).payment_session;
    await hilt.db.query("UPDATE access_payment_sessions SET expires_at = now() - interval '1 second' WHERE id = $1", [
      late.id,
    ]);
    const lateAcceptance = decode(late.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const expired = await settle(
      late.id,
      encode({
        x402Version: 2,
        resource: good.required.resource,
        accepted: lateAcceptance,
        payload: { transaction: await signPayment(b, lateAcceptance) },
      }),
    );
    assert.equal(expired.statusCode, 409, expired.body);
    assert.equal(expired.json().code, 'payment_session_expired');

    const garbage = await settle(late.id, 'not-base64-json!!');
    assert.equal(garbage.statusCode, 400);
    assert.equal(garbage.json().code, 'payment_signature_invalid');
    const unknown = await settle(
      '00000000-0000-0000-0000-000000000000',
      encode({ x402Version: 2, accepted: {}, payload: { transaction: 'AAAA' } }),
    );
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'payment_session_not_found');
  });

  test('payment-proofs settles a session with a transaction already on chain, verified the same way', async () => {
    const p = await accessProduct();
    const ext = p.access_product.external_product_id;
    const b = await buyer();
    const s = (await x402Session(ext, 'agent-proof')).payment_session;
    const acceptance = decode(s.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const tx = await signPayment(b, acceptance);
    const sent = await hilt.services.payments.chainFor({ livemode: false }).sendRawTransaction(tx);
    const res = await post('/v1/access/payment-proofs', {
      payment_session_id: s.id,
      rail: 'solana_usdc',
      proof_type: 'solana_transaction',
      proof_payload: { tx_signature: sent },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().proof_submission.entitlement_activation_status, 'activated');
    assert.equal(res.json().payment_proof.proof_fingerprint, sent);
    assert.equal(res.json().entitlement.status, 'active');

    // An underpaying transaction on chain is refused.
    const s2 = (await x402Session(ext, 'agent-proof-2')).payment_session;
    const a2 = decode(s2.payment_requirement.headers['PAYMENT-REQUIRED']).accepts[0];
    const short = await hilt.services.payments
      .chainFor({ livemode: false })
      .sendRawTransaction(await signPayment(b, a2, { amount: 5n }));
    const refused = await post('/v1/access/payment-proofs', {
      payment_session_id: s2.id,
      proof_payload: { tx_signature: short },
    });
    assert.equal(refused.statusCode, 402, refused.body);
  });

  test('hosted checkout session: a signed link on our checkout page; paying it there activates the entitlement', async () => {
    const p = await accessProduct({ usage_units_per_payment: null, usage_unit: null, entitlement_duration_days: 7 });
    const res = await post('/v1/access/payment-sessions', {
      external_product_id: p.access_product.external_product_id,
      email: 'Buyer@Example.com',
    });
    assert.equal(res.statusCode, 201, res.body);
    const s = res.json().payment_session;
    assert.equal(s.payment_protocol, 'hosted_checkout');
    assert.match(s.checkout_url, /\/p\/[^?]+\?handoff=/);
    assert.ok(Date.parse(s.expires_at) > Date.now());
    assert.equal(s.payment_requirement, null);

    // The buyer's side, on the public checkout routes: the handoff locks the customer, the wallet signs, we confirm.
    const url = new URL(s.checkout_url);
    const slug = url.pathname.split('/').pop() as string;
    const b = await buyer();
    const open = (u: string, payload: unknown) =>
      hilt.app.inject({ method: 'POST', url: u, payload: payload as object });
    const connect = await open(`/v1/products/p/${slug}/connect`, {
      payer_wallet: b.address,
      handoff_token: url.searchParams.get('handoff'),
    });
    assert.equal(connect.statusCode, 200, connect.body);
    const paymentId = connect.json().payment_id;
    const unsigned = (await open(`/v1/pay/transaction/${paymentId}`, { account: b.address })).json().transaction;
    const { signTransaction, getTransactionDecoder, getBase64EncodedWireTransaction, getSignatureFromTransaction } =
      await import('@solana/kit');
    const signed = await signTransaction(
      [b.signer.keyPair],
      getTransactionDecoder().decode(Buffer.from(unsigned, 'base64')),
    );
    await hilt.services.payments
      .chainFor({ livemode: false })
      .sendRawTransaction(getBase64EncodedWireTransaction(signed));
    const confirmed = await open('/v1/pay/confirm', {
      payment_id: paymentId,
      tx_signature: getSignatureFromTransaction(signed),
      payer_wallet: b.address,
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const check = (
      await post(
        '/v1/access/entitlements/check',
        { external_product_id: p.access_product.external_product_id, email: 'buyer@example.com' },
        null,
      )
    ).json();
    assert.equal(check.has_access, true, JSON.stringify(check));
    assert.ok(check.receipt_id);
    const days = (Date.parse(check.expires_at) - Date.now()) / 86_400_000;
    assert.ok(days > 6.9 && days <= 7, String(days));
  });

  test('agent bootstrap: sandbox key and setup token, manifest evaluation, owner approval issues a live key', async () => {
    const open = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const boot = await open('/v1/access/agent-bootstrap', {
      agent_name: 'Research agent',
      requested_permissions: ['access:read', 'access:write'],
    });
    assert.equal(boot.statusCode, 201, boot.body);
    const b = boot.json();
    assert.match(b.setup_token, /^hst_/);
    assert.match(b.sandbox_api_key, /^hk_sandbox_/);
    assert.equal(b.setup_intent.status, 'sandbox_created');
    assert.equal(b.owner_action_required, true);
    assert.ok(b.owner_approval_url.endsWith(b.setup_intent_id));
    const rails = await hilt.app.inject({
      method: 'GET',
      url: '/v1/access/rails',
      headers: keyHeader(b.sandbox_api_key),
    });
    assert.equal(rails.json().caller.sandbox, true);

    const id = b.setup_intent_id;
    const wrong = await open(`/v1/access/agent-bootstrap/${id}/status`, { setup_token: 'hst_wrong_token_wrong_token' });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().code, 'invalid_setup_token');
    const status = (await open(`/v1/access/agent-bootstrap/${id}/status`, { setup_token: b.setup_token })).json();
    assert.equal(status.sandbox_api_key, null, 'secrets are shown once');

    const evm = (
      await open(`/v1/access/agent-bootstrap/${id}/manifest`, {
        setup_token: b.setup_token,
        manifest: { product: { amount_minor_units: 1000 }, payment_protocol: 'x402', settlement_rail: 'base_usdc' },
      })
    ).json().manifest_evaluation;
    assert.equal(evm.can_create_sandbox, false);
    assert.ok(evm.blockers.some((f: { code: string }) => f.code === 'settlement_rail_unsupported'));
    const good = (
      await open(`/v1/access/agent-bootstrap/${id}/manifest`, {
        setup_token: b.setup_token,
        manifest: {
          app: { name: 'Research' },
          product: { external_product_id: 'q', amount_minor_units: 10_000, merchant_wallet: merchant },
          payment_protocol: 'x402',
          settlement_rail: 'solana_usdc',
          webhook: { url: 'https://example.com/hook' },
        },
      })
    ).json().manifest_evaluation;
    assert.equal(good.can_create_sandbox, true);
    assert.equal(good.can_create_live_sessions, false);
    assert.deepEqual(
      good.live_blockers.map((f: { code: string }) => f.code),
      ['owner_approval_required'],
    );
    assert.ok(good.next_api_calls.length > 0);

    const approve = (body: Record<string, unknown>, headers: Record<string, string>) =>
      open(`/v1/access/agent-bootstrap/${id}/approve`, { setup_token: b.setup_token, ...body }, headers);
    assert.equal((await approve({ confirm_owner_approval: true }, {})).statusCode, 401);
    const byKey = await approve({ confirm_owner_approval: true }, sk);
    assert.equal(byKey.json().code, 'session_required');
    const unconfirmed = await approve({}, { authorization: `Bearer ${ownerToken}` });
    assert.equal(unconfirmed.json().code, 'owner_confirmation_required');
    const ok = await approve({ confirm_owner_approval: true }, { authorization: `Bearer ${ownerToken}` });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.match(ok.json().live_api_key, /^hk_live_/);
    assert.equal(ok.json().setup_intent.status, 'live_key_issued');
    const live = await hilt.app.inject({
      method: 'GET',
      url: '/v1/access/rails',
      headers: keyHeader(ok.json().live_api_key),
    });
    assert.equal(live.json().caller.sandbox, false);
    const write = await hilt.app.inject({
      method: 'PUT',
      url: '/v1/access/rail-settings/solana_usdc',
      headers: keyHeader(ok.json().live_api_key),
      payload: { enabled: true },
    });
    assert.equal(write.statusCode, 403, 'access:webhooks/admin was not approved');
    const twice = await approve({ confirm_owner_approval: true }, { authorization: `Bearer ${ownerToken}` });
    assert.equal(twice.statusCode, 409);
  });
});
