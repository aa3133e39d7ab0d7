-- A confirmed payment no longer updates its product row (every confirmation of a product queued on that one row
-- lock): it appends its amount here, and a periodic fold adds the appended rows to products.payment_count and
-- confirmed_volume. A product's figures are always its row plus the rows not folded yet.
CREATE TABLE product_payment_tallies (
  product_id uuid NOT NULL,
  amount_minor_units bigint NOT NULL
);
CREATE INDEX product_payment_tallies_product_idx ON product_payment_tallies (product_id);
