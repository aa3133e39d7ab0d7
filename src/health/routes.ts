import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../db/index.ts';
import { ServiceUnavailableError } from '../errors.ts';
import { API_VERSION } from '../http/openapi.ts';

const Health = Type.Object(
  { status: Type.Literal('ok'), database: Type.String(), version: Type.String() },
  { $id: 'Health', title: 'Health' },
);

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const handler = async () => {
    try {
      await db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableError('Database unreachable', 'database_unavailable');
    }
    return { status: 'ok' as const, database: db.kind, version: API_VERSION };
  };
  const schema = (operationId: string) => ({
    tags: ['health'],
    operationId,
    summary: 'Liveness and database reachability',
    response: { 200: Health, 503: Type.Ref('ErrorResponse') },
  });
  app.get('/health', { config: { auth: 'public' }, schema: schema('health') }, handler);
  app.get('/v1/health', { config: { auth: 'public' }, schema: schema('healthV1') }, handler);
};
