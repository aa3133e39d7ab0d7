-- The Pay API (/v1/access/*): apps, access products backed by ordinary products, per-rail payout settings,
-- entitlements with metered usage, payment sessions (hosted checkout, x402, sandbox), payment proofs, and agent
-- setup intents. Every row belongs to one workspace (owner_id) and one mode (livemode).

CREATE TABLE access_apps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  name text NOT NULL,
  external_app_id text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  default_rail text NOT NULL,
  live_mode boolean NOT NULL DEFAULT false,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX access_apps_external_key ON access_apps (owner_id, livemode, external_app_id)
  WHERE external_app_id IS NOT NULL;

CREATE TABLE access_rail_settings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  rail_id text NOT NULL,
  enabled boolean NOT NULL DEFAULT false,
  mode text NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'sandbox', 'disabled')),
  payout_address text,
  label text,
  fee_collection jsonb NOT NULL DEFAULT '{}'::jsonb,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner_id, livemode, rail_id)
);

CREATE TABLE access_products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  access_app_id uuid REFERENCES access_apps (id),
  -- The ordinary product that carries price, payout wallet and hosted checkout.
  product_id uuid NOT NULL UNIQUE REFERENCES products (id),
  external_product_id text,
  status text NOT NULL DEFAULT 'paused' CHECK (status IN ('active', 'paused')),
  default_rail text NOT NULL,
  allowed_rails text[] NOT NULL,
  billing_model text NOT NULL DEFAULT 'one_off' CHECK (billing_model IN ('one_off', 'recurring')),
  renewal_mode text NOT NULL DEFAULT 'none',
  billing_interval_days integer,
  cancel_at_period_end boolean NOT NULL DEFAULT true,
  grace_period_days integer NOT NULL DEFAULT 0,
  entitlement_duration_days integer,
  usage_unit text,
  usage_units_per_payment bigint CHECK (usage_units_per_payment > 0),
  live_mode_confirmed boolean NOT NULL DEFAULT false,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX access_products_external_key ON access_products (owner_id, livemode, external_product_id)
  WHERE external_product_id IS NOT NULL;

CREATE TABLE access_entitlements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  access_product_id uuid NOT NULL REFERENCES access_products (id),
  product_id uuid NOT NULL REFERENCES products (id),
  access_app_id uuid,
  -- 'ext:<id>', 'wallet:<address>' or 'email:<lower-case address>': one entitlement per customer and product.
  customer_key text NOT NULL,
  external_customer_id text,
  wallet text,
  email text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'revoked')),
  active_from timestamptz,
  expires_at timestamptz,
  receipt_id uuid,
  payment_id uuid,
  last_payment_id uuid,
  rail_id text NOT NULL,
  usage_granted bigint NOT NULL DEFAULT 0,
  usage_consumed bigint NOT NULL DEFAULT 0 CHECK (usage_consumed <= usage_granted OR usage_granted = 0),
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (access_product_id, customer_key)
);

CREATE TABLE access_usage_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  entitlement_id uuid NOT NULL REFERENCES access_entitlements (id),
  units bigint NOT NULL CHECK (units > 0),
  usage_unit text,
  idempotency_key text NOT NULL,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- A replayed consume finds its first burn here instead of burning again.
CREATE UNIQUE INDEX access_usage_events_key ON access_usage_events (owner_id, livemode, idempotency_key);
CREATE INDEX access_usage_events_entitlement_idx ON access_usage_events (entitlement_id, created_at);

CREATE TABLE access_payment_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  access_product_id uuid NOT NULL REFERENCES access_products (id),
  product_id uuid NOT NULL REFERENCES products (id),
  entitlement_id uuid NOT NULL REFERENCES access_entitlements (id),
  -- The ordinary payment an x402 session settles (hosted sessions get theirs when the buyer opens checkout).
  payment_id uuid UNIQUE REFERENCES payments (id),
  customer_key text NOT NULL,
  rail_id text NOT NULL,
  payment_protocol text NOT NULL CHECK (payment_protocol IN ('hosted_checkout', 'x402', 'sandbox')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'failed', 'expired')),
  amount_minor_units bigint NOT NULL,
  token_mint text,
  merchant_wallet text NOT NULL,
  payment_requirement jsonb,
  checkout_url text,
  -- Sandbox sessions: SHA-256 of the proof handed out at creation.
  sandbox_proof_hash text,
  -- The transaction a settlement is working on: a second, different one is refused while it runs.
  settling_signature text,
  settling_at timestamptz,
  failed_reason text,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  expires_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_payment_sessions_customer_idx
  ON access_payment_sessions (product_id, customer_key, created_at DESC) WHERE status = 'pending';

CREATE TABLE access_payment_proofs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  access_product_id uuid REFERENCES access_products (id),
  product_id uuid REFERENCES products (id),
  payment_id uuid REFERENCES payments (id),
  payment_session_id uuid REFERENCES access_payment_sessions (id),
  entitlement_id uuid REFERENCES access_entitlements (id),
  receipt_id uuid,
  rail_id text NOT NULL,
  proof_type text NOT NULL,
  -- The transaction signature: one transaction proves one payment, ever.
  proof_fingerprint text NOT NULL UNIQUE,
  proof_reference text,
  external_customer_id text,
  wallet text,
  email text,
  amount_minor_units bigint,
  settlement_asset text,
  network text,
  status text NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
  settlement jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_payment_proofs_session_idx ON access_payment_proofs (payment_session_id);

CREATE TABLE access_setup_intents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'sandbox_created'
    CHECK (status IN ('sandbox_created', 'owner_approved', 'live_key_issued', 'expired', 'revoked')),
  agent_name text NOT NULL,
  agent_platform text,
  requested_use_case text,
  contact_email text,
  external_reference text,
  requested_permissions text[] NOT NULL DEFAULT '{}',
  approved_permissions text[] NOT NULL DEFAULT '{}',
  -- SHA-256 of the one-time setup token.
  setup_token_hash text NOT NULL UNIQUE,
  sandbox_owner_id uuid REFERENCES users (id),
  sandbox_key_id uuid REFERENCES api_keys (id),
  approved_owner_id uuid REFERENCES users (id),
  live_key_id uuid REFERENCES api_keys (id),
  manifest jsonb,
  manifest_evaluation jsonb,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  expires_at timestamptz NOT NULL,
  approved_at timestamptz,
  live_key_issued_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
