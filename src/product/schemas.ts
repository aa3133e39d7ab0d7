import { type TSchema, Type } from 'typebox';
import { ClearIfNull, KeepIfNull, Nullable, StringEnum, Timestamp, Uuid } from '../http/schemas.ts';

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
export const RENEWAL_MODES = ['MANUAL', 'ONE_OFF', 'AUTOMATIC'] as const;

/** Every field may be null or left out: either way it takes the default shown. */
const Defaulted = <T extends TSchema>(schema: T, defaultText: string) =>
  Type.Optional(Type.Union([schema, Type.Null()], { description: `null or absent: ${defaultText} (the default)` }));

export const MembershipConfig = Type.Object(
  {
    enabled: Defaulted(Type.Boolean(), 'true'),
    platform: Defaulted(StringEnum(['TELEGRAM', 'DISCORD', 'CUSTOM'] as const), 'taken from delivery_type'),
    access_mode: Defaulted(StringEnum(['INVITE_LINK', 'ROLE', 'REDIRECT', 'NONE'] as const), 'none'),
    identity_type: Defaulted(
      StringEnum(['TELEGRAM_USER_ID', 'DISCORD_USER_ID', 'WALLET', 'EMAIL', 'CUSTOM'] as const),
      'none (the paying wallet identifies the buyer)',
    ),
    identity_label: Defaulted(Type.String({ maxLength: 120 }), 'none'),
    identity_required: Defaulted(Type.Boolean(), 'false'),
    renewal_mode: Defaulted(
      StringEnum(RENEWAL_MODES, {
        description:
          'MANUAL: the buyer renews through a renewal link, with reminders; ONE_OFF: a single paid period. ' +
          'AUTOMATIC is accepted and stored, but this server has no automatic (on-chain subscription) renewal ' +
          'yet: such a membership renews like MANUAL, with reminders, and the product says so in ' +
          'membership_effective_renewal_mode and membership_renewal_note',
      }),
      'MANUAL',
    ),
    billing_interval_days: Defaulted(Type.Integer({ minimum: 1, maximum: 3660 }), '30'),
    grace_period_days: Defaulted(Type.Integer({ minimum: 0, maximum: 365 }), '3'),
    renewal_reminder_offsets_days: Defaulted(
      Type.Array(Type.Integer({ minimum: 1, maximum: 365 }), { maxItems: 10, uniqueItems: true }),
      '[] (no reminders)',
    ),
    platform_target_id: Defaulted(Type.String({ maxLength: 120 }), 'none'),
    platform_target_label: Defaulted(Type.String({ maxLength: 120 }), 'none'),
    allow_multiple_active: Defaulted(Type.Boolean(), 'false'),
    settings_json: Defaulted(Type.Record(Type.String(), Type.Unknown(), { maxProperties: 50 }), '{}'),
  },
  {
    $id: 'MembershipConfig',
    title: 'MembershipConfig',
    description:
      'Membership settings. Any field may be null or left out and takes its default; on update the object ' +
      'replaces the stored one as a whole.',
  },
);

const Title = Type.String({ minLength: 1, maxLength: 120 });
const Wallet = Type.String({ maxLength: 64, description: 'Solana payout address' });
const DeliveryType = StringEnum(DELIVERY_TYPES);

// Fields whose null means the same on create and update.
const sharedFields = {
  description: Type.Optional(ClearIfNull(Type.String({ maxLength: 5000 }))),
  image_url: Type.Optional(ClearIfNull(Type.String({ maxLength: 2048 }))),
  amount_minor_units: Type.Optional(
    Nullable(MinorUnits(), {
      description:
        'Price (PAYMENT_LINK) or minimum amount (TIP_JAR). Required for PAYMENT_LINK (null there is 400); ' +
        'null on a TIP_JAR leaves it unchanged',
    }),
  ),
  fixed_amount_lamports: Type.Optional(Nullable(MinorUnits('Legacy alias of amount_minor_units'))),
  delivery_value: Type.Optional(ClearIfNull(Type.String({ maxLength: 2048 }))),
  tip_presets_lamports: Type.Optional(ClearIfNull(Type.Array(MinorUnits(), { maxItems: 10 }))),
  max_payments: Type.Optional(ClearIfNull(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), 'Payment cap')),
  membership_config: Type.Optional(
    Nullable(MembershipConfig, { description: 'null turns memberships off for this product' }),
  ),
};

export const ProductCreate = Type.Object(
  {
    product_type: Type.String({
      maxLength: 40,
      description: 'PAYMENT_LINK or TIP_JAR, any letter case (anything else is 400)',
    }),
    token_mint: Type.Optional(Nullable(Type.String({ maxLength: 64, description: 'null for SOL; USDC by mint' }))),
    title: Title,
    merchant_wallet: Wallet,
    delivery_type: Type.Optional(Nullable(DeliveryType, { description: 'null or absent: NONE' })),
    ...sharedFields,
  },
  { $id: 'ProductCreate', title: 'ProductCreate' },
);

export const ProductUpdate = Type.Object(
  {
    title: Type.Optional(KeepIfNull(Title)),
    merchant_wallet: Type.Optional(KeepIfNull(Wallet)),
    delivery_type: Type.Optional(KeepIfNull(DeliveryType)),
    status: Type.Optional(KeepIfNull(StringEnum(['ACTIVE', 'PAUSED'] as const), 'Archive with DELETE')),
    ...sharedFields,
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
    membership_renewal_mode: Nullable(Type.String({ description: 'As configured: MANUAL, ONE_OFF or AUTOMATIC' })),
    membership_effective_renewal_mode: Nullable(
      Type.String({
        description:
          'How renewals really happen on this server: MANUAL (renewal link, with reminders) or ONE_OFF. ' +
          'AUTOMATIC is configured but not offered yet, so it renews as MANUAL',
      }),
    ),
    membership_renewal_note: Nullable(Type.String({ description: 'Why the effective mode differs, when it does' })),
    membership_billing_interval_days: Nullable(Type.Integer()),
    checkout_config: Type.Record(Type.String(), Type.Unknown()),
    checkout_url: Type.String(),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { $id: 'Product', title: 'ProductResponse' },
);

export const ProductListQuery = Type.Object({
  status: Type.Optional(StringEnum(PRODUCT_STATUSES)),
  product_type: Type.Optional(StringEnum(PRODUCT_TYPES)),
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
        effective_renewal_mode: Type.String({ description: 'AUTOMATIC renews as MANUAL (with reminders) here' }),
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

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const PRODUCT_SCHEMAS = [Product];
