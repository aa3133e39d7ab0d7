import { Type } from 'typebox';
import { Nullable, Ref, StringEnum, Timestamp, Uuid } from '../http/schemas.ts';

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'GRACE_PERIOD', 'EXPIRED', 'DELIVERY_FAILED'] as const;

const membershipFields = {
  id: Uuid(),
  product_id: Uuid(),
  product_title: Type.String(),
  owner_id: Uuid(),
  livemode: Type.Boolean(),
  platform: Type.String({ description: 'TELEGRAM, DISCORD or CUSTOM' }),
  platform_user_id: Nullable(Type.String()),
  platform_display: Type.String(),
  customer_identity_type: Type.String(),
  customer_identity_value: Type.String(),
  payer_wallet: Nullable(Type.String()),
  status: Type.String({ description: 'ACTIVE, GRACE_PERIOD, EXPIRED or DELIVERY_FAILED' }),
  current_period_start_at: Timestamp(),
  current_period_end_at: Timestamp(),
  grace_ends_at: Nullable(Timestamp()),
  latest_payment_id: Nullable(Uuid()),
  latest_tx_signature: Nullable(Type.String()),
  delivery_status: Type.String({ description: 'PENDING, SENT, FAILED, NOT_REQUIRED or REVOKED' }),
  delivery_last_error: Nullable(Type.String()),
  renewal_count: Type.Integer(),
  last_reminder_sent_at: Nullable(Timestamp()),
  notes: Type.String(),
  metadata_json: Type.Record(Type.String(), Type.Unknown()),
  created_at: Timestamp(),
  updated_at: Timestamp(),
};

export const Membership = Type.Object(membershipFields, { $id: 'Membership', title: 'MembershipResponse' });

export const MembershipPeriod = Type.Object(
  {
    id: Uuid(),
    membership_id: Uuid(),
    payment_id: Nullable(Uuid()),
    tx_signature: Nullable(Type.String()),
    amount_lamports: Type.Integer({ description: 'Amount paid in the asset’s minor unit (0 for a gift)' }),
    token_mint: Nullable(Type.String()),
    period_start_at: Timestamp(),
    period_end_at: Timestamp(),
    status: Type.String({ description: 'PAID, GIFTED or REVOKED' }),
    activated_at: Timestamp(),
    revoked_at: Nullable(Timestamp()),
    created_at: Timestamp(),
  },
  { $id: 'MembershipPeriod', title: 'MembershipPeriod' },
);

export const MembershipEvent = Type.Object(
  {
    id: Type.Integer(),
    membership_id: Uuid(),
    payment_id: Nullable(Uuid()),
    event_type: Type.String({
      description:
        'activated, renewed, gifted, entered_grace, expired, delivery_sent, delivery_failed, ' +
        'delivery_needs_review, access_revoked, notes_updated, profile_updated, reminder_sent',
    }),
    actor_type: Type.String({ description: 'buyer, merchant, api_key or system' }),
    actor_id: Nullable(Type.String()),
    payload_json: Type.Record(Type.String(), Type.Unknown()),
    created_at: Timestamp(),
  },
  { $id: 'MembershipEvent', title: 'MembershipEvent' },
);

export const MembershipList = Type.Object({ items: Type.Array(Ref(Membership)), count: Type.Integer() });

export const MembershipDetail = Type.Object(
  {
    membership: Ref(Membership),
    periods: Type.Array(Ref(MembershipPeriod)),
    events: Type.Array(Ref(MembershipEvent)),
    auto_renew: Type.Null({ description: 'Automatic renewals are not offered by this server' }),
  },
  { $id: 'MembershipDetail', title: 'MembershipDetailResponse' },
);

export const MembershipListQuery = Type.Object({
  product_id: Type.Optional(Uuid()),
  status: Type.Optional(StringEnum(MEMBERSHIP_STATUSES)),
  platform: Type.Optional(StringEnum(['TELEGRAM', 'DISCORD', 'CUSTOM'] as const)),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 160, description: 'Identity, display name, wallet or transaction' }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

export const MembershipLookupQuery = Type.Object({
  wallet: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  identity: Type.Optional(Type.String({ minLength: 1, maxLength: 160 })),
  tx_signature: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  product_id: Type.Optional(Uuid()),
});

export const RenewalIntelligenceQuery = Type.Object({
  window_days: Type.Integer({ minimum: 1, maximum: 60, default: 7 }),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 60 }),
});

export const MembershipParams = Type.Object({ membership_id: Uuid() });

export const NotesUpdate = Type.Object({ notes: Type.String({ maxLength: 5000, default: '' }) });
export const ProfileUpdate = Type.Object({ platform_display: Type.String({ maxLength: 160, default: '' }) });
export const GiftRequest = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 3660 }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

export const RetryDeliveryResponse = Type.Object({
  membership: Ref(Membership),
  delivery: Type.Object({
    status: Type.String({ description: 'SENT or FAILED' }),
    delivery_type: Nullable(Type.String()),
    platform: Type.String(),
    value: Nullable(Type.String({ description: 'The invite or link handed to the buyer' })),
    error: Nullable(Type.String()),
    retry_after_seconds: Nullable(Type.Integer()),
    attempted_at: Nullable(Timestamp()),
    sent_at: Nullable(Timestamp()),
  }),
});

const Check = Type.Object({
  key: Type.String(),
  label: Type.String(),
  status: Type.String({ description: 'pass, warn or fail' }),
  detail: Type.String(),
});

export const DeliveryDiagnostics = Type.Object({
  membership_id: Uuid(),
  owner_id: Uuid(),
  product_id: Uuid(),
  product_title: Type.String(),
  product_slug: Nullable(Type.String()),
  platform: Type.String(),
  platform_user_id: Nullable(Type.String()),
  platform_display: Type.String(),
  membership_status: Type.String(),
  delivery_status: Type.String(),
  delivery_last_error: Nullable(Type.String()),
  latest_payment_id: Nullable(Uuid()),
  latest_tx_signature: Nullable(Type.String()),
  automation_ready: Type.Boolean(),
  fallback_ready: Type.Boolean(),
  fallback_value: Nullable(Type.String()),
  overall_status: Type.String({ description: 'healthy, attention or blocked' }),
  summary: Type.String(),
  provider_state: Type.Record(Type.String(), Type.Unknown()),
  checks: Type.Array(Check),
  actions: Type.Record(Type.String(), Type.Boolean()),
  generated_at: Timestamp(),
});

export const SupportTicketRef = Type.Object({ ticket_id: Uuid(), created: Type.Boolean() });

export const Reactivation = Type.Object({
  membership_id: Uuid(),
  status: Type.String(),
  renewal_url: Type.String(),
  reactivation_url: Type.String(),
  handoff_token: Type.String(),
  expires_at: Timestamp(),
  amount_display: Type.String(),
  access_period: Type.String(),
  merchant_wallet_preview: Type.String(),
  current_period_end_at: Timestamp(),
  templates: Type.Record(Type.String(), Type.String()),
});

const Counts = {
  active: Type.Integer(),
  in_grace: Type.Integer(),
  expired: Type.Integer(),
  delivery_failed: Type.Integer(),
  expiring_in_window: Type.Integer(),
  renewals_in_window: Type.Integer(),
};

export const RenewalIntelligence = Type.Object({
  summary: Type.Object({ window_days: Type.Integer(), ...Counts }),
  expiring_memberships: Type.Array(Type.Object({ ...membershipFields, days_left: Type.Integer() })),
  product_reports: Type.Array(Type.Object({ product_id: Uuid(), product_title: Type.String(), ...Counts })),
  recent_events: Type.Array(Ref(MembershipEvent)),
  generated_at: Timestamp(),
});

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const MEMBERSHIP_SCHEMAS = [Membership, MembershipPeriod, MembershipEvent, MembershipDetail];
