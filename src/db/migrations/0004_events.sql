-- The event log (outbox): every business event is written in the same transaction as the change behind it, and
-- a job to fan it out to webhook endpoints is queued with it.
CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  livemode boolean NOT NULL,
  type text NOT NULL,
  api_version text NOT NULL,
  data jsonb NOT NULL,
  product_id uuid,
  payment_id uuid,
  membership_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_owner_idx ON events (owner_id, livemode, created_at DESC, id);
CREATE INDEX events_payment_idx ON events (payment_id, created_at) WHERE payment_id IS NOT NULL;
CREATE INDEX events_membership_idx ON events (membership_id, created_at) WHERE membership_id IS NOT NULL;
