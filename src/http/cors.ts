// Cross-origin access. Buyer routes (public product, checkout sessions, Solana Pay transaction requests, payment
// status, public receipts) answer any origin without credentials, as the Solana Pay spec requires of transaction
// requests and as wallets and merchants' sites need; the merchant API answers only origins in HILT_CORS_ORIGINS.
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const PUBLIC_PATHS = [
  /^\/v1\/products\/p\/[^/]+(?:\/(?:connect|resolve-handoff))?$/,
  /^\/v1\/pay\//,
  /^\/v1\/payments\/[^/]+$/,
  /^\/v1\/receipt\/[^/]+\/(?:public|verify|pdf)$/,
  /^\/v1\/receipts\/public-key$/,
  /^\/sandbox\/rpc$/,
];

/** Headers a browser script may read from our answers: the request id and the rate-limit budget. */
const EXPOSED = ['x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after'];
const MERCHANT_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'x-hilt-key',
  'x-hilt-mode',
  'x-request-id',
];

export function isPublicBuyerPath(path: string): boolean {
  return PUBLIC_PATHS.some((re) => re.test(path));
}

export async function registerCors(app: FastifyInstance, allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  await app.register(cors, {
    hideOptionsRoute: true,
    delegator: (request: FastifyRequest, callback) => {
      const path = request.url.split('?')[0];
      if (isPublicBuyerPath(path)) {
        callback(null, {
          origin: '*',
          credentials: false,
          methods: ['GET', 'POST', 'OPTIONS'],
          // No allowedHeaders: the preflight's requested headers are reflected (wallets send their own).
          exposedHeaders: EXPOSED,
          maxAge: 600,
        });
        return;
      }
      const origin = request.headers.origin;
      callback(null, {
        origin: origin !== undefined && allowed.has(origin) ? origin : false,
        // The merchant API authenticates with headers (Bearer, X-Hilt-Key), never cookies.
        credentials: false,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowedHeaders: MERCHANT_HEADERS,
        exposedHeaders: EXPOSED,
        maxAge: 600,
      });
    },
  });
}
