// Fixtures made through the public HTTP API, one factory per object (a merchant, a buyer's wallet, a product, a
// checkout session, a paid and confirmed payment, a webhook endpoint), and the one request helper they and the tests
// use. Going through routes rather than repositories keeps them valid however the server is wired inside.
import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import type { Hilt } from '../../src/app.ts';
import { createKey, keyHeader, registerMerchant } from './app.ts';
import { signAsBuyer } from './buyer.ts';

/** A fixed payout address with no known key: only ever paid. `airdrop` gives it SOL to clear rent exemption. */
export const MERCHANT_WALLET = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
export type Json = Record<string, any>;

// biome-ignore lint/suspicious/noExplicitAny: like res.json(), a reply's body is read field by field unless typed
export interface Reply<T = any> {
  status: number;
  /** The parsed JSON body (undefined when the response has none). */
  body: T;
  /** The body as sent, for assertion messages. */
  text: string;
  headers: IncomingHttpHeaders;
}

export interface RequestOptions {
  /** Headers added to (or replacing) the helper's own for this one request. */
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** Requests as one caller (its headers), answering JSON: every reply with a body is asserted to be JSON. */
// biome-ignore-start lint/suspicious/noExplicitAny: untyped replies read like res.json()
export interface Api {
  hilt: Hilt;
  headers: Record<string, string>;
  get<T = any>(url: string, opts?: RequestOptions): Promise<Reply<T>>;
  delete<T = any>(url: string, opts?: RequestOptions): Promise<Reply<T>>;
  post<T = any>(url: string, payload?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
  put<T = any>(url: string, payload?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
  patch<T = any>(url: string, payload?: unknown, opts?: RequestOptions): Promise<Reply<T>>;
}
// biome-ignore-end lint/suspicious/noExplicitAny: untyped replies read like res.json()

export function api(hilt: Hilt, headers: Record<string, string> = {}): Api {
  async function send(
    method: 'GET' | 'DELETE' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload: unknown,
    { headers: extra, remoteAddress }: RequestOptions = {},
  ) {
    const res = await hilt.app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined ? {} : { payload: payload as object }),
      ...(remoteAddress ? { remoteAddress } : {}),
    });
    let body: unknown;
    if (res.body.length > 0) {
      assert.match(String(res.headers['content-type']), /^application\/json/, `${method} ${url}: ${res.body}`);
      body = res.json();
    }
    return { status: res.statusCode, body, text: res.body, headers: res.headers } as Reply<never>;
  }
  return {
    hilt,
    headers,
    get: (url, opts) => send('GET', url, undefined, opts),
    delete: (url, opts) => send('DELETE', url, undefined, opts),
    post: (url, payload = {}, opts) => send('POST', url, payload, opts),
    put: (url, payload = {}, opts) => send('PUT', url, payload, opts),
    patch: (url, payload = {}, opts) => send('PATCH', url, payload, opts),
  };
}

export interface Merchant extends Api {
  token: string;
  userId: string;
  email: string;
  password: string;
}

/**
 * A registered merchant whose requests carry an API key (a sandbox one unless `sandbox: false`). Its `token` is the
 * dashboard session, for the routes keys may not use.
 */
export async function createMerchant(
  hilt: Hilt,
  opts: { sandbox?: boolean; permissions?: string[]; email?: string } = {},
): Promise<Merchant> {
  const m = await registerMerchant(hilt, opts.email ? { email: opts.email } : {});
  const key = await createKey(hilt, m.token, {
    sandbox_mode: opts.sandbox ?? true,
    ...(opts.permissions ? { permissions: opts.permissions } : {}),
  });
  return { ...api(hilt, keyHeader(key.raw)), ...m };
}

export interface Wallet {
  address: string;
  secret_key: string;
}

/** A fresh sandbox wallet, funded with SOL and USDC by the sandbox chain. */
export async function createBuyer(merchant: Api): Promise<Wallet> {
  const res = await merchant.post<Wallet>('/v1/sandbox/wallets', {});
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** Gives an address SOL on the sandbox chain (a merchant wallet must exist on chain to receive small amounts). */
export async function airdrop(merchant: Api, address = MERCHANT_WALLET, lamports = 1_000_000_000) {
  const res = await merchant.post('/v1/sandbox/airdrop', { address, lamports });
  assert.equal(res.status, 200, res.text);
}

export interface Product extends Json {
  id: string;
  slug: string;
  livemode: boolean;
}

/** A product of the caller's workspace: a 0.01 SOL payment link to MERCHANT_WALLET unless the overrides say other. */
export async function createProduct(merchant: Api, overrides: Json = {}): Promise<Product> {
  const res = await merchant.post<Product>('/v1/products', {
    product_type: 'PAYMENT_LINK',
    title: 'Test product',
    amount_minor_units: 10_000_000,
    merchant_wallet: MERCHANT_WALLET,
    ...overrides,
  });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

export interface Session extends Json {
  payment_id: string;
  reference: string;
  memo: string;
  nonce: string;
  status: string;
}

/** A checkout session of a product, opened as the buyer's browser does (public route, no credentials). */
export async function openSession(
  caller: Hilt | Api,
  product: { slug: string },
  overrides: Json = {},
): Promise<Session> {
  const res = await publicApi(caller).post<Session>(`/v1/products/p/${product.slug}/connect`, overrides);
  assert.equal(res.status, 200, res.text);
  return res.body;
}

export type Scenario = 'exact' | 'underpay' | 'wrong_mint' | 'wrong_recipient' | 'no_memo';

/**
 * Pays a session on the sandbox chain: the server builds the transfer the scenario names and signs it with the
 * buyer's key, as the buyer's wallet would. Returns the transaction signature.
 */
export async function pay(merchant: Api, session: { payment_id: string }, buyer: Wallet, scenario?: Scenario) {
  const res = await merchant.post<{ tx_signature: string }>('/v1/sandbox/pay', {
    payment_id: session.payment_id,
    secret_key: buyer.secret_key,
    ...(scenario ? { scenario } : {}),
  });
  assert.equal(res.status, 200, res.text);
  return res.body.tx_signature;
}

/**
 * Pays a session as a browser wallet does: asks the Solana Pay transaction request for the unsigned transfer, signs
 * it locally with the buyer's key and sends it through the broadcast route. Returns the transaction signature.
 */
export async function payWithWallet(caller: Hilt | Api, session: { payment_id: string }, buyer: Wallet) {
  const http = publicApi(caller);
  const built = await http.post<{ transaction: string }>(`/v1/pay/transaction/${session.payment_id}`, {
    account: buyer.address,
  });
  assert.equal(built.status, 200, built.text);
  const { wire, signature } = await signAsBuyer(built.body.transaction, buyer.secret_key);
  const sent = await http.post('/v1/pay/broadcast', {
    payment_id: session.payment_id,
    signed_transaction: wire,
    payer_wallet: buyer.address,
  });
  assert.equal(sent.status, 200, sent.text);
  assert.equal(sent.body.status, 'PENDING_CONFIRMATION');
  assert.equal(sent.body.tx_signature, signature);
  return signature;
}

/** Asks the server to confirm a session paid by a transaction (the buyer's page does this); not asserted. */
export function confirm(caller: Hilt | Api, paymentId: string, txSignature: string, payer: string, extra: Json = {}) {
  return publicApi(caller).post('/v1/pay/confirm', {
    payment_id: paymentId,
    tx_signature: txSignature,
    payer_wallet: payer,
    ...extra,
  });
}

/**
 * Pays a session on the local chain with a real signed transaction (the sandbox route by default, the wallet flow
 * with `via: 'wallet'`) and confirms it. Returns the confirmed payment as the confirm route answers it, with its
 * transaction signature.
 */
export async function payAndConfirm(
  merchant: Api,
  session: { payment_id: string },
  opts: { buyer: Wallet; via?: 'sandbox' | 'wallet'; confirm?: Json },
): Promise<Json & { payment_id: string; tx_signature: string }> {
  const txSignature =
    opts.via === 'wallet'
      ? await payWithWallet(merchant, session, opts.buyer)
      : await pay(merchant, session, opts.buyer);
  const res = await confirm(merchant, session.payment_id, txSignature, opts.buyer.address, opts.confirm);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.status, 'CONFIRMED');
  return { ...res.body, payment_id: session.payment_id, tx_signature: txSignature };
}

export interface Endpoint {
  endpoint: Json & { id: string; status: string; mode: string };
  signing_secret: string;
}

/** A webhook endpoint of the caller's workspace; `url` is where it sends (a local receiver in tests). */
export async function createEndpoint(merchant: Api, overrides: Json & { url: string }): Promise<Endpoint> {
  const res = await merchant.post<Endpoint>('/v1/webhooks/endpoints', { label: 'Test receiver', ...overrides });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** The public routes need no credentials; a merchant's headers are left off so they prove nothing by accident. */
function publicApi(caller: Hilt | Api): Api {
  return api('hilt' in caller ? caller.hilt : caller);
}
