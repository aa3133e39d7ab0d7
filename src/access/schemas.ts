// Request and response schemas of the Pay API, with Hilt's field names. Free-form objects (metadata, evidence,
// the x402 requirement) stay open; everything else is an allow-list.
import { type TSchema, Type } from 'typebox';
import { Nullable, Ref, Uuid } from '../http/schemas.ts';

const Str = (max: number, description?: string) => Type.String({ maxLength: max, description });
const Opt = <T extends TSchema>(s: T) => Type.Optional(Nullable(s));
const Meta = Type.Record(Type.String(), Type.Unknown(), { default: {}, maxProperties: 50 });
const Open = Type.Record(Type.String(), Type.Unknown());
const NullableStr = Nullable(Type.String());
const NullableInt = Nullable(Type.Integer());

export const AccessRail = Type.Object(
  {
    id: Type.String(),
    rail_id: Type.String(),
    display_name: Type.String(),
    status: Type.String({ description: 'production_available, beta_disabled or experimental_disabled' }),
    network: Type.String(),
    settlement_asset: Type.String(),
    token_mint: NullableStr,
    asset_decimals: Type.Integer(),
    live_capable: Type.Boolean(),
    default_enabled: Type.Boolean(),
    supports_sandbox: Type.Boolean(),
    supports_live: Type.Boolean(),
    supports_hosted_session: Type.Boolean(),
    supports_direct_http_402: Type.Boolean(),
    docs_url: NullableStr,
    capability_kind: Type.String(),
    payment_protocol: NullableStr,
    settlement_rail_id: NullableStr,
    supports_mpp_session: Type.Boolean(),
    payment_channel_program: NullableStr,
    production_enabled: Type.Boolean(),
    sandbox_enabled: Type.Boolean(),
    confirmation_source: Type.String(),
    disabled_reason: NullableStr,
  },
  { $id: 'AccessRail', title: 'AccessRail' },
);
const RailRef = Ref(AccessRail);

export const AccessRailSetting = Type.Object(
  {
    id: NullableStr,
    rail_id: Type.String(),
    rail: RailRef,
    enabled: Type.Boolean(),
    mode: Type.String(),
    status: Type.String(),
    payout_address: NullableStr,
    label: NullableStr,
    verification_status: Type.String(),
    metadata: Open,
    fee_collection: Type.Object({
      mode: NullableStr,
      status: NullableStr,
      fee_collector_address: NullableStr,
      allowance_token_contract: NullableStr,
      allowance_limit_minor_units: NullableInt,
      allowance_spent_minor_units: Type.Integer(),
      allowance_expires_at: NullableStr,
      allowance_tx_hash: NullableStr,
      metadata: Open,
    }),
    pending_review_age_seconds: NullableInt,
    created_at: NullableStr,
    updated_at: NullableStr,
  },
  { $id: 'AccessRailSetting', title: 'AccessRailSetting' },
);
const RailSettingRef = Ref(AccessRailSetting);

const EffectiveRail = Type.Object({
  rail_id: Type.String(),
  available: Type.Boolean(),
  blockers: Type.Array(Type.String()),
  payout_address: NullableStr,
  payout_address_source: NullableStr,
  merchant_setting: Nullable(RailSettingRef),
  platform_setting: Nullable(Open),
  rail: RailRef,
  payment_session: Open,
});

export const AccessApp = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    external_app_id: NullableStr,
    status: Type.String(),
    default_rail: Type.String(),
    live_mode: Type.Boolean(),
    metadata: Open,
    created_at: NullableStr,
    updated_at: NullableStr,
  },
  { $id: 'AccessApp', title: 'AccessApp' },
);

export const AccessProduct = Type.Object(
  {
    id: Type.String(),
    access_app_id: NullableStr,
    product_id: Type.String({ description: 'The backing product (hosted checkout, price, payout wallet)' }),
    external_product_id: NullableStr,
    status: Type.String(),
    default_rail: Type.String(),
    rail_id: Type.String(),
    allowed_rails: Type.Array(Type.String()),
    billing_model: Type.String(),
    renewal_mode: Type.String(),
    billing_interval_days: NullableInt,
    cancel_at_period_end: Type.Boolean(),
    grace_period_days: Type.Integer(),
    entitlement_duration_days: NullableInt,
    entitlement_duration_seconds: NullableInt,
    metering: Nullable(Type.Object({ usage_unit: Type.String(), units_per_payment: Type.Integer() })),
    live_mode_confirmed: Type.Boolean(),
    livemode: Type.Boolean(),
    metadata: Open,
    created_at: NullableStr,
    updated_at: NullableStr,
  },
  { $id: 'AccessProduct', title: 'AccessProduct' },
);
const ProductRef = Ref(AccessProduct);

const Usage = Type.Object({
  unit: Type.String(),
  granted: Type.Integer(),
  consumed: Type.Integer(),
  remaining: Type.Integer(),
  exhausted: Type.Boolean(),
});

export const AccessEntitlement = Type.Object(
  {
    id: Type.String(),
    access_app_id: NullableStr,
    access_product_id: Type.String(),
    product_id: Type.String(),
    external_product_id: NullableStr,
    external_customer_id: NullableStr,
    wallet: NullableStr,
    email: NullableStr,
    status: Type.String({ description: 'pending, active, expired or revoked' }),
    active_from: NullableStr,
    expires_at: NullableStr,
    receipt_id: NullableStr,
    payment_id: NullableStr,
    last_payment_id: NullableStr,
    rail_id: Type.String(),
    rail: RailRef,
    livemode: Type.Boolean(),
    receipt: Nullable(Type.Object({ id: Type.String(), rail_id: Type.String() })),
    usage: Nullable(Usage),
    source: NullableStr,
    created_at: NullableStr,
    updated_at: NullableStr,
  },
  { $id: 'AccessEntitlement', title: 'AccessEntitlement' },
);
const EntitlementRef = Ref(AccessEntitlement);

export const AccessPaymentSession = Type.Object(
  {
    id: Type.String(),
    payment_id: NullableStr,
    session_id: NullableStr,
    status: Type.String({ description: 'pending, confirmed, failed or expired' }),
    rail: Type.String(),
    rail_id: Type.String(),
    checkout_url: NullableStr,
    expires_at: NullableStr,
    amount_minor_units: Type.Integer(),
    asset_symbol: Type.String(),
    asset_decimals: Type.Integer(),
    merchant_wallet: NullableStr,
    payment_protocol: Type.String(),
    settlement_rail_id: Type.String(),
    settlement_network: Type.String(),
    settlement_asset: Type.String(),
    payment_requirement: Nullable(
      Type.Record(Type.String(), Type.Unknown(), {
        description: 'x402 v2 PaymentRequired plus headers["PAYMENT-REQUIRED"] (its base64 JSON)',
      }),
    ),
    phantom_mobile: Nullable(Open),
    adapter: Open,
    confirmed_at: NullableStr,
    livemode: Type.Boolean(),
  },
  { $id: 'AccessPaymentSession', title: 'AccessPaymentSession' },
);

export const AccessPaymentProof = Type.Object(
  {
    id: Type.String(),
    owner_id: Type.String(),
    access_product_id: NullableStr,
    product_id: NullableStr,
    payment_id: NullableStr,
    payment_session_id: NullableStr,
    rail_id: Type.String(),
    proof_type: Type.String(),
    proof_fingerprint: Type.String(),
    proof_reference: NullableStr,
    external_customer_id: NullableStr,
    wallet: NullableStr,
    email: NullableStr,
    amount_minor_units: NullableInt,
    settlement_asset: NullableStr,
    network: NullableStr,
    livemode: Type.Boolean(),
    status: Type.String(),
    evidence: Open,
    receipt_id: NullableStr,
    entitlement_id: NullableStr,
    created_at: NullableStr,
    updated_at: NullableStr,
  },
  { $id: 'AccessPaymentProof', title: 'AccessPaymentProof' },
);

const SettlementEvidence = Type.Object({
  id: Type.String(),
  owner_id: Type.String(),
  proof_id: Type.String(),
  verification_attempt_id: NullableStr,
  rail_id: Type.String(),
  status: Type.String(),
  settlement_reference: NullableStr,
  finality_state: NullableStr,
  confirmations: NullableInt,
  settled_at: NullableStr,
  evidence: Open,
  created_at: NullableStr,
});

const ReceiptMapping = Type.Object({ id: NullableStr, tx_sig: Type.String(), created: Type.Boolean() });
const PaymentResponse = Type.Object({ success: Type.Boolean(), transaction: Type.String(), network: Type.String() });

export const ACCESS_SCHEMAS = [
  AccessRail,
  AccessRailSetting,
  AccessApp,
  AccessProduct,
  AccessEntitlement,
  AccessPaymentSession,
  AccessPaymentProof,
];

// ---- requests ----

const ProductRefFields = {
  product_id: Opt(Type.String({ maxLength: 64, description: 'Access product id or its backing product id' })),
  external_product_id: Opt(Str(180)),
};
const CustomerFields = {
  external_customer_id: Opt(Str(180)),
  wallet: Opt(Str(120)),
  email: Opt(Str(320)),
};

export const RailSettingUpdate = Type.Object({
  enabled: Type.Optional(Type.Boolean({ default: false })),
  payout_address: Opt(Str(180)),
  label: Opt(Str(120)),
  mode: Type.Optional(Type.String({ default: 'live', maxLength: 20, description: 'live, sandbox or disabled' })),
  fee_collection_mode: Opt(Str(80)),
  fee_collection_status: Opt(Str(80)),
  fee_collector_address: Opt(Str(180)),
  fee_allowance_token_contract: Opt(Str(180)),
  fee_allowance_limit_minor_units: Opt(Type.Integer({ minimum: 0 })),
  fee_allowance_spent_minor_units: Opt(Type.Integer({ minimum: 0 })),
  fee_allowance_expires_at: Opt(Str(80)),
  fee_allowance_tx_hash: Opt(Str(180)),
  fee_collection_metadata: Type.Optional(Meta),
  metadata: Type.Optional(Meta),
});

export const AppCreate = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 120 }),
  external_app_id: Opt(Str(180)),
  default_rail: Type.Optional(Type.String({ default: 'solana_usdc', maxLength: 80 })),
  rail: Opt(Str(80)),
  live_mode: Type.Optional(Type.Boolean({ default: false })),
  confirm_live_mode: Type.Optional(Type.Boolean({ default: false })),
  metadata: Type.Optional(Meta),
});

export const ProductCreate = Type.Object({
  access_app_id: Opt(Uuid()),
  external_product_id: Opt(Str(180)),
  existing_product_id: Opt(Uuid()),
  title: Opt(Str(180)),
  description: Opt(Str(1000)),
  image_url: Opt(Str(500)),
  amount_minor_units: Opt(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  merchant_wallet: Opt(Str(120)),
  billing_model: Type.Optional(
    Type.Union([Type.Literal('one_off'), Type.Literal('recurring')], { default: 'one_off' }),
  ),
  renewal_mode: Opt(Str(80, 'none (solana_native_subscription is not offered here)')),
  billing_interval_days: Opt(Type.Integer({ minimum: 1, maximum: 3660 })),
  entitlement_duration_days: Opt(Type.Integer({ minimum: 1, maximum: 36600, default: 30 })),
  usage_unit: Opt(Type.String({ minLength: 1, maxLength: 80 })),
  usage_units_per_payment: Opt(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
  cancel_at_period_end: Type.Optional(Type.Boolean({ default: true })),
  grace_period_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, default: 0 })),
  default_rail: Type.Optional(Type.String({ default: 'solana_usdc', maxLength: 80 })),
  allowed_rails: Type.Optional(Type.Array(Str(80), { maxItems: 10 })),
  rail: Opt(Str(80)),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('paused')], { default: 'paused' })),
  live_mode_confirmed: Type.Optional(Type.Boolean({ default: false })),
  metadata: Type.Optional(Meta),
});

export const ReadinessQuery = Type.Object({
  access_app_id: Type.Optional(Uuid()),
  product_id: Type.Optional(Str(64)),
  external_product_id: Type.Optional(Str(180)),
  mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('sandbox')], { default: 'live' })),
});

export const RailsQuery = Type.Object({
  product_id: Type.Optional(Str(64)),
  external_product_id: Type.Optional(Str(180)),
  mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('sandbox')], { default: 'live' })),
});

export const PaymentSessionCreate = Type.Object({
  ...ProductRefFields,
  ...CustomerFields,
  amount_minor_units: Opt(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  rail: Opt(Str(80)),
  payment_protocol: Opt(Str(80, 'hosted_checkout (default), wallet_transfer or x402')),
  settlement_rail: Opt(Str(80)),
  settlement_rail_id: Opt(Str(80)),
  metadata: Type.Optional(Meta),
});

export const SandboxSessionCreate = Type.Object({
  ...ProductRefFields,
  ...CustomerFields,
  rail: Opt(Str(80)),
  ttl_minutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 120, default: 30 })),
  confirm_sandbox_mode: Type.Optional(Type.Boolean({ default: false })),
  metadata: Type.Optional(Meta),
});

export const SandboxConfirm = Type.Object({ proof: Type.String({ minLength: 12, maxLength: 500 }) });

export const PaymentProofCreate = Type.Object({
  ...ProductRefFields,
  ...CustomerFields,
  payment_session_id: Opt(Str(180)),
  rail: Type.Optional(Type.String({ default: 'solana_usdc', maxLength: 80 })),
  proof_type: Opt(Str(120)),
  proof_payload: Type.Record(Type.String(), Type.Unknown(), {
    description: '{tx_signature}: the signature of a transaction already on chain',
  }),
  amount_minor_units: Opt(Type.Integer({ minimum: 1 })),
  livemode: Type.Optional(Type.Boolean({ default: true })),
  metadata: Type.Optional(Meta),
});

export const X402Settle = Type.Object({
  payment_session_id: Type.String({ minLength: 8, maxLength: 180 }),
  payment_signature: Opt(
    Type.String({
      minLength: 8,
      maxLength: 131072,
      description: 'The PAYMENT-SIGNATURE value (base64 x402 v2 PaymentPayload); else read from that header',
    }),
  ),
});

export const EntitlementCheck = Type.Object({
  ...ProductRefFields,
  ...CustomerFields,
  rail: Opt(Str(80)),
  customer_reference: Opt(Str(180)),
});

export const EntitlementConsume = Type.Object({
  ...ProductRefFields,
  ...CustomerFields,
  rail: Opt(Str(80)),
  customer_reference: Opt(Str(180)),
  units: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 })),
  metadata: Type.Optional(Meta),
});

export const AccessWebhookCreate = Type.Object({
  label: Type.String({ minLength: 2, maxLength: 120 }),
  url: Type.String({ minLength: 8, maxLength: 2048 }),
  subscribed_events: Type.Optional(Type.Array(Type.String({ maxLength: 80 }), { maxItems: 50 })),
  product_ids: Type.Optional(Type.Array(Uuid(), { maxItems: 100 })),
  metadata: Type.Optional(Meta),
});

// ---- responses ----

const Replay = { idempotent_replay: Type.Boolean() };

export const RailsResponse = Type.Object({
  default_rail: Type.String(),
  rails: Type.Array(RailRef),
  caller: Type.Object({ user_id: Type.String(), sandbox: Type.Boolean() }),
});

export const RailSettingsResponse = Type.Object({
  rail_settings: Type.Array(
    Type.Object({
      rail_id: Type.String(),
      rail: RailRef,
      setting: Nullable(RailSettingRef),
      platform_setting: Nullable(Open),
      configured: Type.Boolean(),
    }),
  ),
  generated_at: Type.String(),
});

export const RailSettingResponse = Type.Object({ rail_setting: RailSettingRef, ...Replay });
export const AppCreateResponse = Type.Object({ app: Ref(AccessApp), rail: RailRef, ...Replay });

export const ProductCreateResponse = Type.Object({
  access_product: ProductRef,
  hilt_product: Type.Object({
    id: Type.String(),
    slug: Type.String(),
    status: Type.String(),
    title: Type.String(),
    token_mint: NullableStr,
    amount_minor_units: Type.Integer(),
    merchant_wallet: Type.String(),
    checkout_url: Type.String(),
  }),
  rail: RailRef,
  ...Replay,
});

const Finding = Type.Object({ code: Type.String(), message: Type.String(), action: Type.Optional(Type.String()) });
const NextCall = Type.Object({ method: Type.String(), path: Type.String(), purpose: Type.String() });

export const ReadinessResponse = Type.Object({
  ready: Type.Boolean(),
  mode: Type.String(),
  app: Open,
  product: Open,
  rails: Open,
  webhooks: Open,
  blockers: Type.Array(Finding, { description: 'What stands between this setup and taking payments, in words' }),
  next_actions: Type.Array(NextCall),
  agent_setup: Open,
  generated_at: Type.String(),
});

export const ProductRailsResponse = Type.Object({
  product: ProductRef,
  mode: Type.String(),
  default_rail: Type.String(),
  allowed_rails: Type.Array(Type.String()),
  available_rails: Type.Array(EffectiveRail),
  blocked_rails: Type.Array(EffectiveRail),
  payment_session_options: Open,
});

export const PaymentSessionResponse = Type.Object({
  payment_session: Ref(AccessPaymentSession),
  pending_entitlement: EntitlementRef,
  rail: RailRef,
  selected_rail: EffectiveRail,
  available_rails: Type.Array(EffectiveRail),
  payment_session_options: Open,
  ...Replay,
});

const SandboxSession = Type.Object({
  id: Type.String(),
  status: Type.String(),
  livemode: Type.Boolean(),
  sandbox_only: Type.Boolean(),
  access_app_id: NullableStr,
  access_product_id: Type.String(),
  product_id: Type.String(),
  entitlement_id: NullableStr,
  external_customer_id: NullableStr,
  wallet: NullableStr,
  email: NullableStr,
  rail_id: Type.String(),
  rail: RailRef,
  proof_type: Type.String(),
  proof_reference_preview: NullableStr,
  proof: Type.Optional(Type.String({ description: 'Returned once, at creation' })),
  expires_at: NullableStr,
  confirmed_at: NullableStr,
  failed_reason: NullableStr,
  created_at: NullableStr,
  updated_at: NullableStr,
});

export const SandboxSessionResponse = Type.Object({
  sandbox_session: SandboxSession,
  pending_entitlement: EntitlementRef,
  rail: RailRef,
  payment_session_adapter: Nullable(Open),
  livemode: Type.Boolean(),
  sandbox_only: Type.Boolean(),
  message: Type.String(),
  proof: Type.String(),
  ...Replay,
});

export const SandboxConfirmResponse = Type.Object({
  sandbox_session: SandboxSession,
  entitlement: EntitlementRef,
  livemode: Type.Boolean(),
  sandbox_only: Type.Boolean(),
  message: Type.String(),
  ...Replay,
});

export const SettleResponse = Type.Object({
  x402Version: Type.Literal(2),
  payment_session_id: Type.String(),
  payment_session: Ref(AccessPaymentSession),
  payment_proof: Ref(AccessPaymentProof),
  settlement_evidence: SettlementEvidence,
  receipt: ReceiptMapping,
  entitlement: EntitlementRef,
  payment_response: PaymentResponse,
  headers: Type.Object({ 'PAYMENT-RESPONSE': Type.String() }),
  ...Replay,
});

export const PaymentProofResponse = Type.Object({
  payment_proof: Ref(AccessPaymentProof),
  rail: RailRef,
  proof_submission: Type.Object({
    status: Type.String(),
    payment_session_id: NullableStr,
    payment_requirement_bound: Type.Boolean(),
    payment_requirement_record: Nullable(Open),
    verification_status: Type.String(),
    settlement_status: Type.String(),
    receipt_mapping_status: Type.String(),
    entitlement_activation_status: Type.String(),
    next_step: Type.String(),
  }),
  settlement_evidence: SettlementEvidence,
  receipt: ReceiptMapping,
  entitlement: EntitlementRef,
  ...Replay,
});

export const CheckResponse = Type.Object({
  has_access: Type.Boolean(),
  status: Type.String(),
  entitlement_id: NullableStr,
  product_id: Type.String(),
  access_product_id: Type.String(),
  external_product_id: NullableStr,
  rail_id: Type.String(),
  rail: RailRef,
  livemode: Type.Boolean(),
  external_customer_id: NullableStr,
  wallet: NullableStr,
  email: NullableStr,
  active_from: NullableStr,
  expires_at: NullableStr,
  receipt_id: NullableStr,
  receipt: Nullable(Type.Object({ id: Type.String(), rail_id: Type.String() })),
  reason: Type.String({ description: 'active, no_entitlement, payment_pending, expired, revoked or usage_exhausted' }),
  last_payment_id: NullableStr,
  source: Type.String(),
  usage: Nullable(Usage),
});

export const ConsumeResponse = Type.Object({
  consumed: Type.Boolean(),
  units: Type.Integer(),
  usage_event: Type.Object({
    id: Type.String(),
    units: Type.Integer(),
    usage_unit: Type.String(),
    created_at: NullableStr,
  }),
  entitlement: EntitlementRef,
  usage: Nullable(Usage),
  ...Replay,
});

export const EntitlementResponse = Type.Object({ entitlement: EntitlementRef });

// ---- agent bootstrap ----

export const AgentBootstrapCreate = Type.Object({
  agent_name: Type.String({ minLength: 2, maxLength: 120 }),
  agent_platform: Opt(Str(120)),
  requested_use_case: Opt(Str(1000)),
  contact_email: Opt(Str(320)),
  external_reference: Opt(Str(180)),
  requested_permissions: Type.Optional(
    Type.Array(Str(80), { maxItems: 10, description: 'access:read, access:write, access:webhooks' }),
  ),
  ttl_hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 168, default: 24 })),
  metadata: Type.Optional(Meta),
});

const SetupToken = Type.String({ minLength: 20, maxLength: 300 });
export const AgentSetupStatus = Type.Object({ setup_token: SetupToken });
export const AgentSetupManifest = Type.Object({ setup_token: SetupToken, manifest: Open });
export const AgentSetupApprove = Type.Object({
  setup_token: SetupToken,
  approved_permissions: Opt(Type.Array(Str(80), { maxItems: 10 })),
  issue_live_key: Type.Optional(Type.Boolean({ default: true })),
  live_key_name: Opt(Str(100)),
  confirm_owner_approval: Type.Optional(Type.Boolean({ default: false })),
});

const SetupIntent = Type.Object({
  id: Type.String(),
  status: Type.String({ description: 'sandbox_created, owner_approved, live_key_issued, expired or revoked' }),
  agent_name: Type.String(),
  agent_platform: NullableStr,
  requested_use_case: NullableStr,
  contact_email: NullableStr,
  external_reference: NullableStr,
  requested_permissions: Type.Array(Type.String()),
  approved_permissions: Type.Array(Type.String()),
  sandbox_owner_id: NullableStr,
  approved_owner_id: NullableStr,
  sandbox_key_id: NullableStr,
  live_key_id: NullableStr,
  setup_url: NullableStr,
  expires_at: NullableStr,
  approved_at: NullableStr,
  live_key_issued_at: NullableStr,
  revoked_at: NullableStr,
  metadata: Open,
  created_at: NullableStr,
  updated_at: NullableStr,
});

export const AgentBootstrapResponse = Type.Object({
  setup_intent: SetupIntent,
  setup_intent_id: Type.String(),
  owner_approval_url: NullableStr,
  setup_token: NullableStr,
  setup_token_notice: NullableStr,
  sandbox_api_key: NullableStr,
  sandbox_api_key_notice: NullableStr,
  sandbox_key_prefix: NullableStr,
  sandbox_owner_id: NullableStr,
  allowed_sandbox_actions: Type.Array(Type.String()),
  live_boundaries: Type.Array(Type.String()),
  agent_can_continue_sandbox: Type.Boolean(),
  owner_action_required: Type.Boolean(),
  manifest_evaluation: Nullable(Open),
  pricing_recommendation: Nullable(Open),
  live_api_key: NullableStr,
  live_api_key_notice: NullableStr,
  live_key_prefix: NullableStr,
  activation_boundaries: Type.Array(Type.String()),
  recommended_next_api_calls: Type.Array(Type.String()),
});
