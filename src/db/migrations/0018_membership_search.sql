-- Member search at scale. A text search (`q`) matches part of the identity, the platform name or the platform user
-- id, which no b-tree serves: with pg_trgm (PostgreSQL) each of those columns gets a trigram index, and the search
-- reads each arm through its own index (see listWhere in membership/repository.ts) instead of scanning the
-- workspace's members. The embedded database has the extension only when it is loaded into PGlite; without it the
-- search stays a scan of the workspace's members, which is what an embedded deployment holds.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX memberships_identity_trgm ON memberships USING gin (customer_identity_value gin_trgm_ops);
    CREATE INDEX memberships_display_trgm ON memberships USING gin (platform_display gin_trgm_ops);
    CREATE INDEX memberships_platform_user_trgm ON memberships USING gin (platform_user_id gin_trgm_ops);
  END IF;
END
$$;
-- Exact matches of a search (a wallet or a transaction signature) by their own indexes too.
CREATE INDEX memberships_payer_wallet_idx ON memberships (payer_wallet) WHERE payer_wallet IS NOT NULL;
CREATE INDEX memberships_latest_tx_idx ON memberships (latest_tx_signature) WHERE latest_tx_signature IS NOT NULL;
