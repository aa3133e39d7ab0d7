import { Type } from 'typebox';
import { LiteralUnion, Nullable, Timestamp, Uuid } from '../http/schemas.ts';

const Signature = Type.String({ minLength: 64, maxLength: 88, description: 'Base58 transaction signature' });
const Address = (description: string) => Type.String({ minLength: 32, maxLength: 44, description });

export const ReceiptIssue = Type.Object(
  {
    tx_sig: Signature,
    wallet: Type.Optional(Nullable(Address('The paying wallet (a signer of the transaction)'))),
    counterparty_wallet: Type.Optional(Nullable(Address('Your receiving wallet (a product’s merchant_wallet)'))),
    token_mint: Type.Optional(Nullable(Address('SPL mint; null for SOL; omitted: whatever the wallet received'))),
    amount_raw: Type.Optional(
      Nullable(
        Type.Union(
          [Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), Type.String({ pattern: '^[0-9]{1,20}$' })],
          {
            description: 'Expected base units received (lamports or token units); checked against the chain',
          },
        ),
      ),
    ),
    memo: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { $id: 'ReceiptIssue', title: 'ReceiptIssue' },
);

export const InvoiceMetadata = Type.Object(
  {
    invoice_number: Nullable(Type.String()),
    customer_name: Nullable(Type.String()),
    customer_email: Nullable(Type.String()),
    billing_reference: Nullable(Type.String()),
    notes: Nullable(Type.String()),
    metadata_json: Nullable(Type.Record(Type.String(), Type.Unknown())),
  },
  { title: 'InvoiceMetadata' },
);

export const InvoiceMetadataUpdate = Type.Object(
  {
    invoice_number: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    customer_name: Type.Optional(Nullable(Type.String({ maxLength: 180 }))),
    customer_email: Type.Optional(Nullable(Type.String({ maxLength: 180 }))),
    billing_reference: Type.Optional(Nullable(Type.String({ maxLength: 180 }))),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 1200 }))),
    metadata_json: Type.Optional(Nullable(Type.Record(Type.String(), Type.Unknown(), { maxProperties: 50 }))),
  },
  { title: 'InvoiceMetadataUpdate', additionalProperties: false },
);

const receiptFields = {
  receipt_id: Uuid(),
  receipt_json: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'The signed body. Canonicalise it (RFC 8785), then receipt_hash = hex SHA-256 and ed25519_sig = base64 ' +
      'Ed25519 signature of those UTF-8 bytes by the key named in receipt_json.key_id',
  }),
  receipt_hash: Type.String({ description: 'Lowercase hex SHA-256 of the canonical receipt_json' }),
  ed25519_sig: Type.String({ description: 'Base64 Ed25519 signature of the canonical receipt_json' }),
  key_id: Type.String({ description: 'The signing key (also inside receipt_json)' }),
  schema_version: Type.String({ description: '"hilt-v1"' }),
  created_at: Timestamp(),
  generated_at: Timestamp(),
  verify_url: Type.String(),
  verify_api_url: Type.String(),
  public_url: Type.String(),
  pdf_url: Type.String(),
  livemode: Type.Boolean(),
  tx_sig: Type.String(),
  payment_id: Nullable(Uuid()),
  product_id: Nullable(Uuid()),
  product_title: Nullable(Type.String()),
  product_slug: Nullable(Type.String()),
  payer_wallet: Nullable(Type.String()),
  merchant_wallet: Nullable(Type.String()),
  amount_minor_units: Nullable(Type.Integer({ description: 'null when above 2^53-1; see receipt_json' })),
  amount_display: Nullable(Type.String()),
  token_mint: Nullable(Type.String({ description: 'null for SOL' })),
  invoice_metadata: InvoiceMetadata,
  owner_display_name: Nullable(Type.String()),
  brand_name: Nullable(
    Type.String({ description: "The workspace's brand name (merchant_settings.brand_name), when set" }),
  ),
  owner_email: Nullable(Type.String()),
  credits_burned: Type.Integer(),
  idempotent_replay: Type.Boolean(),
};

export const Receipt = Type.Object(receiptFields, { title: 'ReceiptResponse' });

export const OnChainAnchor = Type.Object(
  {
    status: LiteralUnion(['confirmed', 'not_found', 'mismatch', 'unavailable'], {
      description: 'unavailable: the chain could not be reached; the proof was still checked offline',
    }),
    tx_sig: Type.String(),
    slot: Nullable(Type.String()),
    block_time: Nullable(Timestamp()),
    detail: Type.String(),
  },
  { title: 'OnChainAnchor' },
);

const verificationFields = {
  valid: Type.Boolean({ description: 'hash and signature valid, and the chain does not contradict the receipt' }),
  hash_valid: Type.Boolean(),
  signature_valid: Type.Boolean(),
  signature_required: Type.Boolean(),
  computed_hash: Type.String(),
  stored_hash: Type.String(),
  on_chain_anchor: Nullable(OnChainAnchor),
  checked_at: Timestamp(),
  key_id: Nullable(Type.String()),
  algorithm: Type.String(),
  public_key: Nullable(Type.String({ description: 'Base58 Ed25519 public key of key_id' })),
  problems: Type.Array(Type.String()),
};

export const Verification = Type.Object(verificationFields, { title: 'ReceiptVerification' });

export const PublicReceipt = Type.Object(
  { ...receiptFields, verification: Verification },
  { title: 'PublicReceiptResponse' },
);

export const VerifyReceiptResponse = Type.Object(
  { receipt_id: Uuid(), generated_at: Timestamp(), ...verificationFields },
  { title: 'VerifyReceiptResponse' },
);

export const ReceiptListItem = Type.Object(
  {
    receipt_id: Uuid(),
    tx_sig: Type.String(),
    receipt_hash: Type.String(),
    schema_version: Type.String(),
    created_at: Timestamp(),
    verify_url: Type.String(),
    payment_id: Nullable(Uuid()),
    product_id: Nullable(Uuid()),
    product_title: Nullable(Type.String()),
    payer_wallet: Nullable(Type.String()),
    merchant_wallet: Nullable(Type.String()),
    token_mint: Nullable(Type.String()),
    amount_minor_units: Nullable(Type.Integer()),
    amount_display: Nullable(Type.String()),
    invoice_number: Nullable(Type.String()),
  },
  { title: 'ReceiptListItem' },
);

const filterFields = {
  wallet: Type.Optional(Type.String({ maxLength: 64, description: 'Payer or merchant wallet' })),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, description: 'Transaction, receipt id, product or invoice metadata' }),
  ),
  product_id: Type.Optional(Uuid()),
};

export const ReceiptListQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  ...filterFields,
});

export const ReceiptExportQuery = Type.Object(filterFields);

export const ReceiptList = Type.Object(
  { total: Type.Integer(), page: Type.Integer(), per_page: Type.Integer(), receipts: Type.Array(ReceiptListItem) },
  { title: 'ReceiptList' },
);

export const SigningKeys = Type.Object(
  {
    keys: Type.Array(
      Type.Object({
        key_id: Type.String(),
        algorithm: Type.Literal('Ed25519'),
        public_key: Type.String({ description: 'Base58 of the 32-byte Ed25519 public key' }),
        created_at: Timestamp(),
        retired_at: Nullable(Timestamp('Set once another key signs new receipts')),
      }),
    ),
  },
  { title: 'ReceiptPublicKeys' },
);

export const SendProof = Type.Object(
  {
    email: Type.Optional(
      Nullable(Type.String({ maxLength: 180, format: 'email' }), {
        description:
          'Where to send the proof. Absent or null: the buyer’s email on file (invoice customer_email, else an EMAIL ' +
          'identity given at checkout); with none on file, 422 no_recipient',
      }),
    ),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { title: 'SendProofRequest' },
);

export const SendProofResponse = Type.Object(
  {
    sent: Type.Boolean({ description: 'false: the email is queued, not sent yet (a job sends it, with retries)' }),
    status: Type.Literal('queued'),
    email: Type.String(),
    email_source: Type.Union([Type.Literal('request'), Type.Literal('on_file')]),
    verify_url: Type.String(),
    pdf_url: Type.String(),
  },
  { title: 'SendProofResponse' },
);
