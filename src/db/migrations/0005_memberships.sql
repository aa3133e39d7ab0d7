-- Memberships: who has access to what until when, every paid or gifted period, and the history of each one.
-- Bot tokens for access delivery are stored per workspace, sealed with the server's encryption key.
CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  product_id uuid NOT NULL REFERENCES products (id),
  platform text NOT NULL,
  platform_user_id text,
  platform_display text NOT NULL DEFAULT '',
  customer_identity_type text NOT NULL,
  customer_identity_value text NOT NULL,
  payer_wallet text,
  status text NOT NULL CHECK (status IN ('ACTIVE', 'GRACE_PERIOD', 'EXPIRED', 'DELIVERY_FAILED')),
  current_period_start_at timestamptz NOT NULL,
  current_period_end_at timestamptz NOT NULL,
  grace_ends_at timestamptz,
  latest_payment_id uuid,
  latest_tx_signature text,
  delivery_status text NOT NULL DEFAULT 'PENDING',
  delivery_last_error text,
  delivery_value text,
  delivery_attempted_at timestamptz,
  delivery_sent_at timestamptz,
  -- A short lease so a retry-delivery call and a background attempt never talk to the platform at once.
  delivery_locked_until timestamptz,
  access_revoked_at timestamptz,
  renewal_count integer NOT NULL DEFAULT 0,
  last_reminder_sent_at timestamptz,
  notes text NOT NULL DEFAULT '',
  metadata_json jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX memberships_owner_idx ON memberships (owner_id, livemode, created_at DESC, id);
CREATE INDEX memberships_identity_idx ON memberships (product_id, customer_identity_type, customer_identity_value);
CREATE INDEX memberships_wallet_idx ON memberships (owner_id, livemode, payer_wallet);
CREATE INDEX memberships_period_end_idx ON memberships (owner_id, livemode, current_period_end_at)
  WHERE status IN ('ACTIVE', 'GRACE_PERIOD', 'DELIVERY_FAILED');

CREATE TABLE membership_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  membership_id uuid NOT NULL REFERENCES memberships (id),
  payment_id uuid,
  tx_signature text,
  amount_lamports bigint NOT NULL DEFAULT 0,
  token_mint text,
  period_start_at timestamptz NOT NULL,
  period_end_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('PAID', 'GIFTED', 'REVOKED')),
  activated_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_periods_membership_idx ON membership_periods (membership_id, period_start_at);
CREATE INDEX membership_periods_tx_idx ON membership_periods (tx_signature) WHERE tx_signature IS NOT NULL;

CREATE TABLE membership_events (
  id bigserial PRIMARY KEY,
  membership_id uuid NOT NULL REFERENCES memberships (id),
  payment_id uuid,
  event_type text NOT NULL,
  actor_type text NOT NULL,
  actor_id text,
  payload_json jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Claims a once-only action (a reminder for one period and offset) across instances and retries.
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX membership_events_membership_idx ON membership_events (membership_id, id);
CREATE INDEX membership_events_created_idx ON membership_events (created_at DESC);
CREATE UNIQUE INDEX membership_events_dedupe_key ON membership_events (dedupe_key) WHERE dedupe_key IS NOT NULL;

CREATE TABLE delivery_bots (
  owner_id uuid NOT NULL REFERENCES users (id),
  provider text NOT NULL CHECK (provider IN ('TELEGRAM', 'DISCORD')),
  token_sealed text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_id, provider)
);
