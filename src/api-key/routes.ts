import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { KeyCreate, KeyCreated, KeyListQuery, KeySummary } from './schemas.ts';
import type { ApiKeyService } from './service.ts';
import { errorResponses, Ref } from '../http/schemas.ts';
import {
  KeyModeMismatchError,
  KeyNotFoundError,
  PermissionEscalationError,
  UnsupportedPermissionsError,
} from './errors.ts';

export const apiKeyRoutes: FastifyPluginAsyncTypebox<{ keys: ApiKeyService }> = async (app, { keys }) => {
  const tags = ['api-keys'];

  app.get(
    '/v1/keys',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listKeys',
        summary: 'List API keys (never their raw values)',
        description: 'An API key sees only keys of its own mode (live or sandbox); a dashboard session sees all.',
        querystring: KeyListQuery,
        response: { 200: Type.Array(Ref(KeySummary)) },
      },
    },
    async (request) => keys.listKeys(principalOf(request), request.query.include_revoked),
  );

  app.post(
    '/v1/keys',
    {
      config: { auth: 'admin', secretFields: ['raw_key'] },
      schema: {
        tags,
        operationId: 'createKey',
        summary: 'Create an API key; the raw key is in this response only',
        body: KeyCreate,
        response: {
          201: KeyCreated,
          ...errorResponses(UnsupportedPermissionsError, PermissionEscalationError, KeyModeMismatchError),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await keys.createKey(principalOf(request), request.body)),
  );

  app.delete(
    '/v1/keys/:key_id',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'revokeKey',
        summary: 'Revoke an API key at once and for good',
        params: Type.Object({ key_id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null({ description: 'Revoked' }), ...errorResponses(KeyNotFoundError) },
      },
    },
    async (request, reply) => {
      await keys.revokeKey(principalOf(request), request.params.key_id);
      return reply.code(204).send(null);
    },
  );
};
