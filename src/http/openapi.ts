// The OpenAPI 3.1 document is generated from the route schemas; Swagger UI and Redoc are served from installed
// packages, so the docs work offline. Each route's security and error responses are filled in from its
// `config.auth`, so they cannot drift from what the auth pipeline enforces. A route's own refusals are the named
// errors its schema lists with errorResponses (http/schemas.ts): those statuses name their codes.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { Type } from 'typebox';
import { ERROR_CODES } from '../error-codes.ts';
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

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The error reference page, rendered from the one table of codes: each code is an anchor docs_url points at. */
function errorReferenceHtml(): string {
  const rows = Object.entries(ERROR_CODES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, doc]) =>
        `<tr id="${code}"><td><a href="#${code}"><code>${code}</code></a></td>` +
        `<td>${doc.statuses.join(', ')}</td><td>${escapeHtml(doc.description)}</td></tr>`,
    )
    .join('\n');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hilt API error reference</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>' +
    '<h1>Error reference</h1><p>Every error body is <code>{"detail", "code", "request_id", "docs_url"}</code>; ' +
    '<code>docs_url</code> links to the code’s row below. Schema failures are 422 <code>validation_error</code> ' +
    'with <code>detail: [{loc, msg, type}]</code>. The same request id is in the <code>X-Request-Id</code> and ' +
    '<code>X-Hilt-Request-Id</code> headers. Machine-readable: <a href="/v1/docs/errors.json">errors.json</a>; ' +
    'API reference: <a href="/v1/redoc">Redoc</a>, <a href="/v1/docs">Swagger UI</a>.</p>' +
    '<table><thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th></tr>' +
    `</thead><tbody>\n${rows}\n</tbody></table></main></body></html>`
  );
}

const ErrorCodeList = Type.Object({
  codes: Type.Array(
    Type.Object({ code: Type.String(), statuses: Type.Array(Type.Integer()), description: Type.String() }),
  ),
});

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
          'support and webhooks. Errors use `{detail, code, request_id, docs_url}`; every code is listed in the ' +
          'error reference at /v1/docs/errors (machine-readable: /v1/docs/errors.json), and `docs_url` links to ' +
          'its entry. Every response carries X-Request-Id and X-Hilt-Request-Id (the same value); every /v1 ' +
          'response carries X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset; every POST accepts ' +
          'Idempotency-Key.\n\n' +
          'Enum-like inputs (statuses, categories, types, providers) accept any letter case and are stored and ' +
          'returned in their canonical case. On PATCH, a field documented as "null leaves it unchanged" treats ' +
          'null like an absent field; a field documented as "null clears it" removes the stored value.',
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

  const errorPage = errorReferenceHtml();
  app.get('/v1/docs/errors', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; base-uri 'none'; form-action 'none'")
      .send(errorPage),
  );
  app.get(
    '/v1/docs/errors.json',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['docs'],
        operationId: 'listErrorCodes',
        summary: 'Every error code the API answers with (the table behind /v1/docs/errors)',
        response: { 200: ErrorCodeList },
      },
    },
    async () => ({
      codes: Object.entries(ERROR_CODES).map(([code, doc]) => ({
        code,
        statuses: [...doc.statuses],
        description: doc.description,
      })),
    }),
  );

  const redocBundle = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'));
  app.get('/v1/redoc', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(
      '<!doctype html><html><head><meta charset="utf-8"><title>Hilt API reference</title>' +
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>' +
        // Redoc 3 reports usage to its vendor unless told not to; the CSP (connect-src 'self') would block it anyway.
        '<redoc spec-url="/v1/openapi.json" disable-telemetry="true"></redoc>' +
        '<script type="module" src="/v1/redoc/redoc.standalone.js"></script></body></html>',
    ),
  );
  app.get('/v1/redoc/redoc.standalone.js', { config: { auth: 'public' }, schema: { hide: true } }, async (_r, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(redocBundle),
  );
}
