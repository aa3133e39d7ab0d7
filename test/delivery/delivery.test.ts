import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer } from '../helpers/app.ts';
import { DISCORD_TOKEN, TELEGRAM_TOKEN } from '../helpers/fake-platforms.ts';
import { createWorld, type World } from '../helpers/membership-world.ts';

const GUILD = '111111111111111111';
const ROLE = '222222222222222222';
const DISCORD_USER = '333333333333333333';
const TG_CHAT = '-1009876543210';

describe('access delivery through Telegram and Discord', () => {
  let w: World;

  before(async () => {
    w = await createWorld();
  });
  after(() => w.dispose());

  const discordProduct = () =>
    w.product({
      title: 'Discord Pro role',
      delivery_type: 'DISCORD_ROLE',
      delivery_value: `${GUILD}:${ROLE}`,
      membership_config: { platform: 'DISCORD', identity_type: 'DISCORD_USER_ID', identity_required: true },
    });

  const deliveryJobs = () =>
    w.hilt.db.query<{ state: string; run_at: Date; attempts: number; last_error: string | null }>(
      `SELECT state, run_at, attempts, last_error FROM jobs WHERE queue = 'membership.delivery' ORDER BY id DESC LIMIT 1`,
    );

  test('bot tokens are stored encrypted and never returned', async () => {
    const res = await w.get('/v1/account/delivery/bots', bearer(w.token));
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().telegram.configured, true);
    assert.equal(res.json().discord.configured, true);
    assert.ok(!res.body.includes(TELEGRAM_TOKEN) && !res.body.includes(DISCORD_TOKEN));
    const rows = await w.hilt.db.query<{ token_sealed: string }>('SELECT token_sealed FROM delivery_bots');
    assert.ok(rows.length >= 2);
    for (const r of rows) assert.ok(!r.token_sealed.includes('TEST'), 'sealed at rest');
    const byKey = await w.hilt.app.inject({
      method: 'PUT',
      url: '/v1/account/delivery/bots',
      payload: { telegram_bot_token: 'x' },
      headers: w.sk,
    });
    assert.equal(byKey.statusCode, 403, 'an execute key is not admin');
  });

  test('readiness and provider tests call getMe and /users/@me with the right auth', async () => {
    await discordProduct();
    w.fake.reset();
    const ready = await w.get('/v1/account/delivery/readiness', { ...bearer(w.token), 'x-hilt-mode': 'sandbox' });
    assert.equal(ready.statusCode, 200, ready.body);
    const r = ready.json();
    assert.ok(r.active_membership_templates >= 1);
    assert.equal(r.platforms.discord.reachable, true, JSON.stringify(r.platforms.discord));
    assert.equal(r.platforms.discord.bot_username, 'hilt-bot');
    assert.equal(r.platforms.telegram.reachable, true);
    assert.deepEqual(r.blockers, []);
    assert.ok(['ready', 'attention'].includes(r.overall_status));

    const tg = await w.post('/v1/account/delivery/test', { provider: 'TELEGRAM' }, bearer(w.token));
    assert.equal(tg.statusCode, 200, tg.body);
    assert.equal(tg.json().status, 'ok');
    assert.equal(tg.json().provider, 'TELEGRAM');
    const getMe = w.fake.calls(/\/getMe$/).at(-1)!;
    assert.equal(getMe.path, `/bot${TELEGRAM_TOKEN}/getMe`);
    const dc = await w.post('/v1/account/delivery/test', { provider: 'discord' }, bearer(w.token));
    assert.equal(dc.json().status, 'ok');
    const me = w.fake.calls(/\/users\/@me$/).at(-1)!;
    assert.equal(me.method, 'GET');
    assert.equal(me.path, '/api/v10/users/@me');
    assert.equal(me.headers.authorization, `Bot ${DISCORD_TOKEN}`);

    // A token the platform refuses fails the test with the platform's answer.
    await w.setBots({ telegram_bot_token: '999:WRONG' });
    const bad = (await w.post('/v1/account/delivery/test', { provider: 'TELEGRAM' }, bearer(w.token))).json();
    assert.equal(bad.status, 'failed');
    assert.match(bad.summary, /401/);
    await w.setBots();
  });

  test('Telegram: a single-use invite link for the configured chat', async () => {
    const p = await w.product({
      title: 'Signals',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: { platform: 'TELEGRAM', identity_type: 'TELEGRAM_USER_ID' },
    });
    w.fake.reset();
    const bought = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: '424242' });
    assert.equal(bought.delivery_status, 'PENDING');
    await w.hilt.jobs.runDue();
    const [call] = w.fake.calls(/createChatInviteLink$/);
    assert.equal(call.method, 'POST');
    assert.equal(call.path, `/bot${TELEGRAM_TOKEN}/createChatInviteLink`);
    assert.equal(call.body?.chat_id, Number(TG_CHAT));
    assert.equal(call.body?.member_limit, 1);
    const expire = Number(call.body?.expire_date) * 1000;
    assert.ok(expire > w.clock.now.getTime() + 6 * 86_400_000 && expire <= w.clock.now.getTime() + 7 * 86_400_000);
    const status = (await w.get(`/v1/payments/${bought.payment_id}`, {})).json();
    assert.equal(status.delivery_status, 'SENT');
    assert.equal(status.delivery_value, 'https://t.me/+fakeInvite1');
    assert.ok(status.delivery_sent_at);
  });

  test('Telegram and Discord fixed invites are handed over in the confirm response', async () => {
    const tg = await w.product({
      title: 'Fixed TG',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: 'https://t.me/+fixedLink',
      membership_config: { identity_type: 'WALLET' },
    });
    const a = await w.buy(tg.slug);
    assert.equal(a.delivery_status, 'SENT');
    assert.equal(a.delivery_value, 'https://t.me/+fixedLink');
    const dc = await w.product({
      title: 'Fixed Discord',
      delivery_type: 'DISCORD_INVITE',
      delivery_value: 'https://discord.gg/abcdef',
      membership_config: { identity_type: 'WALLET' },
    });
    const b = await w.buy(dc.slug);
    assert.equal(b.delivery_value, 'https://discord.gg/abcdef');
    assert.equal((await w.membership(b.membership_id)).membership.delivery_status, 'SENT');
  });

  test('Discord role: a 5xx marks DELIVERY_FAILED, 429 retry_after schedules the retry, retry-delivery recovers', async () => {
    const p = await discordProduct();
    w.fake.reset();
    w.fake.failNext(/\/roles\//, 502, { message: 'Bad Gateway', code: 0 });
    const bought = await w.buy(p.slug, { type: 'DISCORD_USER_ID', value: DISCORD_USER, display: 'buyer#1' });
    const id = bought.membership_id;
    await w.hilt.jobs.runDue();
    const [put] = w.fake.calls(/\/roles\//);
    assert.equal(put.method, 'PUT');
    assert.equal(put.path, `/api/v10/guilds/${GUILD}/members/${DISCORD_USER}/roles/${ROLE}`);
    assert.equal(put.headers.authorization, `Bot ${DISCORD_TOKEN}`);
    assert.equal(put.headers['x-audit-log-reason'], encodeURIComponent('Hilt: paid membership'));

    let d = await w.membership(id);
    assert.equal(d.membership.status, 'DELIVERY_FAILED');
    assert.equal(d.membership.delivery_status, 'FAILED');
    assert.match(d.membership.delivery_last_error, /502/);
    let pay = (await w.get(`/v1/payments/${bought.payment_id}`, {})).json();
    assert.equal(pay.delivery_status, 'FAILED');
    assert.match(pay.delivery_error, /502/);
    const failedEvents = (await w.events('delivery.failed')).filter((e) => e.membership_id === id);
    assert.equal(failedEvents.length, 1);
    let [job] = await deliveryJobs();
    assert.equal(job.state, 'queued');
    assert.equal(job.run_at.getTime(), w.clock.now.getTime() + 30_000, 'first retry after 30 s');

    // The scheduled retry meets a rate limit: the next attempt waits exactly retry_after.
    w.clock.advance(30_000);
    w.fake.failNext(
      /\/roles\//,
      429,
      { message: 'You are being rate limited.', retry_after: 7, global: false },
      {
        'retry-after': '7',
      },
    );
    await w.hilt.jobs.runDue();
    [job] = await deliveryJobs();
    assert.equal(job.state, 'queued');
    assert.equal(job.run_at.getTime(), w.clock.now.getTime() + 7_000);
    assert.equal((await w.events('delivery.failed')).filter((e) => e.membership_id === id).length, 1, 'emitted once');

    // The merchant rescues it now: one PUT, membership back to ACTIVE.
    const retry = await w.post(`/v1/memberships/${id}/retry-delivery`, {}, w.sk);
    assert.equal(retry.statusCode, 200, retry.body);
    assert.equal(retry.json().delivery.status, 'SENT');
    assert.equal(retry.json().membership.status, 'ACTIVE');
    assert.equal(retry.json().membership.delivery_status, 'SENT');
    assert.equal(retry.json().membership.delivery_last_error, null);
    pay = (await w.get(`/v1/payments/${bought.payment_id}`, {})).json();
    assert.equal(pay.delivery_status, 'SENT');
    // The pending background retry finds it delivered and does not call Discord again.
    const puts = w.fake.calls(/\/roles\//).length;
    w.clock.advance(7_000);
    await w.hilt.jobs.runDue();
    assert.equal(w.fake.calls(/\/roles\//).length, puts);
    [job] = await deliveryJobs();
    assert.equal(job.state, 'done');
    d = await w.membership(id);
    const types = d.events.map((e: { event_type: string }) => e.event_type);
    assert.deepEqual(types, ['activated', 'delivery_failed', 'delivery_failed', 'delivery_sent']);
    assert.equal(d.events.at(-1).actor_type, 'api_key');
  });

  test('Telegram 5xx and 429 through retry-delivery, then recovery; expiry removes the Discord role', async () => {
    const p = await w.product({
      title: 'TG flaky',
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: TG_CHAT,
      membership_config: {
        platform: 'TELEGRAM',
        identity_type: 'TELEGRAM_USER_ID',
        grace_period_days: 0,
        billing_interval_days: 1,
      },
    });
    w.fake.reset();
    w.fake.failNext(/createChatInviteLink$/, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    const bought = await w.buy(p.slug, { type: 'TELEGRAM_USER_ID', value: '515151' });
    await w.hilt.jobs.runDue();
    assert.equal((await w.membership(bought.membership_id)).membership.status, 'DELIVERY_FAILED');
    w.fake.failNext(/createChatInviteLink$/, 429, {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 5',
      parameters: { retry_after: 5 },
    });
    const limited = (await w.post(`/v1/memberships/${bought.membership_id}/retry-delivery`, {}, w.sk)).json();
    assert.equal(limited.delivery.status, 'FAILED');
    assert.equal(limited.delivery.retry_after_seconds, 5);
    assert.equal(limited.membership.status, 'DELIVERY_FAILED');
    const ok = (await w.post(`/v1/memberships/${bought.membership_id}/retry-delivery`, {}, w.sk)).json();
    assert.equal(ok.delivery.status, 'SENT');
    assert.match(ok.delivery.value, /^https:\/\/t\.me\/\+fakeInvite/);
    assert.equal(ok.membership.status, 'ACTIVE');

    // Discord role removed at expiry.
    const dp = await discordProduct();
    await w.hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${dp.id}`,
      payload: {
        membership_config: {
          platform: 'DISCORD',
          identity_type: 'DISCORD_USER_ID',
          billing_interval_days: 1,
          grace_period_days: 0,
        },
      },
      headers: w.sk,
    });
    const member = await w.buy(dp.slug, { type: 'DISCORD_USER_ID', value: '444444444444444444' });
    await w.hilt.jobs.runDue();
    w.clock.advance(86_400_000 + 1000);
    await w.hilt.jobs.runDue();
    await w.hilt.jobs.runDue();
    await w.hilt.jobs.runDue();
    const del = w.fake.calls(/\/roles\//).filter((r) => r.method === 'DELETE');
    assert.equal(del.length, 1);
    assert.equal(del[0].path, `/api/v10/guilds/${GUILD}/members/444444444444444444/roles/${ROLE}`);
    assert.equal((await w.membership(member.membership_id)).membership.status, 'EXPIRED');
    const retryExpired = await w.post(`/v1/memberships/${member.membership_id}/retry-delivery`, {}, w.sk);
    assert.equal(retryExpired.statusCode, 409);
  });
});
