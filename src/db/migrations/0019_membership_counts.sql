-- The member list's `count` without counting the members on every page. Each statement that adds, removes or moves
-- members (product, status, platform) appends its net change per (workspace, mode, product, status, platform) to
-- membership_count_deltas, from statement-level triggers (a bulk import appends a handful of rows, not one per
-- member); a periodic fold moves the appended rows into membership_counts in one statement. The count of a filter is
-- the sum of its rows in both tables, read in one snapshot, so always exact; no writer waits on a shared counter row.
CREATE TABLE membership_counts (
  owner_id uuid NOT NULL,
  livemode boolean NOT NULL,
  product_id uuid NOT NULL,
  status text NOT NULL,
  platform text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (owner_id, livemode, product_id, status, platform)
);
CREATE TABLE membership_count_deltas (
  owner_id uuid NOT NULL,
  livemode boolean NOT NULL,
  product_id uuid NOT NULL,
  status text NOT NULL,
  platform text NOT NULL,
  delta bigint NOT NULL
);
CREATE INDEX membership_count_deltas_owner_idx ON membership_count_deltas (owner_id, livemode);

CREATE FUNCTION membership_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO membership_count_deltas (owner_id, livemode, product_id, status, platform, delta)
    SELECT owner_id, livemode, product_id, status, platform, count(*) FROM added GROUP BY 1, 2, 3, 4, 5;
  RETURN NULL;
END
$$;
CREATE FUNCTION membership_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO membership_count_deltas (owner_id, livemode, product_id, status, platform, delta)
    SELECT owner_id, livemode, product_id, status, platform, -count(*) FROM removed GROUP BY 1, 2, 3, 4, 5;
  RETURN NULL;
END
$$;
CREATE FUNCTION membership_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only the keys whose count changed: an update of notes, delivery or dates appends nothing.
  INSERT INTO membership_count_deltas (owner_id, livemode, product_id, status, platform, delta)
    SELECT owner_id, livemode, product_id, status, platform, sum(d) FROM (
      SELECT owner_id, livemode, product_id, status, platform, -1 AS d FROM removed
      UNION ALL SELECT owner_id, livemode, product_id, status, platform, 1 FROM added
    ) x GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0;
  RETURN NULL;
END
$$;
CREATE TRIGGER memberships_counted_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION membership_counts_inserted();
CREATE TRIGGER memberships_counted_delete AFTER DELETE ON memberships REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION membership_counts_deleted();
CREATE TRIGGER memberships_counted_update AFTER UPDATE ON memberships REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION membership_counts_updated();

INSERT INTO membership_counts (owner_id, livemode, product_id, status, platform, n)
  SELECT owner_id, livemode, product_id, status, platform, count(*) FROM memberships GROUP BY 1, 2, 3, 4, 5;
