-- Daily checkout statistics per product. Closed days are rolled up once from the payments (their event times never
-- change afterwards), so analytics read a few rows per day instead of scanning every payment; the days not rolled
-- up yet (today) are computed live.
CREATE TABLE product_daily_stats (
  product_id uuid NOT NULL REFERENCES products (id),
  day date NOT NULL,
  opens integer NOT NULL DEFAULT 0,
  connects integer NOT NULL DEFAULT 0,
  confirmed integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  gross bigint NOT NULL DEFAULT 0,
  fee bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, day)
);

CREATE TABLE stats_rollup (
  id integer PRIMARY KEY CHECK (id = 1),
  rolled_through date NOT NULL
);

CREATE INDEX payments_created_idx ON payments (created_at);
CREATE INDEX payments_confirmed_at_idx ON payments (confirmed_at) WHERE status = 'CONFIRMED';
CREATE INDEX payments_failed_at_idx ON payments (failed_at) WHERE status = 'FAILED';
CREATE INDEX payments_product_open_idx ON payments (product_id) WHERE status IN ('PENDING_SIGNATURE', 'PENDING_CONFIRMATION');
CREATE INDEX payments_product_failed_idx ON payments (product_id, failed_at) WHERE status = 'FAILED';
