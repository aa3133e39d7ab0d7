-- Products (the merchant's offers), checkout sessions / payments, and the checkout funnel.

CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  product_type text NOT NULL CHECK (product_type IN ('PAYMENT_LINK', 'TIP_JAR')),
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'ARCHIVED')),
  title text NOT NULL,
  description text,
  image_url text,
  amount_minor_units bigint NOT NULL CHECK (amount_minor_units > 0),
  token_mint text,
  merchant_wallet text NOT NULL,
  delivery_type text NOT NULL DEFAULT 'NONE',
  delivery_value text,
  tip_presets_lamports bigint[],
  max_payments integer CHECK (max_payments > 0),
  slug text NOT NULL,
  membership_config jsonb,
  checkout_config jsonb NOT NULL DEFAULT '{}'::jsonb,
  payment_count integer NOT NULL DEFAULT 0,
  confirmed_volume bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz
);
CREATE UNIQUE INDEX products_slug_key ON products (slug);
CREATE INDEX products_owner_idx ON products (owner_id, livemode, created_at DESC);

CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  status text NOT NULL DEFAULT 'PENDING_SIGNATURE'
    CHECK (status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION', 'CONFIRMED', 'FAILED')),
  nonce text NOT NULL,
  reference text NOT NULL,
  payer_wallet text,
  wallet_source text,
  amount_minor_units bigint NOT NULL,
  merchant_amount_minor_units bigint NOT NULL,
  fee_minor_units bigint NOT NULL DEFAULT 0,
  fee_wallet text,
  token_mint text,
  merchant_wallet text NOT NULL,
  received_minor_units bigint,
  excess_minor_units bigint,
  tx_signature text,
  broadcast_signature text,
  customer_reference_type text,
  customer_reference_value text,
  customer_reference_display text,
  identity_locked boolean NOT NULL DEFAULT false,
  identity_session_id uuid,
  membership_id uuid,
  delivery_status text,
  delivery_error text,
  delivery_value text,
  delivery_sent_at timestamptz,
  deep_link_expires_at timestamptz,
  delivery_attempted_at timestamptz,
  failure_reason text,
  refund_required boolean NOT NULL DEFAULT false,
  expires_at timestamptz NOT NULL,
  next_check_at timestamptz NOT NULL DEFAULT now(),
  broadcast_at timestamptz,
  confirmed_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX payments_nonce_key ON payments (nonce);
CREATE UNIQUE INDEX payments_reference_key ON payments (reference);
CREATE UNIQUE INDEX payments_tx_signature_key ON payments (tx_signature) WHERE tx_signature IS NOT NULL;
CREATE INDEX payments_product_idx ON payments (product_id, created_at DESC);
CREATE INDEX payments_owner_idx ON payments (owner_id, livemode, created_at DESC);
CREATE INDEX payments_open_idx ON payments (next_check_at) WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION');
CREATE INDEX payments_confirmed_idx ON payments (product_id, confirmed_at) WHERE status = 'CONFIRMED';

CREATE TABLE checkout_opens (
  product_id uuid NOT NULL REFERENCES products (id),
  day date NOT NULL,
  opens integer NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, day)
);

CREATE TABLE identity_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id),
  wallet_address text NOT NULL,
  wallet_source text,
  identity_type text NOT NULL,
  identity_value text NOT NULL,
  identity_display text,
  challenge_message text NOT NULL,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED')),
  verified_at timestamptz,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
