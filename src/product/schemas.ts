import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from '../http/schemas.ts';

export const MAX_MINOR = Number.MAX_SAFE_INTEGER;
export const MinorUnits = (description?: string) =>
  Type.Integer({
    minimum: 1,
    maximum: MAX_MINOR,
    description: description ?? 'Integer amount in the asset’s minor unit',
  });

export const DELIVERY_TYPES = [
  'NONE',
  'REDIRECT',
  'DOWNLOAD',
  'TELEGRAM_INVITE',
  'DISCORD_INVITE',
  'DISCORD_ROLE',
  'CUSTOM',
] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];
export const PRODUCT_TYPES = ['PAYMENT_LINK', 'TIP_JAR'] as const;
export const PRODUCT_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED'] as const;

const literalUnion = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

export const MembershipConfig = Type.Object(
  {
    enabled: Type.Optional(Type.Boolean({ default: true })),
    platform: Type.Optional(Nullable(literalUnion(['TELEGRAM', 'DISCORD', 'CUSTOM'] as const))),
    access_mode: Type.Optional(Nullable(literalUnion(['INVITE_LINK', 'ROLE', 'REDIRECT', 'NONE'] as const))),
    identity_type: Type.Optional(
      Nullable(literalUnion(['TELEGRAM_USER_ID', 'DISCORD_USER_ID', 'WALLET', 'EMAIL', 'CUSTOM'] as const)),
    ),
    identity_label: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    identity_required: Type.Optional(Type.Boolean({ default: false })),
    renewal_mode: Type.Optional(
      literalUnion(['MANUAL', 'ONE_OFF'] as const, 'Default MANUAL; AUTOMATIC renewals are not offered by this server'),
    ),
    billing_interval_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660, default: 30 })),
    grace_period_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, default: 3 })),
    renewal_reminder_offsets_days: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 365 }), { maxItems: 10, uniqueItems: true, default: [] }),
    ),
    platform_target_id: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    platform_target_label: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    allow_multiple_active: Type.Optional(Type.Boolean({ default: false })),
    settings_json: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: {}, maxProperties: 50 })),
  },
  { $id: 'MembershipConfig', title: 'MembershipConfig' },
);

const productFields = {
  title: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  image_url: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
  amount_minor_units: Type.Optional(Nullable(MinorUnits('Price (PAYMENT_LINK) or minimum amount (TIP_JAR)'))),
  fixed_amount_lamports: Type.Optional(Nullable(MinorUnits('Legacy alias of amount_minor_units'))),
  merchant_wallet: Type.String({ maxLength: 64, description: 'Solana payout address' }),
  delivery_type: Type.Optional(literalUnion(DELIVERY_TYPES)),
  delivery_value: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
  tip_presets_lamports: Type.Optional(Nullable(Type.Array(MinorUnits(), { maxItems: 10 }))),
  max_payments: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }))),
  membership_config: Type.Optional(Nullable(MembershipConfig)),
};

export const ProductCreate = Type.Object(
  {
    product_type: Type.String({ maxLength: 40, description: 'PAYMENT_LINK or TIP_JAR (anything else is 400)' }),
    token_mint: Type.Optional(Nullable(Type.String({ maxLength: 64, description: 'null for SOL; USDC by mint' }))),
    ...productFields,
  },
  { $id: 'ProductCreate', title: 'ProductCreate' },
);

export const ProductUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(productFields)).properties,
    status: Type.Optional(literalUnion(['ACTIVE', 'PAUSED'] as const, 'Archive with DELETE')),
    product_type: Type.Optional(Type.Unknown({ description: 'Cannot change: sending it is 422' })),
    token_mint: Type.Optional(Type.Unknown({ description: 'Cannot change: sending it is 422' })),
  },
  { $id: 'ProductUpdate', title: 'ProductUpdate', minProperties: 1 },
);

export const Product = Type.Object(
  {
    id: Uuid(),
    owner_id: Uuid(),
    livemode: Type.Boolean(),
    product_type: Type.String(),
    status: Type.String(),
    title: Type.String(),
    description: Nullable(Type.String()),
    image_url: Nullable(Type.String()),
    amount_minor_units: Type.Integer(),
    fixed_amount_lamports: Type.Integer({ description: 'Same as amount_minor_units' }),
    token_mint: Nullable(Type.String()),
    asset_symbol: Type.String(),
    asset_decimals: Type.Integer(),
    merchant_wallet: Type.String(),
    delivery_type: Type.String(),
    delivery_value: Nullable(Type.String()),
    tip_presets_lamports: Nullable(Type.Array(Type.Integer())),
    atomic_fee_pct: Type.Number({ description: 'Platform fee taken in the same transaction, percent' }),
    atomic_fee_flat_usd_cents: Type.Integer(),
    atomic_fee_cap_usd: Nullable(Type.Number()),
    max_payments: Nullable(Type.Integer()),
    slug: Type.String(),
    payment_count: Type.Integer({ description: 'Confirmed payments' }),
    total_volume_lamports: Type.Integer({ description: 'Confirmed volume in minor units of the product’s asset' }),
    membership_config: Nullable(Type.Record(Type.String(), Type.Unknown())),
    membership_enabled: Type.Boolean(),
    membership_platform: Nullable(Type.String()),
    membership_identity_type: Nullable(Type.String()),
    membership_identity_label: Nullable(Type.String()),
    membership_identity_required: Type.Boolean(),
    membership_renewal_mode: Nullable(Type.String()),
    membership_billing_interval_days: Nullable(Type.Integer()),
    checkout_config: Type.Record(Type.String(), Type.Unknown()),
    checkout_url: Type.String(),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { $id: 'Product', title: 'ProductResponse' },
);

export const ProductListQuery = Type.Object({
  status: Type.Optional(literalUnion(PRODUCT_STATUSES)),
  product_type: Type.Optional(literalUnion(PRODUCT_TYPES)),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

export const PublicProduct = Type.Object(
  {
    slug: Type.String(),
    product_type: Type.String(),
    status: Type.String(),
    livemode: Type.Boolean(),
    title: Type.String(),
    description: Nullable(Type.String()),
    image_url: Nullable(Type.String()),
    amount_minor_units: Type.Integer({ description: 'Price, or minimum amount for TIP_JAR' }),
    token_mint: Nullable(Type.String()),
    asset_symbol: Type.String(),
    asset_decimals: Type.Integer(),
    tip_presets_lamports: Nullable(Type.Array(Type.Integer())),
    delivery_type: Type.String(),
    merchant_wallet: Type.String({ description: 'Where the payment goes (non-custodial)' }),
    platform_fee_bps: Type.Integer(),
    identity: Type.Object({
      required: Type.Boolean(),
      identity_type: Nullable(Type.String()),
      identity_label: Nullable(Type.String()),
      platform: Nullable(Type.String()),
    }),
    membership: Nullable(
      Type.Object({
        billing_interval_days: Type.Integer(),
        renewal_mode: Type.String(),
        grace_period_days: Type.Integer(),
      }),
    ),
    branding: Type.Object({
      merchant_name: Nullable(Type.String()),
      brand_name: Nullable(Type.String()),
      logo_url: Nullable(Type.String()),
      hero_image_url: Nullable(Type.String()),
      accent_color: Nullable(Type.String()),
      support_url: Nullable(Type.String()),
    }),
  },
  { $id: 'PublicProduct', title: 'PublicProductResponse' },
);
