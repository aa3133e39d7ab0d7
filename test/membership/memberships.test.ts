import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../src/app.ts';
import { bearer, createKey, keyHeader, registerMerchant } from '../helpers/app.ts';
import { createWorld, DAY, type World } from '../helpers/membership-world.ts';

const TG_USER = '777000111';
const TG_CHAT = '-1001234567890';

describe('memberships: activation, renewal, gift, lifecycle', () => {
  let w: World;

  before(async () => {
    w = await createWorld();
  });
  after(() => w.dispose());

  const telegramProduct = (extra: Record<string, unknown> = {}) =>
    w.product({
      title: 'Telegram Inner Circle',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: {
        platform: 'TELEGRAM',
        identity_type: 'TELEGRAM_USER_ID',
        identity_required: true,
        billing_interval_days: 30,
        grace_period_days: 3,
        renewal_reminder_offsets_days: [7, 1],
        ...extra,
      },
    });

  test('a confirmed payment activates a membership; early and late renewals; grace, expiry, reminders', async () => {
    const p = await telegramProduct();
    const t0 = w.clock.now;
    const first = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: TG_USER, display: '@buyer' });
    assert.equal(first.status, 'CONFIRMED');
    assert.ok(first.membership_id);
    assert.equal(first.membership_status, 'ACTIVE');
    assert.equal(first.membership_period_end_at, new Date(t0.getTime() + 30 * DAY).toISOString());
    const id = first.membership_id as string;

    const confirmed = await w.events('payment.confirmed');
    assert.equal(confirmed.at(-1)!.data.membership.id, id);
    assert.equal(confirmed.at(-1)!.data.membership.platform, 'TELEGRAM');
    const activated = await w.events('membership.activated');
    assert.equal(activated.length, 1);
    assert.equal(activated[0].membership_id, id);

    let d = await w.membership(id);
    assert.equal(d.membership.status, 'ACTIVE');
    assert.equal(d.membership.platform_user_id, TG_USER);
    assert.equal(d.membership.platform_display, '@buyer');
    assert.equal(d.membership.customer_identity_type, 'TELEGRAM_USER_ID');
    assert.equal(d.membership.payer_wallet, w.wallet.address);
    assert.equal(d.membership.delivery_status, 'PENDING');
    assert.equal(d.auto_renew, null);
    assert.equal(d.periods.length, 1);
    assert.equal(d.periods[0].amount_lamports, 10_000_000);
    assert.equal(d.periods[0].payment_id, first.payment_id);
    assert.deepEqual(
      d.events.map((e: { event_type: string }) => e.event_type),
      ['activated'],
    );
    assert.equal(d.events[0].actor_type, 'buyer');

    // Delivery runs after commit, from the job queue.
    await w.hilt.jobs.runDue();
    d = await w.membership(id);
    assert.equal(d.membership.delivery_status, 'SENT');
    const status = (await w.get(`/v1/payments/${first.payment_id}`)).json();
    assert.equal(status.membership_id, id);
    assert.equal(status.delivery_status, 'SENT');
    assert.match(status.delivery_value, /^https:\/\/t\.me\/\+fakeInvite/);

    // Early renewal: 10 days in, the new period starts at the current end.
    w.clock.advance(10 * DAY);
    const second = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: TG_USER });
    assert.equal(second.membership_id, id);
    assert.equal(second.membership_period_end_at, new Date(t0.getTime() + 60 * DAY).toISOString());
    d = await w.membership(id);
    assert.equal(d.membership.renewal_count, 1);
    assert.equal(d.periods.length, 2);
    assert.equal(d.periods[1].period_start_at, new Date(t0.getTime() + 30 * DAY).toISOString());
    assert.equal(d.periods[1].period_end_at, new Date(t0.getTime() + 60 * DAY).toISOString());
    assert.equal((await w.events('membership.renewed')).length, 1);
    assert.equal(d.membership.delivery_status, 'SENT', 'access already in place: no new invite');
    const invitesBefore = w.fake.calls(/createChatInviteLink$/).length;
    await w.hilt.jobs.runDue();
    assert.equal(w.fake.calls(/createChatInviteLink$/).length, invitesBefore);

    // Reminders at 7 and 1 days before the (new) end, each once.
    const end = t0.getTime() + 60 * DAY;
    w.clock.set(new Date(end - 7 * DAY + 1000));
    await w.hilt.jobs.runDue();
    await w.hilt.jobs.runDue();
    let dms = w.fake.calls(/sendMessage$/);
    assert.equal(dms.length, 1);
    assert.equal(dms[0].body?.chat_id, Number(TG_USER));
    assert.match(String(dms[0].body?.text), /Renew here: http:\/\/hilt\.test\/p\/.+\?handoff=/);
    w.clock.set(new Date(end - 1 * DAY + 1000));
    await w.hilt.jobs.runDue();
    await w.hilt.jobs.runDue();
    dms = w.fake.calls(/sendMessage$/);
    assert.equal(dms.length, 2);
    d = await w.membership(id);
    const reminders = d.events.filter((e: { event_type: string }) => e.event_type === 'reminder_sent');
    assert.deepEqual(
      reminders.map((e: { payload_json: { offset_days: number; channel: string } }) => [
        e.payload_json.offset_days,
        e.payload_json.channel,
      ]),
      [
        [7, 'telegram_dm'],
        [1, 'telegram_dm'],
      ],
    );
    assert.ok(d.membership.last_reminder_sent_at);

    // Period end → grace; grace end → expired, removed from the chat (ban + unban).
    w.clock.set(new Date(end + 1000));
    await w.hilt.jobs.runDue();
    d = await w.membership(id);
    assert.equal(d.membership.status, 'GRACE_PERIOD');
    assert.equal(d.membership.grace_ends_at, new Date(end + 3 * DAY).toISOString());
    assert.equal((await w.events('membership.entered_grace')).length, 1);
    assert.equal(w.fake.calls(/banChatMember$/).length, 0, 'still has access in grace');

    w.clock.set(new Date(end + 3 * DAY + 1000));
    await w.hilt.jobs.runDue();
    await w.hilt.jobs.runDue();
    d = await w.membership(id);
    assert.equal(d.membership.status, 'EXPIRED');
    assert.equal((await w.events('membership.expired')).length, 1);
    const ban = w.fake.calls(/\/banChatMember$/);
    const unban = w.fake.calls(/\/unbanChatMember$/);
    assert.equal(ban.length, 1);
    assert.deepEqual(ban[0].body, { chat_id: Number(TG_CHAT), user_id: Number(TG_USER), revoke_messages: false });
    assert.deepEqual(unban[0].body, { chat_id: Number(TG_CHAT), user_id: Number(TG_USER), only_if_banned: true });
    assert.equal(d.membership.delivery_status, 'REVOKED');
    assert.ok(d.events.some((e: { event_type: string }) => e.event_type === 'access_revoked'));
    // Running everything again changes nothing.
    await w.hilt.jobs.runDue();
    assert.equal(w.fake.calls(/\/banChatMember$/).length, 1);
    assert.equal(w.fake.calls(/sendMessage$/).length, 2);

    // Late renewal: after expiry the new period starts now, and access is delivered again.
    w.clock.advance(5 * DAY);
    const lateAt = w.clock.now.getTime();
    const third = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: TG_USER });
    assert.equal(third.membership_id, id);
    assert.equal(third.membership_status, 'ACTIVE');
    assert.equal(third.membership_period_end_at, new Date(lateAt + 30 * DAY).toISOString());
    d = await w.membership(id);
    assert.equal(d.membership.current_period_start_at, new Date(lateAt).toISOString());
    assert.equal(d.membership.grace_ends_at, null);
    assert.equal(d.membership.renewal_count, 2);
    assert.equal(d.periods.length, 3);
    await w.hilt.jobs.runDue();
    assert.equal(w.fake.calls(/createChatInviteLink$/).length, invitesBefore + 1);
    assert.equal((await w.membership(id)).membership.delivery_status, 'SENT');
  });

  test('gift extends the period, records who gave it and emits membership.renewed', async () => {
    const p = await telegramProduct({ renewal_reminder_offsets_days: [] });
    const bought = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: '700700700' });
    const end = Date.parse(bought.membership_period_end_at);
    const before = (await w.events('membership.renewed')).length;
    const res = await w.post(`/v1/memberships/${bought.membership_id}/gift`, { days: 14, note: 'launch week' }, w.sk);
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.equal(d.membership.current_period_end_at, new Date(end + 14 * DAY).toISOString());
    assert.equal(d.periods.at(-1).status, 'GIFTED');
    assert.equal(d.periods.at(-1).amount_lamports, 0);
    const gifted = d.events.find((e: { event_type: string }) => e.event_type === 'gifted');
    assert.equal(gifted.actor_type, 'api_key');
    assert.equal(gifted.payload_json.note, 'launch week');
    const renewed = await w.events('membership.renewed');
    assert.equal(renewed.length, before + 1);
    assert.deepEqual(renewed.at(-1)!.data.gift, { days: 14, note: 'launch week' });
    assert.equal(d.membership.renewal_count, 0);
    const bad = await w.post(`/v1/memberships/${bought.membership_id}/gift`, { days: 0 }, w.sk);
    assert.equal(bad.statusCode, 422);
  });

  test('wallet identity, allow_multiple_active, list filters, lookup, notes, profile', async () => {
    const p = await w.product({
      title: 'Wallet club',
      delivery_type: 'REDIRECT',
      delivery_value: 'https://example.com/club',
      membership_config: { identity_type: 'WALLET', billing_interval_days: 7 },
    });
    const a = await w.buy(p.slug);
    assert.equal(a.delivery_status, 'SENT');
    const b = await w.buy(p.slug);
    assert.equal(a.membership_id, b.membership_id, 'the same wallet extends its membership');
    const d = await w.membership(a.membership_id);
    assert.equal(d.membership.customer_identity_type, 'WALLET');
    assert.equal(d.membership.customer_identity_value, w.wallet.address);
    assert.equal(d.membership.platform, 'CUSTOM');
    assert.equal(d.membership.delivery_status, 'SENT');

    const multi = await w.product({
      title: 'Seats',
      membership_config: { identity_type: 'WALLET', allow_multiple_active: true },
    });
    const s1 = await w.buy(multi.slug);
    const s2 = await w.buy(multi.slug);
    assert.notEqual(s1.membership_id, s2.membership_id);

    const list = (await w.get(`/v1/memberships?product_id=${multi.id}`)).json();
    assert.equal(list.count, 2);
    assert.equal(list.items.length, 2);
    const paged = (await w.get(`/v1/memberships?product_id=${multi.id}&limit=1&offset=1`)).json();
    assert.equal(paged.count, 2);
    assert.equal(paged.items.length, 1);
    const byStatus = (await w.get('/v1/memberships?status=EXPIRED&platform=CUSTOM')).json();
    assert.equal(
      byStatus.items.every((m: { status: string }) => m.status === 'EXPIRED'),
      true,
    );
    // Enum filters in any letter case mean the same.
    const lower = (await w.get('/v1/memberships?status=expired&platform=custom')).json();
    assert.deepEqual(
      lower.items.map((m: { id: string }) => m.id),
      byStatus.items.map((m: { id: string }) => m.id),
    );
    const badStatus = await w.get('/v1/memberships?status=lapsed');
    assert.equal(badStatus.statusCode, 422);
    assert.match(badStatus.json().detail[0].msg, /"GRACE_PERIOD"/);
    const byQ = (await w.get(`/v1/memberships?q=${w.wallet.address.slice(0, 10)}`)).json();
    assert.ok(byQ.count >= 3);
    const tx = (await w.get(`/v1/payments/${s1.payment_id}`)).json().tx_signature;
    const byTx = (await w.get(`/v1/memberships?q=${tx}`)).json();
    assert.deepEqual(
      byTx.items.map((m: { id: string }) => m.id),
      [s1.membership_id],
    );

    const lookTx = (await w.get(`/v1/memberships/lookup?tx_signature=${tx}`)).json();
    assert.equal(lookTx.count, 1);
    assert.equal(lookTx.items[0].product_title, 'Seats');
    const lookWallet = (await w.get(`/v1/memberships/lookup?wallet=${w.wallet.address}&product_id=${multi.id}`)).json();
    assert.equal(lookWallet.count, 2);
    assert.equal((await w.get('/v1/memberships/lookup')).statusCode, 422);

    const notes = await w.merchant.patch(`/v1/memberships/${s1.membership_id}/notes`, {
      notes: 'VIP, paid by invoice',
    });
    assert.equal(notes.status, 200, notes.text);
    assert.equal(notes.body.membership.notes, 'VIP, paid by invoice');
    const profile = await w.merchant.patch(`/v1/memberships/${s1.membership_id}/profile`, {
      platform_display: '@crzypeas',
    });
    assert.equal(profile.body.membership.platform_display, '@crzypeas');
    const types = profile.body.events.map((e: { event_type: string }) => e.event_type);
    assert.deepEqual(types, ['activated', 'notes_updated', 'profile_updated']);
    const lookId = (await w.get('/v1/memberships/lookup?identity=@crzypeas')).json();
    assert.deepEqual(
      lookId.items.map((m: { id: string }) => m.id),
      [s1.membership_id],
    );
    const lookBare = (await w.get('/v1/memberships/lookup?identity=crzypeas')).json();
    assert.equal(lookBare.count, 1);
  });

  test('the list count is kept current through any write, before and after the counts are folded', async () => {
    const p = await w.product({
      title: 'Counted seats',
      membership_config: { identity_type: 'WALLET', allow_multiple_active: true },
    });
    const bought = [await w.buy(p.slug), await w.buy(p.slug), await w.buy(p.slug)];
    const db = w.hilt.db;
    const [{ owner_id, livemode }] = await db.query<{ owner_id: string; livemode: boolean }>(
      'SELECT owner_id, livemode FROM memberships WHERE id = $1',
      [bought[0].membership_id],
    );
    const filters: Record<string, string>[] = [
      {},
      { product_id: p.id },
      { status: 'ACTIVE' },
      { status: 'EXPIRED' },
      { product_id: p.id, status: 'EXPIRED' },
      { platform: 'CUSTOM' },
      { product_id: p.id, status: 'ACTIVE', platform: 'CUSTOM' },
      { platform: 'TELEGRAM' },
    ];
    // Every filter's count against a count of the members themselves.
    const check = async (when: string) => {
      for (const f of filters) {
        const params: unknown[] = [owner_id, livemode];
        const where = ['owner_id = $1', 'livemode = $2'];
        for (const [k, v] of Object.entries(f)) where.push(`${k} = $${params.push(v)}`);
        const [truth] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM memberships WHERE ${where.join(' AND ')}`,
          params,
        );
        const res = await w.get(`/v1/memberships?${new URLSearchParams({ ...f, limit: '1' })}`);
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().count, truth.n, `${when}: ${JSON.stringify(f)}`);
      }
    };
    await check('after three activations');
    await db.query("UPDATE memberships SET status = 'EXPIRED', notes = 'gone' WHERE id = $1", [
      bought[0].membership_id,
    ]);
    await db.query("UPDATE memberships SET notes = 'only notes' WHERE product_id = $1", [p.id]);
    await check('after a status change and an update that moves nothing');
    // A bulk import: one statement, many members.
    await db.query(
      `INSERT INTO memberships (owner_id, livemode, product_id, platform, notes, customer_identity_type,
              customer_identity_value, status, current_period_start_at, current_period_end_at)
       SELECT owner_id, livemode, product_id, platform, 'imported', customer_identity_type, customer_identity_value || g,
              CASE WHEN g % 3 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END, current_period_start_at, current_period_end_at
         FROM memberships, generate_series(1, 250) g WHERE id = $1`,
      [bought[1].membership_id],
    );
    await check('after a bulk insert');
    assert.ok((await w.hilt.services.memberships.foldCounts()) > 0);
    assert.equal((await db.query('SELECT 1 FROM membership_count_deltas')).length, 0);
    await check('after the fold');
    // The imported members leave again (they would crowd the other tests' renewal reports).
    await db.query("DELETE FROM memberships WHERE product_id = $1 AND notes = 'imported'", [p.id]);
    await check('after a delete');
    await w.hilt.services.memberships.foldCounts();
    await check('after a second fold');
  });

  test('reactivation link, renewal intelligence, diagnostics and the delivery support ticket', async () => {
    const p = await telegramProduct({ renewal_reminder_offsets_days: [] });
    const bought = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: '800800800', display: '@renewme' });
    const id = bought.membership_id;
    const r = await w.get(`/v1/memberships/${id}/reactivation`);
    assert.equal(r.statusCode, 200, r.body);
    const re = r.json();
    assert.match(re.renewal_url, new RegExp(`^http://hilt\\.test/p/${p.slug}\\?handoff=`));
    assert.equal(re.amount_display, '0.01 SOL');
    assert.equal(re.access_period, '30 days');
    assert.match(re.merchant_wallet_preview, /^9xQe…VFin$/);
    assert.match(re.templates.renewal, /@renewme/);
    // The link locks the same identity into a new checkout.
    const handoff = await w.get(`/v1/products/p/${p.slug}/handoff/${encodeURIComponent(re.handoff_token)}`, {});
    if (handoff.statusCode === 200) assert.equal(handoff.json().identity_value, '800800800');
    const connect = await w.post(`/v1/products/p/${p.slug}/connect`, { handoff_token: re.handoff_token });
    assert.equal(connect.statusCode, 200, connect.body);
    assert.equal(connect.json().identity_locked, true);
    assert.equal(connect.json().customer_reference_value, '800800800');

    const intel = (await w.get('/v1/memberships/renewal-intelligence?window_days=31')).json();
    assert.equal(intel.summary.window_days, 31);
    assert.ok(intel.expiring_memberships.some((m: { id: string }) => m.id === id));
    const report = intel.product_reports.find((x: { product_id: string }) => x.product_id === p.id);
    assert.equal(report.active, 1);
    assert.equal(report.expiring_in_window, 1);
    assert.ok(intel.recent_events.length > 0);
    const narrow = (await w.get('/v1/memberships/renewal-intelligence?window_days=1')).json();
    assert.ok(!narrow.expiring_memberships.some((m: { id: string }) => m.id === id));
    assert.equal((await w.get('/v1/memberships/renewal-intelligence?window_days=61')).statusCode, 422);

    const diag = (await w.get(`/v1/memberships/${id}/delivery-diagnostics`)).json();
    assert.equal(diag.membership_id, id);
    assert.equal(diag.automation_ready, true);
    assert.equal(diag.platform, 'TELEGRAM');
    assert.equal(diag.product_slug, p.slug);
    assert.ok(Array.isArray(diag.checks) && diag.checks.length > 0);
    assert.equal(typeof diag.actions.retry_delivery, 'boolean');

    const t1 = await w.post(`/v1/memberships/${id}/delivery-support-ticket`, {}, w.sk);
    assert.equal(t1.statusCode, 200, t1.body);
    assert.equal(t1.json().created, true);
    const t2 = await w.post(`/v1/memberships/${id}/delivery-support-ticket`, {}, w.sk);
    assert.equal(t2.json().created, false);
    assert.equal(t2.json().ticket_id, t1.json().ticket_id);
  });

  test('scopes, tenant isolation and live/sandbox separation', async () => {
    const p = await w.product({ title: 'Isolated', membership_config: { identity_type: 'WALLET' } });
    const { membership_id: id } = await w.buy(p.slug);
    const readOnly = keyHeader((await createKey(w.hilt, w.token, { sandbox_mode: true, permissions: ['read'] })).raw);
    assert.equal((await w.get(`/v1/memberships/${id}`, readOnly)).statusCode, 200);
    const gift = await w.post(`/v1/memberships/${id}/gift`, { days: 1 }, readOnly);
    assert.equal(gift.statusCode, 403);
    assert.equal(gift.json().code, 'insufficient_permissions');
    assert.equal((await w.get('/v1/memberships', {})).statusCode, 401);

    const live = keyHeader((await createKey(w.hilt, w.token, {})).raw);
    assert.equal((await w.get(`/v1/memberships/${id}`, live)).statusCode, 404);
    assert.equal((await w.get('/v1/memberships', live)).json().count, 0);

    const other = await registerMerchant(w.hilt);
    const otherKey = keyHeader((await createKey(w.hilt, other.token, { sandbox_mode: true })).raw);
    for (const url of [
      `/v1/memberships/${id}`,
      `/v1/memberships/${id}/delivery-diagnostics`,
      `/v1/memberships/${id}/reactivation`,
    ]) {
      assert.equal((await w.get(url, otherKey)).statusCode, 404, url);
    }
    const foreignGift = await w.post(`/v1/memberships/${id}/gift`, { days: 1 }, otherKey);
    assert.equal(foreignGift.statusCode, 404);
    assert.equal((await w.get('/v1/memberships', otherKey)).json().count, 0);
    assert.equal(
      (await w.get('/v1/memberships', { ...bearer(other.token), 'x-hilt-mode': 'sandbox' })).json().count,
      0,
    );
  });

  test('two instances on one database work the same jobs without sending anything twice', async () => {
    const second = await createApp(w.hilt.config, {
      db: w.hilt.db,
      secrets: w.hilt.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: w.hilt.sandboxChain,
      now: () => new Date(w.clock.now.getTime()),
    });
    try {
      const p = await telegramProduct({
        renewal_reminder_offsets_days: [2],
        grace_period_days: 0,
        billing_interval_days: 5,
      });
      await w.hilt.jobs.runDue(); // what earlier tests left queued
      const users = ['900000001', '900000002', '900000003'];
      const ids: string[] = [];
      for (const u of users) ids.push((await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: u })).membership_id);
      w.fake.reset();
      const both = () =>
        Promise.all([w.hilt.jobs.runDue(), second.jobs.runDue(), w.hilt.jobs.runDue(), second.jobs.runDue()]);
      await both();
      assert.equal(w.fake.calls(/createChatInviteLink$/).length, 3);
      w.clock.advance(3 * DAY + 1000);
      await both();
      await both();
      assert.equal(w.fake.calls(/sendMessage$/).length, 3);
      w.clock.advance(2 * DAY);
      await both();
      await both();
      await both();
      assert.equal(w.fake.calls(/\/banChatMember$/).length, 3);
      assert.equal(w.fake.calls(/\/unbanChatMember$/).length, 3);
      for (const id of ids) {
        const d = await w.membership(id);
        assert.equal(d.membership.status, 'EXPIRED');
        const count = (t: string) => d.events.filter((e: { event_type: string }) => e.event_type === t).length;
        assert.equal(count('reminder_sent'), 1);
        assert.equal(count('entered_grace'), 1);
        assert.equal(count('expired'), 1);
        assert.equal(count('access_revoked'), 1);
      }
      const expired = (await w.events('membership.expired')).filter((e) => ids.includes(e.membership_id));
      assert.equal(expired.length, 3);
    } finally {
      await second.close();
    }
  });
});
