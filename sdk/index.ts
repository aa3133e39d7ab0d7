// TypeScript client for the Hilt merchant API, shaped like Hilt's own JS SDK (`@hiltpay/sdk`) so code written
// against it switches servers by changing `baseUrl`. No dependencies: global fetch, and node:crypto for webhook
// signatures. Money fields are integer minor units (lamports, USDC base units), never floats.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SDK_VERSION = '0.1.0';

// ---------------------------------------------------------------------------------------------------------------
// Options and errors

export interface HiltClientOptions {
  /** `hk_live_…` or `hk_sandbox_…`, sent as `X-Hilt-Key`. */
  apiKey?: string;
  /** Dashboard session JWT, sent as `Authorization: Bearer …` (webhook management prefers it). */
  bearerToken?: string;
  /** Data set a bearer session acts on (`X-Hilt-Mode`); a key's mode is fixed by its prefix. */
  mode?: 'live' | 'sandbox';
  /** Default `http://localhost:8080` (a self-hosted server started with `npm start`). */
  baseUrl?: string;
  /** Per request, default 20000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  userAgent?: string;
}

export interface RequestOptions {
  /** Sent as `Idempotency-Key` on POSTs: a retry with the same key and body gets the stored response. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export type ValidationIssue = { loc: (string | number)[]; msg: string; type: string };

const RETRYABLE_CODES = new Set(['rate_limited', 'idempotency_in_progress', 'idempotency_race', 'request_timeout']);

export class HiltApiError extends Error {
  readonly code: string;
  /** HTTP status; 0 when no response arrived (timeout, network failure). */
  readonly statusCode: number;
  readonly requestId: string | null;
  /** The server's `detail`: a message, or the list of field problems of a 422 `validation_error`. */
  readonly detail: string | ValidationIssue[];
  readonly retryable: boolean;
  /** Seconds from `Retry-After` on a 429. */
  readonly retryAfterSeconds: number | null;
  readonly body: unknown;

  constructor(init: {
    code: string;
    statusCode: number;
    detail: string | ValidationIssue[];
    requestId?: string | null;
    retryAfterSeconds?: number | null;
    body?: unknown;
    cause?: unknown;
  }) {
    const message = typeof init.detail === 'string' ? init.detail : init.detail.map((d) => d.msg).join('; ');
    super(`${init.code}: ${message}`, { cause: init.cause });
    this.name = 'HiltApiError';
    this.code = init.code;
    this.statusCode = init.statusCode;
    this.detail = init.detail;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.body = init.body;
    this.retryable = isRetryable(init.statusCode, init.code);
  }
}

/**
 * 408 (chain not confirmed yet), 425, 429 and 5xx are worth retrying, as are the transient idempotency conflicts.
 * Unlike Hilt's SDK, a plain 409 is not: a signature bound to another payment or a closed ticket stays so.
 */
export function isRetryable(statusCode: number, code: string): boolean {
  return (
    RETRYABLE_CODES.has(code) ||
    statusCode === 0 ||
    statusCode === 408 ||
    statusCode === 425 ||
    statusCode === 429 ||
    statusCode >= 500
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Objects (field names as in openapi.json; only the main ones are spelled out)

export type JsonObject = Record<string, unknown>;
export type DeliveryType =
  | 'NONE'
  | 'REDIRECT'
  | 'DOWNLOAD'
  | 'TELEGRAM_INVITE'
  | 'DISCORD_INVITE'
  | 'DISCORD_ROLE'
  | 'CUSTOM';

export interface MembershipConfig {
  enabled?: boolean;
  platform?: 'TELEGRAM' | 'DISCORD' | 'CUSTOM' | null;
  access_mode?: 'INVITE_LINK' | 'ROLE' | 'REDIRECT' | 'NONE' | null;
  identity_type?: 'TELEGRAM_USER_ID' | 'DISCORD_USER_ID' | 'WALLET' | 'EMAIL' | 'CUSTOM' | null;
  identity_label?: string | null;
  identity_required?: boolean;
  renewal_mode?: 'MANUAL' | 'ONE_OFF';
  billing_interval_days?: number;
  grace_period_days?: number;
  renewal_reminder_offsets_days?: number[];
  platform_target_id?: string | null;
  platform_target_label?: string | null;
  allow_multiple_active?: boolean;
  settings_json?: JsonObject;
}

export interface ProductCreate {
  product_type: 'PAYMENT_LINK' | (string & {});
  title: string;
  merchant_wallet: string;
  description?: string | null;
  image_url?: string | null;
  amount_minor_units?: number | null;
  /** Hilt's legacy name for `amount_minor_units`. */
  fixed_amount_lamports?: number | null;
  /** null = SOL. */
  token_mint?: string | null;
  delivery_type?: DeliveryType;
  delivery_value?: string | null;
  tip_presets_lamports?: number[] | null;
  max_payments?: number | null;
  membership_config?: MembershipConfig | null;
}

export type ProductUpdate = Partial<Omit<ProductCreate, 'product_type' | 'token_mint'>> & { status?: string };

export interface Product {
  id: string;
  owner_id: string;
  livemode: boolean;
  product_type: string;
  status: string;
  title: string;
  description: string | null;
  image_url: string | null;
  amount_minor_units: number;
  fixed_amount_lamports: number;
  token_mint: string | null;
  asset_symbol: string;
  asset_decimals: number;
  merchant_wallet: string;
  delivery_type: string;
  delivery_value: string | null;
  tip_presets_lamports: number[] | null;
  max_payments: number | null;
  slug: string;
  payment_count: number;
  total_volume_lamports: number;
  membership_config: JsonObject | null;
  membership_enabled: boolean;
  checkout_url: string;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

/** The public checkout payload of `GET /v1/products/p/{slug}` (no delivery secret, no owner). */
export interface CheckoutProduct {
  slug: string;
  product_type: string;
  status: string;
  livemode: boolean;
  title: string;
  description: string | null;
  image_url: string | null;
  amount_minor_units: number;
  token_mint: string | null;
  asset_symbol: string;
  asset_decimals: number;
  delivery_type: string;
  merchant_wallet: string;
  platform_fee_bps: number;
  identity: { required: boolean; identity_type: string | null; identity_label: string | null; platform: string | null };
  membership: { billing_interval_days: number; renewal_mode: string; grace_period_days: number } | null;
  branding: JsonObject;
  [field: string]: unknown;
}

export interface ConnectRequest {
  payer_wallet?: string | null;
  amount_minor_units?: number | null;
  identity_session_id?: string | null;
  customer_reference_type?: string | null;
  customer_reference_value?: string | null;
  customer_reference_display?: string | null;
  handoff_token?: string | null;
}

export interface CheckoutSession {
  payment_id: string;
  nonce: string;
  amount_minor_units: number;
  merchant_amount_minor_units: number;
  fee_minor_units: number;
  fee_wallet: string | null;
  token_mint: string | null;
  asset_symbol: string;
  asset_decimals: number;
  merchant_wallet: string;
  expires_at: string;
  status: string;
  reference: string;
  memo: string;
  solana_pay_url: string | null;
  transaction_url: string;
  livemode: boolean;
  [field: string]: unknown;
}

export interface Handoff {
  handoff_token: string;
  expires_at: string;
  identity_type: string | null;
  identity_value: string;
  identity_display: string | null;
  return_url: string | null;
  checkout_url: string;
  product_id: string;
  slug: string;
}

export interface HandoffCreate {
  identity_value: string;
  identity_display?: string | null;
  identity_type?: string | null;
  expires_in_minutes?: number;
  return_url?: string | null;
}

export interface BroadcastRequest {
  payment_id: string;
  /** Base64 wire transaction the server sends for the buyer; or report `tx_signature` of one already sent. */
  signed_transaction?: string | null;
  tx_signature?: string | null;
  payer_wallet?: string | null;
  wallet_source?: string | null;
}

export interface ConfirmRequest {
  tx_signature: string;
  payer_wallet: string;
  payment_id?: string | null;
  slug?: string | null;
  product_id?: string | null;
  wallet_source?: string | null;
  identity_session_id?: string | null;
  customer_reference_type?: string | null;
  customer_reference_value?: string | null;
  customer_reference_display?: string | null;
}

export interface ConfirmResponse {
  status: string;
  payment_id: string;
  amount_minor_units: number;
  received_minor_units: number | null;
  tx_signature: string | null;
  delivery_type: string | null;
  delivery_value: string | null;
  delivery_status: string | null;
  deep_link_expires_at: string | null;
  membership_id: string | null;
  membership_status: string | null;
  membership_period_end_at: string | null;
}

/** `GET /v1/payments/{id}`: what a buyer polls. */
export interface PaymentStatus {
  id: string;
  status: string;
  amount_minor_units: number;
  token_mint: string | null;
  tx_signature: string | null;
  confirmed_at: string | null;
  failed_at: string | null;
  failure_reason: string | null;
  delivery_status: string | null;
  delivery_error: string | null;
  delivery_value: string | null;
  membership_id: string | null;
  expires_at: string;
  livemode: boolean;
  [field: string]: unknown;
}

/** A payment as its merchant sees it (`GET /v1/products/{id}/payments`). */
export interface Payment {
  id: string;
  product_id: string;
  livemode: boolean;
  payer_wallet: string | null;
  amount_minor_units: number;
  merchant_amount_lamports: number;
  fee_lamports: number;
  received_minor_units: number | null;
  excess_minor_units: number | null;
  token_mint: string | null;
  asset_symbol: string;
  status: string;
  tx_signature: string | null;
  membership_id: string | null;
  failure_reason: string | null;
  refund_required: boolean;
  created_at: string;
  confirmed_at: string | null;
  [field: string]: unknown;
}

export interface Membership {
  id: string;
  product_id: string;
  product_title: string;
  livemode: boolean;
  platform: string;
  platform_user_id: string | null;
  platform_display: string;
  customer_identity_type: string;
  customer_identity_value: string;
  payer_wallet: string | null;
  status: string;
  current_period_start_at: string;
  current_period_end_at: string;
  grace_ends_at: string | null;
  latest_payment_id: string | null;
  latest_tx_signature: string | null;
  delivery_status: string;
  delivery_last_error: string | null;
  renewal_count: number;
  notes: string;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

export interface MembershipDetail {
  membership: Membership;
  periods: JsonObject[];
  events: JsonObject[];
  auto_renew: JsonObject | null;
}

export interface Receipt {
  receipt_id: string;
  receipt_json: JsonObject;
  receipt_hash: string;
  ed25519_sig: string;
  key_id: string;
  schema_version: string;
  created_at: string;
  verify_url: string;
  public_url: string;
  pdf_url: string;
  livemode: boolean;
  tx_sig: string;
  payment_id: string | null;
  product_id: string | null;
  payer_wallet: string | null;
  merchant_wallet: string | null;
  amount_minor_units: number | null;
  token_mint: string | null;
  invoice_metadata: JsonObject;
  [field: string]: unknown;
}

export interface ReceiptListItem {
  receipt_id: string;
  tx_sig: string;
  receipt_hash: string;
  created_at: string;
  verify_url: string;
  payment_id: string | null;
  product_id: string | null;
  product_title: string | null;
  payer_wallet: string | null;
  amount_minor_units: number | null;
  token_mint: string | null;
  invoice_number: string | null;
  [field: string]: unknown;
}

export interface ReceiptVerification {
  receipt_id: string;
  valid: boolean;
  hash_valid: boolean;
  signature_valid: boolean;
  computed_hash: string;
  stored_hash: string;
  key_id: string | null;
  algorithm: string;
  public_key: string | null;
  problems: string[];
  [field: string]: unknown;
}

export type TicketCategory = 'PAYMENT' | 'DELIVERY' | 'ACCESS' | 'REFUND' | 'ACCOUNT' | 'OTHER';
export type TicketStatus = 'OPEN' | 'PENDING_MERCHANT' | 'PENDING_BUYER' | 'RESOLVED' | 'CLOSED';

export interface SupportContext {
  product_id?: string | null;
  product_slug?: string | null;
  payment_id?: string | null;
  receipt_id?: string | null;
  membership_id?: string | null;
  tx_signature?: string | null;
  wallet?: string | null;
  source?: string | null;
}

export interface SupportMessage {
  id: string;
  ticket_id: string;
  author_type: 'MERCHANT' | 'BUYER' | 'SYSTEM';
  author_id: string | null;
  body: string;
  created_at: string;
}

export interface SupportTicket {
  id: string;
  ticket_id: string;
  livemode: boolean;
  subject: string;
  category: TicketCategory;
  priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT' | null;
  status: TicketStatus;
  context: SupportContext;
  opened_by: 'MERCHANT' | 'BUYER' | 'SYSTEM';
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

export interface WebhookEndpoint {
  id: string;
  livemode: boolean;
  label: string;
  url: string;
  status: 'active' | 'paused' | 'disabled';
  signing_secret_preview: string;
  subscribed_events: string[];
  product_ids: string[];
  consecutive_failures: number;
  last_error: string | null;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
  [field: string]: unknown;
}

export interface WebhookDelivery {
  id: number;
  event_id: string;
  endpoint_id: string;
  livemode: boolean;
  test: boolean;
  status: 'pending' | 'delivered' | 'failed' | 'dead_letter';
  attempt_count: number;
  next_attempt_at: string | null;
  delivered_at: string | null;
  response_status: number | null;
  last_error: string | null;
  event_type: string;
  [field: string]: unknown;
}

/** The JSON body of every webhook delivery. */
export interface HiltEvent<D = JsonObject> {
  id: string;
  type: string;
  api_version: string;
  created_at: string;
  livemode: boolean;
  data: D;
}

export interface WebhookEventRecord {
  id: string;
  event_type: string;
  livemode: boolean;
  payment_id: string | null;
  membership_id: string | null;
  created_at: string;
  payload: HiltEvent;
  deliveries: WebhookDelivery[];
  [field: string]: unknown;
}

export interface SandboxWallet {
  address: string;
  /** base58 of the 64-byte secret key: a throwaway wallet on the local chain. */
  secret_key: string;
  lamports: number;
  usdc_minor_units: number;
}

export interface Session {
  token: string;
  user_id: string;
  tier: string;
  email: string | null;
  expires_at: string;
}

export interface KeySummary {
  id: string;
  name: string;
  key_prefix: string;
  permissions: string[];
  sandbox_mode: boolean;
  created_at: string;
  revoked_at: string | null;
  [field: string]: unknown;
}

type Query = Record<string, string | number | boolean | null | undefined>;
type Page<K extends string, T> = { total: number; page: number; per_page?: number } & { [key in K]: T[] };

// ---------------------------------------------------------------------------------------------------------------
// Client

type Auth = 'none' | 'key' | 'bearer';
interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  auth: Auth;
  query?: Query;
  body?: unknown;
  options?: RequestOptions;
  accept?: 'json' | 'bytes' | 'text';
}

const enc = encodeURIComponent;

export class HiltClient {
  readonly baseUrl: string;
  private readonly opts: HiltClientOptions;
  private readonly fetchImpl: typeof fetch;

  constructor(options: HiltClientOptions = {}) {
    this.opts = options;
    this.baseUrl = (options.baseUrl ?? 'http://localhost:8080').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Sends one request; resources below are thin wrappers around it. */
  async request<T>(call: Call): Promise<T> {
    const url = new URL(this.baseUrl + call.path);
    for (const [k, v] of Object.entries(call.query ?? {})) {
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    }
    const headers: Record<string, string> = {
      accept: call.accept === 'bytes' ? 'application/pdf' : call.accept === 'text' ? 'text/csv' : 'application/json',
      'user-agent': this.opts.userAgent ?? `hilt-sdk-ts/${SDK_VERSION}`,
    };
    const { apiKey, bearerToken, mode } = this.opts;
    if (call.auth !== 'none') {
      const useBearer = bearerToken && (call.auth === 'bearer' || !apiKey);
      if (useBearer) {
        headers.authorization = `Bearer ${bearerToken}`;
        if (mode) headers['x-hilt-mode'] = mode;
      } else if (apiKey) headers['x-hilt-key'] = apiKey;
    }
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.options?.idempotencyKey !== undefined) headers['idempotency-key'] = call.options.idempotencyKey;
    Object.assign(headers, call.options?.headers);

    const timeoutMs = call.options?.timeoutMs ?? this.opts.timeoutMs ?? 20_000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.options?.signal ? AbortSignal.any([call.options.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
      });
    } catch (err) {
      if (call.options?.signal?.aborted) throw err;
      const timedOut = timeout.aborted;
      throw new HiltApiError({
        code: timedOut ? 'request_timeout' : 'network_error',
        statusCode: 0,
        detail: timedOut ? `No response within ${timeoutMs} ms` : `Request failed: ${(err as Error).message}`,
        cause: err,
      });
    }

    const requestId = res.headers.get('x-request-id');
    if (!res.ok) {
      const text = await res.text();
      let body: { detail?: unknown; code?: unknown; request_id?: unknown } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new HiltApiError({
        code: typeof body?.code === 'string' ? body.code : `http_${res.status}`,
        statusCode: res.status,
        detail:
          typeof body?.detail === 'string' || Array.isArray(body?.detail)
            ? (body.detail as string | ValidationIssue[])
            : text.slice(0, 500) || res.statusText,
        requestId: typeof body?.request_id === 'string' ? body.request_id : requestId,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
        body: body ?? text,
      });
    }
    if (call.accept === 'bytes') return new Uint8Array(await res.arrayBuffer()) as T;
    if (call.accept === 'text') return (await res.text()) as T;
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  private get = <T>(path: string, auth: Auth, query?: Query, options?: RequestOptions) =>
    this.request<T>({ method: 'GET', path, auth, query, options });
  private post = <T>(path: string, auth: Auth, body: unknown, options?: RequestOptions) =>
    this.request<T>({ method: 'POST', path, auth, body: body ?? {}, options });
  private patch = <T>(path: string, auth: Auth, body: unknown, options?: RequestOptions) =>
    this.request<T>({ method: 'PATCH', path, auth, body, options });
  private del = <T>(path: string, auth: Auth, options?: RequestOptions) =>
    this.request<T>({ method: 'DELETE', path, auth, options });

  /** Merchant sign-up and sign-in; the returned `token` is a `bearerToken`. */
  readonly auth = {
    register: (body: { email: string; password: string; display_name?: string | null }, o?: RequestOptions) =>
      this.post<Session>('/v1/auth/register', 'none', body, o),
    login: (body: { email: string; password: string }, o?: RequestOptions) =>
      this.post<Session>('/v1/auth/login', 'none', body, o),
  };

  readonly keys = {
    list: (query?: { include_revoked?: boolean }, o?: RequestOptions) =>
      this.get<KeySummary[]>('/v1/keys', 'key', query, o),
    create: (body: { name: string; sandbox_mode?: boolean; permissions?: string[] }, o?: RequestOptions) =>
      this.post<{ key: KeySummary; raw_key: string }>('/v1/keys', 'key', body, o),
    revoke: (keyId: string, o?: RequestOptions) => this.del<void>(`/v1/keys/${enc(keyId)}`, 'key', o),
  };

  readonly account = {
    me: (o?: RequestOptions) => this.get<JsonObject>('/v1/account/me', 'key', undefined, o),
    summary: (o?: RequestOptions) => this.get<JsonObject>('/v1/account/summary', 'key', undefined, o),
    analytics: (query?: { window_days?: number; daily_days?: number }, o?: RequestOptions) =>
      this.get<JsonObject>('/v1/account/analytics', 'key', query, o),
  };

  readonly products = {
    create: (body: ProductCreate, o?: RequestOptions) => this.post<Product>('/v1/products', 'key', body, o),
    list: (query?: { status?: string; product_type?: string; limit?: number; offset?: number }, o?: RequestOptions) =>
      this.get<Product[]>('/v1/products', 'key', query, o),
    get: (productId: string, o?: RequestOptions) =>
      this.get<Product>(`/v1/products/${enc(productId)}`, 'key', undefined, o),
    update: (productId: string, body: ProductUpdate, o?: RequestOptions) =>
      this.patch<Product>(`/v1/products/${enc(productId)}`, 'key', body, o),
    archive: (productId: string, o?: RequestOptions) => this.del<Product>(`/v1/products/${enc(productId)}`, 'key', o),
    listPayments: (
      productId: string,
      query?: { status?: string; limit?: number; offset?: number },
      o?: RequestOptions,
    ) => this.get<Payment[]>(`/v1/products/${enc(productId)}/payments`, 'key', query, o),
    getAnalytics: (productId: string, query?: { window_days?: number }, o?: RequestOptions) =>
      this.get<JsonObject>(`/v1/products/${enc(productId)}/analytics`, 'key', query, o),
    createHandoffLink: (productId: string, body: HandoffCreate, o?: RequestOptions) =>
      this.post<Handoff>(`/v1/products/${enc(productId)}/handoff-link`, 'key', body, o),
  };

  /** The buyer's side: public routes, sent without credentials. */
  readonly checkout = {
    getProduct: (slug: string, o?: RequestOptions) =>
      this.get<CheckoutProduct>(`/v1/products/p/${enc(slug)}`, 'none', undefined, o),
    connect: (slug: string, body: ConnectRequest = {}, o?: RequestOptions) =>
      this.post<CheckoutSession>(`/v1/products/p/${enc(slug)}/connect`, 'none', body, o),
    resolveHandoff: (slug: string, body: { handoff_token: string }, o?: RequestOptions) =>
      this.post<Handoff>(`/v1/products/p/${enc(slug)}/resolve-handoff`, 'none', body, o),
    /** The unsigned transaction (base64) a wallet signs for this payment. */
    getTransaction: (paymentId: string, body: { account: string }, o?: RequestOptions) =>
      this.post<{ transaction: string; message: string }>(`/v1/pay/transaction/${enc(paymentId)}`, 'none', body, o),
    broadcastPayment: (body: BroadcastRequest, o?: RequestOptions) =>
      this.post<{ payment_id: string; status: string; tx_signature: string | null }>(
        '/v1/pay/broadcast',
        'none',
        body,
        o,
      ),
    /** 408 (`retryable`) while the chain has not confirmed yet: retry later with the same payment_id. */
    confirmPayment: (body: ConfirmRequest, o?: RequestOptions) =>
      this.post<ConfirmResponse>('/v1/pay/confirm', 'none', body, o),
  };

  readonly payments = {
    get: (paymentId: string, o?: RequestOptions) =>
      this.get<PaymentStatus>(`/v1/payments/${enc(paymentId)}`, 'none', undefined, o),
  };

  readonly memberships = {
    list: (
      query?: { product_id?: string; status?: string; platform?: string; q?: string; limit?: number; offset?: number },
      o?: RequestOptions,
    ) => this.get<{ items: Membership[]; count: number }>('/v1/memberships', 'key', query, o),
    lookup: (
      query: { wallet?: string; identity?: string; tx_signature?: string; product_id?: string },
      o?: RequestOptions,
    ) => this.get<{ items: Membership[]; count: number }>('/v1/memberships/lookup', 'key', query, o),
    get: (membershipId: string, o?: RequestOptions) =>
      this.get<MembershipDetail>(`/v1/memberships/${enc(membershipId)}`, 'key', undefined, o),
    getRenewalIntelligence: (query?: { window_days?: number; limit?: number }, o?: RequestOptions) =>
      this.get<JsonObject>('/v1/memberships/renewal-intelligence', 'key', query, o),
    updateNotes: (membershipId: string, body: { notes: string }, o?: RequestOptions) =>
      this.patch<MembershipDetail>(`/v1/memberships/${enc(membershipId)}/notes`, 'key', body, o),
    updateProfile: (membershipId: string, body: { platform_display: string }, o?: RequestOptions) =>
      this.patch<MembershipDetail>(`/v1/memberships/${enc(membershipId)}/profile`, 'key', body, o),
    gift: (membershipId: string, body: { days: number; note?: string }, o?: RequestOptions) =>
      this.post<MembershipDetail>(`/v1/memberships/${enc(membershipId)}/gift`, 'key', body, o),
    retryDelivery: (membershipId: string, o?: RequestOptions) =>
      this.post<{ membership: Membership; delivery: JsonObject }>(
        `/v1/memberships/${enc(membershipId)}/retry-delivery`,
        'key',
        undefined,
        o,
      ),
    getDeliveryDiagnostics: (membershipId: string, o?: RequestOptions) =>
      this.get<JsonObject>(`/v1/memberships/${enc(membershipId)}/delivery-diagnostics`, 'key', undefined, o),
    openDeliverySupportTicket: (membershipId: string, o?: RequestOptions) =>
      this.post<{ ticket_id: string; created: boolean }>(
        `/v1/memberships/${enc(membershipId)}/delivery-support-ticket`,
        'key',
        undefined,
        o,
      ),
    getReactivation: (membershipId: string, o?: RequestOptions) =>
      this.get<JsonObject>(`/v1/memberships/${enc(membershipId)}/reactivation`, 'key', undefined, o),
  };

  readonly receipts = {
    /** Idempotent on `tx_sig`. */
    create: (
      body: {
        tx_sig: string;
        wallet?: string | null;
        counterparty_wallet?: string | null;
        token_mint?: string | null;
        amount_raw?: number | string | null;
        memo?: string | null;
      },
      o?: RequestOptions,
    ) => this.post<Receipt>('/v1/receipt', 'key', body, o),
    list: (
      query?: { page?: number; per_page?: number; wallet?: string; q?: string; product_id?: string },
      o?: RequestOptions,
    ) => this.get<Page<'receipts', ReceiptListItem>>('/v1/receipts', 'key', query, o),
    get: (receiptId: string, o?: RequestOptions) =>
      this.get<Receipt>(`/v1/receipt/${enc(receiptId)}`, 'key', undefined, o),
    getPublic: (receiptId: string, o?: RequestOptions) =>
      this.get<Receipt & { verification: ReceiptVerification }>(
        `/v1/receipt/${enc(receiptId)}/public`,
        'none',
        undefined,
        o,
      ),
    verify: (receiptId: string, o?: RequestOptions) =>
      this.get<ReceiptVerification>(`/v1/receipt/${enc(receiptId)}/verify`, 'none', undefined, o),
    /** The public PDF proof, as bytes. */
    getPdf: (receiptId: string, o?: RequestOptions) =>
      this.request<Uint8Array>({
        method: 'GET',
        path: `/v1/receipt/${enc(receiptId)}/pdf`,
        auth: 'none',
        accept: 'bytes',
        options: o,
      }),
    exportCsv: (query?: { wallet?: string; q?: string; product_id?: string }, o?: RequestOptions) =>
      this.request<string>({
        method: 'GET',
        path: '/v1/receipts/export.csv',
        auth: 'key',
        query,
        accept: 'text',
        options: o,
      }),
    updateInvoiceMetadata: (
      receiptId: string,
      body: {
        invoice_number?: string | null;
        customer_name?: string | null;
        customer_email?: string | null;
        billing_reference?: string | null;
        notes?: string | null;
        metadata_json?: JsonObject | null;
      },
      o?: RequestOptions,
    ) => this.patch<{ receipt: Receipt }>(`/v1/receipt/${enc(receiptId)}/invoice-metadata`, 'key', body, o),
    sendProof: (receiptId: string, body: { email: string; note?: string | null }, o?: RequestOptions) =>
      this.post<{ sent: boolean; email: string; verify_url: string; pdf_url: string }>(
        `/v1/receipt/${enc(receiptId)}/send-proof`,
        'key',
        body,
        o,
      ),
  };

  readonly support = {
    createTicket: (
      body: {
        subject: string;
        body: string;
        category?: TicketCategory;
        priority?: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
        context?: SupportContext | null;
      },
      o?: RequestOptions,
    ) =>
      this.post<{ ticket_id: string; status: TicketStatus; subject: string; category: TicketCategory }>(
        '/v1/support/tickets',
        'key',
        body,
        o,
      ),
    listTickets: (query?: { status?: TicketStatus; page?: number; per_page?: number }, o?: RequestOptions) =>
      this.get<Page<'tickets', SupportTicket>>('/v1/support/tickets', 'key', query, o),
    getTicket: (ticketId: string, o?: RequestOptions) =>
      this.get<SupportTicket & { messages: SupportMessage[] }>(
        `/v1/support/tickets/${enc(ticketId)}`,
        'key',
        undefined,
        o,
      ),
    addMessage: (ticketId: string, body: { body: string }, o?: RequestOptions) =>
      this.post<{ ticket_id: string; message: SupportMessage }>(
        `/v1/support/tickets/${enc(ticketId)}/message`,
        'key',
        body,
        o,
      ),
  };

  /**
   * Webhook management. Hilt allows a dashboard session only; this server also takes an `admin` key, so the
   * bearer token is sent when there is one and the API key otherwise.
   */
  readonly webhooks = {
    listEndpoints: (o?: RequestOptions) =>
      this.get<{ endpoints: WebhookEndpoint[] }>('/v1/webhooks/endpoints', 'bearer', undefined, o),
    createEndpoint: (
      body: { label: string; url: string; subscribed_events?: string[]; product_ids?: string[] },
      o?: RequestOptions,
    ) =>
      this.post<{ endpoint: WebhookEndpoint; signing_secret: string; supported_events: string[] }>(
        '/v1/webhooks/endpoints',
        'bearer',
        body,
        o,
      ),
    updateEndpoint: (
      endpointId: string,
      body: {
        label?: string;
        url?: string;
        status?: 'active' | 'paused' | 'disabled';
        subscribed_events?: string[];
        product_ids?: string[];
        rotate_signing_secret?: boolean;
      },
      o?: RequestOptions,
    ) =>
      this.patch<{ endpoint: WebhookEndpoint; signing_secret?: string }>(
        `/v1/webhooks/endpoints/${enc(endpointId)}`,
        'bearer',
        body,
        o,
      ),
    /** Disables the endpoint (it is kept, not deleted). */
    deleteEndpoint: (endpointId: string, o?: RequestOptions) =>
      this.del<{ endpoint: WebhookEndpoint }>(`/v1/webhooks/endpoints/${enc(endpointId)}`, 'bearer', o),
    /** Sends a signed test event (fake ids, `data.test = true`) right now and reports the receiver's answer. */
    testEndpoint: (endpointId: string, body: { event_type?: string } = {}, o?: RequestOptions) =>
      this.post<{
        event: HiltEvent;
        delivery: WebhookDelivery;
        delivered: boolean;
        result: { status_code: number | null; response_body: string | null; error: string | null; duration_ms: number };
      }>(`/v1/webhooks/endpoints/${enc(endpointId)}/test`, 'bearer', body, o),
    listDeliveries: (
      query?: { endpoint_id?: string; status?: string; page?: number; per_page?: number },
      o?: RequestOptions,
    ) => this.get<Page<'deliveries', WebhookDelivery>>('/v1/webhooks/deliveries', 'bearer', query, o),
    replayDelivery: (deliveryId: number | string, o?: RequestOptions) =>
      this.post<{ delivery: WebhookDelivery }>(
        `/v1/webhooks/deliveries/${enc(String(deliveryId))}/replay`,
        'bearer',
        undefined,
        o,
      ),
    listEvents: (query?: { event_type?: string; page?: number; per_page?: number }, o?: RequestOptions) =>
      this.get<Page<'events', WebhookEventRecord> & { supported_events: string[] }>(
        '/v1/webhooks/events',
        'bearer',
        query,
        o,
      ),
    getTimeline: (query: { payment_id?: string; membership_id?: string; limit?: number }, o?: RequestOptions) =>
      this.get<{
        payment_id: string | null;
        membership_id: string | null;
        timeline: WebhookEventRecord[];
        count: number;
        generated_at: string;
      }>('/v1/webhooks/timeline', 'bearer', query, o),
  };

  /** Signed test events per scenario (`confirmed_access`, `payment_failed`, `delivery_failed`, `renewal_grace`). */
  readonly testing = {
    listScenarios: (o?: RequestOptions) => this.get<JsonObject>('/v1/testing/scenarios', 'key', undefined, o),
    createSession: (
      body: {
        scenario: string;
        product_id?: string;
        amount_minor_units?: number;
        payer_wallet?: string;
        identity_display?: string;
      },
      o?: RequestOptions,
    ) => this.post<JsonObject>('/v1/testing/sessions', 'key', body, o),
    listSessions: (query?: { limit?: number }, o?: RequestOptions) =>
      this.get<JsonObject>('/v1/testing/sessions', 'key', query, o),
    getSession: (sessionId: string, o?: RequestOptions) =>
      this.get<JsonObject>(`/v1/testing/sessions/${enc(sessionId)}`, 'key', undefined, o),
  };

  /** The local sandbox chain (a sandbox key, or a bearer client with `mode: 'sandbox'`; 404 in live mode). */
  readonly sandbox = {
    /** A new buyer wallet, funded with SOL and sandbox USDC. */
    createWallet: (body: { lamports?: number; usdc_minor_units?: number } = {}, o?: RequestOptions) =>
      this.post<SandboxWallet>('/v1/sandbox/wallets', 'key', body, o),
    airdrop: (body: { address: string; lamports?: number; usdc_minor_units?: number }, o?: RequestOptions) =>
      this.post<{
        address: string;
        lamports: number;
        usdc_minor_units: number;
        signatures: string[];
        balance_lamports: number;
      }>('/v1/sandbox/airdrop', 'key', body, o),
    /** Builds, signs and sends the payment as the buyer's wallet would; confirm it with `checkout.confirmPayment`. */
    pay: (
      body: {
        payment_id: string;
        secret_key: string;
        scenario?: 'exact' | 'underpay' | 'wrong_mint' | 'wrong_recipient' | 'no_memo';
      },
      o?: RequestOptions,
    ) => this.post<{ tx_signature: string; payment_id: string; scenario: string }>('/v1/sandbox/pay', 'key', body, o),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Webhook signatures

export class HiltWebhookSignatureError extends Error {
  readonly code = 'webhook_signature_failed';
  constructor(message: string) {
    super(message);
    this.name = 'HiltWebhookSignatureError';
  }
}

/**
 * Verifies `X-Hilt-Signature: t=<unix>,v1=<hex>` (HMAC-SHA256 of "<t>.<raw body>" keyed with the whole `whsec_…`
 * string), timing-safely, and returns the parsed event. Pass the raw bytes as received, not re-serialised JSON.
 */
export function constructWebhookEvent<D = JsonObject>(
  rawBody: string | Uint8Array,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
  options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): HiltEvent<D> {
  const { toleranceSeconds = 300, nowSeconds = Math.floor(Date.now() / 1000) } = options;
  const header = Array.isArray(signatureHeader) ? signatureHeader.join(',') : signatureHeader;
  if (!header) throw new HiltWebhookSignatureError('Missing X-Hilt-Signature header');
  if (!secret) throw new HiltWebhookSignatureError('Missing webhook signing secret');
  const parts = header.split(',').map((p) => {
    const i = p.indexOf('=');
    return i < 0 ? [p.trim(), ''] : [p.slice(0, i).trim(), p.slice(i + 1).trim()];
  });
  const tRaw = parts.find(([k]) => k === 't')?.[1] ?? '';
  const t = /^\d+$/.test(tRaw) ? Number(tRaw) : Number.NaN;
  if (!Number.isSafeInteger(t)) throw new HiltWebhookSignatureError('X-Hilt-Signature has no valid timestamp');
  if (Math.abs(nowSeconds - t) > toleranceSeconds) {
    throw new HiltWebhookSignatureError('X-Hilt-Signature timestamp is outside the tolerance');
  }
  const body = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const matched = parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const got = Buffer.from(v.toLowerCase());
      return got.length === expected.length && timingSafeEqual(got, expected);
    });
  if (!matched) throw new HiltWebhookSignatureError('No X-Hilt-Signature v1 signature matches the body');
  try {
    return JSON.parse(body) as HiltEvent<D>;
  } catch {
    throw new HiltWebhookSignatureError('Signed body is not JSON');
  }
}
