import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { recordEvent } from '../../src/event/outbox.ts';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../src/webhook/service.ts';
import { bearer, createKey, createTestApp, keyHeader, type TestApp } from '../helpers/app.ts';
import {
  airdrop,
  createBuyer,
  createEndpoint,
  createMerchant,
  createProduct,
  type Json,
  type Merchant,
  openSession,
  payAndConfirm,
} from '../helpers/factories.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

describe('outbound webhooks', () => {
  let hilt: TestApp;
  let rx: Receiver;
  let clock = new Date(Date.now() + 1000);
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp(
      {
        HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
        HILT_RATE_LIMIT_FREE: '0',
        HILT_RATE_LIMIT_PUBLIC: '0',
        HILT_WEBHOOK_DISABLE_AFTER_EVENTS: '2',
        HILT_WEBHOOK_TIMEOUT_MS: '2000',
      },
      { now: () => clock },
    );
  });
  after(async () => {
    await hilt.dispose();
    await rx.close();
  });

  const inject = (method: string, url: string, headers: Record<string, string>, payload?: unknown) =>
    hilt.app.inject({ method: method as 'GET', url, headers, payload: payload as object });

  // Jobs are enqueued at the database's now(); the test clock must not lag behind it.
  async function drain() {
    if (clock.getTime() < Date.now() + 1000) clock = new Date(Date.now() + 1000);
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const ran = await hilt.jobs.runDue();
      total += ran;
      if (ran === 0) break;
    }
    return total;
  }

  async function merchant() {
    const m = await createMerchant(hilt, { permissions: ['read', 'execute', 'admin'] });
    return { ...m, sk: m.headers };
  }

  const endpoint = (m: Merchant, path: string, body: Json = {}) =>
    createEndpoint(m, { label: `Receiver ${path}`, url: `${rx.url}${path}`, ...body });

  /** An event recorded as the payment service records one, in its own transaction. */
  async function event(ownerId: string, type = 'payment.confirmed', productId: string | null = null) {
    const paymentId = randomUUID();
    return hilt.db.transaction((tx) =>
      recordEvent(tx, {
        ownerId,
        livemode: false,
        type: type as 'payment.confirmed',
        data: { payment: { id: paymentId, status: 'CONFIRMED' } },
        productId,
        paymentId,
      }),
    );
  }

  const deliveries = async (sk: Record<string, string>, query = '') =>
    (await inject('GET', `/v1/webhooks/deliveries${query}`, sk)).json() as {
      total: number;
      page: number;
      deliveries: {
        id: number;
        status: string;
        attempt_count: number;
        next_attempt_at: string | null;
        endpoint_id: string;
        event_id: string;
        response_status: number | null;
        last_error: string | null;
        test: boolean;
      }[];
    };

  test('a real sandbox payment reaches the receiver as payment.confirmed, verified both ways', async () => {
    const m = await merchant();
    const { signing_secret } = await endpoint(m, '/real', { subscribed_events: ['payment.confirmed'] });
    assert.match(signing_secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    const wallet = await createBuyer(m);
    await airdrop(m);
    const product = await createProduct(m, { title: 'Webhook course', amount_minor_units: 10_000_000 });
    const session = await openSession(hilt, product, { payer_wallet: wallet.address });
    await payAndConfirm(m, session, { buyer: wallet });

    const got = rx.next('/real');
    await drain();
    const r = await got;
    assert.equal(r.json.type, 'payment.confirmed');
    assert.equal(r.json.livemode, false);
    assert.equal((r.json.data.payment as { id: string }).id, session.payment_id);
    assert.equal(r.headers['webhook-id'], r.json.id);
    assert.deepEqual(rx.verify(r, signing_secret, { nowSec: Math.floor(clock.getTime() / 1000) }).hilt, true);
    // standardwebhooks checks the timestamp against the wall clock, which this test's clock is close to.
    assert.equal(rx.verify(r, signing_secret).standard, true);
    assert.equal(rx.verify(r, 'whsec_' + Buffer.alloc(32).toString('base64')).standard, false);

    const events = (await inject('GET', '/v1/webhooks/events?event_type=payment.confirmed', m.sk)).json();
    assert.equal(events.total, 1);
    assert.equal(events.events[0].id, r.json.id);
    assert.equal(events.events[0].payment_id, session.payment_id);
    assert.deepEqual(JSON.parse(r.body), events.events[0].payload, 'the body sent is the stored envelope');
    assert.equal(events.events[0].deliveries[0].status, 'delivered');
    assert.ok(events.supported_events.includes('support.ticket.created'));

    const timeline = (await inject('GET', `/v1/webhooks/timeline?payment_id=${session.payment_id}`, m.sk)).json();
    assert.equal(timeline.count, timeline.timeline.length);
    assert.equal(timeline.payment_id, session.payment_id);
    assert.ok(timeline.timeline.some((e: { event_type: string }) => e.event_type === 'payment.confirmed'));
    assert.equal((await inject('GET', '/v1/webhooks/timeline', m.sk)).statusCode, 422);

    const list = await deliveries(m.sk);
    assert.equal(list.total, 1);
    assert.equal(typeof list.deliveries[0].id, 'number');
    assert.equal(list.deliveries[0].status, 'delivered');
    const ep = (await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints[0];
    assert.equal(ep.consecutive_failures, 0);
    assert.ok(ep.last_success_at);
    assert.equal(ep.signing_secret_preview, `${signing_secret.slice(0, 10)}…`);
    assert.ok(!JSON.stringify(ep).includes(signing_secret.slice(10)), 'the secret never comes back');
  });

  test('validation: label, unknown event types, foreign products, auth and workspaces', async () => {
    const m = await merchant();
    const other = await merchant();
    const otherProduct = await createProduct(other, { title: 'Not yours', amount_minor_units: 1000 });
    const post = (body: Record<string, unknown>) =>
      inject('POST', '/v1/webhooks/endpoints', m.sk, { label: 'ok label', url: `${rx.url}/v`, ...body });
    assert.equal((await post({ label: 'x' })).statusCode, 422);
    assert.equal((await post({ label: 'x'.repeat(121) })).statusCode, 422);
    const unknown = await post({ subscribed_events: ['payment.refunded'] });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().code, 'unknown_event_type');
    const foreign = await post({ product_ids: [otherProduct.id] });
    assert.equal(foreign.statusCode, 422);
    assert.equal(foreign.json().code, 'unknown_product');

    const readKey = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read'] })).raw);
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', readKey)).statusCode, 403);
    assert.equal((await inject('GET', '/v1/webhooks/events', readKey)).statusCode, 200);
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', {})).statusCode, 401);

    const { endpoint: ep } = await endpoint(m, '/v');
    assert.equal(
      (await inject('PATCH', `/v1/webhooks/endpoints/${ep.id}`, other.sk, { label: 'mine' })).statusCode,
      404,
    );
    // A session in live mode sees the live workspace only: the sandbox endpoint is not there. Without X-Hilt-Mode
    // a session sees both modes' webhooks.
    const liveSession = { ...bearer(m.token), 'x-hilt-mode': 'live' };
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', liveSession)).json().endpoints.length, 0);
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', bearer(m.token))).json().endpoints.length, 1);
    const sandboxSession = { ...bearer(m.token), 'x-hilt-mode': 'sandbox' };
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', sandboxSession)).json().endpoints.length, 1);
  });

  test('an endpoint a session makes without X-Hilt-Mode receives both modes; restricted ones and keys keep isolation', async () => {
    const m = await merchant();
    const session = bearer(m.token);
    const created = await inject('POST', '/v1/webhooks/endpoints', session, {
      label: 'SDK receiver',
      url: `${rx.url}/both`,
    });
    assert.equal(created.statusCode, 201, created.body);
    const both = created.json().endpoint;
    assert.equal(both.mode, 'all');
    // The merchant restricts a second one to live events (any letter case), from the same modeless session.
    const liveOnly = (
      await inject('POST', '/v1/webhooks/endpoints', session, {
        label: 'Live only',
        url: `${rx.url}/liveonly`,
        mode: 'LIVE',
      })
    ).json().endpoint;
    assert.equal(liveOnly.mode, 'live');
    const sandboxOnly = (await endpoint(m, '/sbonly')).endpoint as { id: string; mode?: string };
    assert.equal(sandboxOnly.mode, 'sandbox');

    // A key (or a session with X-Hilt-Mode) is bound to its mode: it cannot widen an endpoint to "all" or the other mode.
    for (const [headers, mode] of [
      [m.sk, 'all'],
      [m.sk, 'live'],
      [{ ...session, 'x-hilt-mode': 'sandbox' }, 'all'],
    ] as const) {
      const refused = await inject('POST', '/v1/webhooks/endpoints', headers, {
        label: 'x1',
        url: `${rx.url}/x`,
        mode,
      });
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().code, 'endpoint_mode_not_allowed');
      assert.match(refused.json().docs_url, /\/v1\/docs\/errors#endpoint_mode_not_allowed$/);
    }
    const widen = await inject('PATCH', `/v1/webhooks/endpoints/${sandboxOnly.id}`, m.sk, { mode: 'all' });
    assert.equal(widen.json().code, 'endpoint_mode_not_allowed');

    const record = (livemode: boolean) =>
      hilt.db.transaction((tx) =>
        recordEvent(tx, {
          ownerId: m.userId,
          livemode,
          type: 'payment.failed',
          data: { payment: { id: randomUUID(), status: 'FAILED' } },
          paymentId: randomUUID(),
        }),
      );
    const sandboxEvent = await record(false);
    const liveEvent = await record(true);
    await drain();
    const got = (path: string) =>
      rx.received.filter((r) => r.path === path).map((r) => ({ id: r.json.id, livemode: r.json.livemode }));
    assert.deepEqual(
      got('/both').sort((a, b) => Number(a.livemode) - Number(b.livemode)),
      [
        { id: sandboxEvent.id, livemode: false },
        { id: liveEvent.id, livemode: true },
      ],
    );
    assert.deepEqual(got('/liveonly'), [{ id: liveEvent.id, livemode: true }]);
    assert.deepEqual(got('/sbonly'), [{ id: sandboxEvent.id, livemode: false }]);

    // Listing: the modeless session sees every endpoint; a sandbox key sees the sandbox and "all" ones, never the
    // live-only one; a live-mode session sees the live and "all" ones.
    const ids = async (headers: Record<string, string>) =>
      ((await inject('GET', '/v1/webhooks/endpoints', headers)).json().endpoints as { id: string }[])
        .map((e) => e.id)
        .sort();
    assert.deepEqual(await ids(session), [both.id, liveOnly.id, sandboxOnly.id].sort());
    assert.deepEqual(await ids(m.sk), [both.id, sandboxOnly.id].sort());
    assert.deepEqual(await ids({ ...session, 'x-hilt-mode': 'live' }), [both.id, liveOnly.id].sort());
    assert.equal(
      (await inject('PATCH', `/v1/webhooks/endpoints/${liveOnly.id}`, m.sk, { label: 'no' })).statusCode,
      404,
    );

    // The event log and the timeline: both modes for the modeless session, one mode for everyone else.
    const events = async (headers: Record<string, string>) =>
      ((await inject('GET', '/v1/webhooks/events', headers)).json().events as { id: string; livemode: boolean }[])
        .map((e) => e.id)
        .sort();
    assert.deepEqual(await events(session), [sandboxEvent.id, liveEvent.id].sort());
    assert.deepEqual(await events(m.sk), [sandboxEvent.id]);
    assert.deepEqual(await events({ ...session, 'x-hilt-mode': 'sandbox' }), [sandboxEvent.id]);
    assert.deepEqual(await events({ ...session, 'x-hilt-mode': 'live' }), [liveEvent.id]);
    const timeline = async (headers: Record<string, string>, paymentId: string) =>
      (await inject('GET', `/v1/webhooks/timeline?payment_id=${paymentId}`, headers)).json().count;
    assert.equal(await timeline(session, liveEvent.payment_id!), 1);
    assert.equal(await timeline(session, sandboxEvent.payment_id!), 1);
    assert.equal(await timeline(m.sk, liveEvent.payment_id!), 0);
    assert.equal(await timeline(m.sk, sandboxEvent.payment_id!), 1);
    // Deliveries follow the event's mode: a sandbox key never sees the live event's delivery to the "all" endpoint.
    const keyDeliveries = await deliveries(m.sk);
    assert.ok(keyDeliveries.deliveries.every((d) => d.event_id === sandboxEvent.id));
    const sessionDeliveries = (await inject('GET', '/v1/webhooks/deliveries', session)).json().deliveries as {
      event_id: string;
      livemode: boolean;
    }[];
    assert.ok(sessionDeliveries.some((d) => d.event_id === liveEvent.id && d.livemode));
    assert.ok(sessionDeliveries.some((d) => d.event_id === sandboxEvent.id && !d.livemode));

    // Narrowing the "all" endpoint to sandbox stops live events there.
    const narrowed = await inject('PATCH', `/v1/webhooks/endpoints/${both.id}`, session, { mode: 'sandbox' });
    assert.equal(narrowed.json().endpoint.mode, 'sandbox');
    const before = got('/both').length;
    await record(true);
    await drain();
    assert.equal(got('/both').length, before);
  });

  test('PATCH: null leaves label, url, status, subscribed_events and product_ids as they are; enums in any case', async () => {
    const m = await merchant();
    const { endpoint: ep } = await endpoint(m, '/patch-null', { subscribed_events: ['PAYMENT.CONFIRMED'] });
    const before = (await inject('GET', '/v1/webhooks/endpoints', m.sk))
      .json()
      .endpoints.find((e: { id: string }) => e.id === ep.id);
    assert.deepEqual(before.subscribed_events, ['payment.confirmed']);
    const res = await inject('PATCH', `/v1/webhooks/endpoints/${ep.id}`, m.sk, {
      label: null,
      url: null,
      status: null,
      subscribed_events: null,
      product_ids: null,
      mode: null,
    });
    assert.equal(res.statusCode, 200, res.body);
    const after = res.json().endpoint;
    for (const f of ['label', 'url', 'status', 'subscribed_events', 'product_ids', 'mode']) {
      assert.deepEqual(after[f], before[f], f);
    }
    const paused = await inject('PATCH', `/v1/webhooks/endpoints/${ep.id}`, m.sk, { status: 'PAUSED' });
    assert.equal(paused.json().endpoint.status, 'paused');
    const active = await inject('PATCH', `/v1/webhooks/endpoints/${ep.id}`, m.sk, { status: 'Active' });
    assert.equal(active.json().endpoint.status, 'active');
    const bad = await inject('PATCH', `/v1/webhooks/endpoints/${ep.id}`, m.sk, { status: 'sleeping' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.json().detail[0].msg, /"active", "paused" or "disabled"/);
    const filtered = await inject('GET', '/v1/webhooks/deliveries?status=DEAD_LETTER', m.sk);
    assert.equal(filtered.statusCode, 200);
    const events = await inject('GET', '/v1/webhooks/events?event_type=Payment.Confirmed', m.sk);
    assert.equal(events.statusCode, 200);
  });

  test('filters: subscribed events and product ids; live events never reach sandbox endpoints', async () => {
    const m = await merchant();
    const product = await createProduct(m, { title: 'Filtered', amount_minor_units: 1000 });
    const failedOnly = await endpoint(m, '/f-failed', { subscribed_events: ['payment.failed'] });
    const productOnly = await endpoint(m, '/f-product', { product_ids: [product.id] });
    const all = await endpoint(m, '/f-all');
    await event(m.userId, 'payment.confirmed', null);
    await event(m.userId, 'payment.failed', product.id);
    await hilt.db.transaction((tx) =>
      recordEvent(tx, { ownerId: m.userId, livemode: true, type: 'payment.confirmed', data: {} }),
    );
    await drain();
    const list = (await deliveries(m.sk)).deliveries;
    const byEndpoint = (id: string) => list.filter((d) => d.endpoint_id === id).length;
    assert.equal(byEndpoint(failedOnly.endpoint.id), 1);
    assert.equal(byEndpoint(productOnly.endpoint.id), 1);
    assert.equal(byEndpoint(all.endpoint.id), 2);
    assert.equal(list.length, 4, 'the live event went nowhere');
    assert.equal((await deliveries(m.sk, `?endpoint_id=${all.endpoint.id}&per_page=1&page=2`)).deliveries.length, 1);
  });

  test('retry schedule under the clock: immediately, 30 s, 2 min, 10 min, 30 min, 2 h, then dead_letter; replay', async () => {
    const m = await merchant();
    const { endpoint: ep, signing_secret } = await endpoint(m, '/retry');
    rx.answer.set('/retry', 500);
    const e = await event(m.userId);
    const sent = () => rx.received.filter((r) => r.path === '/retry' && r.json.id === e.id).length;
    await drain();
    assert.equal(sent(), 1, 'the first attempt is immediate');
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const [d] = (await deliveries(m.sk)).deliveries;
      assert.equal(d.status, 'failed');
      assert.equal(d.attempt_count, attempt);
      assert.equal(d.response_status, 500);
      const wait = RETRY_DELAYS_MS[attempt - 1];
      assert.equal(new Date(d.next_attempt_at!).getTime(), clock.getTime() + wait);
      advance(wait - 1000);
      await drain();
      assert.equal(sent(), attempt, `not before the schedule (attempt ${attempt + 1})`);
      advance(1000);
      await drain();
      assert.equal(sent(), attempt + 1);
    }
    const [dead] = (await deliveries(m.sk)).deliveries;
    assert.equal(dead.status, 'dead_letter');
    assert.equal(dead.attempt_count, MAX_ATTEMPTS);
    assert.equal(dead.next_attempt_at, null);
    assert.equal((await deliveries(m.sk, '?status=dead_letter')).total, 1);
    const epAfter = (await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints[0];
    assert.equal(epAfter.consecutive_failures, MAX_ATTEMPTS);
    assert.match(epAfter.last_error, /HTTP 500/);
    assert.equal(epAfter.status, 'active', 'one failed event does not disable');

    rx.answer.set('/retry', 200);
    const replay = await inject('POST', `/v1/webhooks/deliveries/${dead.id}/replay`, m.sk);
    assert.equal(replay.statusCode, 200, replay.body);
    assert.equal(replay.json().delivery.status, 'pending');
    assert.equal((await inject('POST', `/v1/webhooks/deliveries/${dead.id}/replay`, m.sk)).statusCode, 409);
    await drain();
    const last = rx.received.filter((r) => r.json.id === e.id).at(-1)!;
    assert.equal(last.headers['webhook-id'], e.id, 'a replay carries the same event id');
    assert.equal(rx.verify(last, signing_secret, { nowSec: Math.floor(clock.getTime() / 1000) }).hilt, true);
    const [done] = (await deliveries(m.sk)).deliveries;
    assert.equal(done.status, 'delivered');
    assert.equal((await inject('POST', '/v1/webhooks/deliveries/999999999/replay', m.sk)).statusCode, 404);
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints[0].consecutive_failures, 0);
    assert.equal(ep.status, 'active');
  });

  test('an endpoint answering 410 is disabled at once; one failing a run of events is disabled too', async () => {
    const m = await merchant();
    const { endpoint: gone } = await endpoint(m, '/gone');
    rx.answer.set('/gone', 410);
    await event(m.userId);
    await drain();
    let eps = (await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints;
    assert.equal(eps[0].status, 'disabled');
    assert.match(eps[0].disabled_reason, /410/);
    assert.equal((await deliveries(m.sk)).deliveries[0].status, 'dead_letter');
    await event(m.userId);
    await drain();
    assert.equal((await deliveries(m.sk)).total, 1, 'a disabled endpoint gets nothing new');
    await inject('DELETE', `/v1/webhooks/endpoints/${gone.id}`, m.sk);

    const { endpoint: flaky } = await endpoint(m, '/down');
    rx.answer.set('/down', 503);
    for (let n = 1; n <= 2; n++) {
      await event(m.userId);
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await drain();
        advance(3 * 3600_000);
      }
      eps = (await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints;
      const row = eps.find((e: { id: string }) => e.id === flaky.id);
      assert.equal(row.status, n === 2 ? 'disabled' : 'active', `after ${n} failed events`);
    }
  });

  test('pause, rotate, test event and delete', async () => {
    const m = await merchant();
    const created = await endpoint(m, '/manage');
    const id = created.endpoint.id;
    const paused = await inject('PATCH', `/v1/webhooks/endpoints/${id}`, m.sk, { status: 'paused' });
    assert.equal(paused.json().endpoint.status, 'paused');
    assert.equal(paused.json().signing_secret, undefined);
    await event(m.userId);
    await drain();
    assert.equal((await deliveries(m.sk)).total, 0, 'paused endpoints get no new events');

    const rotated = await inject('PATCH', `/v1/webhooks/endpoints/${id}`, m.sk, {
      status: 'active',
      rotate_signing_secret: true,
      subscribed_events: ['payment.confirmed'],
    });
    const secret = rotated.json().signing_secret as string;
    assert.ok(secret.startsWith('whsec_') && secret !== created.signing_secret);

    const test1 = await inject('POST', `/v1/webhooks/endpoints/${id}/test`, m.sk, { event_type: 'receipt.created' });
    assert.equal(test1.statusCode, 200, test1.body);
    const t = test1.json();
    assert.equal(t.delivered, true);
    assert.equal(t.result.status_code, 200);
    assert.equal(t.event.type, 'receipt.created');
    assert.equal(t.event.data.test, true);
    assert.equal(t.delivery.test, true);
    const r = rx.received.find((x) => x.json.id === t.event.id)!;
    const nowSec = Math.floor(clock.getTime() / 1000);
    assert.deepEqual(rx.verify(r, secret, { nowSec }).hilt, true);
    assert.equal(rx.verify(r, created.signing_secret, { nowSec }).hilt, false, 'the old secret no longer signs');
    const unknown = await inject('POST', `/v1/webhooks/endpoints/${id}/test`, m.sk, { event_type: 'nope' });
    assert.equal(unknown.statusCode, 422);
    assert.equal((await inject('GET', '/v1/webhooks/events', m.sk)).json().total, 1, 'test events stay out of the log');

    const deleted = await inject('DELETE', `/v1/webhooks/endpoints/${id}`, m.sk);
    assert.equal(deleted.json().endpoint.status, 'disabled');
    assert.ok(deleted.json().endpoint.archived_at);
    assert.equal((await inject('GET', '/v1/webhooks/endpoints', m.sk)).json().endpoints.length, 1);
  });

  test('two runners share deliveries without sending one twice', async () => {
    const m = await merchant();
    await endpoint(m, '/shared');
    const ids = [];
    for (let i = 0; i < 30; i++) ids.push((await event(m.userId)).id);
    // Ten at a time to one endpoint: the rest come back a second later on the clock.
    for (let i = 0; i < 4; i++) {
      await drain();
      clock = new Date(clock.getTime() + 1000);
    }
    assert.equal(rx.received.filter((r) => r.path === '/shared').length, 30);
    const before = rx.received.length;
    for (let i = 0; i < 30; i++) await event(m.userId);
    const { JobRunner } = await import('../../src/jobs/queue.ts');
    const runners = [0, 1].map(() => new JobRunner(hilt.db, { now: () => clock }));
    for (const r of runners) hilt.services.webhooks.registerJobs(r);
    // At most 10 deliveries to one endpoint run at once; the others are put back for a second of the clock.
    for (let i = 0; i < 8; i++) {
      await Promise.all(runners.map((r) => r.runDue()));
      clock = new Date(clock.getTime() + 1000);
    }
    const fresh = rx.received.slice(before).filter((r) => r.path === '/shared');
    assert.equal(fresh.length, 30);
    assert.equal(new Set(fresh.map((r) => r.json.id)).size, 30);
  });
});
