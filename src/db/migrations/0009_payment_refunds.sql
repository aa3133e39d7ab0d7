-- Transactions that paid a checkout session after it had closed (failed, or paid by another transaction): the money
-- reached the merchant without buying anything, so they are kept on the payment and flagged for a refund.
ALTER TABLE payments ADD COLUMN refund_tx_signatures text[] NOT NULL DEFAULT '{}';
