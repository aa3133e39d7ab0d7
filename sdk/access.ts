// The Pay API (/v1/access/*) for the SDK: the `access` resource, and `protectEndpoint`, which puts a paid endpoint
// behind entitlements and x402 with exactly the calls Hilt's helper makes:
//   unpaid:      consume → (404/409 entitlement code) → payment-sessions → 402 with PAYMENT-REQUIRED
//   paid retry:  x402/settle → consume → handler, with PAYMENT-RESPONSE
// Both take a small request function, so they work with any client (the main SDK's, or `createAccessRequest`).
import {
  PAYMENT_REQUIRED_HEADER,
  PAYMENT_RESPONSE_HEADER,
  PAYMENT_SIGNATURE_HEADER,
  decodeX402Header,
} from './x402.ts';

export type JsonObject = Record<string, unknown>;

export interface AccessRequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Sent as Idempotency-Key (the Pay API requires one on every write that moves money or usage). */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** `none` for the unauthenticated agent-bootstrap calls; `bearer` for the owner's approval. */
  auth?: 'default' | 'none' | 'bearer';
}

/** Resolves to the parsed JSON body; throws an error carrying `statusCode` and `code` for any non-2xx answer. */
export type AccessRequest = <T = JsonObject>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options?: AccessRequestOptions,
) => Promise<T & { __headers?: Record<string, string> }>;

export class AccessApiError extends Error {
  override name = 'AccessApiError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly detail: unknown,
    readonly requestId: string | null,
    readonly headers: Record<string, string>,
  ) {
    super(`${code}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
  }
}

/** A standalone request function over fetch, for use without the main client. */
export function createAccessRequest(options: {
  baseUrl: string;
  apiKey?: string;
  bearerToken?: string;
  fetch?: typeof fetch;
}): AccessRequest {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  return (async (method: string, path: string, o: AccessRequestOptions = {}) => {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(o.query ?? {}))
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', ...(o.headers ?? {}) };
    const auth = o.auth ?? 'default';
    if (auth === 'bearer' || (auth === 'default' && !options.apiKey && options.bearerToken)) {
      if (options.bearerToken) headers.authorization = `Bearer ${options.bearerToken}`;
    } else if (auth === 'default' && options.apiKey) {
      headers['x-hilt-key'] = options.apiKey;
    }
    if (o.idempotencyKey) headers['idempotency-key'] = o.idempotencyKey;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await doFetch(url, {
      method,
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : {};
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      responseHeaders[k] = v;
    });
    if (!res.ok) {
      throw new AccessApiError(
        res.status,
        body.code ?? body.detail?.code ?? 'http_error',
        body.detail,
        body.request_id ?? null,
        responseHeaders,
      );
    }
    Object.defineProperty(body, '__headers', { value: responseHeaders, enumerable: false });
    return body;
  }) as AccessRequest;
}

const enc = encodeURIComponent;

/** The `access` resource: one method per Pay API operation. */
export function createAccessResource(request: AccessRequest) {
  type Opts = { idempotencyKey?: string };
  return {
    listRails: () => request('GET', '/v1/access/rails'),
    listRailSettings: () => request('GET', '/v1/access/rail-settings'),
    updateRailSetting: (railId: string, body: JsonObject, o: Opts = {}) =>
      request('PUT', `/v1/access/rail-settings/${enc(railId)}`, { body, ...o }),
    createApp: (body: JsonObject, o: Opts = {}) => request('POST', '/v1/access/apps', { body, ...o }),
    createProduct: (body: JsonObject, o: Opts = {}) => request('POST', '/v1/access/products', { body, ...o }),
    getSetupReadiness: (query: AccessRequestOptions['query'] = {}) =>
      request('GET', '/v1/access/setup/readiness', { query }),
    getAvailableRails: (query: AccessRequestOptions['query']) =>
      request('GET', '/v1/access/products/available-rails', { query }),
    getProductAvailableRails: (productId: string, query: AccessRequestOptions['query'] = {}) =>
      request('GET', `/v1/access/products/${enc(productId)}/available-rails`, { query }),
    createPaymentSession: (body: JsonObject, o: Opts = {}) =>
      request('POST', '/v1/access/payment-sessions', { body, ...o }),
    createSandboxPaymentSession: (body: JsonObject, o: Opts = {}) =>
      request('POST', '/v1/access/sandbox/payment-sessions', { body: { confirm_sandbox_mode: true, ...body }, ...o }),
    confirmSandboxPaymentSession: (sandboxSessionId: string, body: { proof: string }, o: Opts = {}) =>
      request('POST', `/v1/access/sandbox/payment-sessions/${enc(sandboxSessionId)}/confirm`, { body, ...o }),
    submitPaymentProof: (body: JsonObject, o: Opts = {}) =>
      request('POST', '/v1/access/payment-proofs', { body, ...o }),
    settleX402: (body: { payment_session_id: string; payment_signature: string }, o: Opts = {}) =>
      request('POST', '/v1/access/x402/settle', { body, ...o }),
    checkEntitlement: (body: JsonObject) => request('POST', '/v1/access/entitlements/check', { body }),
    consumeEntitlement: (body: JsonObject, o: Opts = {}) =>
      request('POST', '/v1/access/entitlements/consume', { body, ...o }),
    getEntitlement: (entitlementId: string) => request('GET', `/v1/access/entitlements/${enc(entitlementId)}`),
    createWebhook: (body: JsonObject, o: Opts = {}) => request('POST', '/v1/access/webhooks', { body, ...o }),
    getBillingEntitlement: () => request('GET', '/v1/access/billing/entitlement'),
    agentBootstrap: (body: JsonObject) => request('POST', '/v1/access/agent-bootstrap', { body, auth: 'none' }),
    getAgentSetupStatus: (setupIntentId: string, body: { setup_token: string }) =>
      request('POST', `/v1/access/agent-bootstrap/${enc(setupIntentId)}/status`, { body, auth: 'none' }),
    submitAgentManifest: (setupIntentId: string, body: { setup_token: string; manifest: JsonObject }) =>
      request('POST', `/v1/access/agent-bootstrap/${enc(setupIntentId)}/manifest`, { body, auth: 'none' }),
    approveAgentSetup: (setupIntentId: string, body: JsonObject) =>
      request('POST', `/v1/access/agent-bootstrap/${enc(setupIntentId)}/approve`, { body, auth: 'bearer' }),
  };
}

export type AccessResource = ReturnType<typeof createAccessResource>;

export interface ProtectContext {
  customerId: string;
  requestId: string;
  usage: unknown;
  settlement: (JsonObject & { headers?: Record<string, string> }) | null;
}

export interface ProtectEndpointConfig {
  client: Pick<AccessResource, 'consumeEntitlement' | 'createPaymentSession' | 'settleX402'>;
  externalProductId: string;
  handler: (request: Request, context: ProtectContext) => Response | Promise<Response>;
  /** Usage units one call burns (default 1). */
  units?: number;
  getCustomerId?: (request: Request) => string | null | undefined;
  getRequestId?: (request: Request) => string | null | undefined;
  resourceDescription?: string;
  resourceMimeType?: string;
  metadata?: JsonObject | ((request: Request) => JsonObject);
}

const PAYMENT_CODES = new Set(['entitlement_not_found', 'entitlement_not_active', 'usage_balance_insufficient']);
const CUSTOMER_HEADERS = ['x-hilt-customer-id', 'x-customer-id', 'x-agent-id'];
const REQUEST_HEADERS = ['idempotency-key', 'x-request-id', 'x-hilt-request-id'];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function firstHeader(request: Request, names: string[]) {
  for (const n of names) {
    const v = request.headers.get(n)?.trim();
    if (v) return v;
  }
  return null;
}

/** Wraps a Fetch-style handler: each call is paid for by burning units, and an unpaid call answers x402's 402. */
export function protectEndpoint(config: ProtectEndpointConfig): (request: Request) => Promise<Response> {
  const units = config.units ?? 1;
  if (!Number.isInteger(units) || units < 1) throw new Error('units must be a positive integer');
  return async (request) => {
    const customerId = config.getCustomerId?.(request) ?? firstHeader(request, CUSTOMER_HEADERS);
    const requestId = config.getRequestId?.(request) ?? firstHeader(request, REQUEST_HEADERS);
    if (!customerId || !requestId) {
      return json(400, {
        error: 'request_identity_required',
        message: 'Send a customer id and a request id header',
        required_headers: { customer: CUSTOMER_HEADERS, request: REQUEST_HEADERS },
      });
    }
    if (requestId.length < 8 || requestId.length > 240) {
      return json(400, { error: 'request_id_invalid', message: 'The request id must be 8 to 240 characters' });
    }
    const idHeader = { 'X-Hilt-Request-Id': requestId };
    let settlement: ProtectContext['settlement'] = null;
    const paymentSignature = request.headers.get(PAYMENT_SIGNATURE_HEADER);
    if (paymentSignature) {
      let sessionId: unknown;
      try {
        sessionId = decodeX402Header<{ accepted?: { extra?: { hilt?: { paymentSessionId?: unknown } } } }>(
          paymentSignature,
        ).accepted?.extra?.hilt?.paymentSessionId;
      } catch {
        sessionId = undefined;
      }
      if (typeof sessionId !== 'string' || !sessionId) {
        return json(400, { error: 'payment_signature_invalid', message: 'PAYMENT-SIGNATURE names no payment session' });
      }
      settlement = await config.client.settleX402(
        { payment_session_id: sessionId, payment_signature: paymentSignature },
        { idempotencyKey: `settle-${requestId}` },
      );
    }
    const metadata = typeof config.metadata === 'function' ? config.metadata(request) : (config.metadata ?? {});
    let consumed: JsonObject;
    try {
      consumed = await config.client.consumeEntitlement(
        {
          external_product_id: config.externalProductId,
          external_customer_id: customerId,
          units,
          metadata: { request_id: requestId },
        },
        { idempotencyKey: `consume-${requestId}` },
      );
    } catch (err) {
      const e = err as { statusCode?: number; code?: string };
      if (!((e.statusCode === 404 || e.statusCode === 409) && e.code && PAYMENT_CODES.has(e.code))) throw err;
      if (settlement) {
        return json(
          409,
          {
            error: 'usage_not_ready',
            message: 'The payment settled but its usage is not active yet; retry',
            request_id: requestId,
          },
          { [PAYMENT_RESPONSE_HEADER]: String(settlement.headers?.[PAYMENT_RESPONSE_HEADER] ?? ''), ...idHeader },
        );
      }
      const session = (await config.client.createPaymentSession(
        {
          external_product_id: config.externalProductId,
          external_customer_id: customerId,
          payment_protocol: 'x402',
          settlement_rail: 'solana_usdc',
          metadata: {
            ...metadata,
            resource: request.url,
            description: config.resourceDescription ?? 'Paid endpoint request',
            mime_type: config.resourceMimeType ?? 'application/json',
          },
        },
        { idempotencyKey: `payment-${requestId}` },
      )) as { payment_session?: { payment_requirement?: { headers?: Record<string, string> } } };
      const header = session.payment_session?.payment_requirement?.headers?.[PAYMENT_REQUIRED_HEADER];
      if (!header) throw new Error('Hilt returned no x402 payment requirement for this session');
      return json(
        402,
        { error: 'payment_required', external_product_id: config.externalProductId, request_id: requestId },
        { [PAYMENT_REQUIRED_HEADER]: header, ...idHeader },
      );
    }
    if (consumed.consumed !== true) throw new Error('Hilt did not confirm atomic consumption of usage units');
    const response = await config.handler(request, { customerId, requestId, usage: consumed.usage, settlement });
    const paymentResponse = settlement?.headers?.[PAYMENT_RESPONSE_HEADER];
    if (!paymentResponse) return response;
    const headers = new Headers(response.headers);
    headers.set(PAYMENT_RESPONSE_HEADER, String(paymentResponse));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
