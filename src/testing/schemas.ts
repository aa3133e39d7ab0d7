import { Type } from 'typebox';
import { Nullable, Ref, Timestamp, Uuid } from '../http/schemas.ts';
import { EventEnvelope } from '../webhook/schemas.ts';

export const Scenario = Type.Object({
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  events: Type.Array(Type.String()),
});

export const TestingSession = Type.Object(
  {
    id: Uuid(),
    owner_id: Uuid(),
    livemode: Type.Boolean(),
    product_id: Nullable(Uuid()),
    scenario: Type.String(),
    status: Type.String(),
    fake_payment_id: Uuid(),
    fake_membership_id: Uuid(),
    fake_receipt_id: Uuid(),
    fake_support_ticket_id: Uuid(),
    event_count: Type.Integer(),
    delivery_count: Type.Integer(),
    request: Type.Record(Type.String(), Type.Unknown()),
    timeline: Type.Array(Ref(EventEnvelope)),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { $id: 'TestingSession', title: 'TestingSession' },
);

export const SessionCreate = Type.Object(
  {
    scenario: Type.String({ minLength: 2, maxLength: 80 }),
    product_id: Type.Optional(Nullable(Uuid())),
    amount_minor_units: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }))),
    payer_wallet: Type.Optional(Nullable(Type.String({ maxLength: 160 }))),
    identity_display: Type.Optional(Nullable(Type.String({ maxLength: 160 }))),
  },
  { additionalProperties: false },
);

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const TESTING_SCHEMAS = [TestingSession];
