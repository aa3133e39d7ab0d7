import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../http/auth.ts';
import {
  DeliveryBots,
  DeliveryBotsUpdate,
  DeliveryReadiness,
  DeliveryTestRequest,
  DeliveryTestResponse,
} from './schemas.ts';
import type { DeliveryService } from './service.ts';

export const deliveryRoutes: FastifyPluginAsyncTypebox<{ delivery: DeliveryService }> = async (app, { delivery }) => {
  const tags = ['account'];

  app.get(
    '/v1/account/delivery/bots',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getDeliveryBots',
        summary: 'Which chat bots this workspace has configured',
        response: { 200: DeliveryBots },
      },
    },
    async (request) => delivery.getBots(principalOf(request)),
  );

  app.put(
    '/v1/account/delivery/bots',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'setDeliveryBots',
        summary: 'Set or remove the Telegram and Discord bot tokens (stored encrypted, never returned)',
        body: DeliveryBotsUpdate,
        response: { 200: DeliveryBots },
      },
    },
    async (request) => delivery.setBots(principalOf(request), request.body),
  );

  app.get(
    '/v1/account/delivery/readiness',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getDeliveryReadiness',
        summary: 'Whether membership templates can deliver access: bots, targets and defaults',
        response: { 200: DeliveryReadiness },
      },
    },
    async (request) => delivery.readiness(principalOf(request)),
  );

  app.post(
    '/v1/account/delivery/test',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'testDeliveryProvider',
        summary: 'Check a configured bot against its platform',
        body: DeliveryTestRequest,
        response: { 200: DeliveryTestResponse },
      },
    },
    async (request) => delivery.test(principalOf(request), request.body.provider),
  );
};
