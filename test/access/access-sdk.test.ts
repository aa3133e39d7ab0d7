// The whole x402 loop from outside: a merchant's own Fastify server protects a route with the SDK's
// protectEndpoint, talking to a Hilt server over HTTP on 127.0.0.1; an agent pays with the SDK's x402 buyer on the
// local chain (a USDC TransferChecked it signs itself) and retries; webhooks reach a receiver on 127.0.0.1.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  type AccessResource,
  decodePaymentRequiredHeader,
  decodePaymentResponseHeader,
  HiltClient,
  PAYMENT_SIGNATURE_HEADER,
  protectEndpoint,
} from '../../sdk/src/index.ts';
import { createX402Buyer } from '../../sdk/src/x402-buyer.ts';
import { USDC_MINT } from '../../src/chain/port.ts';
import { createKey, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

describe('x402 loop with the SDK: protected Fastify route, agent buyer on the local chain', () => {
  let hilt: TestApp;
  let hiltUrl: string;
  let merchantApp: FastifyInstance;
  let merchantUrl: string;
  let rx: Receiver;
  let access: AccessResource;
  let wallet: { address: string; secretKey: string };
  let secret: string;
  let handled = 0;

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
    });
    await hilt.app.listen({ port: 0, host: '127.0.0.1' });
    hiltUrl = `http://127.0.0.1:${(hilt.app.server.address() as AddressInfo).port}`;
    const m = await registerMerchant(hilt);
    const key = await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read', 'execute', 'admin'] });
    access = new HiltClient({ baseUrl: hiltUrl, apiKey: key.raw }).access;

    const hook = await access.createWebhook(
      { label: 'Access events', url: `${rx.url}/hooks`, subscribed_events: ['access.entitlement.activated'] },
      { idempotencyKey: 'webhook-create-1' },
    );
    secret = hook.signing_secret as string;
    const merchantWallet = (await hilt.sandboxChain!.createFundedWallet({ usdcMinor: 0n })).address;
    await access.createProduct(
      {
        external_product_id: 'search-api',
        title: 'Search API',
        amount_minor_units: 25_000,
        merchant_wallet: merchantWallet,
        usage_unit: 'request',
        usage_units_per_payment: 3,
        status: 'active',
      },
      { idempotencyKey: 'product-create-1' },
    );
    wallet = await hilt.sandboxChain!.createFundedWallet({ usdcMinor: 1_000_000n });

    // The merchant's own server: one paid route, wrapped by protectEndpoint.
    const protectedSearch = protectEndpoint({
      client: access,
      externalProductId: 'search-api',
      resourceDescription: 'One search',
      handler: async (_req, ctx) => {
        handled++;
        return new Response(JSON.stringify({ results: ['a', 'b'], request_id: ctx.requestId, usage: ctx.usage }), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    merchantApp = Fastify();
    merchantApp.get('/search', async (request, reply) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(request.headers)) if (typeof v === 'string') headers.set(k, v);
      const res = await protectedSearch(new Request(`${merchantUrl}${request.url}`, { headers }));
      reply.code(res.status);
      res.headers.forEach((v, k) => {
        reply.header(k, v);
      });
      return reply.send(await res.text());
    });
    await merchantApp.listen({ port: 0, host: '127.0.0.1' });
    merchantUrl = `http://127.0.0.1:${(merchantApp.server.address() as AddressInfo).port}`;
  });

  after(async () => {
    await merchantApp.close();
    await hilt.dispose();
    await rx.close();
  });

  const usdcOf = async (owner: string) =>
    (await hilt.services.payments.chainFor({ livemode: false }).getTokenAccountsByOwner(owner, USDC_MINT))[0]?.amount ??
    0n;

  test('402 with a decodable PAYMENT-REQUIRED, then 200 with PAYMENT-RESPONSE; a repeated request id never pays twice', async () => {
    const ids = { 'x-customer-id': 'agent-42', 'x-request-id': 'req-0000000001' };
    const missing = await fetch(`${merchantUrl}/search`);
    assert.equal(missing.status, 400);
    assert.equal((await missing.json()).error, 'request_identity_required');

    const unpaid = await fetch(`${merchantUrl}/search?q=solana`, { headers: ids });
    assert.equal(unpaid.status, 402);
    assert.equal((await unpaid.json()).error, 'payment_required');
    const required = decodePaymentRequiredHeader(unpaid.headers.get('payment-required') as string);
    assert.equal(required.x402Version, 2);
    assert.equal(required.accepts[0].amount, '25000');
    assert.equal(required.accepts[0].asset, USDC_MINT);
    assert.equal(required.resource.url, `${merchantUrl}/search?q=solana`);
    assert.equal(required.resource.description, 'One search');
    assert.equal(handled, 0);

    const buyer = createX402Buyer({ secretKey: wallet.secretKey, rpcUrl: `${hiltUrl}/sandbox/rpc` });
    const before = await usdcOf(wallet.address);
    const paymentSignature = await buyer.pay(unpaid.headers.get('payment-required') as string);
    const paid = await fetch(`${merchantUrl}/search?q=solana`, {
      headers: { ...ids, [PAYMENT_SIGNATURE_HEADER]: paymentSignature },
    });
    assert.equal(paid.status, 200, await paid.clone().text());
    const settlement = decodePaymentResponseHeader(paid.headers.get('payment-response') as string);
    assert.equal(settlement.success, true);
    assert.match(settlement.transaction, /^[1-9A-HJ-NP-Za-km-z]{64,88}$/);
    const body = await paid.json();
    assert.deepEqual(body.results, ['a', 'b']);
    assert.equal(body.usage.remaining, 2, 'three units bought, one used');
    assert.equal(await usdcOf(wallet.address), before - 25_000n);

    // The same request id and signature again: settle and consume replay; no charge, no unit burnt.
    const repeat = await fetch(`${merchantUrl}/search?q=solana`, {
      headers: { ...ids, [PAYMENT_SIGNATURE_HEADER]: paymentSignature },
    });
    assert.equal(repeat.status, 200);
    assert.equal((await repeat.json()).usage.remaining, 2);
    assert.equal(await usdcOf(wallet.address), before - 25_000n);

    // The balance covers two more calls without paying; then the buyer helper pays again by itself.
    for (const id of ['req-0000000002', 'req-0000000003']) {
      const r = await fetch(`${merchantUrl}/search`, { headers: { ...ids, 'x-request-id': id } });
      assert.equal(r.status, 200);
    }
    const auto = await buyer.fetch(`${merchantUrl}/search`, { headers: { ...ids, 'x-request-id': 'req-0000000004' } });
    assert.equal(auto.status, 200, await auto.clone().text());
    assert.ok(auto.headers.get('payment-response'));
    assert.equal((await auto.json()).usage.remaining, 2);
    assert.equal(await usdcOf(wallet.address), before - 50_000n);
    assert.equal(handled, 5);

    const check = await access.checkEntitlement({
      external_product_id: 'search-api',
      external_customer_id: 'agent-42',
    });
    assert.equal(check.has_access, true);
    assert.equal((check.usage as { granted: number }).granted, 6);
  });

  test('access.entitlement.activated reaches the merchant’s webhook, signed', async () => {
    await hilt.jobs.runDue();
    await hilt.jobs.runDue();
    const got = rx.received.filter((r) => r.json.type === 'access.entitlement.activated');
    assert.ok(got.length >= 1, `received ${rx.received.map((r) => r.json.type).join(', ')}`);
    assert.equal(rx.verify(got[0], secret).hilt, true);
    const entitlement = got[0].json.data.entitlement as { status: string; external_customer_id: string };
    assert.equal(entitlement.status, 'active');
    assert.equal(entitlement.external_customer_id, 'agent-42');
  });
});
