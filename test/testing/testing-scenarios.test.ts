import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

describe('testing scenarios', () => {
  let hilt: TestApp;
  let rx: Receiver;
  let sk: Record<string, string>;
  let secret: string;

  before(async () => {
    rx = await startReceiver();
    hilt = await createTestApp({ HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_RATE_LIMIT_FREE: '0' });
    const m = await registerMerchant(hilt);
    sk = keyHeader(
      (await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read', 'execute', 'admin'] })).raw,
    );
    const ep = await post('/v1/webhooks/endpoints', { label: 'Scenario receiver', url: `${rx.url}/scenarios` });
    secret = ep.json().signing_secret;
  });
  after(async () => {
    await hilt.dispose();
    await rx.close();
  });

  const post = (url: string, payload: unknown) =>
    hilt.app.inject({ method: 'POST', url, headers: sk, payload: payload as object });
  const get = (url: string) => hilt.app.inject({ method: 'GET', url, headers: sk });
  async function drain() {
    while ((await hilt.jobs.runDue()) > 0);
  }

  test('the four scenarios are listed', async () => {
    const res = (await get('/v1/testing/scenarios')).json();
    assert.equal(res.count, 4);
    assert.deepEqual(
      res.scenarios.map((s: { id: string }) => s.id),
      ['confirmed_access', 'payment_failed', 'delivery_failed', 'renewal_grace'],
    );
  });

  for (const scenario of ['confirmed_access', 'payment_failed', 'delivery_failed', 'renewal_grace']) {
    test(`${scenario}: signed test events with fake ids reach the endpoint; real data untouched`, async () => {
      const eventsBefore = (await hilt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events'))[0].n;
      const paymentsBefore = (await hilt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM payments'))[0].n;
      const res = await post('/v1/testing/sessions', {
        scenario,
        amount_minor_units: 2500,
        identity_display: '@buyer',
      });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(body.session.scenario, scenario);
      assert.equal(body.session.event_count, body.emitted_events.length);
      assert.equal(body.delivery_results.length, body.emitted_events.length);
      for (const e of body.emitted_events) {
        assert.equal(e.data.test, true);
        assert.equal(e.livemode, false);
      }
      await drain();
      for (const e of body.emitted_events) {
        const r = rx.received.find((x) => x.json.id === e.id);
        assert.ok(r, `${e.type} delivered`);
        assert.deepEqual(rx.verify(r, secret), { standard: true, hilt: true });
      }
      assert.equal((await hilt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events'))[0].n, eventsBefore);
      assert.equal(
        (await hilt.db.query<{ n: number }>('SELECT count(*)::int AS n FROM payments'))[0].n,
        paymentsBefore,
      );
      const got = (await get(`/v1/testing/sessions/${body.session.id}`)).json();
      assert.equal(got.session.id, body.session.id);
      assert.equal(got.session.timeline.length, body.emitted_events.length);
      assert.ok(got.supported_scenarios.includes(scenario));
    });
  }

  test('sessions are listed newest first; bad input refused', async () => {
    const list = (await get('/v1/testing/sessions?limit=2')).json();
    assert.equal(list.count, 2);
    assert.equal(list.sessions[0].scenario, 'renewal_grace');
    const upper = await post('/v1/testing/sessions', { scenario: 'PAYMENT_FAILED' });
    assert.equal(upper.statusCode, 201, upper.body);
    assert.equal(upper.json().session.scenario, 'payment_failed');
    const unknown = await post('/v1/testing/sessions', { scenario: 'world_peace' });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().code, 'unknown_scenario');
    const foreign = await post('/v1/testing/sessions', {
      scenario: 'confirmed_access',
      product_id: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(foreign.statusCode, 404);
    assert.equal((await get('/v1/testing/sessions/00000000-0000-4000-8000-000000000000')).statusCode, 404);
    const deliveries = (await get('/v1/webhooks/deliveries?per_page=100')).json();
    assert.ok(deliveries.deliveries.every((d: { test: boolean }) => d.test));
  });
});
