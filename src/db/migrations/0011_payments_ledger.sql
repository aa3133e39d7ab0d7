-- The workspace payments ledger (GET /v1/payments): newest first per workspace and mode, filtered by status or
-- searched by payer wallet, stays an index scan with many thousands of payments.
CREATE INDEX payments_owner_status_idx ON payments (owner_id, livemode, status, created_at DESC);
CREATE INDEX payments_owner_payer_idx ON payments (owner_id, livemode, payer_wallet) WHERE payer_wallet IS NOT NULL;
