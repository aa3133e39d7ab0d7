import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createKeyPairFromBytes, signBytes } from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';
import { openOrReuseTicket } from '../../src/support/service.ts';
import { createKey, createTestApp, keyHeader, type TestApp } from '../helpers/app.ts';
import {
  airdrop,
  api,
  createBuyer,
  createMerchant,
  createProduct,
  type Merchant,
  openSession,
  payAndConfirm as payAndConfirmAs,
  type Wallet,
} from '../helpers/factories.ts';

describe('support tickets', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;
  let otherSk: Record<string, string>;
  let liveKey: Record<string, string>;
  let ownerId: string;
  let wallet: Wallet;
  let stranger: Wallet;
  let paid: { paymentId: string; tx: string; receiptId: string; productId: string };
  let otherPaymentId: string;

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    const m = await createMerchant(hilt);
    ownerId = m.userId;
    sk = m.headers;
    liveKey = keyHeader((await createKey(hilt, m.token, { sandbox_mode: false })).raw);
    const other = await createMerchant(hilt);
    otherSk = other.headers;
    wallet = await createBuyer(m);
    stranger = await createBuyer(m);
    await airdrop(m);
    paid = await payAndConfirm(m);
    otherPaymentId = (await payAndConfirm(other)).paymentId;
  });
  after(() => hilt.dispose());

  /** One request as the given caller, through the request helper. */
  function req(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const as = api(hilt, headers);
    return method === 'GET' ? as.get(url) : method === 'POST' ? as.post(url, payload) : as.patch(url, payload);
  }

  async function payAndConfirm(merchant: Merchant) {
    const product = await createProduct(merchant, { title: 'Help desk', amount_minor_units: 20_000_000 });
    const session = await openSession(hilt, product, { payer_wallet: wallet.address });
    const { tx_signature: tx } = await payAndConfirmAs(merchant, session, { buyer: wallet });
    const [r] = await hilt.db.query<{ id: string }>('SELECT id FROM receipts WHERE payment_id = $1', [
      session.payment_id,
    ]);
    return { paymentId: session.payment_id, tx, receiptId: r.id, productId: product.id };
  }

  async function signWith(secretKey: string, message: string) {
    const keys = await createKeyPairFromBytes(bs58.decode(secretKey));
    return new Uint8Array(await signBytes(keys.privateKey, new TextEncoder().encode(message)));
  }

  async function openAsBuyer(overrides: Record<string, unknown> = {}, signer = wallet.secret_key) {
    const challenge = await req('POST', '/v1/support/buyer/challenge', { payment_id: paid.paymentId });
    assert.equal(challenge.status, 200, challenge.text);
    const c = challenge.body;
    const signature = bs58.encode(await signWith(signer, c.message));
    return req('POST', '/v1/support/buyer/tickets', {
      payment_id: paid.paymentId,
      challenge_id: c.challenge_id,
      signature,
      subject: 'No access yet',
      body: 'I paid but the link did not arrive.',
      ...overrides,
    });
  }

  test('merchant tickets: create with checked context, thread, list, messages, status and priority', async () => {
    const created = await req(
      'POST',
      '/v1/support/tickets',
      {
        subject: 'Buyer needs help',
        category: 'DELIVERY',
        body: 'Payment confirmed, but the buyer still needs a manual handoff.',
        priority: 'HIGH',
        context: {
          payment_id: paid.paymentId,
          receipt_id: paid.receiptId,
          tx_signature: paid.tx,
          product_id: paid.productId,
          wallet: wallet.address,
          source: 'dashboard',
        },
      },
      sk,
    );
    assert.equal(created.status, 200, created.text);
    const t = created.body;
    assert.equal(t.status, 'OPEN');
    assert.equal(t.category, 'DELIVERY');
    assert.equal(t.priority, 'HIGH');
    const events = await hilt.db.query<{ data: { ticket: { id: string } }; payment_id: string }>(
      `SELECT data, payment_id FROM events WHERE type = 'support.ticket.created' AND owner_id = $1`,
      [ownerId],
    );
    assert.ok(events.some((e) => e.data.ticket.id === t.ticket_id && e.payment_id === paid.paymentId));

    const plain = await req('POST', '/v1/support/tickets', { subject: 'Question', body: 'Hello' }, sk);
    assert.equal(plain.body.category, 'OTHER');
    assert.equal(plain.body.priority, 'NORMAL');

    const thread = (await req('GET', `/v1/support/tickets/${t.ticket_id}`, undefined, sk)).body;
    assert.equal(thread.ticket_id, t.ticket_id);
    assert.equal(thread.context.receipt_id, paid.receiptId);
    assert.equal(thread.messages.length, 1);
    assert.equal(thread.messages[0].author_type, 'MERCHANT');

    const msg = await req(
      'POST',
      `/v1/support/tickets/${t.ticket_id}/message`,
      { body: 'Sent the invite by hand' },
      sk,
    );
    assert.equal(msg.status, 200, msg.text);
    assert.equal(msg.body.message.body, 'Sent the invite by hand');

    const resolved = await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { status: 'RESOLVED' }, sk);
    assert.equal(resolved.status, 200, resolved.text);
    assert.equal(resolved.body.status, 'RESOLVED');
    assert.ok(resolved.body.resolved_at);
    const urgent = await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { priority: 'URGENT' }, sk);
    assert.equal(urgent.body.priority, 'URGENT');
    assert.equal(urgent.body.status, 'RESOLVED');

    const list = (await req('GET', '/v1/support/tickets?status=RESOLVED', undefined, sk)).body;
    assert.deepEqual(
      list.tickets.map((x: { ticket_id: string }) => x.ticket_id),
      [t.ticket_id],
    );
    const page = (await req('GET', '/v1/support/tickets?per_page=1&page=2', undefined, sk)).body;
    assert.equal(page.page, 2);
    assert.equal(page.tickets.length, 1);
    assert.ok(page.total >= 2);
    assert.equal((await req('GET', '/v1/support/tickets?per_page=51', undefined, sk)).status, 422);
  });

  test('enums are validated and a closed ticket refuses messages with 409', async () => {
    for (const body of [
      { subject: 'x', body: 'y', category: 'BILLING' },
      { subject: 'x', body: 'y', priority: 'CRITICAL' },
      { subject: '', body: 'y' },
      { subject: 'x' },
    ]) {
      assert.equal((await req('POST', '/v1/support/tickets', body, sk)).status, 422, JSON.stringify(body));
    }
    const t = (await req('POST', '/v1/support/tickets', { subject: 'Refund?', category: 'REFUND', body: 'b' }, sk))
      .body;
    assert.equal((await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { status: 'DONE' }, sk)).status, 422);
    assert.equal((await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, {}, sk)).status, 422);
    const closed = await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { status: 'CLOSED' }, sk);
    assert.equal(closed.body.status, 'CLOSED');
    assert.ok(closed.body.closed_at);
    const refused = await req('POST', `/v1/support/tickets/${t.ticket_id}/message`, { body: 'one more thing' }, sk);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'ticket_closed');
    const reopened = await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { status: 'OPEN' }, sk);
    assert.equal(reopened.body.closed_at, null);
    assert.equal((await req('POST', `/v1/support/tickets/${t.ticket_id}/message`, { body: 'again' }, sk)).status, 200);
  });

  test('category, priority and status accept any letter case and come back canonical', async () => {
    const created = await req(
      'POST',
      '/v1/support/tickets',
      { subject: 'Lower case', category: 'delivery', priority: 'high', body: 'b' },
      sk,
    );
    assert.equal(created.status, 200, created.text);
    assert.equal(created.body.category, 'DELIVERY');
    assert.equal(created.body.priority, 'HIGH');
    const id = created.body.ticket_id;
    const updated = await req('PATCH', `/v1/support/tickets/${id}`, { status: 'resolved', priority: 'Low' }, sk);
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.status, 'RESOLVED');
    assert.equal(updated.body.priority, 'LOW');
    const listed = await req('GET', '/v1/support/tickets?status=resolved', undefined, sk);
    assert.equal(listed.status, 200, listed.text);
    assert.ok(listed.body.tickets.some((t: { ticket_id: string }) => t.ticket_id === id));
    const bad = await req('POST', '/v1/support/tickets', { subject: 'x', body: 'y', category: 'billing' }, sk);
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.body.detail[0].loc, ['body', 'category']);
    assert.match(bad.body.detail[0].msg, /"OTHER"/);
  });

  test('context links must belong to the workspace and mode', async () => {
    for (const context of [
      { payment_id: otherPaymentId },
      { payment_id: randomUUID() },
      { receipt_id: randomUUID() },
      { membership_id: randomUUID() },
      { product_id: randomUUID() },
      { tx_signature: bs58.encode(Buffer.alloc(64, 7)) },
    ]) {
      const res = await req('POST', '/v1/support/tickets', { subject: 's', body: 'b', context }, sk);
      assert.equal(res.status, 422, JSON.stringify(context));
      assert.equal(res.body.code, 'context_not_found');
    }
    const live = await req(
      'POST',
      '/v1/support/tickets',
      { subject: 's', body: 'b', context: { payment_id: paid.paymentId } },
      liveKey,
    );
    assert.equal(live.status, 422, 'a sandbox payment is not a live one');
    assert.equal(
      (await req('POST', '/v1/support/tickets', { subject: 's', body: 'b', context: { payment_id: 'nope' } }, sk))
        .status,
      422,
    );
  });

  test('a buyer proves the payment with the paying wallet, then reads and answers the thread', async () => {
    const opened = await openAsBuyer();
    assert.equal(opened.status, 200, opened.text);
    const { ticket_id, access_token } = opened.body;
    assert.match(access_token, /^htk_/);
    const [stored] = await hilt.db.query<{ buyer_token_hash: string }>(
      'SELECT buyer_token_hash FROM support_tickets WHERE id = $1',
      [ticket_id],
    );
    assert.notEqual(stored.buyer_token_hash, access_token, 'only a hash of the token is kept');

    const token = { 'x-hilt-ticket-token': access_token };
    const view = await req('GET', `/v1/support/buyer/tickets/${ticket_id}`, undefined, token);
    assert.equal(view.status, 200, view.text);
    assert.equal(view.body.status, 'PENDING_MERCHANT');
    assert.equal(view.body.messages[0].author_type, 'BUYER');
    assert.equal(view.body.category, 'PAYMENT');

    // The merchant sees it, tied to the payment, and answers.
    const merchantView = (await req('GET', `/v1/support/tickets/${ticket_id}`, undefined, sk)).body;
    assert.equal(merchantView.opened_by, 'BUYER');
    assert.equal(merchantView.context.payment_id, paid.paymentId);
    assert.equal(merchantView.context.tx_signature, paid.tx);
    await req('POST', `/v1/support/tickets/${ticket_id}/message`, { body: 'Here is your link' }, sk);
    const after = (await req('GET', `/v1/support/buyer/tickets/${ticket_id}`, undefined, token)).body;
    assert.equal(after.status, 'PENDING_BUYER');
    assert.equal(after.messages[1].body, 'Here is your link');
    assert.equal(after.messages[1].author_id, null);

    const answer = await req(
      'POST',
      `/v1/support/buyer/tickets/${ticket_id}/message`,
      { body: 'Works, thanks' },
      token,
    );
    assert.equal(answer.status, 200, answer.text);
    assert.equal((await req('GET', `/v1/support/tickets/${ticket_id}`, undefined, sk)).body.status, 'PENDING_MERCHANT');

    assert.equal((await req('GET', `/v1/support/buyer/tickets/${ticket_id}`)).status, 404);
    assert.equal(
      (await req('GET', `/v1/support/buyer/tickets/${ticket_id}`, undefined, { 'x-hilt-ticket-token': 'htk_wrong' }))
        .status,
      404,
    );
    await req('PATCH', `/v1/support/tickets/${ticket_id}`, { status: 'CLOSED' }, sk);
    const late = await req('POST', `/v1/support/buyer/tickets/${ticket_id}/message`, { body: 'hello?' }, token);
    assert.equal(late.status, 409);
  });

  test('a buyer who cannot prove the payment is refused', async () => {
    const byStranger = await openAsBuyer({}, stranger.secret_key);
    assert.equal(byStranger.status, 403);
    assert.equal(byStranger.body.code, 'payment_proof_invalid');

    const c = (await req('POST', '/v1/support/buyer/challenge', { payment_id: paid.paymentId })).body;
    const wrongMessage = bs58.encode(await signWith(wallet.secret_key, `${c.message}!`));
    const base = { payment_id: paid.paymentId, challenge_id: c.challenge_id, subject: 's', body: 'b' };
    assert.equal((await req('POST', '/v1/support/buyer/tickets', { ...base, signature: wrongMessage })).status, 403);
    assert.equal((await req('POST', '/v1/support/buyer/tickets', { ...base, signature: 'x'.repeat(88) })).status, 403);
    const good = Buffer.from(await signWith(wallet.secret_key, c.message)).toString('base64');
    assert.equal(
      (await req('POST', '/v1/support/buyer/tickets', { ...base, payment_id: otherPaymentId, signature: good })).status,
      403,
      'a challenge proves only its own payment',
    );
    const first = await req('POST', '/v1/support/buyer/tickets', { ...base, signature: good });
    assert.equal(first.status, 200, 'base64 signatures are accepted too');
    const replay = await req('POST', '/v1/support/buyer/tickets', { ...base, signature: good });
    assert.equal(replay.status, 403, 'a challenge is good once');

    const unknown = await req('POST', '/v1/support/buyer/challenge', { payment_id: randomUUID() });
    assert.equal(unknown.status, 404);
  });

  test('openOrReuseTicket opens one ticket per problem and adds repeats to it', async () => {
    const input = {
      ownerId,
      livemode: false,
      subject: 'Delivery failed',
      category: 'DELIVERY' as const,
      body: 'Telegram invite failed',
      context: { payment_id: paid.paymentId },
    };
    const a = await hilt.db.transaction((tx) => openOrReuseTicket(tx, input));
    const b = await hilt.db.transaction((tx) => openOrReuseTicket(tx, { ...input, body: 'Failed again' }));
    assert.equal(a.created, true);
    assert.equal(b.created, false);
    assert.equal(b.ticket_id, a.ticket_id);
    const thread = (await req('GET', `/v1/support/tickets/${a.ticket_id}`, undefined, sk)).body;
    assert.equal(thread.opened_by, 'SYSTEM');
    assert.deepEqual(
      thread.messages.map((m: { body: string }) => m.body),
      ['Telegram invite failed', 'Failed again'],
    );
    await req('PATCH', `/v1/support/tickets/${a.ticket_id}`, { status: 'RESOLVED' }, sk);
    const c = await hilt.db.transaction((tx) => openOrReuseTicket(tx, input));
    assert.equal(c.created, true, 'a resolved ticket is not reused');
  });

  test('tenant and mode isolation on every ticket route', async () => {
    const t = (await req('POST', '/v1/support/tickets', { subject: 'Mine', body: 'b' }, sk)).body;
    for (const headers of [otherSk, liveKey]) {
      assert.equal((await req('GET', `/v1/support/tickets/${t.ticket_id}`, undefined, headers)).status, 404);
      assert.equal(
        (await req('POST', `/v1/support/tickets/${t.ticket_id}/message`, { body: 'x' }, headers)).status,
        404,
      );
      assert.equal(
        (await req('PATCH', `/v1/support/tickets/${t.ticket_id}`, { status: 'CLOSED' }, headers)).status,
        404,
      );
      const list = (await req('GET', '/v1/support/tickets', undefined, headers)).body;
      assert.ok(list.tickets.every((x: { ticket_id: string }) => x.ticket_id !== t.ticket_id));
    }
    assert.equal((await req('GET', '/v1/support/tickets')).status, 401);
    assert.equal((await req('GET', `/v1/support/tickets/${t.ticket_id}`)).status, 401);
    // A buyer token opens only its own ticket, never a merchant ticket.
    const buyer = (await openAsBuyer()).body;
    const token = { 'x-hilt-ticket-token': buyer.access_token };
    assert.equal((await req('GET', `/v1/support/buyer/tickets/${t.ticket_id}`, undefined, token)).status, 404);
  });
});
