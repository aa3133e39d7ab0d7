import { Type } from 'typebox';
import { LiteralUnion, Nullable, Ref, StringEnum, Timestamp, Uuid } from '../http/schemas.ts';

const Address = Type.String({ minLength: 1, maxLength: 64, description: 'Base58 Solana address' });
const Signature = Type.String({ minLength: 1, maxLength: 100, description: 'Base58 transaction signature' });
const Text160 = Type.String({ maxLength: 160 });

export const PAYMENT_STATUSES = ['PENDING_SIGNATURE', 'PENDING_CONFIRMATION', 'CONFIRMED', 'FAILED'] as const;

export const BroadcastRequest = Type.Object({
  payment_id: Uuid(),
  tx_signature: Type.Optional(Nullable(Signature)),
  payer_wallet: Type.Optional(Nullable(Address)),
  wallet_source: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  signed_transaction: Type.Optional(
    Nullable(Type.String({ maxLength: 4096, description: 'Base64 signed transaction: the server submits it' })),
  ),
});

export const BroadcastResponse = Type.Object({
  payment_id: Uuid(),
  status: Type.String(),
  tx_signature: Nullable(Type.String()),
});

export const ConfirmRequest = Type.Object(
  {
    payment_id: Type.Optional(
      Nullable(Uuid(), {
        description:
          'The session from /connect. Optional: without it, give slug or product_id, and the server finds the open ' +
          'session of that product that the transaction names (its HILT:{nonce} memo or the session’s reference ' +
          'key), under the same verification rule; none matching is 404 payment_session_not_found',
      }),
    ),
    slug: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    product_id: Type.Optional(Nullable(Uuid())),
    tx_signature: Signature,
    payer_wallet: Address,
    wallet_source: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    identity_session_id: Type.Optional(Nullable(Uuid())),
    customer_reference_type: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    customer_reference_value: Type.Optional(Nullable(Text160)),
    customer_reference_display: Type.Optional(Nullable(Text160)),
  },
  { $id: 'ConfirmRequest', title: 'ConfirmRequest' },
);

export const ConfirmResponse = Type.Object(
  {
    status: Type.String(),
    payment_id: Uuid(),
    amount_minor_units: Type.Integer(),
    received_minor_units: Nullable(Type.Integer()),
    tx_signature: Nullable(Type.String()),
    delivery_type: Nullable(Type.String()),
    delivery_value: Nullable(Type.String()),
    delivery_status: Nullable(Type.String()),
    deep_link_expires_at: Nullable(Timestamp()),
    membership_id: Nullable(Uuid()),
    membership_status: Nullable(Type.String()),
    membership_period_end_at: Nullable(Timestamp()),
  },
  { $id: 'ConfirmResponse', title: 'ConfirmResponse' },
);

export const PartialPayment = Type.Object(
  {
    tx_signature: Type.String(),
    reason: Type.String({ description: 'underpaid, wrong_mint or wrong_recipient' }),
    received_minor_units: Type.Integer({ description: 'What the merchant wallet received of the product asset' }),
    payer_wallet: Nullable(Type.String()),
    refund_required: Type.Boolean(),
    recorded_at: Timestamp(),
  },
  {
    description:
      'A transaction carrying the session memo or reference that did not pay it in full; the session stayed open',
  },
);

export const PublicPaymentStatus = Type.Object(
  {
    id: Uuid(),
    status: Type.String(),
    amount_minor_units: Type.Integer(),
    token_mint: Nullable(Type.String()),
    tx_signature: Nullable(Type.String()),
    confirmed_at: Nullable(Timestamp()),
    failed_at: Nullable(Timestamp()),
    failure_reason: Nullable(Type.String()),
    delivery_sent_at: Nullable(Timestamp()),
    deep_link_expires_at: Nullable(Timestamp()),
    delivery_status: Nullable(Type.String()),
    delivery_error: Nullable(Type.String()),
    delivery_attempted_at: Nullable(Timestamp()),
    membership_id: Nullable(Uuid()),
    delivery_value: Nullable(Type.String({ description: 'Redirect or download link, once confirmed' })),
    expires_at: Timestamp(),
    livemode: Type.Boolean(),
    refund_required: Type.Boolean({ description: 'Paid but not delivered (late or sold out): the merchant refunds' }),
    receipt_id: Nullable(Uuid('The signed receipt, once confirmed')),
    membership_period_end_at: Nullable(Timestamp('Access ends then (memberships)')),
    partial_payments: Type.Array(PartialPayment, {
      description: 'While the session is open: transactions that paid it short or in another asset (kept for refund)',
    }),
  },
  { $id: 'PublicPaymentStatus', title: 'PublicPaymentStatusResponse' },
);

export const Payment = Type.Object(
  {
    id: Uuid(),
    product_id: Uuid(),
    livemode: Type.Boolean(),
    payer_wallet: Nullable(Type.String()),
    amount_minor_units: Type.Integer(),
    merchant_amount_lamports: Type.Integer(),
    fee_lamports: Type.Integer(),
    received_minor_units: Nullable(Type.Integer()),
    excess_minor_units: Nullable(Type.Integer({ description: 'Paid above the amount due' })),
    token_mint: Nullable(Type.String()),
    asset_symbol: Type.String(),
    status: Type.String(),
    tx_signature: Nullable(Type.String()),
    membership_id: Nullable(Uuid()),
    customer_reference_type: Nullable(Type.String()),
    customer_reference_value: Nullable(Type.String()),
    customer_reference_display: Nullable(Type.String()),
    delivery_status: Nullable(Type.String()),
    delivery_error: Nullable(Type.String()),
    failure_reason: Nullable(Type.String()),
    refund_required: Type.Boolean(),
    partial_payments: Type.Array(PartialPayment),
    created_at: Timestamp(),
    expires_at: Timestamp(),
    confirmed_at: Nullable(Timestamp()),
    failed_at: Nullable(Timestamp()),
    delivery_sent_at: Nullable(Timestamp()),
    deep_link_expires_at: Nullable(Timestamp()),
    delivery_attempted_at: Nullable(Timestamp()),
  },
  { $id: 'Payment', title: 'PaymentResponse' },
);

export const ProductPaymentsQuery = Type.Object({
  status: Type.Optional(StringEnum(PAYMENT_STATUSES)),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

export const LedgerQuery = Type.Object({
  status: Type.Optional(LiteralUnion(PAYMENT_STATUSES)),
  product_id: Type.Optional(Uuid()),
  from: Type.Optional(Timestamp('Created at or after')),
  to: Type.Optional(Timestamp('Created before')),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Payer wallet or transaction signature (exact)' }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

export const LedgerPayment = Type.Object(
  {
    ...Payment.properties,
    product_title: Type.String(),
    asset_decimals: Type.Integer(),
    receipt_id: Nullable(Uuid()),
  },
  { $id: 'LedgerPayment', title: 'LedgerPayment' },
);

export const LedgerPage = Type.Object(
  {
    items: Type.Array(Ref(LedgerPayment)),
    total: Type.Integer({ description: 'Payments matching the filter' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { title: 'LedgerPage' },
);

export const PaymentDetail = Type.Object(
  {
    payment: Ref(LedgerPayment),
    explorer_url: Nullable(Type.String({ description: 'The transaction on a public explorer (live mode only)' })),
    receipt_pdf_url: Nullable(Type.String()),
    receipt_verify_url: Nullable(Type.String()),
  },
  { title: 'PaymentDetail' },
);

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const PAYMENT_SCHEMAS = [Payment, LedgerPayment];
