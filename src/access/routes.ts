// The Pay API routes (/v1/access/*), Hilt's paths and bodies. Two rules apply to this whole plugin:
// - a refused write (4xx) is not kept under its Idempotency-Key, so the same request id can be retried once the
//   customer has paid (Hilt's protect helpers retry consume with the key whose first try said "no entitlement");
// - a replayed answer says `idempotent_replay: true` and carries its `PAYMENT-RESPONSE` header again.
import type { ErrorCode } from '../error-codes.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../http/auth.ts';
import type { WebhookService } from '../webhook/service.ts';
import { WebhookEndpoint } from '../webhook/schemas.ts';
import type { Queryable } from '../db/index.ts';
import { releaseIdempotencyKey } from '../http/idempotency.ts';
import {
  AccessAmountRequiredError,
  AccessAppExistsError,
  AccessAppNotFoundError,
  AccessProductExistsError,
  AccessProductNotFoundError,
  AgentPermissionsUnsupportedError,
  CustomerIdentifierRequiredError,
  EntitlementNotActiveError,
  EntitlementNotFoundError,
  IdempotencyKeyRequiredError,
  IdempotencyKeyReusedError,
  InvalidBillingModelError,
  InvalidEmailError,
  InvalidPaymentProtocolError,
  InvalidPayoutAddressError,
  InvalidProofPayloadError,
  InvalidRailModeError,
  InvalidRenewalModeError,
  InvalidSetupTokenError,
  LiveModeUnconfirmedError,
  NativeSubscriptionsNotSupportedError,
  NotOfferedError,
  OwnerConfirmationRequiredError,
  PaymentSessionExpiredError,
  PaymentSessionNotFoundError,
  PaymentSessionNotPendingError,
  PaymentSessionNotX402Error,
  PaymentSessionRequiredError,
  PaymentSessionSettlingError,
  PayoutWalletRequiredError,
  PermissionNotRequestedError,
  PriceMismatchError,
  ProductIdentifierRequiredError,
  RailMismatchError,
  RailNotAllowedError,
  RailNotAvailableError,
  RailNotFoundError,
  RetiredError,
  SandboxKeyRequiredError,
  SandboxModeUnconfirmedError,
  SandboxProofInvalidError,
  SandboxSessionNotFoundError,
  SandboxWorkspaceUnavailableError,
  SetupIntentExpiredError,
  SetupIntentNotFoundError,
  SetupIntentNotPendingError,
  SetupNotReadyError,
  UsageBalanceInsufficientError,
  X402RequiresUsdcError,
} from './errors.ts';
import { ChainNotConfirmedError, InvalidWalletError } from '../payment/errors.ts';
import { ProductNotFoundError, ProductUnavailableError } from '../product/errors.ts';
import { UnknownEventTypeError, UnknownProductError, WEBHOOK_URL_ERRORS } from '../webhook/errors.ts';
import {
  AccessWebhookCreate,
  AgentBootstrapCreate,
  AgentBootstrapResponse,
  AgentSetupApprove,
  AgentSetupManifest,
  AgentSetupStatus,
  AppCreate,
  AppCreateResponse,
  CheckResponse,
  ConsumeResponse,
  EntitlementCheck,
  EntitlementConsume,
  EntitlementResponse,
  PaymentProofCreate,
  PaymentProofResponse,
  PaymentSessionCreate,
  PaymentSessionResponse,
  ProductCreate,
  ProductCreateResponse,
  ProductRailsResponse,
  RailSettingResponse,
  RailSettingsResponse,
  RailSettingUpdate,
  RailsQuery,
  RailsResponse,
  ReadinessQuery,
  ReadinessResponse,
  SandboxConfirm,
  SandboxConfirmResponse,
  SandboxSessionCreate,
  SandboxSessionResponse,
  SettleResponse,
  X402Settle,
} from './schemas.ts';
import type { AccessService } from './service.ts';
import type { AgentSetupService } from './agent-setup.ts';
import { PAYMENT_RESPONSE_HEADER, PAYMENT_SIGNATURE_HEADER } from './x402.ts';
import { errorResponses, Ref } from '../http/schemas.ts';

const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name.toLowerCase()];
  return typeof v === 'string' ? v : undefined;
};
const idemKey = (request: FastifyRequest) => header(request, 'idempotency-key');
const IdemHeader = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ description: 'Required: 8 to 255 visible ASCII characters' })),
});

export const accessRoutes: FastifyPluginAsyncTypebox<{
  access: AccessService;
  agentSetup: AgentSetupService;
  webhooks: WebhookService;
  db: Queryable;
}> = async (app, { access, agentSetup, webhooks, db }) => {
  const tags = ['access'];

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    const idem = request.idempotency;
    if (!idem) return payload;
    if (!idem.replayed && reply.statusCode >= 400 && reply.statusCode < 500) {
      await releaseIdempotencyKey(db, idem);
      return payload;
    }
    if (idem.replayed && typeof payload === 'string' && payload.includes('"idempotent_replay":false')) {
      const body = payload.replace('"idempotent_replay":false', '"idempotent_replay":true');
      const m = /"PAYMENT-RESPONSE":"([A-Za-z0-9+/=]+)"/.exec(body);
      if (m) reply.header(PAYMENT_RESPONSE_HEADER, m[1]);
      return body;
    }
    return payload;
  });

  app.get(
    '/v1/access/rails',
    {
      config: { auth: 'read' },
      schema: { tags, operationId: 'listAccessRails', summary: 'Rail catalog', response: { 200: RailsResponse } },
    },
    async (request) => access.listRails(principalOf(request)),
  );

  app.get(
    '/v1/access/rail-settings',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listAccessRailSettings',
        summary: 'This workspace’s setting for each rail',
        response: { 200: RailSettingsResponse },
      },
    },
    async (request) => access.listRailSettings(principalOf(request)),
  );

  app.put(
    '/v1/access/rail-settings/:rail_id',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'putAccessRailSetting',
        summary: 'Configure a rail (payout wallet, enabled, mode); the whole setting is replaced',
        params: Type.Object({ rail_id: Type.String({ maxLength: 80 }) }),
        body: RailSettingUpdate,
        response: {
          200: RailSettingResponse,
          ...errorResponses(InvalidPayoutAddressError, InvalidRailModeError, RailNotAvailableError, RailNotFoundError),
        },
      },
    },
    async (request) => access.putRailSetting(principalOf(request), request.params.rail_id, request.body),
  );

  app.post(
    '/v1/access/apps',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createAccessApp',
        headers: IdemHeader,
        body: AppCreate,
        response: {
          201: AppCreateResponse,
          ...errorResponses(AccessAppExistsError, LiveModeUnconfirmedError, RailNotAvailableError, RailNotFoundError),
        },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return access.createApp(principalOf(request), request.body);
    },
  );

  app.post(
    '/v1/access/products',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createAccessProduct',
        summary: 'Create an access product, backed by an ordinary product with its hosted checkout',
        headers: IdemHeader,
        body: ProductCreate,
        response: {
          201: ProductCreateResponse,
          ...errorResponses(
            AccessAmountRequiredError,
            AccessAppNotFoundError,
            AccessProductExistsError,
            InvalidBillingModelError,
            InvalidRenewalModeError,
            NativeSubscriptionsNotSupportedError,
            PayoutWalletRequiredError,
            ProductNotFoundError,
            RailMismatchError,
            RailNotAllowedError,
            RailNotAvailableError,
            RailNotFoundError,
          ),
        },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return access.createProduct(principalOf(request), request.body);
    },
  );

  app.get(
    '/v1/access/setup/readiness',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccessSetupReadiness',
        summary: 'Whether an app/product can take payments, with the blockers in words',
        querystring: ReadinessQuery,
        response: { 200: ReadinessResponse },
      },
    },
    async (request) => access.readiness(principalOf(request), request.query),
  );

  app.get(
    '/v1/access/products/available-rails',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccessProductRails',
        querystring: RailsQuery,
        response: {
          200: ProductRailsResponse,
          ...errorResponses(AccessProductNotFoundError, ProductIdentifierRequiredError),
        },
      },
    },
    async (request) => access.availableRails(principalOf(request), request.query, request.query.mode ?? 'live'),
  );

  app.get(
    '/v1/access/products/:product_id/available-rails',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccessProductRailsById',
        params: Type.Object({ product_id: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object({ mode: Type.Optional(Type.String({ maxLength: 20 })) }),
        response: {
          200: ProductRailsResponse,
          ...errorResponses(AccessProductNotFoundError, ProductIdentifierRequiredError),
        },
      },
    },
    async (request) =>
      access.availableRails(
        principalOf(request),
        { product_id: request.params.product_id },
        request.query.mode ?? 'live',
      ),
  );

  app.post(
    '/v1/access/payment-sessions',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createAccessPaymentSession',
        summary: 'A payment session: a signed hosted checkout link, or an x402 v2 payment requirement',
        headers: IdemHeader,
        body: PaymentSessionCreate,
        response: {
          201: PaymentSessionResponse,
          ...errorResponses(
            AccessProductNotFoundError,
            CustomerIdentifierRequiredError,
            IdempotencyKeyRequiredError,
            InvalidEmailError,
            InvalidPaymentProtocolError,
            InvalidWalletError,
            PaymentSessionExpiredError,
            PriceMismatchError,
            ProductIdentifierRequiredError,
            ProductUnavailableError,
            RailNotAllowedError,
            RailNotAvailableError,
            RailNotFoundError,
            SetupNotReadyError,
            X402RequiresUsdcError,
          ),
        },
      },
    },
    async (request, reply) => {
      const result = await access.createPaymentSession(principalOf(request), request.body, idemKey(request));
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/v1/access/sandbox/payment-sessions',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createAccessSandboxSession',
        summary: 'A sandbox session (sandbox keys only), confirmed with the proof it returns; nothing moves on chain',
        headers: IdemHeader,
        body: SandboxSessionCreate,
        response: {
          201: SandboxSessionResponse,
          ...errorResponses(
            AccessProductNotFoundError,
            CustomerIdentifierRequiredError,
            InvalidEmailError,
            InvalidWalletError,
            ProductIdentifierRequiredError,
            RailNotAvailableError,
            RailNotFoundError,
            SandboxKeyRequiredError,
            SandboxModeUnconfirmedError,
          ),
        },
      },
    },
    async (request, reply) => {
      const result = await access.createSandboxSession(principalOf(request), request.body);
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/v1/access/sandbox/payment-sessions/:sandbox_session_id/confirm',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'confirmAccessSandboxSession',
        params: Type.Object({ sandbox_session_id: Type.String({ maxLength: 64 }) }),
        headers: IdemHeader,
        body: SandboxConfirm,
        response: {
          200: SandboxConfirmResponse,
          ...errorResponses(
            PaymentSessionExpiredError,
            PaymentSessionNotPendingError,
            SandboxKeyRequiredError,
            SandboxProofInvalidError,
            SandboxSessionNotFoundError,
          ),
        },
      },
    },
    async (request) =>
      access.confirmSandboxSession(principalOf(request), request.params.sandbox_session_id, request.body.proof),
  );

  app.post(
    '/v1/access/payment-proofs',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'submitAccessPaymentProof',
        summary: 'Settle an x402 session with a transaction already on chain, verified like x402/settle',
        headers: IdemHeader,
        body: PaymentProofCreate,
        response: {
          201: PaymentProofResponse,
          ...errorResponses(
            ChainNotConfirmedError,
            IdempotencyKeyRequiredError,
            InvalidProofPayloadError,
            PaymentSessionExpiredError,
            PaymentSessionNotFoundError,
            PaymentSessionNotPendingError,
            PaymentSessionNotX402Error,
            PaymentSessionRequiredError,
            PaymentSessionSettlingError,
            RailNotAvailableError,
          ),
        },
      },
    },
    async (request, reply) => {
      const result = await access.submitProof(principalOf(request), request.body, idemKey(request));
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/v1/access/x402/settle',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'settleAccessX402',
        summary:
          'Verify and settle an x402 v2 payment: checks, simulates and sends the buyer’s transaction, then writes proof, receipt, entitlement and events in one transaction',
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String()),
          'payment-signature': Type.Optional(
            Type.String({ description: 'Used when the body has no payment_signature' }),
          ),
        }),
        body: X402Settle,
        response: {
          200: SettleResponse,
          ...errorResponses(
            ChainNotConfirmedError,
            IdempotencyKeyRequiredError,
            PaymentSessionExpiredError,
            PaymentSessionNotFoundError,
            PaymentSessionNotPendingError,
            PaymentSessionNotX402Error,
            PaymentSessionSettlingError,
          ),
        },
      },
    },
    async (request, reply) => {
      const result = await access.settleX402(
        principalOf(request),
        request.body,
        header(request, PAYMENT_SIGNATURE_HEADER),
        idemKey(request),
      );
      reply.header(PAYMENT_RESPONSE_HEADER, result.headers[PAYMENT_RESPONSE_HEADER]);
      return result;
    },
  );

  app.post(
    '/v1/access/entitlements/check',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'checkAccessEntitlement',
        summary: 'Whether a customer has access now (no access is has_access: false, not an error)',
        body: EntitlementCheck,
        response: {
          200: CheckResponse,
          ...errorResponses(
            AccessProductNotFoundError,
            CustomerIdentifierRequiredError,
            InvalidEmailError,
            InvalidWalletError,
            ProductIdentifierRequiredError,
          ),
        },
      },
    },
    async (request) => access.checkEntitlement(principalOf(request), request.body),
  );

  app.post(
    '/v1/access/entitlements/consume',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'consumeAccessEntitlement',
        summary:
          'Burn usage units atomically, once per Idempotency-Key; refusals: 404 entitlement_not_found, 409 entitlement_not_active, 409 usage_balance_insufficient',
        headers: IdemHeader,
        body: EntitlementConsume,
        response: {
          200: ConsumeResponse,
          ...errorResponses(
            AccessProductNotFoundError,
            CustomerIdentifierRequiredError,
            EntitlementNotActiveError,
            EntitlementNotFoundError,
            IdempotencyKeyRequiredError,
            IdempotencyKeyReusedError,
            InvalidEmailError,
            InvalidWalletError,
            ProductIdentifierRequiredError,
            UsageBalanceInsufficientError,
          ),
        },
      },
    },
    async (request) => access.consume(principalOf(request), request.body, idemKey(request)),
  );

  app.get(
    '/v1/access/entitlements/:entitlement_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccessEntitlement',
        params: Type.Object({ entitlement_id: Type.String({ maxLength: 64 }) }),
        response: { 200: EntitlementResponse, ...errorResponses(EntitlementNotFoundError) },
      },
    },
    async (request) => access.getEntitlement(principalOf(request), request.params.entitlement_id),
  );

  app.post(
    '/v1/access/webhooks',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'createAccessWebhook',
        summary: 'Register a webhook endpoint with an API key; the signing secret is shown only here',
        headers: IdemHeader,
        body: AccessWebhookCreate,
        response: {
          201: Type.Object({
            endpoint: Ref(WebhookEndpoint),
            signing_secret: Type.String(),
            supported_events: Type.Array(Type.String()),
            idempotent_replay: Type.Boolean(),
          }),
          ...errorResponses(UnknownEventTypeError, UnknownProductError, ...WEBHOOK_URL_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const created = await webhooks.createEndpoint(p, {
        label: request.body.label,
        url: request.body.url,
        subscribed_events: request.body.subscribed_events,
        product_ids: await access.backingProductIds(p, request.body.product_ids ?? []),
      });
      reply.code(201);
      return { ...created, idempotent_replay: false };
    },
  );

  const SetupParams = Type.Object({ setup_intent_id: Type.String({ maxLength: 64 }) });

  app.post(
    '/v1/access/agent-bootstrap',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'createAccessAgentBootstrap',
        summary:
          'An agent starts without an account: its own sandbox workspace and key, and a one-time setup token (both shown once)',
        body: AgentBootstrapCreate,
        response: {
          201: AgentBootstrapResponse,
          ...errorResponses(AgentPermissionsUnsupportedError, SandboxWorkspaceUnavailableError),
        },
      },
    },
    async (request, reply) => {
      const result = await agentSetup.bootstrap(request.body);
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/v1/access/agent-bootstrap/:setup_intent_id/status',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getAccessAgentSetupStatus',
        params: SetupParams,
        body: AgentSetupStatus,
        response: { 200: AgentBootstrapResponse, ...errorResponses(InvalidSetupTokenError, SetupIntentNotFoundError) },
      },
    },
    async (request) => agentSetup.status(request.params.setup_intent_id, request.body.setup_token),
  );

  app.post(
    '/v1/access/agent-bootstrap/:setup_intent_id/manifest',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'submitAccessAgentManifest',
        summary: 'Attach the agent’s manifest; the answer evaluates it (blockers, live blockers, next calls)',
        params: SetupParams,
        body: AgentSetupManifest,
        response: {
          200: AgentBootstrapResponse,
          ...errorResponses(InvalidSetupTokenError, SetupIntentExpiredError, SetupIntentNotFoundError),
        },
      },
    },
    async (request) =>
      agentSetup.submitManifest(request.params.setup_intent_id, request.body.setup_token, request.body.manifest),
  );

  app.post(
    '/v1/access/agent-bootstrap/:setup_intent_id/approve',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'approveAccessAgentSetup',
        summary: 'The signed-in owner approves; a live key with the approved permissions is issued in their workspace',
        params: SetupParams,
        body: AgentSetupApprove,
        response: {
          200: AgentBootstrapResponse,
          ...errorResponses(
            AgentPermissionsUnsupportedError,
            InvalidSetupTokenError,
            OwnerConfirmationRequiredError,
            PermissionNotRequestedError,
            SetupIntentExpiredError,
            SetupIntentNotFoundError,
            SetupIntentNotPendingError,
          ),
        },
      },
    },
    async (request) => agentSetup.approve(principalOf(request), request.params.setup_intent_id, request.body),
  );

  // ---- parts of Hilt's Pay API this server does not offer, answered with a code that says why ----

  const retired = (code: ErrorCode, detail: string) => async () => {
    throw new RetiredError(detail, code);
  };
  const notOffered = (code: ErrorCode, detail: string) => async () => {
    throw new NotOfferedError(detail, code, 404);
  };
  const outOfScope = {
    tags,
    response: {},
  };
  const NATIVE =
    'Native subscriptions need Hilt’s on-chain subscription program, which this server does not run; sell ' +
    'recurring access with billing_model "recurring" (the customer pays each period)';
  const MPP = 'Metered MPP sessions need Hilt’s payment-channel program; meter with entitlements/consume instead';
  const EVM = 'EVM rails need Hilt’s hosted EVM verifiers; this server settles on Solana only';

  app.post(
    '/v1/access/billing/checkout/stripe',
    {
      config: { auth: 'read' },
      schema: {
        ...outOfScope,
        operationId: 'createAccessStripeCheckout',
        summary: 'Retired upstream: always 410 stripe_checkout_retired',
        deprecated: true,
      },
    },
    retired('stripe_checkout_retired', 'Stripe plan checkout is retired; a self-hosted server has no plan to buy'),
  );

  app.get(
    '/v1/access/billing/entitlement',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccessBillingEntitlement',
        summary: 'The workspace’s own Pay API plan: self-hosted, no plan fee',
        response: {
          200: Type.Object({
            billing_entitlement: Type.Object({ plan: Type.String(), status: Type.String(), source: Type.String() }),
            is_current: Type.Boolean(),
            commercial_model: Type.String(),
            status: Type.String(),
            message: Type.String(),
            supported_sources: Type.Array(Type.String()),
            supported_plans: Type.Array(Type.String()),
            selection_policy: Type.Object({ current_statuses: Type.Array(Type.String()), current_rule: Type.String() }),
          }),
        },
      },
    },
    async () => ({
      billing_entitlement: { plan: 'self_hosted', status: 'active', source: 'self_hosted' },
      is_current: true,
      commercial_model: 'self_hosted',
      status: 'active',
      message: 'Self-hosted: no Pay API plan is needed; the platform fee, if any, is set by HILT_PLATFORM_FEE_BPS',
      supported_sources: ['self_hosted'],
      supported_plans: ['self_hosted'],
      selection_policy: { current_statuses: ['active'], current_rule: 'self_hosted' },
    }),
  );

  const AuthorizationParams = Type.Object({ authorization_id: Type.String({ maxLength: 64 }) });
  app.get(
    '/v1/access/native-subscriptions/:authorization_id',
    {
      config: { auth: 'read' },
      schema: {
        ...outOfScope,
        operationId: 'getAccessNativeSubscription',
        summary: 'Not offered: 404 native_subscriptions_not_supported',
        params: AuthorizationParams,
      },
    },
    notOffered('native_subscriptions_not_supported', NATIVE),
  );
  for (const action of ['cancel-intent', 'cancel-confirm'] as const) {
    app.post(
      `/v1/access/native-subscriptions/:authorization_id/${action}`,
      {
        config: { auth: 'execute' },
        schema: {
          ...outOfScope,
          operationId:
            action === 'cancel-intent'
              ? 'cancelIntentAccessNativeSubscription'
              : 'cancelConfirmAccessNativeSubscription',
          summary: 'Not offered: 404 native_subscriptions_not_supported',
          params: AuthorizationParams,
        },
      },
      notOffered('native_subscriptions_not_supported', NATIVE),
    );
  }
  for (const path of [
    '',
    '/:session_id/authorize',
    '/:session_id/deliveries',
    '/:session_id/commits',
    '/:session_id/settle',
  ]) {
    app.post(
      `/v1/access/metered-sessions${path}`,
      {
        config: { auth: 'execute' },
        schema: { ...outOfScope, summary: 'Not offered: 404 mpp_sessions_not_supported' },
      },
      notOffered('mpp_sessions_not_supported', MPP),
    );
  }
  app.get(
    '/v1/access/metered-sessions/:session_id',
    { config: { auth: 'read' }, schema: { ...outOfScope, summary: 'Not offered: 404 mpp_sessions_not_supported' } },
    notOffered('mpp_sessions_not_supported', MPP),
  );
  app.post(
    '/v1/access/provider-webhooks/alchemy/evm',
    {
      config: { auth: 'public' },
      schema: { ...outOfScope, operationId: 'alchemyEvmWebhook', summary: 'Not offered: 404 evm_rails_not_supported' },
    },
    notOffered('evm_rails_not_supported', EVM),
  );
};
