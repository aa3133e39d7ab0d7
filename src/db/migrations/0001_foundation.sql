-- Merchant accounts (one account = one workspace), dashboard sessions, wallet sign-in challenges,
-- API keys with their usage, and stored idempotent responses.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text,
  password_hash text,
  wallet_address text,
  display_name text,
  tier text NOT NULL DEFAULT 'free' CHECK (tier IN ('free', 'starter', 'growth', 'scale', 'enterprise')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'deleted')),
  is_staff boolean NOT NULL DEFAULT false,
  email_verified boolean NOT NULL DEFAULT false,
  timezone text NOT NULL DEFAULT 'UTC',
  notification_prefs jsonb NOT NULL DEFAULT '{}'::jsonb,
  merchant_settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX users_wallet_key ON users (wallet_address) WHERE wallet_address IS NOT NULL;

CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

CREATE TABLE wallet_challenges (
  nonce text PRIMARY KEY,
  wallet_address text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX wallet_challenges_expires_idx ON wallet_challenges (expires_at);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  key_prefix text NOT NULL,
  key_hash text NOT NULL,
  permissions text[] NOT NULL,
  sandbox_mode boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  total_calls bigint NOT NULL DEFAULT 0,
  success_calls bigint NOT NULL DEFAULT 0,
  error_calls bigint NOT NULL DEFAULT 0,
  latest_endpoint text,
  latest_activity_at timestamptz
);
CREATE UNIQUE INDEX api_keys_hash_key ON api_keys (key_hash);
CREATE INDEX api_keys_user_idx ON api_keys (user_id, created_at DESC);

CREATE TABLE api_key_activity (
  id bigserial PRIMARY KEY,
  key_id uuid NOT NULL REFERENCES api_keys (id),
  endpoint text NOT NULL,
  http_method text NOT NULL,
  status_code integer NOT NULL,
  duration_ms integer NOT NULL,
  error_message text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_key_activity_key_idx ON api_key_activity (key_id, id DESC);

CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_flight', 'done')),
  response_status integer,
  response_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz NOT NULL,
  PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
