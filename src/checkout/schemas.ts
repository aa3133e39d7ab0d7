import { Type } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../http/schemas.ts';
import { MinorUnits } from '../product/schemas.ts';

const Text160 = Type.String({ maxLength: 160 });
const Address = Type.String({ minLength: 1, maxLength: 64, description: 'Base58 Solana address' });

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 120 }) });

export const ConnectRequest = Type.Object(
  {
    payer_wallet: Type.Optional(Nullable(Address)),
    amount_minor_units: Type.Optional(Nullable(MinorUnits('TIP_JAR: the amount the buyer chose'))),
    identity_session_id: Type.Optional(Nullable(Uuid())),
    customer_reference_type: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    customer_reference_value: Type.Optional(Nullable(Text160)),
    customer_reference_display: Type.Optional(Nullable(Text160)),
    handoff_token: Type.Optional(Nullable(Type.String({ maxLength: 4096 }))),
  },
  { $id: 'ConnectRequest', title: 'ConnectRequest' },
);

export const CheckoutPaymentSession = Type.Object(
  {
    payment_id: Uuid(),
    nonce: Type.String(),
    amount_minor_units: Type.Integer(),
    merchant_amount_minor_units: Type.Integer(),
    fee_minor_units: Type.Integer(),
    fee_wallet: Nullable(Type.String()),
    token_mint: Nullable(Type.String()),
    asset_symbol: Type.String(),
    asset_decimals: Type.Integer(),
    merchant_wallet: Type.String(),
    expires_at: Timestamp(),
    status: Type.String(),
    phantom_mobile: Type.Null({ description: 'Phantom mobile deeplinks are not offered by this server' }),
    reference: Type.String({ description: 'Solana Pay reference key to add to the transfer as a read-only account' }),
    memo: Type.String({ description: 'Memo to put in the transaction: HILT:{nonce}' }),
    solana_pay_url: Nullable(
      Type.String({ description: 'Transfer request (or transaction request when a fee applies)' }),
    ),
    transaction_url: Type.String({ description: 'Solana Pay transaction request endpoint for this payment' }),
    livemode: Type.Boolean(),
    identity_locked: Type.Boolean(),
    customer_reference_type: Nullable(Type.String()),
    customer_reference_value: Nullable(Type.String()),
    customer_reference_display: Nullable(Type.String()),
  },
  { $id: 'CheckoutPaymentSession', title: 'CheckoutPaymentSessionResponse' },
);

export const HandoffCreate = Type.Object(
  {
    identity_value: Type.String({ minLength: 1, maxLength: 160 }),
    identity_display: Type.Optional(Nullable(Text160)),
    identity_type: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    expires_in_minutes: Type.Integer({ minimum: 1, maximum: 1440, default: 30 }),
    return_url: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
  },
  { $id: 'HandoffCreate', title: 'CheckoutHandoffCreateRequest' },
);

export const Handoff = Type.Object(
  {
    handoff_token: Type.String(),
    expires_at: Timestamp(),
    identity_type: Nullable(Type.String()),
    identity_value: Type.String(),
    identity_display: Nullable(Type.String()),
    return_url: Nullable(Type.String()),
    checkout_url: Type.String(),
    product_id: Uuid(),
    slug: Type.String(),
  },
  { $id: 'Handoff', title: 'CheckoutHandoffResponse' },
);

export const ResolveHandoffRequest = Type.Object({ handoff_token: Type.String({ minLength: 1, maxLength: 4096 }) });

export const IdentityStartRequest = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 120 }),
  wallet_address: Address,
  wallet_source: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  customer_reference_type: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  customer_reference_value: Type.String({ minLength: 1, maxLength: 160 }),
  customer_reference_display: Type.Optional(Nullable(Text160)),
});

const identityFields = {
  session_id: Uuid(),
  status: Type.String(),
  wallet_address: Type.String(),
  wallet_source: Nullable(Type.String()),
  identity_type: Type.String(),
  identity_value: Type.String(),
  identity_display: Nullable(Type.String()),
  expires_at: Timestamp(),
};

export const IdentityStartResponse = Type.Object({ ...identityFields, challenge_message: Type.String() });

export const IdentityCompleteRequest = Type.Object({
  session_id: Uuid(),
  wallet_address: Address,
  signed_message_b64: Type.String({ minLength: 1, maxLength: 200, description: 'Base64 Ed25519 signature' }),
});

export const IdentityCompleteResponse = Type.Object({ ...identityFields, verified_at: Timestamp() });

export const PaymentParams = Type.Object({ payment_id: Uuid() });

export const TransactionRequestInfo = Type.Object({ label: Type.String(), icon: Type.String() });
export const TransactionRequestBody = Type.Object({ account: Address });
export const TransactionRequestAnswer = Type.Object({
  transaction: Type.String({ description: 'Base64 unsigned transaction for the account to sign' }),
  message: Type.String(),
});

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const CHECKOUT_SCHEMAS = [Handoff];
