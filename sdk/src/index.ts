// The Hilt SDK: `HiltClient` with the resources and method names of Hilt's own JS SDK (`@hiltpay/sdk`), so code
// written against it switches servers by changing `baseUrl`, plus what this server adds (auth, keys, account,
// testing, sandbox, idempotency keys, retries). Every call goes through the generated client in core.js and every
// argument and answer type comes from openapi.json; nothing here speaks HTTP or copies an API shape.
import {
  type ApiClient,
  type CallOptions,
  type components,
  createClient,
  DEFAULT_BASE_URL,
  type OperationId,
  type RequestArgs,
  type SuccessBody,
} from './core.js';
import { type AccessResource, createAccessResource } from './access.ts';

export {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  type components,
  createClient,
  DEFAULT_BASE_URL,
  HiltApiError,
  type HiltApiErrorExtra,
  HiltError,
  isRetryable,
  type OperationId,
  type operations,
  type paths,
  type RawRequest,
  type RequestArgs,
  type SuccessBody,
} from './core.js';
export {
  constructWebhookEvent,
  createWebhookRouter,
  type HiltEvent,
  HiltWebhookRouter,
  HiltWebhookSignatureError,
  type RawBody,
  type VerifyOptions,
  verifyWebhookSignature,
  type WebhookHandler,
} from './webhooks.ts';
export {
  type AccessResource,
  type AccessSettlement,
  type AccessUsage,
  createAccessResource,
  type ProtectContext,
  type ProtectEndpointConfig,
  protectEndpoint,
} from './access.ts';
export {
  createPaymentSignature,
  decodePaymentRequiredHeader,
  decodePaymentResponseHeader,
  decodeX402Header,
  EXACT_SCHEME,
  encodeX402Header,
  getHiltPaymentSessionId,
  getTransfers,
  HILT_EXACT_SCHEME,
  HILT_X402_VERSION,
  PAYMENT_REQUIRED_HEADER,
  PAYMENT_RESPONSE_HEADER,
  PAYMENT_SIGNATURE_HEADER,
  SOLANA_MAINNET_CAIP2,
  SOLANA_USDC_MINT,
  type X402Acceptance,
  type X402AtomicTransfer,
  X402Error,
  type X402PaymentRequired,
  type X402SettlementResponse,
} from './x402.ts';

export const SDK_VERSION = '0.2.0';

/** The stable `code` values a caller may branch on (HiltApiError.errorCode). */
export const HILT_ERROR_CODES = Object.freeze({
  PAYMENT_FAILED: 'payment_failed',
  SUBSCRIPTION_EXPIRED: 'subscription_expired',
  SUBSCRIPTION_CANCELLED: 'subscription_cancelled',
  SUBSCRIPTION_REQUIRES_REAPPROVAL: 'subscription_requires_reapproval',
  ENTITLEMENT_MISSING: 'entitlement_missing',
  SETUP_NOT_READY: 'setup_not_ready',
  INVALID_AUTHORIZATION: 'invalid_authorization',
  WEBHOOK_SIGNATURE_FAILED: 'webhook_signature_failed',
  RATE_LIMITED: 'rate_limited',
  IDEMPOTENCY_IN_PROGRESS: 'idempotency_in_progress',
  IDEMPOTENCY_RACE: 'idempotency_race',
  IDEMPOTENCY_KEY_MISMATCH: 'idempotency_key_mismatch',
  REQUEST_TIMEOUT: 'request_timeout',
  NETWORK_ERROR: 'network_error',
  VALIDATION_ERROR: 'validation_error',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
} as const);

export type HiltErrorCode = (typeof HILT_ERROR_CODES)[keyof typeof HILT_ERROR_CODES];

// Types of the API, named after the schemas in openapi.json.
type Schemas = components['schemas'];
export type Product = Schemas['Product'];
export type MembershipConfig = Schemas['MembershipConfig'];
export type Payment = Schemas['Payment'];
export type Membership = Schemas['Membership'];
export type MembershipDetail = Schemas['MembershipDetail'];
export type Handoff = Schemas['Handoff'];
export type KeySummary = Schemas['KeySummary'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookEventRecord = Schemas['WebhookEvent'];
export type TestingSession = Schemas['TestingSession'];

/** The JSON body an operation takes. */
export type BodyOf<K extends OperationId> = RequestArgs<K> extends { body?: infer B } ? Exclude<B, undefined> : never;
/** The query parameters an operation takes. */
export type QueryOf<K extends OperationId> = RequestArgs<K> extends { query?: infer Q } ? Exclude<Q, undefined> : never;
export type ProductCreate = BodyOf<'createProduct'>;
export type ProductUpdate = BodyOf<'updateProduct'>;

export interface HiltClientOptions {
  /** `hk_live_…` or `hk_sandbox_…`, sent as `X-Hilt-Key`. */
  apiKey?: string;
  /** Dashboard session token, sent as `Authorization: Bearer …` (webhook management prefers it). */
  bearerToken?: string;
  /** The data set a bearer session acts on (`X-Hilt-Mode`); a key's mode is fixed by its prefix. */
  mode?: 'live' | 'sandbox';
  /** Default `http://localhost:8080` (a self-hosted server started with `npm start`). */
  baseUrl?: string;
  /** Per request, default 20000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  userAgent?: string;
  /** Retries of a 429 or 5xx with backoff honouring `Retry-After` (a POST only under an idempotency key), default 2. */
  maxRetries?: number;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** Called with every HTTP answer before it is read (rate-limit headers, for example). */
  onResponse?: (response: Response, operationId: OperationId | null) => void;
}

/** Per call: `{ idempotencyKey, signal, timeoutMs, maxRetries, headers }`. */
export type RequestOptions = Omit<CallOptions, 'auth'>;

export interface RawRequestOptions extends RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Which credential to send: `none`, `apiKey` (or `key`), `bearer`; default both that the client has. */
  auth?: 'none' | 'apiKey' | 'key' | 'bearer';
  query?: Record<string, string | number | boolean | (string | number)[] | null | undefined>;
  body?: unknown;
  /** `json` (default), `text`, or `arrayBuffer` for binary answers. */
  responseType?: 'json' | 'text' | 'arrayBuffer';
}

type Auth = 'none' | 'key' | 'bearer';

/**
 * A client for a Hilt server. Buyer routes (`checkout`, `payments.get`, public receipts) are sent without
 * credentials; webhook management sends the session token when there is one, the API key otherwise.
 */
export class HiltClient {
  readonly baseUrl: string;
  /** The generated client underneath: one method per operationId (`api.getProduct({ path: { product_id } })`). */
  readonly api: ApiClient;
  /** The Pay API (`/v1/access/*`): apps, access products, rails, payment sessions, x402 settle, entitlements. */
  readonly access: AccessResource;

  constructor(options: HiltClientOptions = {}) {
    this.api = createClient({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      apiKey: options.apiKey,
      bearerToken: options.bearerToken,
      mode: options.mode,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries,
      headers: options.headers,
      onResponse: options.onResponse,
      userAgent: options.userAgent ?? `hilt-sdk/${SDK_VERSION}`,
    });
    this.baseUrl = this.api.baseUrl;
    this.access = createAccessResource(this.api);
  }

  private call<K extends OperationId>(
    auth: Auth,
    operationId: K,
    args: unknown,
    options?: RequestOptions,
  ): Promise<SuccessBody<K>> {
    return this.api.request(operationId, args as RequestArgs<K>, { ...options, auth });
  }

  /** Any path through the same pipeline, for routes the resources do not cover. */
  request<T = unknown>(path: string, options: RawRequestOptions = {}): Promise<T> {
    const { auth, responseType, ...rest } = options;
    return this.api.send<T>({
      ...rest,
      path,
      auth: auth === 'apiKey' ? 'key' : auth,
      responseType: responseType === 'arrayBuffer' ? 'binary' : responseType,
    });
  }

  readonly products = {
    create: (body: BodyOf<'createProduct'>, o?: RequestOptions) => this.call('key', 'createProduct', { body }, o),
    list: (query?: QueryOf<'listProducts'>, o?: RequestOptions) => this.call('key', 'listProducts', { query }, o),
    get: (productId: string, o?: RequestOptions) =>
      this.call('key', 'getProduct', { path: { product_id: productId } }, o),
    update: (productId: string, body: BodyOf<'updateProduct'>, o?: RequestOptions) =>
      this.call('key', 'updateProduct', { path: { product_id: productId }, body }, o),
    /** Takes the product off sale (it is kept, as ARCHIVED). */
    archive: (productId: string, o?: RequestOptions) =>
      this.call('key', 'archiveProduct', { path: { product_id: productId } }, o),
    listPayments: (productId: string, query?: QueryOf<'listProductPayments'>, o?: RequestOptions) =>
      this.call('key', 'listProductPayments', { path: { product_id: productId }, query }, o),
    getAnalytics: (productId: string, query?: QueryOf<'getProductAnalytics'>, o?: RequestOptions) =>
      this.call('key', 'getProductAnalytics', { path: { product_id: productId }, query }, o),
    createHandoffLink: (productId: string, body: BodyOf<'createHandoffLink'>, o?: RequestOptions) =>
      this.call('key', 'createHandoffLink', { path: { product_id: productId }, body }, o),
  };

  /** The buyer's side: public routes, sent without credentials. */
  readonly checkout = {
    getProduct: (slug: string, o?: RequestOptions) => this.call('none', 'getPublicProduct', { path: { slug } }, o),
    connect: (slug: string, body: BodyOf<'connectCheckout'> = {}, o?: RequestOptions) =>
      this.call('none', 'connectCheckout', { path: { slug }, body }, o),
    resolveHandoff: (slug: string, body: BodyOf<'resolveHandoff'>, o?: RequestOptions) =>
      this.call('none', 'resolveHandoff', { path: { slug }, body }, o),
    broadcastPayment: (body: BodyOf<'broadcastPayment'>, o?: RequestOptions) =>
      this.call('none', 'broadcastPayment', { body }, o),
    /** 408 (`retryable`) while the chain has not confirmed yet: retry later with the same payment_id. */
    confirmPayment: (body: BodyOf<'confirmPayment'>, o?: RequestOptions) =>
      this.call('none', 'confirmPayment', { body }, o),
    /** The unsigned transaction (base64) a wallet signs for this payment (Solana Pay transaction request). */
    getTransaction: (paymentId: string, body: BodyOf<'createTransactionRequest'>, o?: RequestOptions) =>
      this.call('none', 'createTransactionRequest', { path: { payment_id: paymentId }, body }, o),
    startIdentity: (body: BodyOf<'startIdentity'>, o?: RequestOptions) =>
      this.call('none', 'startIdentity', { body }, o),
    completeIdentity: (body: BodyOf<'completeIdentity'>, o?: RequestOptions) =>
      this.call('none', 'completeIdentity', { body }, o),
  };

  readonly payments = {
    /** What a buyer polls after signing (public). */
    get: (paymentId: string, o?: RequestOptions) =>
      this.call('none', 'getPaymentStatus', { path: { payment_id: paymentId } }, o),
    /** Ours: every payment of the workspace, newest first (status, product, date range, wallet or signature). */
    list: (query?: QueryOf<'listPayments'>, o?: RequestOptions) => this.call('key', 'listPayments', { query }, o),
    /** Ours: one payment of the workspace with its receipt links and, in live mode, an explorer link. */
    retrieveDetail: (paymentId: string, o?: RequestOptions) =>
      this.call('key', 'getPaymentDetail', { path: { payment_id: paymentId } }, o),
  };

  readonly memberships = {
    list: (query?: QueryOf<'listMemberships'>, o?: RequestOptions) => this.call('key', 'listMemberships', { query }, o),
    /** By `wallet`, `identity` (e.g. `@buyer`) or `tx_signature`, optionally within `product_id`. */
    lookup: (query: QueryOf<'lookupMemberships'>, o?: RequestOptions) =>
      this.call('key', 'lookupMemberships', { query }, o),
    get: (membershipId: string, o?: RequestOptions) =>
      this.call('key', 'getMembership', { path: { membership_id: membershipId } }, o),
    getRenewalIntelligence: (query?: QueryOf<'getRenewalIntelligence'>, o?: RequestOptions) =>
      this.call('key', 'getRenewalIntelligence', { query }, o),
    updateNotes: (membershipId: string, body: BodyOf<'updateMembershipNotes'>, o?: RequestOptions) =>
      this.call('key', 'updateMembershipNotes', { path: { membership_id: membershipId }, body }, o),
    updateProfile: (membershipId: string, body: BodyOf<'updateMembershipProfile'>, o?: RequestOptions) =>
      this.call('key', 'updateMembershipProfile', { path: { membership_id: membershipId }, body }, o),
    /** Extends access by `days` without a payment. */
    gift: (membershipId: string, body: BodyOf<'giftMembership'>, o?: RequestOptions) =>
      this.call('key', 'giftMembership', { path: { membership_id: membershipId }, body }, o),
    retryDelivery: (membershipId: string, o?: RequestOptions) =>
      this.call('key', 'retryMembershipDelivery', { path: { membership_id: membershipId } }, o),
    getDeliveryDiagnostics: (membershipId: string, o?: RequestOptions) =>
      this.call('key', 'getMembershipDeliveryDiagnostics', { path: { membership_id: membershipId } }, o),
    /** Opens (or finds the open) support ticket for a failed delivery. */
    openDeliverySupportTicket: (membershipId: string, o?: RequestOptions) =>
      this.call('key', 'openMembershipDeliveryTicket', { path: { membership_id: membershipId } }, o),
    getReactivation: (membershipId: string, o?: RequestOptions) =>
      this.call('key', 'getMembershipReactivation', { path: { membership_id: membershipId } }, o),
  };

  readonly receipts = {
    /** Idempotent on `tx_sig`. */
    create: (body: BodyOf<'issueReceipt'>, o?: RequestOptions) => this.call('key', 'issueReceipt', { body }, o),
    list: (query?: QueryOf<'listReceipts'>, o?: RequestOptions) => this.call('key', 'listReceipts', { query }, o),
    get: (receiptId: string, o?: RequestOptions) =>
      this.call('key', 'getReceipt', { path: { receipt_id: receiptId } }, o),
    getPublic: (receiptId: string, o?: RequestOptions) =>
      this.call('none', 'getPublicReceipt', { path: { receipt_id: receiptId } }, o),
    verify: (receiptId: string, o?: RequestOptions) =>
      this.call('none', 'verifyReceipt', { path: { receipt_id: receiptId } }, o),
    /** The public PDF proof. */
    getPdf: (receiptId: string, o?: RequestOptions): Promise<ArrayBuffer> =>
      this.call('none', 'getReceiptPdf', { path: { receipt_id: receiptId } }, o) as Promise<ArrayBuffer>,
    updateInvoiceMetadata: (receiptId: string, body: BodyOf<'updateReceiptInvoiceMetadata'>, o?: RequestOptions) =>
      this.call('key', 'updateReceiptInvoiceMetadata', { path: { receipt_id: receiptId }, body }, o),
    sendProof: (receiptId: string, body: BodyOf<'sendReceiptProof'>, o?: RequestOptions) =>
      this.call('key', 'sendReceiptProof', { path: { receipt_id: receiptId }, body }, o),
    /** CSV of the receipts matching the filters. */
    exportCsv: (query?: QueryOf<'exportReceiptsCsv'>, o?: RequestOptions) =>
      this.call('key', 'exportReceiptsCsv', { query }, o),
    /** The Ed25519 keys receipts are signed with (public). */
    listPublicKeys: (o?: RequestOptions) => this.call('none', 'listReceiptPublicKeys', {}, o),
  };

  readonly support = {
    createTicket: (body: BodyOf<'createSupportTicket'>, o?: RequestOptions) =>
      this.call('key', 'createSupportTicket', { body }, o),
    listTickets: (query?: QueryOf<'listSupportTickets'>, o?: RequestOptions) =>
      this.call('key', 'listSupportTickets', { query }, o),
    getTicket: (ticketId: string, o?: RequestOptions) =>
      this.call('key', 'getSupportTicket', { path: { ticket_id: ticketId } }, o),
    addMessage: (ticketId: string, body: BodyOf<'postSupportMessage'>, o?: RequestOptions) =>
      this.call('key', 'postSupportMessage', { path: { ticket_id: ticketId }, body }, o),
    updateTicket: (ticketId: string, body: BodyOf<'updateSupportTicket'>, o?: RequestOptions) =>
      this.call('key', 'updateSupportTicket', { path: { ticket_id: ticketId }, body }, o),
  };

  /**
   * Webhook management. Hilt allows a dashboard session only; this server also takes an `admin` key, so the
   * session token is sent when there is one and the API key otherwise.
   */
  readonly webhooks = {
    listEndpoints: (o?: RequestOptions) => this.call('bearer', 'listWebhookEndpoints', {}, o),
    /** The answer's `signing_secret` is shown only here. */
    createEndpoint: (body: BodyOf<'createWebhookEndpoint'>, o?: RequestOptions) =>
      this.call('bearer', 'createWebhookEndpoint', { body }, o),
    updateEndpoint: (endpointId: string, body: BodyOf<'updateWebhookEndpoint'>, o?: RequestOptions) =>
      this.call('bearer', 'updateWebhookEndpoint', { path: { endpoint_id: endpointId }, body }, o),
    /** Stops deliveries to the endpoint; it is kept with its delivery history. */
    disableEndpoint: (endpointId: string, o?: RequestOptions) =>
      this.call('bearer', 'deleteWebhookEndpoint', { path: { endpoint_id: endpointId } }, o),
    /** Sends a signed test event (fake ids, `data.test = true`) now and reports the receiver's answer. */
    sendTestEvent: (endpointId: string, eventType = 'payment.confirmed', o?: RequestOptions) =>
      this.call(
        'bearer',
        'testWebhookEndpoint',
        { path: { endpoint_id: endpointId }, body: { event_type: eventType } },
        o,
      ),
    listDeliveries: (query?: QueryOf<'listWebhookDeliveries'>, o?: RequestOptions) =>
      this.call('bearer', 'listWebhookDeliveries', { query }, o),
    replayDelivery: (deliveryId: number, o?: RequestOptions) =>
      this.call('bearer', 'replayWebhookDelivery', { path: { delivery_id: deliveryId } }, o),
    getTimeline: (query: QueryOf<'getWebhookTimeline'>, o?: RequestOptions) =>
      this.call('bearer', 'getWebhookTimeline', { query }, o),
    listEvents: (query?: QueryOf<'listWebhookEvents'>, o?: RequestOptions) =>
      this.call('bearer', 'listWebhookEvents', { query }, o),
  };

  /** Merchant sign-up and sign-in; the returned `token` is a `bearerToken`. */
  readonly auth = {
    register: (body: BodyOf<'register'>, o?: RequestOptions) => this.call('none', 'register', { body }, o),
    login: (body: BodyOf<'login'>, o?: RequestOptions) => this.call('none', 'login', { body }, o),
    /** Ends this client's session token on the server. */
    logout: (o?: RequestOptions) => this.call('bearer', 'logout', {}, o),
    refresh: (o?: RequestOptions) => this.call('bearer', 'refreshToken', {}, o),
    walletChallenge: (body: BodyOf<'walletChallenge'>, o?: RequestOptions) =>
      this.call('none', 'walletChallenge', { body }, o),
    walletLogin: (body: BodyOf<'walletLogin'>, o?: RequestOptions) => this.call('none', 'walletLogin', { body }, o),
  };

  readonly keys = {
    list: (query?: QueryOf<'listKeys'>, o?: RequestOptions) => this.call('key', 'listKeys', { query }, o),
    /** The answer's `raw_key` is shown only here. */
    create: (body: BodyOf<'createKey'>, o?: RequestOptions) => this.call('key', 'createKey', { body }, o),
    revoke: (keyId: string, o?: RequestOptions) => this.call('key', 'revokeKey', { path: { key_id: keyId } }, o),
  };

  readonly account = {
    me: (o?: RequestOptions) => this.call('key', 'getAccount', {}, o),
    update: (body: BodyOf<'updateAccount'>, o?: RequestOptions) => this.call('key', 'updateAccount', { body }, o),
    summary: (o?: RequestOptions) => this.call('key', 'getAccountSummary', {}, o),
    analytics: (query?: QueryOf<'getAccountAnalytics'>, o?: RequestOptions) =>
      this.call('key', 'getAccountAnalytics', { query }, o),
    deliveryReadiness: (o?: RequestOptions) => this.call('key', 'getDeliveryReadiness', {}, o),
  };

  /** Signed test events per scenario (`confirmed_access`, `payment_failed`, `delivery_failed`, `renewal_grace`). */
  readonly testing = {
    listScenarios: (o?: RequestOptions) => this.call('key', 'listTestingScenarios', {}, o),
    createSession: (body: BodyOf<'createTestingSession'>, o?: RequestOptions) =>
      this.call('key', 'createTestingSession', { body }, o),
    listSessions: (query?: QueryOf<'listTestingSessions'>, o?: RequestOptions) =>
      this.call('key', 'listTestingSessions', { query }, o),
    getSession: (sessionId: string, o?: RequestOptions) =>
      this.call('key', 'getTestingSession', { path: { session_id: sessionId } }, o),
  };

  /** The local sandbox chain (a sandbox key, or a session with `mode: 'sandbox'`; 404 in live mode). */
  readonly sandbox = {
    /** A new buyer wallet, funded with SOL and sandbox USDC. */
    createWallet: (body: BodyOf<'createSandboxWallet'> = {}, o?: RequestOptions) =>
      this.call('key', 'createSandboxWallet', { body }, o),
    airdrop: (body: BodyOf<'sandboxAirdrop'>, o?: RequestOptions) => this.call('key', 'sandboxAirdrop', { body }, o),
    /** Builds, signs and sends the payment as the buyer's wallet would; confirm it with `checkout.confirmPayment`. */
    pay: (body: BodyOf<'sandboxPay'>, o?: RequestOptions) => this.call('key', 'sandboxPay', { body }, o),
  };
}
