-- Transactions that carry a checkout session's memo or reference but do not pay it in full (too little, another
-- asset, another recipient). Anyone can send one, so they never close the session: each is kept here against it,
-- visible to the merchant and flagged for a refund when the merchant received something, while the session stays
-- open for a full payment until it expires.
CREATE TABLE payment_partials (
  tx_signature text PRIMARY KEY,
  payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
  reason text NOT NULL,
  received_minor_units bigint NOT NULL,
  payer_wallet text,
  refund_required boolean NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_partials_payment_idx ON payment_partials (payment_id, recorded_at);
