// The OpenAPI 3.1 document is generated from the route schemas; Swagger UI and Redoc are served from installed
// packages, so the docs work offline. Each route's security and error responses are filled in from its
// `config.auth`, so they cannot drift from what the auth pipeline enforces.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { COMMON_ERROR_STATUSES, ERROR_DESCRIPTIONS, ErrorRef, ErrorResponse } from './schemas.ts';

const require = createRequire(import.meta.url);

export const API_VERSION = '1.0.0';

const RATE_LIMIT_HEADERS: Record<string, { schema: { type: 'string' | 'integer' }; description: string }> = {
  'X-RateLimit-Limit': { schema: { type: 'string' }, description: 'Requests allowed in the current window' },
  'X-RateLimit-Remaining': { schema: { type: 'string' }, description: 'Requests left in the current window' },
  'X-RateLimit-Reset': { schema: { type: 'integer' }, description: 'Unix time (seconds) when the window resets' },
};

/** Adds security requirements and the error responses each route can give, before the route is compiled. */
export function decorateRouteSchema(route: RouteOptions) {
  route.schema ??= {};
  const schema = route.schema as Record<string, unknown>;
  if (schema.hide) return;
  const auth = route.config?.auth;
  if (route.url.startsWith('/v1') && auth === undefined) {
    throw new Error(`Route ${route.method} ${route.url} must declare config.auth`);
  }
  schema.response ??= {};
  const response = schema.response as Record<string, unknown>;
  const statuses = new Set<number>(COMMON_ERROR_STATUSES);
  if (auth && auth !== 'public') {
    statuses.add(401);
    statuses.add(403);
    schema.security = auth === 'session' ? [{ BearerAuth: [] }] : [{ ApiKeyAuth: [] }, { BearerAuth: [] }];
    if (auth !== 'session') {
      const note = `Requires the \`${auth}\` permission (API key) or a dashboard session.`;
      schema.description = schema.description ? `${schema.description}\n\n${note}` : note;
    }
  } else {
    schema.security = [];
  }
  if (route.url.includes(':')) statuses.add(404);
  for (const status of statuses) {
    response[status] ??= { ...ErrorRef, description: ERROR_DESCRIPTIONS[status] };
  }
}

/** A query parameter with a default need not be sent: say so, so generated clients do not demand it. */
function markDefaultedParametersOptional(documentObject: unknown) {
  const doc = (documentObject as { openapiObject?: unknown }).openapiObject as {
    paths?: Record<string, Record<string, { parameters?: { required?: boolean; schema?: { default?: unknown } }[] }>>;
  };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(item)) {
      for (const param of op.parameters ?? []) {
        if (param.schema?.default !== undefined) param.required = false;
      }
    }
  }
  return doc as never;
}

export async function registerOpenApi(app: FastifyInstance, publicUrl: string) {
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hilt API',
        version: API_VERSION,
        description:
          'Self-hosted Hilt merchant API: products, hosted checkout, Solana payments, memberships, receipts, ' +
          'support and webhooks. Errors use `{detail, code, request_id}`; every /v1 response carries ' +
          'X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset; every POST accepts Idempotency-Key.',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          ApiKeyAuth: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Hilt-Key',
            description: 'hk_live_… or hk_sandbox_… workspace API key',
          },
          BearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Dashboard session' },
        },
        headers: RATE_LIMIT_HEADERS,
      },
    },
    transformObject: (documentObject) => markDefaultedParametersOptional(documentObject),
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/v1/docs', staticCSP: false });

  app.get('/v1/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const redocBundle = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'));
  app.get('/v1/redoc', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><html><head><meta charset="utf-8"><title>Hilt API reference</title>' +
          '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>' +
          '<redoc spec-url="/v1/openapi.json" hide-download-button="false"></redoc>' +
          '<script src="/v1/redoc/redoc.standalone.js"></script></body></html>',
      ),
  );
  app.get('/v1/redoc/redoc.standalone.js', { config: { auth: 'public' }, schema: { hide: true } }, async (_r, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(redocBundle),
  );
}
