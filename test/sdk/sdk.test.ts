// The TypeScript SDK against the real server listening on 127.0.0.1: a whole sandbox sale, webhooks received by a
// local receiver and verified with constructWebhookEvent, error mapping and idempotent replays, all through the SDK.
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  constructWebhookEvent,
  HiltApiError,
  HiltClient,
  HiltWebhookSignatureError,
  isRetryable,
} from '../../sdk/src/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

async function listen(hilt: TestApp) {
  await hilt.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = hilt.app.server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

async function rejectsWith(promise: Promise<unknown>, check: (err: HiltApiError) => void) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof HiltApiError, `expected HiltApiError, got ${err}`);
    check(err);
    return true;
  });
}

describe('TypeScript SDK against the real server', () => {
  let hilt: TestApp;
  let rx: Receiver;
  let baseUrl: string;
  let session: HiltClient; // bearer, sandbox mode
  let merchant: HiltClient; // sandbox API key
  let buyer: HiltClient; // no credentials
  let registeredUserId = '';
  const seen: { url: string; headers: Headers; replayed: string | null }[] = [];

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' },
      { jobs: true },
    );
    baseUrl = await listen(hilt);
    buyer = new HiltClient({ baseUrl });
    const email = `sdk-${randomUUID().slice(0, 8)}@example.com`;
    const registered = await buyer.auth.register({ email, password: 'correct horse battery staple' });
    const login = await buyer.auth.login({ email, password: 'correct horse battery staple' });
    assert.equal(login.user_id, registered.user_id);
    registeredUserId = registered.user_id;
    session = new HiltClient({ baseUrl, bearerToken: login.token, mode: 'sandbox' });
    const key = await session.keys.create({ name: 'sdk test', sandbox_mode: true, permissions: ['read', 'execute'] });
    assert.match(key.raw_key ?? '', /^hk_sandbox_/);
    // A custom fetch records what went over the wire, so the tests can see headers the SDK sends and receives.
    merchant = new HiltClient({
      baseUrl,
      apiKey: key.raw_key!,
      userAgent: 'sdk-test/1.0',
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        seen.push({
          url: String(input),
          headers: new Headers(init?.headers),
          replayed: res.headers.get('idempotent-replayed'),
        });
        return res;
      },
    });
  });
  after(async () => {
    await hilt.dispose();
    await rx.close();
  });

  test('a sandbox sale end to end: product, checkout, pay, confirm, payment, receipt, membership, support', async () => {
    const endpoint = await session.webhooks.createEndpoint({
      label: 'SDK receiver',
      url: `${rx.url}/hooks`,
      subscribed_events: ['payment.confirmed'],
    });
    assert.match(endpoint.signing_secret ?? '', /^whsec_/);
    assert.equal(endpoint.endpoint.livemode, false);
    const secret = endpoint.signing_secret!;

    // A test event, delivered synchronously, verified with the SDK.
    const testArrival = rx.next('/hooks');
    const sent = await session.webhooks.sendTestEvent(endpoint.endpoint.id, 'payment.confirmed');
    assert.equal(sent.delivered, true, JSON.stringify(sent.result));
    const testDelivery = await testArrival;
    const testEvent = await constructWebhookEvent(testDelivery.body, testDelivery.headers['x-hilt-signature'], secret);
    assert.equal(testEvent.type, 'payment.confirmed');
    assert.equal(testEvent.data.test, true);
    assert.equal(testEvent.id, sent.event.id);

    const wallet = await merchant.sandbox.createWallet();
    assert.ok(wallet.address && wallet.secret_key);
    const airdrop = await merchant.sandbox.airdrop({ address: MERCHANT, lamports: 1_000_000_000 });
    assert.ok(airdrop.balance_lamports >= 1_000_000_000);

    const product = await merchant.products.create({
      product_type: 'PAYMENT_LINK',
      title: 'SDK course',
      amount_minor_units: 20_000_000,
      merchant_wallet: MERCHANT,
      delivery_type: 'REDIRECT',
      delivery_value: 'https://example.com/welcome',
      membership_config: { enabled: true, platform: 'CUSTOM', identity_type: 'WALLET', billing_interval_days: 30 },
    });
    assert.equal(product.livemode, false);
    assert.equal((await merchant.products.get(product.id)).slug, product.slug);
    assert.ok((await merchant.products.list({ limit: 10 })).some((p) => p.id === product.id));
    const updated = await merchant.products.update(product.id, { description: 'Updated through the SDK' });
    assert.equal(updated.description, 'Updated through the SDK');

    const publicView = await buyer.checkout.getProduct(product.slug);
    assert.equal(publicView.title, 'SDK course');
    assert.equal(publicView.asset_symbol, 'SOL');
    assert.equal((publicView as Record<string, unknown>).delivery_value, undefined);

    const checkoutSession = await buyer.checkout.connect(product.slug, { payer_wallet: wallet.address });
    assert.equal(checkoutSession.status, 'PENDING_SIGNATURE');
    assert.equal(checkoutSession.memo, `HILT:${checkoutSession.nonce}`);

    const paid = await merchant.sandbox.pay({ payment_id: checkoutSession.payment_id, secret_key: wallet.secret_key });
    const arrival = rx.next('/hooks', 15_000);
    const confirmed = await buyer.checkout.confirmPayment({
      payment_id: checkoutSession.payment_id,
      tx_signature: paid.tx_signature,
      payer_wallet: wallet.address,
    });
    assert.equal(confirmed.status, 'CONFIRMED');
    assert.equal(confirmed.delivery_value, 'https://example.com/welcome');
    assert.ok(confirmed.membership_id);

    const status = await buyer.payments.get(checkoutSession.payment_id);
    assert.equal(status.status, 'CONFIRMED');
    assert.equal(status.tx_signature, paid.tx_signature);

    // The real payment.confirmed delivery, sent by the job runner, verified with the SDK.
    const delivery = await arrival;
    const event = await constructWebhookEvent<{ payment: { id: string } }>(
      delivery.body,
      delivery.headers['x-hilt-signature'],
      secret,
    );
    assert.equal(event.type, 'payment.confirmed');
    assert.equal(event.livemode, false);
    assert.equal(event.data.payment.id, checkoutSession.payment_id);
    await assert.rejects(
      constructWebhookEvent(delivery.body.replace('CONFIRMED', 'FAILED'), delivery.headers['x-hilt-signature'], secret),
      (err: unknown) => err instanceof HiltWebhookSignatureError && err.code === 'webhook_signature_failed',
    );
    await assert.rejects(
      constructWebhookEvent(delivery.body, delivery.headers['x-hilt-signature'], `${secret}x`),
      HiltWebhookSignatureError,
    );
    // The receiver has the request before the server records its answer: wait for the record.
    let deliveries = await session.webhooks.listDeliveries({ endpoint_id: endpoint.endpoint.id });
    for (
      let i = 0;
      i < 100 && !deliveries.deliveries.some((d) => d.event_id === event.id && d.status === 'delivered');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
      deliveries = await session.webhooks.listDeliveries({ endpoint_id: endpoint.endpoint.id });
    }
    assert.ok(deliveries.deliveries.some((d) => d.event_id === event.id && d.status === 'delivered'));
    const timeline = await session.webhooks.getTimeline({ payment_id: checkoutSession.payment_id });
    assert.ok(timeline.timeline.some((e) => e.event_type === 'payment.confirmed'));
    const replayArrival = rx.next('/hooks');
    const replayed = await session.webhooks.replayDelivery(
      deliveries.deliveries.find((d) => d.event_id === event.id)!.id,
    );
    assert.equal(replayed.delivery.event_id, event.id);
    const again = await replayArrival;
    assert.equal((await constructWebhookEvent(again.body, again.headers['x-hilt-signature'], secret)).id, event.id);

    const payments = await merchant.products.listPayments(product.id);
    assert.equal(payments[0].status, 'CONFIRMED');
    assert.equal(payments[0].received_minor_units, 20_000_000);

    const receipts = await merchant.receipts.list({ product_id: product.id });
    assert.equal(receipts.total, 1);
    const receiptId = receipts.receipts[0].receipt_id;
    assert.equal(receipts.receipts[0].payment_id, checkoutSession.payment_id);
    const verification = await buyer.receipts.verify(receiptId);
    assert.equal(verification.valid, true);
    assert.equal(verification.signature_valid, true);
    assert.equal((await merchant.receipts.get(receiptId)).tx_sig, paid.tx_signature);
    const pdf = await buyer.receipts.getPdf(receiptId);
    assert.ok(pdf instanceof ArrayBuffer);
    assert.equal(Buffer.from(pdf, 0, 5).toString(), '%PDF-');
    const invoice = await merchant.receipts.updateInvoiceMetadata(receiptId, { invoice_number: 'INV-1' });
    assert.equal(invoice.receipt.invoice_metadata.invoice_number, 'INV-1');

    const memberships = await merchant.memberships.list({ product_id: product.id });
    assert.equal(memberships.count, 1);
    assert.equal(memberships.items[0].id, confirmed.membership_id);
    assert.equal(memberships.items[0].status, 'ACTIVE');
    const detail = await merchant.memberships.updateNotes(confirmed.membership_id!, { notes: 'VIP' });
    assert.equal(detail.membership.notes, 'VIP');
    const looked = await merchant.memberships.lookup({ tx_signature: paid.tx_signature });
    assert.equal(looked.items[0].id, confirmed.membership_id);

    const ticket = await merchant.support.createTicket({
      subject: 'Buyer needs help',
      category: 'ACCESS',
      body: 'Paid, cannot find the link.',
      context: { payment_id: checkoutSession.payment_id, source: 'sdk' },
    });
    assert.equal(ticket.status, 'OPEN');
    const tickets = await merchant.support.listTickets();
    assert.ok(tickets.tickets.some((t) => t.ticket_id === ticket.ticket_id));
    const reply = await merchant.support.addMessage(ticket.ticket_id, { body: 'Sent it again by email.' });
    assert.equal(reply.message.author_type, 'MERCHANT');
    const thread = await merchant.support.getTicket(ticket.ticket_id);
    assert.ok(thread.messages.some((m) => m.body === 'Sent it again by email.'));
    assert.equal(thread.context.payment_id, checkoutSession.payment_id);

    // The rest of the surface answers on the paths the SDK uses.
    const membershipId = confirmed.membership_id!;
    assert.equal((await merchant.memberships.get(membershipId)).membership.id, membershipId);
    const gifted = await merchant.memberships.gift(membershipId, { days: 7, note: 'goodwill' });
    assert.ok(
      Date.parse(gifted.membership.current_period_end_at) > Date.parse(memberships.items[0].current_period_end_at),
    );
    assert.equal(
      (await merchant.memberships.updateProfile(membershipId, { platform_display: 'buyer' })).membership
        .platform_display,
      'buyer',
    );
    assert.ok(await merchant.memberships.getDeliveryDiagnostics(membershipId));
    assert.ok(await merchant.memberships.getReactivation(membershipId));
    assert.ok(await merchant.memberships.getRenewalIntelligence({ window_days: 14 }));
    assert.ok(await merchant.products.getAnalytics(product.id));
    const handoff = await merchant.products.createHandoffLink(product.id, { identity_value: wallet.address });
    const resolved = await buyer.checkout.resolveHandoff(product.slug, { handoff_token: handoff.handoff_token });
    assert.equal(resolved.identity_value, wallet.address);
    assert.equal((await buyer.receipts.getPublic(receiptId)).verification.valid, true);
    assert.ok((await merchant.receipts.exportCsv({ product_id: product.id })).includes(paid.tx_signature));
    const events = await session.webhooks.listEvents({ event_type: 'payment.confirmed' });
    assert.ok(events.events.some((e) => e.id === event.id));
    const paused = await session.webhooks.updateEndpoint(endpoint.endpoint.id, { status: 'paused' });
    assert.equal(paused.endpoint.status, 'paused');
    assert.equal((await session.webhooks.disableEndpoint(endpoint.endpoint.id)).endpoint.status, 'disabled');
    assert.ok(await merchant.testing.listScenarios());
    assert.equal((await session.account.me()).user_id, registeredUserId);

    const archived = await merchant.products.archive(product.id);
    assert.notEqual(archived.status, 'ACTIVE');

    // What the SDK put on the wire: the key, its user agent, and no credentials on buyer routes.
    const productCall = seen.find((s) => s.url.endsWith('/v1/products') && s.headers.get('x-hilt-key'));
    assert.equal(productCall?.headers.get('user-agent'), 'sdk-test/1.0');
    assert.equal(productCall?.headers.get('authorization'), null);
  });

  test('errors become HiltApiError with code, status, request id and retryable', async () => {
    await rejectsWith(merchant.products.get(randomUUID()), (err) => {
      assert.equal(err.statusCode, 404);
      assert.equal(err.code, 'product_not_found');
      assert.equal(err.retryable, false);
      assert.equal(typeof err.detail, 'string');
      assert.ok(err.requestId && err.requestId.length > 0);
    });
    await rejectsWith(buyer.payments.get(randomUUID()), (err) => {
      assert.equal(err.statusCode, 404);
      assert.ok(err.requestId);
    });
    await rejectsWith(
      merchant.products.create({ product_type: 'PAYMENT_LINK', title: '', merchant_wallet: MERCHANT }),
      (err) => {
        assert.equal(err.statusCode, 422);
        assert.equal(err.code, 'validation_error');
        assert.ok(Array.isArray(err.detail) && err.detail.length > 0);
      },
    );
    await rejectsWith(new HiltClient({ baseUrl }).products.list(), (err) => {
      assert.equal(err.statusCode, 401);
      assert.equal(err.retryable, false);
    });
    await rejectsWith(new HiltClient({ baseUrl, apiKey: 'hk_sandbox_nope' }).products.list(), (err) => {
      assert.equal(err.statusCode, 401);
    });
    // A read+execute key may not manage webhook endpoints; a bearer session may.
    await rejectsWith(merchant.webhooks.listEndpoints(), (err) => assert.equal(err.statusCode, 403));
    assert.ok(Array.isArray((await session.webhooks.listEndpoints()).endpoints));

    assert.equal(isRetryable(408, 'chain_timeout'), true);
    assert.equal(isRetryable(409, 'idempotency_in_progress'), true);
    // Hilt's rule: every 409 is worth another look (a conflict may clear), client errors otherwise are not.
    assert.equal(isRetryable(409, 'signature_already_used'), true);
    assert.equal(isRetryable(422, 'validation_error'), false);
    assert.equal(isRetryable(503, 'unavailable'), true);
  });

  test('Idempotency-Key through the SDK option: a replay returns the stored response, another body is 422', async () => {
    const body = {
      product_type: 'PAYMENT_LINK',
      title: 'Idempotent product',
      amount_minor_units: 1_000_000,
      merchant_wallet: MERCHANT,
    };
    const idempotencyKey = `sdk-${randomUUID()}`;
    const first = await merchant.products.create(body, { idempotencyKey });
    const second = await merchant.products.create(body, { idempotencyKey });
    assert.equal(second.id, first.id);
    const calls = seen.filter((s) => s.headers.get('idempotency-key') === idempotencyKey);
    assert.equal(calls.length, 2);
    assert.equal(calls[0].replayed, null);
    assert.equal(calls[1].replayed, 'true');
    const all = await merchant.products.list({ limit: 200 });
    assert.equal(all.filter((p) => p.title === 'Idempotent product').length, 1);
    await rejectsWith(merchant.products.create({ ...body, title: 'Another' }, { idempotencyKey }), (err) => {
      assert.equal(err.statusCode, 422);
      assert.equal(err.code, 'idempotency_key_mismatch');
    });
    // Public routes take it too: connecting twice with one key opens one checkout session.
    const s1 = await buyer.checkout.connect(first.slug, {}, { idempotencyKey });
    const s2 = await buyer.checkout.connect(first.slug, {}, { idempotencyKey });
    assert.equal(s2.payment_id, s1.payment_id);
  });

  test('a request that outlives timeoutMs fails as a retryable request_timeout', async () => {
    const hanging = new HiltClient({
      baseUrl,
      timeoutMs: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    await rejectsWith(hanging.payments.get(randomUUID()), (err) => {
      assert.equal(err.code, 'request_timeout');
      assert.equal(err.statusCode, 0);
      assert.equal(err.retryable, true);
    });
  });

  test('constructWebhookEvent checks the timestamp tolerance and the header format', async () => {
    const secret = 'whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQ=';
    const body = JSON.stringify({ id: 'evt_1', type: 'payment.confirmed', livemode: false, data: {} });
    const sign = (t: number, raw = body) =>
      `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex')}`;
    const now = Math.floor(Date.now() / 1000);
    assert.equal((await constructWebhookEvent(body, sign(now), secret)).id, 'evt_1');
    assert.equal((await constructWebhookEvent(Buffer.from(body), sign(now - 299), secret)).id, 'evt_1');
    await assert.rejects(constructWebhookEvent(body, sign(now - 301), secret), HiltWebhookSignatureError);
    assert.equal((await constructWebhookEvent(body, sign(now - 301), secret, { toleranceSeconds: 600 })).id, 'evt_1');
    assert.equal((await constructWebhookEvent(body, `${sign(now)},v1=${'0'.repeat(64)}`, secret)).id, 'evt_1');
    await assert.rejects(constructWebhookEvent(body, undefined, secret), HiltWebhookSignatureError);
    await assert.rejects(constructWebhookEvent(body, 'v1=abc', secret), HiltWebhookSignatureError);
    await assert.rejects(
      constructWebhookEvent(body, `t=${now},v1=${'0'.repeat(64)}`, secret),
      HiltWebhookSignatureError,
    );
  });
});

describe('SDK and rate limits', () => {
  let hilt: TestApp;
  let baseUrl: string;

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_PUBLIC: '2' });
    baseUrl = await listen(hilt);
  });
  after(() => hilt.dispose());

  test('a 429 is a retryable HiltApiError with code rate_limited and Retry-After', async () => {
    const buyer = new HiltClient({ baseUrl, maxRetries: 0 });
    for (let i = 0; i < 2; i++) {
      await rejectsWith(buyer.checkout.getProduct('no-such-product'), (err) => assert.equal(err.statusCode, 404));
    }
    await rejectsWith(buyer.checkout.getProduct('no-such-product'), (err) => {
      assert.equal(err.statusCode, 429);
      assert.equal(err.code, 'rate_limited');
      assert.equal(err.retryable, true);
      assert.ok(err.retryAfterSeconds && err.retryAfterSeconds > 0);
      assert.ok(err.requestId);
    });
  });
});
