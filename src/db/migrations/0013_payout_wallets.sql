-- Wallets a workspace has proven it controls (a signed challenge), per mode. Only these may receive live payments
-- of its products, and only transactions paying them get receipts naming the workspace without a checkout session.
CREATE TABLE payout_wallets (
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  livemode boolean NOT NULL,
  wallet_address text NOT NULL,
  verified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_id, livemode, wallet_address)
);

CREATE TABLE payout_wallet_challenges (
  nonce text PRIMARY KEY,
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  livemode boolean NOT NULL,
  wallet_address text NOT NULL,
  message text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX payout_wallet_challenges_expiry_idx ON payout_wallet_challenges (expires_at);
