// Outbound webhook routes (§4.8). Endpoints and deliveries need a dashboard session or an `admin` key; the event
// log and timeline are reads of merchant data like any other GET, so a `read` key is enough for them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { errorResponses, Nullable, Ref, Uuid } from '../http/schemas.ts';
import {
  EndpointModeNotAllowedError,
  TimelineSubjectRequiredError,
  UnknownEventTypeError,
  UnknownProductError,
  WEBHOOK_URL_ERRORS,
  WebhookDeliveryInProgressError,
  WebhookDeliveryNotFoundError,
  WebhookEndpointNotFoundError,
} from './errors.ts';
import {
  DeliveryListQuery,
  EndpointCreate,
  EndpointTest,
  EndpointUpdate,
  EventEnvelope,
  EventListQuery,
  SupportedEvents,
  TimelineQuery,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEvent,
} from './schemas.ts';
import type { WebhookService } from './service.ts';

const EndpointParams = Type.Object({ endpoint_id: Uuid() });
const DeliveryParams = Type.Object({ delivery_id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
const EndpointRef = Ref(WebhookEndpoint);
const DeliveryRef = Ref(WebhookDelivery);

export const webhookRoutes: FastifyPluginAsyncTypebox<{ webhooks: WebhookService }> = async (app, { webhooks }) => {
  const tags = ['webhooks'];

  app.get(
    '/v1/webhooks/endpoints',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listWebhookEndpoints',
        response: { 200: Type.Object({ endpoints: Type.Array(EndpointRef) }) },
      },
    },
    async (request) => webhooks.listEndpoints(principalOf(request)),
  );

  app.post(
    '/v1/webhooks/endpoints',
    {
      config: { auth: 'admin', secretFields: ['signing_secret'] },
      schema: {
        tags,
        operationId: 'createWebhookEndpoint',
        summary: 'Register a webhook endpoint; the signing secret is shown only in this answer',
        body: EndpointCreate,
        response: {
          201: Type.Object({
            endpoint: EndpointRef,
            signing_secret: Type.Union([Type.String(), Type.Null()], {
              description: 'Shown only in this answer (null in an idempotent replay of it)',
            }),
            supported_events: SupportedEvents,
          }),
          ...errorResponses(
            UnknownEventTypeError,
            EndpointModeNotAllowedError,
            UnknownProductError,
            ...WEBHOOK_URL_ERRORS,
          ),
        },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return webhooks.createEndpoint(principalOf(request), request.body);
    },
  );

  app.patch(
    '/v1/webhooks/endpoints/:endpoint_id',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateWebhookEndpoint',
        summary: 'Update an endpoint; rotate_signing_secret returns the new secret once',
        params: EndpointParams,
        body: EndpointUpdate,
        response: {
          200: Type.Object({ endpoint: EndpointRef, signing_secret: Type.Optional(Type.String()) }),
          ...errorResponses(
            WebhookEndpointNotFoundError,
            UnknownEventTypeError,
            EndpointModeNotAllowedError,
            UnknownProductError,
            ...WEBHOOK_URL_ERRORS,
          ),
        },
      },
    },
    async (request) => webhooks.updateEndpoint(principalOf(request), request.params.endpoint_id, request.body),
  );

  app.delete(
    '/v1/webhooks/endpoints/:endpoint_id',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteWebhookEndpoint',
        summary: 'Disable an endpoint (it is kept, with its deliveries)',
        params: EndpointParams,
        response: { 200: Type.Object({ endpoint: EndpointRef }), ...errorResponses(WebhookEndpointNotFoundError) },
      },
    },
    async (request) => webhooks.deleteEndpoint(principalOf(request), request.params.endpoint_id),
  );

  app.post(
    '/v1/webhooks/endpoints/:endpoint_id/test',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'testWebhookEndpoint',
        summary: 'Send a signed test event (fake ids, data.test = true) to the endpoint now',
        params: EndpointParams,
        body: Type.Optional(EndpointTest),
        response: {
          200: Type.Object({
            event: Ref(EventEnvelope),
            delivery: DeliveryRef,
            delivered: Type.Boolean(),
            result: Type.Object({
              status_code: Nullable(Type.Integer()),
              response_body: Nullable(Type.String()),
              error: Nullable(Type.String()),
              duration_ms: Type.Integer(),
            }),
          }),
          ...errorResponses(WebhookEndpointNotFoundError, UnknownEventTypeError),
        },
      },
    },
    async (request) =>
      webhooks.testEndpoint(
        principalOf(request),
        request.params.endpoint_id,
        request.body?.event_type ?? 'payment.confirmed',
      ),
  );

  app.get(
    '/v1/webhooks/deliveries',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listWebhookDeliveries',
        summary: 'Deliveries, newest first',
        description: 'Both modes for a dashboard session without X-Hilt-Mode, else the caller’s mode only.',
        querystring: DeliveryListQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), page: Type.Integer(), deliveries: Type.Array(DeliveryRef) }),
        },
      },
    },
    async (request) => webhooks.listDeliveries(principalOf(request), request.query),
  );

  app.post(
    '/v1/webhooks/deliveries/:delivery_id/replay',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'replayWebhookDelivery',
        summary: 'Send a delivery again (same event id and body) with a fresh retry schedule',
        params: DeliveryParams,
        response: {
          200: Type.Object({ delivery: DeliveryRef }),
          ...errorResponses(WebhookDeliveryNotFoundError, WebhookDeliveryInProgressError),
        },
      },
    },
    async (request) => webhooks.replayDelivery(principalOf(request), request.params.delivery_id),
  );

  app.get(
    '/v1/webhooks/events',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listWebhookEvents',
        summary: 'The event log, newest first',
        description:
          'A dashboard session without X-Hilt-Mode sees both modes’ events (each carries livemode); an API key or a ' +
          'session with X-Hilt-Mode sees its own mode only.',
        querystring: EventListQuery,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            events: Type.Array(Ref(WebhookEvent)),
            supported_events: SupportedEvents,
          }),
        },
      },
    },
    async (request) => webhooks.listEvents(principalOf(request), request.query),
  );

  app.get(
    '/v1/webhooks/timeline',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getWebhookTimeline',
        summary: 'The events of one payment or membership, oldest first',
        description:
          'A dashboard session without X-Hilt-Mode sees both modes’ events (each carries livemode); an API key or a ' +
          'session with X-Hilt-Mode sees its own mode only.',
        querystring: TimelineQuery,
        response: {
          200: Type.Object({
            payment_id: Nullable(Uuid()),
            membership_id: Nullable(Uuid()),
            timeline: Type.Array(Ref(WebhookEvent)),
            count: Type.Integer(),
            generated_at: Type.String({ format: 'date-time' }),
          }),
          ...errorResponses(TimelineSubjectRequiredError),
        },
      },
    },
    async (request) => webhooks.timeline(principalOf(request), request.query),
  );
};
