// Real events against their test samples: a handler written against POST /v1/webhooks/endpoints/{id}/test must read
// the real event unchanged. Every event type is produced for real (a sale, a renewal, a failed payment, a delivery
// failure on a local server playing Telegram, grace and expiry under the clock, a support ticket), and its payload's
// key set, at every depth, must equal the sample's. The real delivery.failed also reaches a signed webhook receiver.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DELIVERY_FAILURE_CODES } from '../../src/delivery/port.ts';
import { EVENT_TYPES } from '../../src/event/outbox.ts';
import { bearer } from '../helpers/app.ts';
import { createWorld, DAY, MERCHANT_WALLET, type World } from '../helpers/membership-world.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const TG_CHAT = '-1001234567890';
const TG_USER = '728255790';
// Objects whose keys are the merchant's or the buyer's own (free-form), not part of the event's shape.
const FREE_FORM = new Set(['context', 'metadata_json', 'settings_json']);
// Never emitted by this server: reapproval is only needed by automatic renewals, which it does not offer yet.
const NOT_PRODUCED = new Set(['membership.reapproval_required']);

/** Every key path of a JSON value ("membership.delivery_status"), without the `test` markers of samples. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length > 0 ? keyPaths(value[0], `${prefix}[]`) : [];
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k === 'test') continue;
    const path = prefix ? `${prefix}.${k}` : k;
    out.push(path);
    if (!FREE_FORM.has(k)) out.push(...keyPaths(v, path));
  }
  return out.sort();
}

describe('real events have the shape of their test samples', () => {
  let w: World;
  let rx: Receiver;
  let endpointId: string;
  let secret: string;

  before(async () => {
    rx = await startReceiver();
    w = await createWorld({ env: { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1' } });
    // Made the way Hilt's SDK makes it: a dashboard session without X-Hilt-Mode, so it receives sandbox events too.
    const res = await w.hilt.app.inject({
      method: 'POST',
      url: '/v1/webhooks/endpoints',
      headers: bearer(w.token),
      payload: { label: 'Shapes', url: `${rx.url}/shapes` },
    });
    assert.equal(res.statusCode, 201, res.body);
    endpointId = res.json().endpoint.id;
    secret = res.json().signing_secret;
  });
  after(async () => {
    await w.dispose();
    await rx.close();
  });

  // Jobs are enqueued at the database's now(); the test clock must not lag behind it.
  async function drain() {
    if (w.clock.now.getTime() < Date.now() + 1000) w.clock.set(new Date(Date.now() + 1000));
    for (let i = 0; i < 10; i++) if ((await w.hilt.jobs.runDue()) === 0) break;
  }

  test('a Telegram delivery failure yields delivery.failed in Hilt’s published shape, signed, at the receiver', async () => {
    const product = await w.product({
      title: 'Telegram Pro',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: { platform: 'TELEGRAM', identity_type: 'TELEGRAM_USER_ID', identity_required: true },
    });
    w.fake.failNext(/createChatInviteLink$/, 400, {
      ok: false,
      error_code: 400,
      description: 'Bad Request: chat not found',
    });
    const bought = await w.buy(product.slug, { type: 'TELEGRAM_USER_ID', value: TG_USER, display: '@buyer' });
    await drain();
    const failed = rx.received.filter((r) => r.json.type === 'delivery.failed');
    assert.equal(failed.length, 1, 'one delivery.failed');
    const event = failed[0];
    assert.deepEqual(rx.verify(event, secret), { standard: true, hilt: true });
    assert.equal(event.json.livemode, false);
    const data = event.json.data as Record<string, Record<string, unknown>>;
    assert.equal(data.payment.id, bought.payment_id);
    assert.equal(data.payment.status, 'CONFIRMED');
    assert.equal(data.payment.delivery_status, 'FAILED');
    assert.deepEqual(data.payment.product, { id: product.id, slug: product.slug, title: 'Telegram Pro' });
    assert.equal(data.membership.id, bought.membership_id);
    assert.equal(data.membership.delivery_status, 'FAILED');
    assert.deepEqual(data.delivery, {
      channel: 'TELEGRAM',
      status: 'FAILED',
      failure_code: 'platform_rejected',
      failure_message: 'Telegram createChatInviteLink: 400 Bad Request: chat not found',
    });
    // Every failure code is documented in the README.
    const readme = readFileSync('README.md', 'utf8');
    for (const code of Object.keys(DELIVERY_FAILURE_CODES)) assert.ok(readme.includes(`| \`${code}\` |`), code);
  });

  test('every event type: the real payload has exactly the keys of its test sample', async () => {
    const p = await w.product({
      title: 'Shapes club',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: { platform: 'TELEGRAM', identity_type: 'TELEGRAM_USER_ID', grace_period_days: 3 },
    });
    const identity = { type: 'TELEGRAM_USER_ID', value: '99887766', display: '@shapes' };
    await w.buy(p.slug, identity);
    await drain();
    const renewed = await w.buy(p.slug, identity);
    await drain();

    // A payment that fails verification: paid after its session expired (a short payment would leave the session
    // open for a full one instead).
    const connect = await w.post(`/v1/products/p/${p.slug}/connect`, {
      payer_wallet: w.wallet.address,
      customer_reference_type: identity.type,
      customer_reference_value: identity.value,
    });
    const paymentId = connect.json().payment_id;
    const longAgo = new Date(Math.min(w.clock.now.getTime(), Date.now()) - DAY);
    await w.hilt.db.query('UPDATE payments SET expires_at = $2 WHERE id = $1', [paymentId, longAgo]);
    const paid = await w.post('/v1/sandbox/pay', { payment_id: paymentId, secret_key: w.wallet.secret_key }, w.sk);
    const confirm = await w.post('/v1/pay/confirm', {
      payment_id: paymentId,
      tx_signature: paid.json().tx_signature,
      payer_wallet: w.wallet.address,
    });
    assert.equal(confirm.json().code, 'payment_failed', confirm.body);

    // Grace, then expiry, under the clock.
    const end = Date.parse(renewed.membership_period_end_at);
    w.clock.set(new Date(end + 1000));
    await drain();
    w.clock.set(new Date(end + 3 * DAY + 1000));
    await drain();

    // An access entitlement activated by a Pay API sandbox payment session.
    const idem = (k: string) => ({ ...w.sk, 'idempotency-key': `shapes-${k}` });
    const accessProduct = await w.post(
      '/v1/access/products',
      {
        external_product_id: 'shapes-api',
        title: 'Shapes API',
        amount_minor_units: 10_000,
        merchant_wallet: MERCHANT_WALLET,
        usage_unit: 'request',
        usage_units_per_payment: 10,
      },
      idem('product'),
    );
    assert.equal(accessProduct.statusCode, 201, accessProduct.body);
    const who = { external_product_id: 'shapes-api', external_customer_id: 'shapes-agent' };
    const sandboxSession = (
      await w.post('/v1/access/sandbox/payment-sessions', { ...who, confirm_sandbox_mode: true }, idem('session'))
    ).json();
    const activated = await w.post(
      `/v1/access/sandbox/payment-sessions/${sandboxSession.sandbox_session.id}/confirm`,
      { proof: sandboxSession.proof },
      idem('confirm'),
    );
    assert.ok(activated.statusCode < 300, activated.body);

    const ticket = await w.post('/v1/support/tickets', { subject: 'Where is my invite?', body: 'Help' }, w.sk);
    assert.equal(ticket.statusCode, 200, ticket.body);
    await drain();

    for (const type of EVENT_TYPES) {
      const sample = await w.hilt.app.inject({
        method: 'POST',
        url: `/v1/webhooks/endpoints/${endpointId}/test`,
        headers: bearer(w.token),
        payload: { event_type: type },
      });
      assert.equal(sample.statusCode, 200, sample.body);
      if (NOT_PRODUCED.has(type)) continue;
      const listed = await w.hilt.app.inject({
        method: 'GET',
        url: `/v1/webhooks/events?event_type=${type}&per_page=1`,
        headers: bearer(w.token),
      });
      const real = listed.json().events[0];
      assert.ok(real, `no real ${type} event was produced`);
      assert.deepEqual(keyPaths(real.payload.data), keyPaths(sample.json().event.data), type);
      // And the real event reached the receiver with that body.
      assert.ok(
        rx.received.some((r) => r.json.id === real.id),
        `${type} was not delivered`,
      );
    }
  });
});
