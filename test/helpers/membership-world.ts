// A merchant with a sandbox key, chat bots pointed at the fake platforms, a funded buyer wallet and a controllable
// clock: what the membership and delivery tests share. Payments go through the real sandbox pay + confirm flow.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { bearer, createTestApp, type TestApp } from './app.ts';
import {
  airdrop,
  createBuyer,
  createMerchant,
  createProduct,
  type Json,
  MERCHANT_WALLET,
  type Merchant,
  openSession,
  payAndConfirm,
  type Wallet,
} from './factories.ts';
import { DISCORD_TOKEN, type FakePlatforms, startFakePlatforms, TELEGRAM_TOKEN } from './fake-platforms.ts';

export { MERCHANT_WALLET };
export const DAY = 86_400_000;

export interface World {
  hilt: TestApp;
  fake: FakePlatforms;
  token: string;
  userId: string;
  sk: Record<string, string>;
  /** The merchant's requests, with its sandbox key. */
  merchant: Merchant;
  wallet: Wallet;
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
  const m = await createMerchant(hilt);
  const sk = m.headers;
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    hilt.app.inject({ method: 'POST', url, payload: payload as object, headers });
  const get = (url: string, headers: Record<string, string> = sk) => hilt.app.inject({ method: 'GET', url, headers });
  const wallet = await createBuyer(m);
  await airdrop(m);

  const world: World = {
    hilt,
    fake,
    token: m.token,
    userId: m.userId,
    sk,
    merchant: m,
    wallet,
    clock,
    post,
    get,
    product: (body) => createProduct(m, { title: 'Inner Circle', amount_minor_units: 10_000_000, ...body }),
    async buy(slug, identity) {
      const session = await openSession(
        hilt,
        { slug },
        {
          payer_wallet: wallet.address,
          ...(identity
            ? {
                customer_reference_type: identity.type,
                customer_reference_value: identity.value,
                customer_reference_display: identity.display ?? null,
              }
            : {}),
        },
      );
      return payAndConfirm(m, session, { buyer: wallet });
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
