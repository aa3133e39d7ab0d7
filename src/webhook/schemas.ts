import { Type } from 'typebox';
import { EVENT_TYPES } from '../event/outbox.ts';
import { KeepIfNull, LiteralUnion, Nullable, Ref, StringEnum, Timestamp, Uuid } from '../http/schemas.ts';

const EventTypeName = Type.String({
  minLength: 1,
  maxLength: 80,
  description: `One of: ${EVENT_TYPES.join(', ')} (any letter case)`,
});
const ENDPOINT_STATUSES = ['active', 'paused', 'disabled'] as const;
const EndpointStatus = LiteralUnion(ENDPOINT_STATUSES);
const EndpointStatusInput = StringEnum(ENDPOINT_STATUSES);
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead_letter'] as const;
const DeliveryStatus = LiteralUnion(DELIVERY_STATUSES);
const DeliveryStatusInput = StringEnum(DELIVERY_STATUSES);
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }));
const PerPage = Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 }));
const Label = Type.String({ minLength: 2, maxLength: 120, pattern: '\\S' });
const Url = Type.String({ minLength: 8, maxLength: 2048 });
const MODE_TEXT =
  'Which events the endpoint receives (this server’s addition to Hilt’s contract): "all" (live and sandbox ' +
  'events, told apart by each event’s livemode), "live" or "sandbox". Default: "all" for an endpoint a dashboard ' +
  'session creates without X-Hilt-Mode, else the caller’s mode; an API key or a session with X-Hilt-Mode can ' +
  'only choose its own mode';
const EndpointModeInput = StringEnum(['all', 'live', 'sandbox'] as const, { description: MODE_TEXT });

export const WebhookEndpoint = Type.Object(
  {
    id: Uuid(),
    owner_id: Uuid(),
    livemode: Type.Boolean({ description: 'The endpoint’s own mode (for "all", the mode it was made in)' }),
    mode: Type.Union([Type.Literal('all'), Type.Literal('live'), Type.Literal('sandbox')], { description: MODE_TEXT }),
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
    payload: Ref(EventEnvelope),
    deliveries: Type.Array(Ref(WebhookDelivery)),
  },
  { $id: 'WebhookEvent', title: 'WebhookEvent' },
);

export const EndpointCreate = Type.Object(
  {
    label: Label,
    url: Url,
    subscribed_events: Type.Optional(Type.Array(EventTypeName, { maxItems: 20 })),
    product_ids: Type.Optional(Type.Array(Uuid(), { maxItems: 100 })),
    mode: Type.Optional(EndpointModeInput),
  },
  { additionalProperties: false },
);

export const EndpointUpdate = Type.Object(
  {
    label: Type.Optional(KeepIfNull(Label)),
    url: Type.Optional(KeepIfNull(Url)),
    status: Type.Optional(KeepIfNull(EndpointStatusInput)),
    subscribed_events: Type.Optional(
      KeepIfNull(Type.Array(EventTypeName, { maxItems: 20 }), 'Event types; [] subscribes to every type'),
    ),
    product_ids: Type.Optional(KeepIfNull(Type.Array(Uuid(), { maxItems: 100 }), '[] means every product')),
    mode: Type.Optional(KeepIfNull(EndpointModeInput)),
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
  status: Type.Optional(DeliveryStatusInput),
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
