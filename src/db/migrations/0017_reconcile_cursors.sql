-- The reconciler looks at the open sessions of a receiving account (a merchant wallet, or its token account for a
-- mint) all at once: one scan of the account's new transactions finds a payment to any of them. Each account is
-- claimed by one instance per pass (claimed_until), and the newest transaction seen is kept (last_signature), so
-- the next pass, on whichever instance, reads only what landed since.
CREATE TABLE reconcile_cursors (
  account_key text PRIMARY KEY,
  last_signature text,
  claimed_until timestamptz NOT NULL DEFAULT '-infinity',
  scanned_at timestamptz
);
