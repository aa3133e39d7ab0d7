import { Type } from '@sinclair/typebox';
import { EVENT_TYPES } from '../event/outbox.ts';
import { Nullable, Timestamp, Uuid } from '../http/schemas.ts';

const EventTypeName = Type.String({ minLength: 1, maxLength: 80, description: `One of: ${EVENT_TYPES.join(', ')}` });
const EndpointStatus = Type.Union([Type.Literal('active'), Type.Literal('paused'), Type.Literal('disabled')]);
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead_letter'] as const;
const DeliveryStatus = Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)));
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }));
const PerPage = Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 }));
const Label = Type.String({ minLength: 2, maxLength: 120, pattern: '\\S' });
const Url = Type.String({ minLength: 8, maxLength: 2048 });

export const WebhookEndpoint = Type.Object(
  {
    id: Uuid(),
    owner_id: Uuid(),
    livemode: Type.Boolean(),
    label: Type.String(),
    url: Type.String(),
    status: EndpointStatus,
    signing_secret_preview: Type.String(),
    subscribed_events: Type.Array(Type.String(), { description: 'Empty: every event type' }),
    product_ids: Type.Array(Uuid(), { description: 'Empty: events of every product' }),
    consecutive_failures: Type.Integer(),
    last_success_at: Nullable(Timestamp()),
    last_failure_at: Nullable(Timestamp()),
    last_error: Nullable(Type.String()),
    disabled_reason: Nullable(Type.String()),
    archived_at: Nullable(Timestamp()),
    created_at: Timestamp(),
    updated_at: Timestamp(),
  },
  { $id: 'WebhookEndpoint', title: 'WebhookEndpoint' },
);

export const WebhookDelivery = Type.Object(
  {
    id: Type.Integer(),
    event_id: Uuid(),
    endpoint_id: Uuid(),
    owner_id: Uuid(),
    livemode: Type.Boolean(),
    test: Type.Boolean({ description: 'A test event (endpoint test or testing scenario), not a real one' }),
    status: DeliveryStatus,
    attempt_count: Type.Integer(),
    last_attempt_at: Nullable(Timestamp()),
    next_attempt_at: Nullable(Timestamp()),
    delivered_at: Nullable(Timestamp()),
    response_status: Nullable(Type.Integer()),
    response_body: Nullable(Type.String()),
    last_error: Nullable(Type.String()),
    created_at: Timestamp(),
    updated_at: Timestamp(),
    event_type: Type.String(),
    endpoint_label: Type.String(),
    url: Type.String(),
    product_id: Nullable(Uuid()),
    payment_id: Nullable(Uuid()),
    membership_id: Nullable(Uuid()),
    receipt_id: Nullable(Uuid()),
    support_ticket_id: Nullable(Uuid()),
  },
  { $id: 'WebhookDelivery', title: 'WebhookDelivery' },
);

export const EventEnvelope = Type.Object(
  {
    id: Uuid(),
    type: Type.String(),
    api_version: Type.String(),
    created_at: Timestamp(),
    livemode: Type.Boolean(),
    data: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'EventEnvelope', title: 'EventEnvelope', description: 'The body of a webhook delivery' },
);

export const WebhookEvent = Type.Object(
  {
    id: Uuid(),
    event_type: Type.String(),
    event_version: Type.String(),
    livemode: Type.Boolean(),
    source_type: Type.String(),
    source_id: Nullable(Uuid()),
    product_id: Nullable(Uuid()),
    payment_id: Nullable(Uuid()),
    membership_id: Nullable(Uuid()),
    receipt_id: Nullable(Uuid()),
    support_ticket_id: Nullable(Uuid()),
    created_at: Timestamp(),
    payload: Type.Ref(EventEnvelope),
    deliveries: Type.Array(Type.Ref(WebhookDelivery)),
  },
  { $id: 'WebhookEvent', title: 'WebhookEvent' },
);

export const EndpointCreate = Type.Object(
  {
    label: Label,
    url: Url,
    subscribed_events: Type.Optional(Type.Array(EventTypeName, { maxItems: 20 })),
    product_ids: Type.Optional(Type.Array(Uuid(), { maxItems: 100 })),
  },
  { additionalProperties: false },
);

export const EndpointUpdate = Type.Object(
  {
    label: Type.Optional(Label),
    url: Type.Optional(Url),
    status: Type.Optional(EndpointStatus),
    subscribed_events: Type.Optional(Type.Array(EventTypeName, { maxItems: 20 })),
    product_ids: Type.Optional(Type.Array(Uuid(), { maxItems: 100 })),
    rotate_signing_secret: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const EndpointTest = Type.Object(
  { event_type: Type.Optional(Type.String({ default: 'payment.confirmed', maxLength: 80 })) },
  { additionalProperties: false },
);

export const DeliveryListQuery = Type.Object({
  endpoint_id: Type.Optional(Uuid()),
  status: Type.Optional(DeliveryStatus),
  page: Page,
  per_page: PerPage,
});

export const EventListQuery = Type.Object({
  event_type: Type.Optional(EventTypeName),
  page: Page,
  per_page: PerPage,
});

export const TimelineQuery = Type.Object({
  payment_id: Type.Optional(Uuid()),
  membership_id: Type.Optional(Uuid()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, default: 40 })),
});

export const SupportedEvents = Type.Array(Type.String());

/** Shared schemas the composition root registers (referenced by $id from the routes and the OpenAPI document). */
export const WEBHOOK_SCHEMAS = [WebhookEndpoint, WebhookDelivery, EventEnvelope, WebhookEvent];
