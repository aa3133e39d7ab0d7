// Hilt's SDK surface against the real server: every one of the 46 merchant methods by Hilt's name, a Telegram
// membership sale whose delivery fails on a local HTTP server playing Telegram (delivery.failed received and verified
// with constructWebhookEvent and routed by createWebhookRouter), recovery with retryDelivery, the request() escape
// hatch, and the client's own retries of 429 and 5xx honouring Retry-After.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  constructWebhookEvent,
  createWebhookRouter,
  HILT_ERROR_CODES,
  HiltApiError,
  HiltClient,
  HiltError,
  type HiltEvent,
  HiltWebhookSignatureError,
  verifyWebhookSignature,
} from '../../sdk/src/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type FakePlatforms, startFakePlatforms, TELEGRAM_TOKEN } from '../helpers/fake-platforms.ts';
import { type FakeSmtp, startFakeSmtp } from '../helpers/smtp.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const TG_CHAT = '-1009876543210';

/** Hilt's JS SDK 1.3 merchant methods, resource by resource (46). */
const HILT_METHODS: Record<string, string[]> = {
  products: ['create', 'list', 'get', 'update', 'archive', 'listPayments', 'getAnalytics', 'createHandoffLink'],
  checkout: ['getProduct', 'connect', 'resolveHandoff', 'broadcastPayment', 'confirmPayment'],
  payments: ['get'],
  memberships: [
    'list',
    'lookup',
    'get',
    'getRenewalIntelligence',
    'updateNotes',
    'updateProfile',
    'gift',
    'retryDelivery',
    'getDeliveryDiagnostics',
    'openDeliverySupportTicket',
    'getReactivation',
  ],
  receipts: ['create', 'list', 'get', 'getPublic', 'verify', 'getPdf', 'updateInvoiceMetadata', 'sendProof'],
  support: ['createTicket', 'listTickets', 'getTicket', 'addMessage'],
  webhooks: [
    'listEndpoints',
    'createEndpoint',
    'updateEndpoint',
    'disableEndpoint',
    'sendTestEvent',
    'listDeliveries',
    'replayDelivery',
    'getTimeline',
    'listEvents',
  ],
};

describe("Hilt's SDK surface against the real server", { timeout: 120_000 }, () => {
  let hilt: TestApp;
  let fake: FakePlatforms;
  let rx: Receiver;
  let smtp: FakeSmtp;
  let baseUrl: string;
  let session: HiltClient;
  let merchant: HiltClient;
  let buyer: HiltClient;
  const called = new Set<string>();

  /** Wraps a client so every resource method called through it is recorded as `resource.method`. */
  function recording(client: HiltClient): HiltClient {
    return new Proxy(client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof prop !== 'string' || !(prop in HILT_METHODS)) return value;
        return new Proxy(value as Record<string, unknown>, {
          get(resource, name) {
            const fn = resource[name as string];
            if (typeof fn !== 'function') return fn;
            return (...args: unknown[]) => {
              called.add(`${prop}.${String(name)}`);
              return fn(...args);
            };
          },
        });
      },
    });
  }

  before(async () => {
    fake = await startFakePlatforms();
    rx = await startReceiver();
    smtp = await startFakeSmtp();
    hilt = await createTestApp(
      {
        SMTP_URL: smtp.url,
        HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
        HILT_RATE_LIMIT_FREE: '0',
        HILT_RATE_LIMIT_PUBLIC: '0',
        TELEGRAM_API_ROOT: fake.telegramApiRoot,
        DISCORD_API_BASE: fake.discordApiBase,
      },
      { jobs: true },
    );
    baseUrl = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    buyer = recording(new HiltClient({ baseUrl }));
    const email = `surface-${randomUUID().slice(0, 8)}@example.com`;
    await buyer.auth.register({ email, password: 'correct horse battery staple' });
    const login = await buyer.auth.login({ email, password: 'correct horse battery staple' });
    session = recording(new HiltClient({ baseUrl, bearerToken: login.token, mode: 'sandbox' }));
    const key = await session.keys.create({ name: 'surface', sandbox_mode: true, permissions: ['read', 'execute'] });
    merchant = recording(new HiltClient({ baseUrl, apiKey: key.raw_key! }));
  });
  after(async () => {
    await hilt?.dispose();
    await fake?.close();
    await rx?.close();
    smtp?.close();
  });

  test('every Hilt merchant method exists under its name', () => {
    const all = Object.entries(HILT_METHODS).flatMap(([r, ms]) => ms.map((m) => `${r}.${m}`));
    assert.equal(all.length, 46);
    const client = new HiltClient({ baseUrl });
    for (const name of all) {
      const [resource, method] = name.split('.');
      const fn = (client as unknown as Record<string, Record<string, unknown>>)[resource][method];
      assert.equal(typeof fn, 'function', name);
    }
    assert.equal(HILT_ERROR_CODES.WEBHOOK_SIGNATURE_FAILED, 'webhook_signature_failed');
    assert.ok(Object.isFrozen(HILT_ERROR_CODES));
  });

  test('a Telegram membership sale: delivery fails on Telegram, delivery.failed arrives signed, retryDelivery recovers', async () => {
    // Bot tokens are set through the escape hatch: a route the resources do not cover.
    const bots = await session.request<{ telegram: { configured: boolean } }>('/v1/account/delivery/bots', {
      method: 'PUT',
      auth: 'bearer',
      body: { telegram_bot_token: TELEGRAM_TOKEN },
    });
    assert.equal(bots.telegram.configured, true);

    const endpoint = await session.webhooks.createEndpoint({
      label: 'surface receiver',
      url: `${rx.url}/surface`,
      subscribed_events: ['delivery.failed'],
    });
    const secret = endpoint.signing_secret!;
    const routed: string[] = [];
    const router = createWebhookRouter()
      .on('delivery.failed', (e: HiltEvent<{ membership: { id: string } }>) => {
        routed.push(`failed:${e.data.membership.id}`);
      })
      .on('*', (e) => {
        routed.push(e.type);
      });

    const product = await merchant.products.create({
      product_type: 'PAYMENT_LINK',
      title: 'Telegram Inner Circle',
      amount_minor_units: 10_000_000,
      merchant_wallet: MERCHANT,
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: { enabled: true, platform: 'TELEGRAM', identity_type: 'TELEGRAM_USER_ID' },
    });
    const wallet = await merchant.sandbox.createWallet();
    await merchant.sandbox.airdrop({ address: MERCHANT, lamports: 1_000_000_000 });

    fake.failNext(/createChatInviteLink$/, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    const failedArrival = rx.next('/surface', 20_000);
    const checkout = await buyer.checkout.connect(product.slug, {
      payer_wallet: wallet.address,
      customer_reference_type: 'TELEGRAM_USER_ID',
      customer_reference_value: '424242',
      customer_reference_display: '@buyer',
    });
    const paid = await merchant.sandbox.pay({ payment_id: checkout.payment_id, secret_key: wallet.secret_key });
    const broadcast = await buyer.checkout.broadcastPayment({
      payment_id: checkout.payment_id,
      tx_signature: paid.tx_signature,
      payer_wallet: wallet.address,
    });
    assert.equal(broadcast.payment_id, checkout.payment_id);
    const confirmed = await buyer.checkout.confirmPayment({
      payment_id: checkout.payment_id,
      tx_signature: paid.tx_signature,
      payer_wallet: wallet.address,
    });
    assert.equal(confirmed.status, 'CONFIRMED');
    const membershipId = confirmed.membership_id!;

    // The real delivery.failed delivery, verified and routed by the SDK.
    const got = await failedArrival;
    const failed = (await router.handle(got.body, got.headers['x-hilt-signature'], secret)) as HiltEvent<{
      membership: { id: string; delivery_status: string };
    }>;
    assert.equal(failed.type, 'delivery.failed');
    assert.equal(failed.livemode, false);
    assert.equal(failed.data.membership.id, membershipId);
    assert.equal(failed.data.membership.delivery_status, 'FAILED');
    assert.deepEqual(routed, [`failed:${membershipId}`, 'delivery.failed']);

    const diagnostics = await merchant.memberships.getDeliveryDiagnostics(membershipId);
    assert.equal(diagnostics.delivery_status, 'FAILED');
    const ticket = await merchant.memberships.openDeliverySupportTicket(membershipId);
    assert.equal(ticket.created, true);
    const retried = await merchant.memberships.retryDelivery(membershipId);
    assert.equal(retried.delivery.status, 'SENT');
    assert.equal(retried.membership.status, 'ACTIVE');
    assert.equal((await buyer.payments.get(checkout.payment_id)).delivery_status, 'SENT');

    // The rest of the merchant surface on this sale.
    assert.equal((await merchant.products.get(product.id)).id, product.id);
    assert.ok((await merchant.products.list({ limit: 5 })).some((p) => p.id === product.id));
    assert.equal(
      (await merchant.products.update(product.id, { description: 'Chat access' })).description,
      'Chat access',
    );
    assert.equal((await merchant.products.listPayments(product.id))[0].id, checkout.payment_id);
    assert.equal((await merchant.products.getAnalytics(product.id)).product_id, product.id);
    const handoff = await merchant.products.createHandoffLink(product.id, {
      identity_value: '777',
      identity_type: 'TELEGRAM_USER_ID',
    });
    assert.equal(
      (await buyer.checkout.resolveHandoff(product.slug, { handoff_token: handoff.handoff_token })).identity_value,
      '777',
    );
    assert.equal((await buyer.checkout.getProduct(product.slug)).slug, product.slug);

    assert.equal((await merchant.memberships.list({ product_id: product.id })).count, 1);
    assert.equal((await merchant.memberships.lookup({ identity: '424242' })).items[0].id, membershipId);
    assert.equal((await merchant.memberships.get(membershipId)).membership.id, membershipId);
    assert.ok(await merchant.memberships.getRenewalIntelligence({ window_days: 40 }));
    assert.equal(
      (await merchant.memberships.updateNotes(membershipId, { notes: 'rescued' })).membership.notes,
      'rescued',
    );
    assert.equal(
      (await merchant.memberships.updateProfile(membershipId, { platform_display: '@buyer2' })).membership
        .platform_display,
      '@buyer2',
    );
    assert.equal(
      (await merchant.memberships.gift(membershipId, { days: 3, note: 'sorry' })).membership.id,
      membershipId,
    );
    assert.equal((await merchant.memberships.getReactivation(membershipId)).membership_id, membershipId);

    const receipts = await merchant.receipts.list({ product_id: product.id });
    const receiptId = receipts.receipts[0].receipt_id;
    assert.equal((await merchant.receipts.get(receiptId)).receipt_id, receiptId);
    assert.equal((await buyer.receipts.getPublic(receiptId)).verification.valid, true);
    assert.equal((await buyer.receipts.verify(receiptId)).valid, true);
    const pdf = await buyer.receipts.getPdf(receiptId);
    assert.ok(pdf instanceof ArrayBuffer);
    assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
    const meta = await merchant.receipts.updateInvoiceMetadata(receiptId, { customer_email: 'buyer@example.com' });
    assert.equal(meta.receipt.invoice_metadata.customer_email, 'buyer@example.com');
    await merchant.receipts.sendProof(receiptId, { email: 'buyer@example.com' });
    // Sent now or by a job: the mail relay receives the proof link either way.
    for (let i = 0; i < 200 && smtp.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(smtp.messages[0]?.replace(/=\n/g, '').includes(`/v1/receipt/${receiptId}/verify`));
    assert.ok(smtp.envelope.some((l) => l.includes('<buyer@example.com>')));
    // Idempotent on tx_sig: the same transaction gives the same receipt.
    assert.equal((await merchant.receipts.create({ tx_sig: paid.tx_signature })).receipt_id, receiptId);

    const created = await merchant.support.createTicket({ subject: 'Where is my invite?', body: 'Paid already.' });
    assert.ok((await merchant.support.listTickets()).tickets.some((t) => t.ticket_id === created.ticket_id));
    await merchant.support.addMessage(created.ticket_id, { body: 'Sent again.' });
    assert.equal((await merchant.support.getTicket(created.ticket_id)).messages.length, 2);

    assert.ok((await session.webhooks.listEndpoints()).endpoints.some((e) => e.id === endpoint.endpoint.id));
    const deliveries = await session.webhooks.listDeliveries({ endpoint_id: endpoint.endpoint.id });
    const failedDelivery = deliveries.deliveries.find((d) => d.event_id === failed.id)!;
    assert.equal(failedDelivery.status, 'delivered');
    const replayArrival = rx.next('/surface', 20_000);
    await session.webhooks.replayDelivery(failedDelivery.id);
    const replayed = await replayArrival;
    assert.equal(
      (await constructWebhookEvent(replayed.body, replayed.headers['x-hilt-signature'], secret)).id,
      failed.id,
    );
    const timeline = await session.webhooks.getTimeline({ membership_id: membershipId });
    assert.ok(timeline.timeline.some((e) => e.event_type === 'delivery.failed'));
    assert.ok((await session.webhooks.listEvents()).events.some((e) => e.id === failed.id));
    const testArrival = rx.next('/surface');
    const sent = await session.webhooks.sendTestEvent(endpoint.endpoint.id, 'delivery.failed');
    assert.equal(sent.delivered, true);
    const testDelivery = await testArrival;
    const testEvent = await constructWebhookEvent(testDelivery.body, testDelivery.headers['x-hilt-signature'], secret);
    assert.equal(testEvent.type, 'delivery.failed');
    assert.equal(testEvent.data.test, true);
    const renamed = await session.webhooks.updateEndpoint(endpoint.endpoint.id, { label: 'renamed' });
    assert.equal(renamed.endpoint.label, 'renamed');
    assert.equal((await session.webhooks.disableEndpoint(endpoint.endpoint.id)).endpoint.status, 'disabled');
    assert.equal((await merchant.products.archive(product.id)).status, 'ARCHIVED');

    const all = Object.entries(HILT_METHODS).flatMap(([r, ms]) => ms.map((m) => `${r}.${m}`));
    assert.deepEqual(
      all.filter((name) => !called.has(name)),
      [],
      'every Hilt method was called against the server',
    );
  });

  test('request() reaches any route with the chosen credential, and maps errors the same way', async () => {
    const me = await merchant.request<{ sandbox: boolean }>('/v1/account/me');
    assert.equal(me.sandbox, true);
    const csv = await merchant.request<string>('/v1/receipts/export.csv', { responseType: 'text' });
    assert.match(csv, /receipt_id/);
    await assert.rejects(merchant.request('/v1/account/me', { auth: 'none' }), (err: unknown) => {
      assert.ok(err instanceof HiltApiError);
      assert.equal(err.statusCode, 401);
      assert.ok(err.requestId);
      return true;
    });
    await assert.rejects(merchant.request('/v1/products', { method: 'POST', body: { title: '' } }), (err: unknown) => {
      assert.ok(err instanceof HiltApiError);
      assert.equal(err.errorCode, HILT_ERROR_CODES.VALIDATION_ERROR);
      assert.ok(Array.isArray(err.details) && err.details.length > 0);
      return true;
    });
  });

  test('verifyWebhookSignature takes now as a Date or epoch milliseconds, and the raw body in any byte form', async () => {
    const secret = 'whsec_c3VyZmFjZS10ZXN0LXNlY3JldC1zdXJmYWNlLXRlc3Q=';
    const body = JSON.stringify({ id: 'evt_2', type: 'membership.renewed', livemode: false, data: {} });
    const t = 1_800_000_000;
    const header = `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
    const at = new Date(t * 1000 + 60_000);
    assert.equal(await verifyWebhookSignature(body, header, secret, { now: at }), true);
    assert.equal(await verifyWebhookSignature(body, header, secret, { now: at.getTime() }), true);
    const bytes = new TextEncoder().encode(body);
    assert.equal((await constructWebhookEvent(bytes.buffer, header, secret, { now: at })).id, 'evt_2');
    assert.equal((await constructWebhookEvent(Buffer.from(body), [header], secret, { now: at })).id, 'evt_2');
    await assert.rejects(verifyWebhookSignature(body, header, secret), (err: unknown) => {
      assert.ok(err instanceof HiltWebhookSignatureError);
      assert.ok(err instanceof HiltApiError);
      assert.equal(err.statusCode, 400);
      assert.equal(err.errorCode, 'webhook_signature_failed');
      return true;
    });
    const order: string[] = [];
    const router = createWebhookRouter()
      .on('*', () => {
        order.push('any');
      })
      .on('membership.renewed', () => {
        order.push('renewed');
      })
      .on('payment.failed', () => {
        order.push('never');
      });
    assert.equal(await router.dispatch(JSON.parse(body)), 2);
    assert.deepEqual(order, ['renewed', 'any']);
  });
});

describe('SDK retries', () => {
  let server: http.Server;
  let url: string;
  const seen: { method: string; path: string; idempotencyKey: string | undefined }[] = [];
  const script: { status: number; headers?: Record<string, string>; body?: unknown }[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      });
      req.resume();
      const next = script.shift() ?? { status: 200, body: { ok: true } };
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify(next.body ?? { detail: 'busy', code: 'unavailable', request_id: 'r1' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('429 and 5xx are retried honouring Retry-After; a POST only under an idempotency key', async () => {
    const client = new HiltClient({ baseUrl: url, apiKey: 'hk_sandbox_x', maxRetries: 2 });
    seen.length = 0;
    script.push(
      { status: 429, headers: { 'retry-after': '0' }, body: { detail: 'slow down', code: 'rate_limited' } },
      { status: 503 },
      { status: 200, body: [] },
    );
    assert.deepEqual(await client.products.list(), []);
    assert.equal(seen.length, 3);

    seen.length = 0;
    script.push({ status: 503 });
    await assert.rejects(
      client.products.create({ product_type: 'PAYMENT_LINK', title: 'x', merchant_wallet: MERCHANT }),
      (err: unknown) => err instanceof HiltApiError && err.statusCode === 503 && err.retryable,
    );
    assert.equal(seen.length, 1, 'a POST without an idempotency key is not repeated');

    seen.length = 0;
    script.push({ status: 502 }, { status: 200, body: { id: 'p1' } });
    const made = await client.products.create(
      { product_type: 'PAYMENT_LINK', title: 'x', merchant_wallet: MERCHANT },
      { idempotencyKey: 'k1' },
    );
    assert.deepEqual(made, { id: 'p1' });
    assert.deepEqual(
      seen.map((s) => s.idempotencyKey),
      ['k1', 'k1'],
    );

    // Misusing the idempotency key is the caller's mistake, caught before anything is sent.
    seen.length = 0;
    const misuse = (err: unknown) => err instanceof HiltError && !(err instanceof HiltApiError);
    await assert.rejects(client.products.list(undefined, { idempotencyKey: 'k2' }), misuse);
    await assert.rejects(
      client.products.create(
        { product_type: 'PAYMENT_LINK', title: 'x', merchant_wallet: MERCHANT },
        { idempotencyKey: 'has spaces' },
      ),
      misuse,
    );
    assert.equal(seen.length, 0);

    script.push({ status: 500 }, { status: 500 }, { status: 500 });
    await assert.rejects(
      client.products.list(),
      (err: unknown) => err instanceof HiltApiError && err.statusCode === 500,
    );
    assert.equal(seen.length, 3, 'one try and maxRetries retries');
  });
});
