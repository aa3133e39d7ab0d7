-- Outbound webhooks: merchant endpoints, one delivery row per (event, endpoint) with the exact body sent, and the
-- testing sessions whose fake events never enter the real event log.
CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  label text NOT NULL,
  url text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'disabled')),
  -- AES-GCM sealed with the server's encryption key: deliveries need the secret itself to sign.
  secret_sealed text NOT NULL,
  secret_preview text NOT NULL,
  subscribed_events text[] NOT NULL DEFAULT '{}',
  product_ids uuid[] NOT NULL DEFAULT '{}',
  consecutive_failures integer NOT NULL DEFAULT 0,
  -- Events in a row whose delivery ended in dead_letter; past the configured run the endpoint is disabled.
  failed_event_streak integer NOT NULL DEFAULT 0,
  last_success_at timestamptz,
  last_failure_at timestamptz,
  last_error text,
  disabled_reason text,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_owner_idx ON webhook_endpoints (owner_id, livemode, created_at);

CREATE TABLE webhook_deliveries (
  id bigserial PRIMARY KEY,
  -- No foreign key: test events (endpoint tests, testing sessions) are delivered without entering `events`.
  event_id uuid NOT NULL,
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  is_test boolean NOT NULL DEFAULT false,
  event_type text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'dead_letter')),
  attempt_count integer NOT NULL DEFAULT 0,
  last_attempt_at timestamptz,
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  response_status integer,
  response_body text,
  last_error text,
  product_id uuid,
  payment_id uuid,
  membership_id uuid,
  receipt_id uuid,
  support_ticket_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_owner_idx ON webhook_deliveries (owner_id, livemode, id DESC);
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, id DESC);

CREATE TABLE testing_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  product_id uuid,
  scenario text NOT NULL,
  status text NOT NULL,
  fake_payment_id uuid NOT NULL,
  fake_membership_id uuid NOT NULL,
  fake_receipt_id uuid NOT NULL,
  fake_support_ticket_id uuid NOT NULL,
  event_count integer NOT NULL,
  delivery_count integer NOT NULL,
  request jsonb NOT NULL,
  timeline jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX testing_sessions_owner_idx ON testing_sessions (owner_id, livemode, created_at DESC);
