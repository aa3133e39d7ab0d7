// Testing scenarios (§4.10): running one is an operational write (`execute`), reading them needs `read`.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import { TestingSessionNotFoundError, UnknownScenarioError } from './errors.ts';
import { errorResponses, Ref, Timestamp, Uuid } from '../http/schemas.ts';
import { EventEnvelope } from '../webhook/schemas.ts';
import { Scenario, SessionCreate, TestingSession } from './schemas.ts';
import type { TestingService } from './service.ts';

export const testingRoutes: FastifyPluginAsyncTypebox<{ testing: TestingService }> = async (app, { testing }) => {
  const tags = ['testing'];
  const SessionRef = Ref(TestingSession);

  app.get(
    '/v1/testing/scenarios',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listTestingScenarios',
        response: { 200: Type.Object({ scenarios: Type.Array(Scenario), count: Type.Integer() }) },
      },
    },
    async () => testing.listScenarios(),
  );

  app.post(
    '/v1/testing/sessions',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createTestingSession',
        summary: 'Run a scenario: signed test events with fake ids go to the workspace’s webhook endpoints',
        body: SessionCreate,
        response: {
          201: Type.Object({
            session: SessionRef,
            scenario: Scenario,
            emitted_events: Type.Array(Ref(EventEnvelope)),
            delivery_results: Type.Array(
              Type.Object({
                event_id: Uuid(),
                event_type: Type.String(),
                endpoint_id: Uuid(),
                delivery_id: Type.Integer(),
                status: Type.String(),
              }),
            ),
            supported_events: Type.Array(Type.String()),
          }),
          ...errorResponses(UnknownScenarioError, ProductNotFoundError),
        },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return testing.createSession(principalOf(request), request.body);
    },
  );

  app.get(
    '/v1/testing/sessions',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listTestingSessions',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) }),
        response: {
          200: Type.Object({ sessions: Type.Array(SessionRef), count: Type.Integer(), generated_at: Timestamp() }),
        },
      },
    },
    async (request) => testing.listSessions(principalOf(request), request.query.limit),
  );

  app.get(
    '/v1/testing/sessions/:session_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getTestingSession',
        params: Type.Object({ session_id: Uuid() }),
        response: {
          200: Type.Object({ session: SessionRef, supported_scenarios: Type.Array(Type.String()) }),
          ...errorResponses(TestingSessionNotFoundError),
        },
      },
    },
    async (request) => testing.getSession(principalOf(request), request.params.session_id),
  );
};
