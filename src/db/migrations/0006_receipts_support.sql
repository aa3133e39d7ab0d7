-- Signed receipts (one per transaction per workspace and mode) and support tickets joined to the payment trail.

-- Every key that ever signed a receipt stays listed, so receipts signed before a rotation keep verifying.
CREATE TABLE receipt_signing_keys (
  key_id text PRIMARY KEY,
  public_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);

CREATE TABLE receipts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  tx_sig text NOT NULL,
  payment_id uuid REFERENCES payments (id),
  product_id uuid REFERENCES products (id),
  payer_wallet text,
  merchant_wallet text,
  token_mint text,
  amount_minor_units bigint,
  -- The exact canonical (RFC 8785) text that was hashed and signed; never re-serialised.
  receipt_json text NOT NULL,
  receipt_hash text NOT NULL,
  ed25519_sig text NOT NULL,
  key_id text NOT NULL REFERENCES receipt_signing_keys (key_id),
  schema_version text NOT NULL DEFAULT 'hilt-v1',
  invoice_metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX receipts_tx_key ON receipts (owner_id, livemode, tx_sig);
CREATE UNIQUE INDEX receipts_payment_key ON receipts (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX receipts_owner_idx ON receipts (owner_id, livemode, created_at DESC, id DESC);

CREATE TABLE support_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  subject text NOT NULL,
  category text NOT NULL DEFAULT 'OTHER'
    CHECK (category IN ('PAYMENT', 'DELIVERY', 'ACCESS', 'REFUND', 'ACCOUNT', 'OTHER')),
  priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  status text NOT NULL DEFAULT 'OPEN'
    CHECK (status IN ('OPEN', 'PENDING_MERCHANT', 'PENDING_BUYER', 'RESOLVED', 'CLOSED')),
  context jsonb NOT NULL DEFAULT '{}'::jsonb,
  payment_id uuid,
  receipt_id uuid,
  membership_id uuid,
  tx_signature text,
  opened_by text NOT NULL CHECK (opened_by IN ('MERCHANT', 'BUYER', 'SYSTEM')),
  buyer_wallet text,
  -- SHA-256 of the buyer's ticket access token; the token itself is shown once.
  buyer_token_hash text,
  -- Set by system-opened tickets (delivery failures) so a repeat failure joins the open ticket instead of a new one.
  reuse_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  closed_at timestamptz
);
CREATE INDEX support_tickets_owner_idx ON support_tickets (owner_id, livemode, created_at DESC, id DESC);
CREATE UNIQUE INDEX support_tickets_buyer_token_key ON support_tickets (buyer_token_hash)
  WHERE buyer_token_hash IS NOT NULL;
CREATE UNIQUE INDEX support_tickets_reuse_key ON support_tickets (owner_id, livemode, reuse_key)
  WHERE reuse_key IS NOT NULL AND status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX support_tickets_payment_idx ON support_tickets (payment_id) WHERE payment_id IS NOT NULL;

CREATE TABLE support_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid NOT NULL REFERENCES support_tickets (id) ON DELETE CASCADE,
  author_type text NOT NULL CHECK (author_type IN ('MERCHANT', 'BUYER', 'SYSTEM')),
  author_id text,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_messages_ticket_idx ON support_messages (ticket_id, created_at, id);

-- One-time messages a buyer signs with the paying wallet to open a ticket about a payment.
CREATE TABLE support_buyer_challenges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id uuid NOT NULL REFERENCES payments (id),
  wallet text NOT NULL,
  message text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_buyer_challenges_expiry_idx ON support_buyer_challenges (expires_at);
