import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  bearer,
  createKey,
  createTestApp,
  keyHeader,
  registerMerchant,
  type TestApp,
  trustPayoutWallet,
} from '../helpers/app.ts';

const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const WALLET = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

export const telegramProduct = {
  product_type: 'PAYMENT_LINK',
  title: 'Telegram Inner Circle',
  description: 'Monthly paid access',
  image_url: 'https://cdn.example.com/cover.png',
  fixed_amount_lamports: 29000000,
  token_mint: USDC,
  merchant_wallet: WALLET,
  delivery_type: 'TELEGRAM_INVITE',
  delivery_value: 'https://t.me/+privateinvite',
  max_payments: 500,
  membership_config: {
    enabled: true,
    platform: 'TELEGRAM',
    access_mode: 'INVITE_LINK',
    identity_type: 'TELEGRAM_USER_ID',
    identity_label: 'Telegram username or user ID',
    identity_required: true,
    billing_interval_days: 30,
    grace_period_days: 3,
    renewal_reminder_offsets_days: [7, 2, 1],
    platform_target_label: 'Private Telegram Group',
  },
};

describe('products', () => {
  let hilt: TestApp;
  let token: string;
  before(async () => {
    hilt = await createTestApp();
    const m = await registerMerchant(hilt);
    token = m.token;
    await trustPayoutWallet(hilt, m.userId, WALLET);
  });
  after(() => hilt.dispose());

  const create = (body: unknown, headers: Record<string, string> = bearer(token)) =>
    hilt.app.inject({ method: 'POST', url: '/v1/products', headers, payload: body as object });

  test('create the documented Telegram membership example', async () => {
    const res = await create(telegramProduct);
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.amount_minor_units, 29000000);
    assert.equal(p.fixed_amount_lamports, 29000000);
    assert.equal(p.asset_symbol, 'USDC');
    assert.equal(p.asset_decimals, 6);
    assert.equal(p.status, 'ACTIVE');
    assert.equal(p.slug, 'telegram-inner-circle');
    assert.equal(p.membership_enabled, true);
    assert.equal(p.membership_identity_type, 'TELEGRAM_USER_ID');
    assert.equal(p.membership_renewal_mode, 'MANUAL');
    assert.equal(p.payment_count, 0);
    assert.equal(p.total_volume_lamports, 0);
    assert.equal(p.livemode, true);
    const again = await create(telegramProduct);
    assert.match(again.json().slug, /^telegram-inner-circle-[a-z0-9]+$/);
  });

  test('SOL product by default token_mint null; TIP_JAR without amount', async () => {
    const sol = await create({
      product_type: 'PAYMENT_LINK',
      title: 'Guide',
      amount_minor_units: 5_000_000,
      merchant_wallet: WALLET,
    });
    assert.equal(sol.statusCode, 200);
    assert.equal(sol.json().token_mint, null);
    assert.equal(sol.json().asset_symbol, 'SOL');
    assert.equal(sol.json().asset_decimals, 9);
    const tip = await create({
      product_type: 'TIP_JAR',
      title: 'Tips',
      merchant_wallet: WALLET,
      tip_presets_lamports: [1, 2],
    });
    assert.equal(tip.statusCode, 200);
    assert.equal(tip.json().amount_minor_units, 1);
  });

  test('validation: 400 for product_type and missing amount, 422 for wallet, mint, delivery and ranges', async () => {
    const base = { product_type: 'PAYMENT_LINK', title: 'X', amount_minor_units: 10, merchant_wallet: WALLET };
    const cases: [unknown, number, string?][] = [
      [{ ...base, product_type: 'SUBSCRIPTION' }, 400, 'unsupported_product_type'],
      [{ ...base, amount_minor_units: undefined }, 400, 'amount_required'],
      [{ ...base, merchant_wallet: 'not-a-wallet' }, 422, 'invalid_merchant_wallet'],
      [{ ...base, merchant_wallet: '11111111111111111111111111111111111111111111' }, 422, 'invalid_merchant_wallet'],
      [{ ...base, token_mint: 'So11111111111111111111111111111111111111112' }, 422, 'unsupported_token_mint'],
      [{ ...base, delivery_type: 'REDIRECT' }, 422, 'invalid_delivery_value'],
      [{ ...base, delivery_type: 'REDIRECT', delivery_value: 'javascript:alert(1)' }, 422, 'invalid_delivery_value'],
      [{ ...base, delivery_type: 'DISCORD_ROLE', delivery_value: 'abc' }, 422, 'invalid_delivery_value'],
      [{ ...base, delivery_type: 'TELEPORT' }, 422, 'validation_error'],
      [{ ...base, title: '' }, 422, 'validation_error'],
      [{ ...base, title: 'x'.repeat(121) }, 422, 'validation_error'],
      [{ ...base, amount_minor_units: 0 }, 422, 'validation_error'],
      [{ ...base, amount_minor_units: 1.5 }, 422, 'validation_error'],
      [{ ...base, amount_minor_units: '100' }, 422, 'validation_error'],
      [{ ...base, amount_minor_units: 2 ** 53 }, 422, 'validation_error'],
      [{ ...base, max_payments: 0 }, 422, 'validation_error'],
      [{ ...base, membership_config: { enabled: true, billing_interval_days: 0 } }, 422, 'validation_error'],
      [{ ...base, membership_config: { enabled: true, grace_period_days: 366 } }, 422, 'validation_error'],
      [{ ...base, membership_config: { enabled: true, renewal_mode: 'WEEKLY' } }, 422, 'validation_error'],
      [{ ...base, membership_config: { identity_required: true } }, 422, 'invalid_membership_config'],
    ];
    for (const [body, status, code] of cases) {
      const res = await create(body);
      assert.equal(res.statusCode, status, `${JSON.stringify(body)} → ${res.body}`);
      if (code) assert.equal(res.json().code, code, JSON.stringify(body));
    }
    const count = await hilt.app.inject({ method: 'GET', url: '/v1/products?limit=200', headers: bearer(token) });
    assert.ok(
      count.json().every((p: { title: string }) => p.title !== 'X'),
      'no partial writes',
    );
  });

  test('update, immutables, list filters, archive', async () => {
    const p = (
      await create({ product_type: 'PAYMENT_LINK', title: 'Course', amount_minor_units: 100, merchant_wallet: WALLET })
    ).json();
    const upd = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${p.id}`,
      headers: bearer(token),
      payload: {
        title: 'Course v2',
        amount_minor_units: 250,
        status: 'PAUSED',
        delivery_type: 'DOWNLOAD',
        delivery_value: 'https://files.example.com/c.zip',
      },
    });
    assert.equal(upd.statusCode, 200, upd.body);
    assert.equal(upd.json().title, 'Course v2');
    assert.equal(upd.json().amount_minor_units, 250);
    assert.equal(upd.json().status, 'PAUSED');
    assert.equal(upd.json().slug, p.slug, 'slug stays');
    const mint = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${p.id}`,
      headers: bearer(token),
      payload: { token_mint: USDC },
    });
    assert.equal(mint.statusCode, 422);
    const paused = await hilt.app.inject({ method: 'GET', url: '/v1/products?status=PAUSED', headers: bearer(token) });
    assert.deepEqual(
      paused.json().map((x: { id: string }) => x.id),
      [p.id],
    );
    const tips = await hilt.app.inject({
      method: 'GET',
      url: '/v1/products?product_type=TIP_JAR',
      headers: bearer(token),
    });
    assert.ok(tips.json().every((x: { product_type: string }) => x.product_type === 'TIP_JAR'));
    const page = await hilt.app.inject({ method: 'GET', url: '/v1/products?limit=1&offset=1', headers: bearer(token) });
    assert.equal(page.json().length, 1);
    const badLimit = await hilt.app.inject({ method: 'GET', url: '/v1/products?limit=500', headers: bearer(token) });
    assert.equal(badLimit.statusCode, 422);

    const del = await hilt.app.inject({ method: 'DELETE', url: `/v1/products/${p.id}`, headers: bearer(token) });
    assert.equal(del.statusCode, 200);
    assert.equal(del.json().status, 'ARCHIVED');
    const after = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${p.id}`,
      headers: bearer(token),
      payload: { title: 'again' },
    });
    assert.equal(after.statusCode, 422);
    assert.equal(after.json().code, 'product_archived');
  });

  test('PATCH: null leaves title, status, delivery_type and merchant_wallet as they are; clears description, image_url, max_payments', async () => {
    const p = (await create({ ...telegramProduct, title: 'Null semantics' })).json();
    const patch = (body: unknown) =>
      hilt.app.inject({
        method: 'PATCH',
        url: `/v1/products/${p.id}`,
        headers: bearer(token),
        payload: body as object,
      });
    const kept = await patch({ title: null, status: null, delivery_type: null, merchant_wallet: null });
    assert.equal(kept.statusCode, 200, kept.body);
    for (const f of [
      'title',
      'status',
      'delivery_type',
      'merchant_wallet',
      'description',
      'image_url',
      'max_payments',
    ]) {
      assert.deepEqual(kept.json()[f], p[f], f);
    }
    const cleared = await patch({ description: null, image_url: null, max_payments: null, title: null });
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.equal(cleared.json().description, null);
    assert.equal(cleared.json().image_url, null);
    assert.equal(cleared.json().max_payments, null);
    assert.equal(cleared.json().title, 'Null semantics');
    assert.equal(cleared.json().delivery_type, 'TELEGRAM_INVITE');

    // The OpenAPI document says which is which.
    const doc = (await hilt.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    const update =
      doc.paths['/v1/products/{product_id}'].patch.requestBody.content['application/json'].schema.properties;
    for (const f of ['title', 'status', 'delivery_type', 'merchant_wallet']) {
      assert.ok(
        update[f].anyOf.some((s: { type?: string }) => s.type === 'null'),
        f,
      );
      assert.match(update[f].description, /null leaves the current value unchanged/, f);
    }
    for (const f of ['description', 'image_url', 'max_payments']) {
      assert.match(update[f].description, /null clears it/, f);
    }
  });

  test('membership_config: every field may be null and takes its default, on create and on update', async () => {
    const nulls = {
      enabled: null,
      platform: null,
      access_mode: null,
      identity_type: null,
      identity_label: null,
      identity_required: null,
      renewal_mode: null,
      billing_interval_days: null,
      grace_period_days: null,
      renewal_reminder_offsets_days: null,
      platform_target_id: null,
      platform_target_label: null,
      allow_multiple_active: null,
      settings_json: null,
    };
    const defaults = {
      enabled: true,
      platform: null,
      access_mode: null,
      identity_type: null,
      identity_label: null,
      identity_required: false,
      renewal_mode: 'MANUAL',
      billing_interval_days: 30,
      grace_period_days: 3,
      renewal_reminder_offsets_days: [],
      platform_target_id: null,
      platform_target_label: null,
      allow_multiple_active: false,
      settings_json: {},
    };
    const res = await create({
      product_type: 'PAYMENT_LINK',
      title: 'Null membership',
      amount_minor_units: 10,
      merchant_wallet: WALLET,
      delivery_type: null,
      membership_config: nulls,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().membership_config, defaults);
    assert.equal(res.json().delivery_type, 'NONE');
    const updated = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${res.json().id}`,
      headers: bearer(token),
      payload: { membership_config: { ...nulls, billing_interval_days: 7, grace_period_days: null } },
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.deepEqual(updated.json().membership_config, { ...defaults, billing_interval_days: 7 });
  });

  test('enum-like inputs accept any letter case and are stored canonical; unknown values list the allowed ones', async () => {
    const res = await create({
      product_type: 'payment_link',
      title: 'Lower case',
      amount_minor_units: 10,
      merchant_wallet: WALLET,
      delivery_type: 'redirect',
      delivery_value: 'https://example.com/after',
      membership_config: {
        platform: 'custom',
        identity_type: 'wallet',
        renewal_mode: 'one_off',
        access_mode: 'Redirect',
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.product_type, 'PAYMENT_LINK');
    assert.equal(p.delivery_type, 'REDIRECT');
    assert.equal(p.membership_platform, 'CUSTOM');
    assert.equal(p.membership_identity_type, 'WALLET');
    assert.equal(p.membership_renewal_mode, 'ONE_OFF');
    assert.equal(p.membership_config.access_mode, 'REDIRECT');
    const paused = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${p.id}`,
      headers: bearer(token),
      payload: { status: 'paused' },
    });
    assert.equal(paused.json().status, 'PAUSED');
    const listed = await hilt.app.inject({
      method: 'GET',
      url: '/v1/products?status=paused&product_type=payment_link&limit=200',
      headers: bearer(token),
    });
    assert.equal(listed.statusCode, 200, listed.body);
    assert.ok(listed.json().some((x: { id: string }) => x.id === p.id));
    assert.ok(listed.json().every((x: { status: string }) => x.status === 'PAUSED'));

    const unknown = await hilt.app.inject({
      method: 'GET',
      url: '/v1/products?status=sleeping',
      headers: bearer(token),
    });
    assert.equal(unknown.statusCode, 422);
    assert.deepEqual(unknown.json().detail[0].loc, ['query', 'status']);
    assert.match(unknown.json().detail[0].msg, /"ACTIVE", "PAUSED" or "ARCHIVED"/);
    const badType = await create({
      product_type: 'subscription',
      title: 'X',
      amount_minor_units: 1,
      merchant_wallet: WALLET,
    });
    assert.equal(badType.statusCode, 400);
    assert.equal(badType.json().code, 'unsupported_product_type');
  });

  test('renewal_mode AUTOMATIC is accepted and stored; the product says it renews as MANUAL with reminders', async () => {
    const res = await create({
      ...telegramProduct,
      title: 'Automatic renewals',
      membership_config: { ...telegramProduct.membership_config, renewal_mode: 'automatic' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json();
    assert.equal(p.membership_config.renewal_mode, 'AUTOMATIC');
    assert.equal(p.membership_renewal_mode, 'AUTOMATIC');
    assert.equal(p.membership_effective_renewal_mode, 'MANUAL');
    assert.match(p.membership_renewal_note, /renew like MANUAL/);
    const pub = (await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${p.slug}` })).json();
    assert.equal(pub.membership.renewal_mode, 'AUTOMATIC');
    assert.equal(pub.membership.effective_renewal_mode, 'MANUAL');
    const manual = (await create({ ...telegramProduct, title: 'Manual renewals' })).json();
    assert.equal(manual.membership_effective_renewal_mode, 'MANUAL');
    assert.equal(manual.membership_renewal_note, null);
  });

  test('isolation: other workspaces and the other mode get 404; read keys cannot write', async () => {
    const p = (
      await create({ product_type: 'PAYMENT_LINK', title: 'Mine', amount_minor_units: 100, merchant_wallet: WALLET })
    ).json();
    const other = await registerMerchant(hilt);
    for (const [method, payload] of [['GET'], ['PATCH', { title: 'stolen' }], ['DELETE']] as const) {
      const res = await hilt.app.inject({ method, url: `/v1/products/${p.id}`, headers: bearer(other.token), payload });
      assert.equal(res.statusCode, 404, method);
    }
    const sandboxView = await hilt.app.inject({
      method: 'GET',
      url: `/v1/products/${p.id}`,
      headers: { ...bearer(token), 'x-hilt-mode': 'sandbox' },
    });
    assert.equal(sandboxView.statusCode, 404);
    const readKey = await createKey(hilt, token, { permissions: ['read'] });
    const write = await create(
      { product_type: 'PAYMENT_LINK', title: 'Nope', amount_minor_units: 1, merchant_wallet: WALLET },
      keyHeader(readKey.raw),
    );
    assert.equal(write.statusCode, 403);
    const read = await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}`, headers: keyHeader(readKey.raw) });
    assert.equal(read.statusCode, 200);
  });
});
