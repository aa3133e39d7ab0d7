-- The member search trigram indexes of 0018 on data folders that ran it before the embedded database loaded pg_trgm
-- (0018 skipped them there). A no-op where 0018 created them, and where the extension is not available.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS memberships_identity_trgm ON memberships USING gin (customer_identity_value gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS memberships_display_trgm ON memberships USING gin (platform_display gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS memberships_platform_user_trgm ON memberships USING gin (platform_user_id gin_trgm_ops);
  END IF;
END
$$;
