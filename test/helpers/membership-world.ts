// A merchant with a sandbox key, chat bots pointed at the fake platforms, a funded buyer wallet and a controllable
// clock: what the membership and delivery tests share. Payments go through the real sandbox pay + confirm flow.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { bearer, createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './app.ts';
import { DISCORD_TOKEN, type FakePlatforms, startFakePlatforms, TELEGRAM_TOKEN } from './fake-platforms.ts';

export const MERCHANT_WALLET = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
export const DAY = 86_400_000;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
type Json = Record<string, any>;

export interface World {
  hilt: TestApp;
  fake: FakePlatforms;
  token: string;
  userId: string;
  sk: Record<string, string>;
  wallet: { address: string; secret_key: string };
  clock: { now: Date; advance(ms: number): void; set(d: Date): void };
  post(url: string, payload: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  product(body: Record<string, unknown>): Promise<{ id: string; slug: string }>;
  buy(slug: string, identity?: { type: string; value: string; display?: string }): Promise<Json>;
  membership(id: string): Promise<Json>;
  events(type: string): Promise<Json[]>;
  setBots(body?: Record<string, unknown>): Promise<void>;
  dispose(): Promise<void>;
}

export async function createWorld(opts: { bots?: boolean; env?: Record<string, string> } = {}): Promise<World> {
  const fake = await startFakePlatforms();
  const state = { now: new Date() };
  const clock = {
    get now() {
      return state.now;
    },
    advance(ms: number) {
      state.now = new Date(state.now.getTime() + ms);
    },
    set(d: Date) {
      state.now = d;
    },
  };
  const hilt = await createTestApp(
    {
      TELEGRAM_API_ROOT: fake.telegramApiRoot,
      DISCORD_API_BASE: fake.discordApiBase,
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_PUBLIC_URL: 'http://hilt.test',
      ...opts.env,
    },
    { now: () => new Date(state.now.getTime()) },
  );
  const m = await registerMerchant(hilt);
  const sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const get = (url: string, headers: Record<string, string> = sk) => hilt.app.inject({ method: 'GET', url, headers });
  const wallet = (await post('/v1/sandbox/wallets', {}, sk)).json();
  await post('/v1/sandbox/airdrop', { address: MERCHANT_WALLET, lamports: 1_000_000_000 }, sk);

  const world: World = {
    hilt,
    fake,
    token: m.token,
    userId: m.userId,
    sk,
    wallet,
    clock,
    post,
    get,
    async product(body) {
      const res = await post(
        '/v1/products',
        {
          product_type: 'PAYMENT_LINK',
          title: 'Inner Circle',
          amount_minor_units: 10_000_000,
          merchant_wallet: MERCHANT_WALLET,
          ...body,
        },
        sk,
      );
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    },
    async buy(slug, identity) {
      const connect = await post(`/v1/products/p/${slug}/connect`, {
        payer_wallet: wallet.address,
        ...(identity
          ? {
              customer_reference_type: identity.type,
              customer_reference_value: identity.value,
              customer_reference_display: identity.display ?? null,
            }
          : {}),
      });
      assert.equal(connect.statusCode, 200, connect.body);
      const paymentId = connect.json().payment_id;
      const paid = await post('/v1/sandbox/pay', { payment_id: paymentId, secret_key: wallet.secret_key }, sk);
      assert.equal(paid.statusCode, 200, paid.body);
      const res = await post('/v1/pay/confirm', {
        payment_id: paymentId,
        tx_signature: paid.json().tx_signature,
        payer_wallet: wallet.address,
      });
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    },
    async membership(id) {
      const res = await get(`/v1/memberships/${id}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    },
    async events(type) {
      return hilt.db.query(
        'SELECT type, data, membership_id FROM events WHERE type = $1 AND owner_id = $2 ORDER BY created_at',
        [type, m.userId],
      );
    },
    async setBots(body = { telegram_bot_token: TELEGRAM_TOKEN, discord_bot_token: DISCORD_TOKEN }) {
      const res = await hilt.app.inject({
        method: 'PUT',
        url: '/v1/account/delivery/bots',
        payload: body,
        headers: bearer(m.token),
      });
      assert.equal(res.statusCode, 200, res.body);
    },
    async dispose() {
      await hilt.dispose();
      await fake.close();
    },
  };
  if (opts.bots !== false) await world.setBots();
  return world;
}
