// The Pay API (/v1/access/*) for the SDK: the `access` resource (Hilt's method names over the generated client's
// operations, typed from openapi.json), and `protectEndpoint`, which puts a paid endpoint behind entitlements and
// x402 with exactly the calls Hilt's helper makes:
//   unpaid:      consume → (404/409 entitlement code) → payment-sessions → 402 with PAYMENT-REQUIRED
//   paid retry:  x402/settle → consume → handler, with PAYMENT-RESPONSE (from the settle answer's `headers`)
import type { ApiClient, CallOptions, OperationId, RequestArgs, SuccessBody } from './core.js';
import type { BodyOf, QueryOf, RequestOptions } from './index.ts';
import {
  decodeX402Header,
  PAYMENT_REQUIRED_HEADER,
  PAYMENT_RESPONSE_HEADER,
  PAYMENT_SIGNATURE_HEADER,
} from './x402.ts';

/** The Pay API resource over a generated client; `new HiltClient(options).access` is the usual way to get one. */
export function createAccessResource(api: ApiClient) {
  // Merchant routes prefer the API key and fall back to the session token; agent bootstrap sends no credential.
  const call = <K extends OperationId>(
    auth: CallOptions['auth'],
    operationId: K,
    args: unknown,
    options?: RequestOptions,
  ): Promise<SuccessBody<K>> => api.request(operationId, args as RequestArgs<K>, { ...options, auth });
  return {
    listRails: (o?: RequestOptions) => call('key', 'listAccessRails', {}, o),
    listRailSettings: (o?: RequestOptions) => call('key', 'listAccessRailSettings', {}, o),
    /** A PUT: its idempotency key goes out as the `Idempotency-Key` header. */
    updateRailSetting: (railId: string, body: BodyOf<'putAccessRailSetting'>, o: RequestOptions = {}) => {
      const { idempotencyKey, ...rest } = o;
      const headers = idempotencyKey ? { ...rest.headers, 'idempotency-key': idempotencyKey } : rest.headers;
      return call('key', 'putAccessRailSetting', { path: { rail_id: railId }, body }, { ...rest, headers });
    },
    createApp: (body: BodyOf<'createAccessApp'>, o?: RequestOptions) => call('key', 'createAccessApp', { body }, o),
    createProduct: (body: BodyOf<'createAccessProduct'>, o?: RequestOptions) =>
      call('key', 'createAccessProduct', { body }, o),
    getSetupReadiness: (query?: QueryOf<'getAccessSetupReadiness'>, o?: RequestOptions) =>
      call('key', 'getAccessSetupReadiness', { query }, o),
    getAvailableRails: (query: QueryOf<'getAccessProductRails'>, o?: RequestOptions) =>
      call('key', 'getAccessProductRails', { query }, o),
    getProductAvailableRails: (productId: string, query?: QueryOf<'getAccessProductRailsById'>, o?: RequestOptions) =>
      call('key', 'getAccessProductRailsById', { path: { product_id: productId }, query }, o),
    createPaymentSession: (body: BodyOf<'createAccessPaymentSession'>, o?: RequestOptions) =>
      call('key', 'createAccessPaymentSession', { body }, o),
    createSandboxPaymentSession: (body: BodyOf<'createAccessSandboxSession'>, o?: RequestOptions) =>
      call('key', 'createAccessSandboxSession', { body: { confirm_sandbox_mode: true, ...body } }, o),
    confirmSandboxPaymentSession: (
      sandboxSessionId: string,
      body: BodyOf<'confirmAccessSandboxSession'>,
      o?: RequestOptions,
    ) => call('key', 'confirmAccessSandboxSession', { path: { sandbox_session_id: sandboxSessionId }, body }, o),
    submitPaymentProof: (body: BodyOf<'submitAccessPaymentProof'>, o?: RequestOptions) =>
      call('key', 'submitAccessPaymentProof', { body }, o),
    /** The answer's `headers['PAYMENT-RESPONSE']` is the x402 settlement header to pass back to the buyer. */
    settleX402: (body: BodyOf<'settleAccessX402'>, o?: RequestOptions) => call('key', 'settleAccessX402', { body }, o),
    checkEntitlement: (body: BodyOf<'checkAccessEntitlement'>, o?: RequestOptions) =>
      call('key', 'checkAccessEntitlement', { body }, o),
    consumeEntitlement: (body: BodyOf<'consumeAccessEntitlement'>, o?: RequestOptions) =>
      call('key', 'consumeAccessEntitlement', { body }, o),
    getEntitlement: (entitlementId: string, o?: RequestOptions) =>
      call('key', 'getAccessEntitlement', { path: { entitlement_id: entitlementId } }, o),
    /** The answer's `signing_secret` is shown only here. */
    createWebhook: (body: BodyOf<'createAccessWebhook'>, o?: RequestOptions) =>
      call('key', 'createAccessWebhook', { body }, o),
    getBillingEntitlement: (o?: RequestOptions) => call('key', 'getAccessBillingEntitlement', {}, o),
    agentBootstrap: (body: BodyOf<'createAccessAgentBootstrap'>, o?: RequestOptions) =>
      call('none', 'createAccessAgentBootstrap', { body }, o),
    getAgentSetupStatus: (setupIntentId: string, body: BodyOf<'getAccessAgentSetupStatus'>, o?: RequestOptions) =>
      call('none', 'getAccessAgentSetupStatus', { path: { setup_intent_id: setupIntentId }, body }, o),
    submitAgentManifest: (setupIntentId: string, body: BodyOf<'submitAccessAgentManifest'>, o?: RequestOptions) =>
      call('none', 'submitAccessAgentManifest', { path: { setup_intent_id: setupIntentId }, body }, o),
    /** The owner's approval: sent with the dashboard session token. */
    approveAgentSetup: (setupIntentId: string, body: BodyOf<'approveAccessAgentSetup'>, o?: RequestOptions) =>
      call('bearer', 'approveAccessAgentSetup', { path: { setup_intent_id: setupIntentId }, body }, o),
  };
}

export type AccessResource = ReturnType<typeof createAccessResource>;
export type AccessSettlement = SuccessBody<'settleAccessX402'>;
export type AccessUsage = SuccessBody<'consumeAccessEntitlement'>['usage'];

export interface ProtectContext {
  customerId: string;
  requestId: string;
  usage: AccessUsage;
  /** The settle answer when this request carried PAYMENT-SIGNATURE. */
  settlement: AccessSettlement | null;
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
  metadata?: Record<string, unknown> | ((request: Request) => Record<string, unknown>);
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
    let consumed: SuccessBody<'consumeAccessEntitlement'>;
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
          { [PAYMENT_RESPONSE_HEADER]: settlement.headers[PAYMENT_RESPONSE_HEADER], ...idHeader },
        );
      }
      const session = await config.client.createPaymentSession(
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
      );
      const requirement = session.payment_session?.payment_requirement as
        | { headers?: Record<string, string> }
        | null
        | undefined;
      const header = requirement?.headers?.[PAYMENT_REQUIRED_HEADER];
      if (!header) throw new Error('Hilt returned no x402 payment requirement for this session');
      return json(
        402,
        { error: 'payment_required', external_product_id: config.externalProductId, request_id: requestId },
        { [PAYMENT_REQUIRED_HEADER]: header, ...idHeader },
      );
    }
    if (consumed.consumed !== true) throw new Error('Hilt did not confirm atomic consumption of usage units');
    const response = await config.handler(request, { customerId, requestId, usage: consumed.usage, settlement });
    const paymentResponse = settlement?.headers[PAYMENT_RESPONSE_HEADER];
    if (!paymentResponse) return response;
    const headers = new Headers(response.headers);
    headers.set(PAYMENT_RESPONSE_HEADER, paymentResponse);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
