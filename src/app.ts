// Serve: the HTTP pipeline (hooks, plugins, shared schemas) and the one list of routes over a built context, and
// createApp, which builds the context, serves it and starts its background work. Tests, the CLI and main.ts use it.
import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { accessRoutes } from './access/routes.ts';
import { ACCESS_SCHEMAS } from './access/schemas.ts';
import { accountRoutes } from './account/routes.ts';
import { ANALYTICS_SCHEMAS, analyticsRoutes } from './analytics/routes.ts';
import { apiKeyRoutes } from './api-key/routes.ts';
import { API_KEY_SCHEMAS } from './api-key/schemas.ts';
import { authRoutes } from './auth/routes.ts';
import { type BackgroundOptions, startBackground } from './background.ts';
import { checkoutRoutes } from './checkout/routes.ts';
import { CHECKOUT_SCHEMAS } from './checkout/schemas.ts';
import type { Config } from './config.ts';
import { type AppContext, buildContext, type ContextOverrides } from './context.ts';
import { deliveryRoutes } from './delivery/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { heliusRoutes } from './helius/routes.ts';
import { rateLimiter, registerAuthPipeline } from './http/auth.ts';
import { registerCors } from './http/cors.ts';
import {
  frameworkErrorHandler,
  refuseWhileClosing,
  registerErrorHandler,
  setRequestIdHeaders,
} from './http/error-handler.ts';
import { registerIdempotency } from './http/idempotency.ts';
import { lazySerializers } from './http/lazy-serializers.ts';
import { type Metrics, registerMetrics } from './http/metrics.ts';
import { decorateRouteSchema, registerOpenApi } from './http/openapi.ts';
import { loginThrottle } from './http/rate-limit.ts';
import { registerValidation } from './http/validation.ts';
import { registerQueueMetrics } from './jobs/metrics.ts';
import { loggerOptions, OneLineRequestLog } from './logger.ts';
import type { JobRunner } from './jobs/queue.ts';
import { membershipRoutes } from './membership/routes.ts';
import { MEMBERSHIP_SCHEMAS } from './membership/schemas.ts';
import { paymentRoutes } from './payment/routes.ts';
import { PAYMENT_SCHEMAS } from './payment/schemas.ts';
import { payoutWalletRoutes } from './payout-wallet/routes.ts';
import { productRoutes } from './product/routes.ts';
import { PRODUCT_SCHEMAS } from './product/schemas.ts';
import { receiptRoutes } from './receipt/routes.ts';
import { sandboxRoutes, sandboxRpcRoute } from './sandbox/routes.ts';
import type { Secrets } from './secrets.ts';
import { supportRoutes } from './support/routes.ts';
import { testingRoutes } from './testing/routes.ts';
import { TESTING_SCHEMAS } from './testing/schemas.ts';
import { assetRoutes } from './web/assets.ts';
import { webRoutes } from './web/routes.ts';
import { webhookRoutes } from './webhook/routes.ts';
import { WEBHOOK_SCHEMAS } from './webhook/schemas.ts';

export { openDatabase } from './context.ts';

export interface AppOverrides extends ContextOverrides, BackgroundOptions {}

export interface Hilt {
  app: FastifyInstance;
  db: AppContext['db'];
  config: Config;
  secrets: Secrets;
  services: AppContext['services'];
  /** The in-process sandbox chain, when this server runs one. */
  sandboxChain?: AppContext['chains']['local'];
  jobs: JobRunner;
  /** Page views and payment tallies held off the hot rows; `flush()` writes them now. */
  counters: AppContext['counters'];
  metrics: Metrics;
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The schemas routes point at with Type.Ref, each domain's list, before the OpenAPI plugin reads them. */
const SHARED_SCHEMAS = [
  ...API_KEY_SCHEMAS,
  ...PRODUCT_SCHEMAS,
  ...PAYMENT_SCHEMAS,
  ...CHECKOUT_SCHEMAS,
  ...ANALYTICS_SCHEMAS,
  ...MEMBERSHIP_SCHEMAS,
];
/** Registered after the OpenAPI plugin, as they always were (the document lists components in this order). */
const LATE_SCHEMAS = [...WEBHOOK_SCHEMAS, ...TESTING_SCHEMAS, ...ACCESS_SCHEMAS];

/** The HTTP server over a built context: the request pipeline, then every route of the API in one list. */
export async function buildServer(ctx: AppContext): Promise<{ app: FastifyInstance; metrics: Metrics }> {
  const { config, db, secrets, services: s } = ctx;
  const chargeRateLimit = rateLimiter(config, ctx.rateLimits);
  const app = Fastify({
    // Its own root logger (request lines), configured as the context's.
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'] ?? req.headers['x-hilt-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: false,
    logController: new OneLineRequestLog(),
    // The router's own errors (404, bad JSON) are rate limited like any request.
    frameworkErrors: frameworkErrorHandler({ rateLimit: chargeRateLimit }),
    // Requests arriving during a shutdown: refuseWhileClosing answers them in the usual error shape.
    return503OnClosing: false,
    // Response serializers are compiled on a route's first answer, not at start (memory of an idle server).
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerValidation(app);
  registerErrorHandler(app, config.publicUrl);
  // Security headers on every response, set before any handler runs: a route that sends its own
  // Content-Security-Policy (the web pages) replaces the default one.
  // No upgrade-insecure-requests: a self-hosted server is often reached over plain http on a private address.
  // Redoc runs its search in a worker built from a blob.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'worker-src': ["'self'", 'blob:'] },
    },
  });
  await registerCors(app, config.corsOrigins);
  app.addHook('onRoute', (route) => decorateRouteSchema(route as never));
  app.addHook('onRequest', async (request, reply) => {
    setRequestIdHeaders(reply, request.id);
  });
  refuseWhileClosing(app);
  // JSON bodies are kept as received too: idempotency hashes them, and signature checks need the exact bytes.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    parseJson(request, body as string, done);
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await registerOpenApi(app, config.publicUrl);
  for (const schema of LATE_SCHEMAS) app.addSchema(schema);
  const metrics = await registerMetrics(app, {
    defaultMetrics: config.env !== 'test',
    token: config.metricsToken,
    port: config.metricsPort,
  });
  registerQueueMetrics(metrics, db);
  app.addHook('onClose', () => metrics.close());
  registerAuthPipeline(app, { auth: s.auth, chargeRateLimit });
  registerIdempotency(app, { db, encryptionKey: secrets.encryptionKey });
  // A request that committed work for the queue (a confirmed payment's events): run it now, not at the next poll.
  app.addHook('onResponse', async () => ctx.jobs.pokeIfEnqueued());
  app.addHook('onResponse', async (request, reply) => {
    const p = request.principal;
    if (p?.kind !== 'key' || !p.keyId) return;
    ctx.usage.record(p.keyId, {
      endpoint: request.routeOptions.url ?? request.url.split('?')[0],
      method: request.method,
      status: reply.statusCode,
      durationMs: reply.elapsedTime,
    });
  });

  await app.register(healthRoutes, { db });
  await app.register(authRoutes, { auth: s.auth, throttleLogin: loginThrottle(config, ctx.rateLimits) });
  await app.register(accountRoutes, { account: s.account });
  await app.register(apiKeyRoutes, { keys: s.keys });
  await app.register(payoutWalletRoutes, { payoutWallets: s.payoutWallets });
  await app.register(productRoutes, { products: s.products });
  await app.register(checkoutRoutes, { checkout: s.checkout });
  await app.register(paymentRoutes, { payments: s.payments });
  await app.register(sandboxRoutes, { sandbox: s.sandbox });
  if (ctx.chains.local) await app.register(sandboxRpcRoute, { chain: ctx.chains.local });
  await app.register(analyticsRoutes, { analytics: s.analytics });
  await app.register(webRoutes);
  await app.register(assetRoutes);
  await app.register(webhookRoutes, { webhooks: s.webhooks });
  await app.register(testingRoutes, { testing: s.testing });
  await app.register(heliusRoutes, { helius: s.helius });
  await app.register(receiptRoutes, { receipts: s.receipts });
  await app.register(supportRoutes, { support: s.support });
  await app.register(membershipRoutes, { memberships: s.memberships });
  await app.register(deliveryRoutes, { delivery: s.delivery });
  await app.register(accessRoutes, { access: s.access, agentSetup: ctx.agentSetup, webhooks: s.webhooks, db });
  // -- more routes: register them here --

  return { app, metrics };
}

/** Build, serve, start. `close()` stops the background work, then the server, then releases the context. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<Hilt> {
  const ctx = await buildContext(config, overrides);
  let served: Awaited<ReturnType<typeof buildServer>>;
  try {
    served = await buildServer(ctx);
  } catch (err) {
    await ctx.destroy();
    throw err;
  }
  const { app, metrics } = served;
  const background = startBackground(ctx, overrides);
  app.addHook('onClose', async () => {
    await background.stop();
    await ctx.destroy();
  });
  await app.ready();
  return {
    app,
    db: ctx.db,
    config,
    secrets: ctx.secrets,
    services: ctx.services,
    sandboxChain: ctx.chains.local,
    jobs: ctx.jobs,
    counters: ctx.counters,
    metrics,
    close: () => app.close(),
  };
}
