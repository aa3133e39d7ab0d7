// Request pipeline for /v1: resolve the caller, charge its rate-limit budget, then enforce what the route declares
// in `config.auth`. All three run in onRequest, before the body is read, so a refused caller costs little.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal, RouteAuth } from '../auth/principal.ts';
import type { AuthService } from '../auth/service.ts';
import type { Config } from '../config.ts';
import { RateLimitedError, UnauthorizedError } from '../errors.ts';
import {
  AccountSuspendedError,
  InsufficientPermissionsError,
  InvalidApiKeyError,
  InvalidAuthorizationError,
  SessionRequiredError,
} from '../auth/errors.ts';
import type { RateLimitStore } from './rate-limit.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function routeAuth(request: FastifyRequest): RouteAuth {
  return request.routeOptions.config.auth ?? 'public';
}

/** The caller, for handlers of routes that declare a scope (the pipeline guarantees it is there). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthorizedError();
  return request.principal;
}

function readCredentials(request: FastifyRequest) {
  const key = request.headers['x-hilt-key'];
  const authorization = request.headers.authorization;
  const mode = request.headers['x-hilt-mode'];
  let bearer: string | undefined;
  if (typeof authorization === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) throw new InvalidAuthorizationError();
    bearer = m[1];
  }
  if (Array.isArray(key)) throw new InvalidApiKeyError('Send one X-Hilt-Key header');
  return { key, bearer, mode: typeof mode === 'string' ? mode : undefined };
}

/**
 * The path a request is charged under: the route pattern Fastify resolved (so `/%761/auth/login`, an absolute-form
 * `http://host/v1/...` target and `/v1/auth/login` are one route), or, for a request no route matched, its path with
 * any scheme and host dropped and percent-escapes decoded.
 */
export function chargedPath(request: FastifyRequest): string {
  const route = request.routeOptions?.url;
  if (route) return route;
  let path = request.url.split('?')[0];
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (absolute) path = path.slice(absolute[0].length) || '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw path; the router answers it as a bad URL.
  }
  return path.replace(/\/{2,}/g, '/').toLowerCase();
}

function isRateLimited(path: string): boolean {
  return path === '/v1' || path.startsWith('/v1/') || path === '/sandbox' || path.startsWith('/sandbox/');
}

/**
 * Charges a /v1 request to its budget (the caller's workspace, or the client IP) and sets the X-RateLimit-*
 * headers; throws 429 over the budget.
 */
export function rateLimiter(config: Config, rateLimits: RateLimitStore) {
  const { windowMs, publicPerWindow, plans } = config.rateLimit;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isRateLimited(chargedPath(request))) return;
    const principal = request.principal;
    const limit = principal ? plans[principal.tier] : publicPerWindow;
    const now = Date.now();
    if (limit > 0) {
      const bucket = principal ? `ws:${principal.userId}` : `ip:${request.ip}`;
      const { count, resetAt } = await rateLimits.hit(bucket, windowMs, now);
      reply.header('x-ratelimit-limit', limit);
      reply.header('x-ratelimit-remaining', Math.max(0, limit - count));
      reply.header('x-ratelimit-reset', Math.ceil(resetAt / 1000));
      if (count > limit) throw new RateLimitedError(Math.max(1, Math.ceil((resetAt - now) / 1000)));
    } else {
      reply.header('x-ratelimit-limit', 'unlimited');
      reply.header('x-ratelimit-remaining', 'unlimited');
      reply.header('x-ratelimit-reset', Math.ceil((now - (now % windowMs) + windowMs) / 1000));
    }
  };
}

export function registerAuthPipeline(
  app: FastifyInstance,
  deps: { auth: AuthService; chargeRateLimit: (request: FastifyRequest, reply: FastifyReply) => Promise<void> },
) {
  const { auth, chargeRateLimit } = deps;

  app.addHook('onRequest', async (request, reply) => {
    const required = routeAuth(request);
    let authError: unknown;
    if (required !== 'public') {
      try {
        const creds = readCredentials(request);
        if (creds.key !== undefined || creds.bearer !== undefined) request.principal = await auth.authenticate(creds);
      } catch (err) {
        authError = err;
      }
    }

    await chargeRateLimit(request, reply);

    if (required === 'public') return;
    if (authError) throw authError;
    const principal = request.principal;
    if (!principal) throw new UnauthorizedError();
    if (principal.status === 'suspended') throw new AccountSuspendedError();
    if (required === 'session') {
      if (principal.kind !== 'session') {
        throw new SessionRequiredError();
      }
      return;
    }
    if (!principal.scopes.includes(required)) {
      throw new InsufficientPermissionsError(required);
    }
  });
}
