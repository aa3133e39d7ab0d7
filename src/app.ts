// The composition root: builds every dependency and wires the HTTP surface. Tests, the CLI and main.ts use it.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { accessRoutes } from './access/routes.ts';
import { ACCESS_SCHEMAS } from './access/schemas.ts';
import { createAccessService } from './access/service.ts';
import { createAgentSetupService } from './access/agent-setup.ts';
import { accountRoutes } from './account/routes.ts';
import { createAccountService } from './account/service.ts';
import { apiKeyRoutes } from './api-key/routes.ts';
import { KeySummary } from './api-key/schemas.ts';
import { createApiKeyService } from './api-key/service.ts';
import { pruneKeyActivity } from './api-key/repository.ts';
import { KeyUsageRecorder } from './api-key/usage.ts';
import { PrincipalCache } from './auth/principal-cache.ts';
import { deleteExpiredWalletChallenges } from './auth/repository.ts';
import { authRoutes } from './auth/routes.ts';
import { createAuthService } from './auth/service.ts';
import type { Config } from './config.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { type Db, openPglite, openPostgres } from './db/index.ts';
import { migrate } from './db/migrate.ts';
import { healthRoutes } from './health/routes.ts';
import { rateLimiter, registerAuthPipeline } from './http/auth.ts';
import { frameworkErrorHandler, registerErrorHandler, setRequestIdHeaders } from './http/error-handler.ts';
import { pruneIdempotencyKeys, registerIdempotency } from './http/idempotency.ts';
import { type Metrics, registerMetrics } from './http/metrics.ts';
import { lazySerializers } from './http/lazy-serializers.ts';
import { registerCors } from './http/cors.ts';
import { decorateRouteSchema, registerOpenApi } from './http/openapi.ts';
import { loginThrottle, MemoryRateLimitStore, type RateLimitStore, RedisRateLimitStore } from './http/rate-limit.ts';
import { registerValidation } from './http/validation.ts';
import { loggerOptions } from './logger.ts';
import { AssetRegistry, parseExtraMints } from './product/assets.ts';
import { payoutWalletRoutes } from './payout-wallet/routes.ts';
import { deleteExpiredChallenges as deleteExpiredPayoutChallenges } from './payout-wallet/repository.ts';
import { createPayoutWalletService } from './payout-wallet/service.ts';
import { productRoutes } from './product/routes.ts';
import { Product } from './product/schemas.ts';
import { createProductService } from './product/service.ts';
import { loadSecrets, type Secrets } from './secrets.ts';
import type { LocalChain } from './chain/local/index.ts';
import type { ChainClient } from './chain/port.ts';
import { createRpcChainClient } from './chain/rpc-client.ts';
import { checkoutRoutes } from './checkout/routes.ts';
import { Handoff } from './checkout/schemas.ts';
import { createCheckoutService } from './checkout/service.ts';
import { paymentRoutes } from './payment/routes.ts';
import { LedgerPayment, Payment } from './payment/schemas.ts';
import { type ConfirmationHook, createPaymentService, type MembershipSummary } from './payment/service.ts';
import { claimPeriodicRun, JobRunner, pruneFinishedJobs, queueStats } from './jobs/queue.ts';
import { Gauge } from 'prom-client';
import { ANALYTICS_SCHEMAS, analyticsRoutes } from './analytics/routes.ts';
import { assetRoutes } from './web/assets.ts';
import { webRoutes } from './web/routes.ts';
import { createAnalyticsService } from './analytics/service.ts';
import { receiptRoutes } from './receipt/routes.ts';
import { createReceiptService, PROOF_QUEUE, proofBackoff } from './receipt/service.ts';
import { supportRoutes } from './support/routes.ts';
import { deleteExpiredBuyerChallenges } from './support/repository.ts';
import { createSupportService } from './support/service.ts';
import { sandboxRoutes, sandboxRpcRoute } from './sandbox/routes.ts';
import { createSandboxService } from './sandbox/service.ts';
import { deliveryRoutes } from './delivery/routes.ts';
import { createDeliveryService } from './delivery/service.ts';
import { membershipRoutes } from './membership/routes.ts';
import { Membership, MembershipDetail, MembershipEvent, MembershipPeriod } from './membership/schemas.ts';
import { createMembershipService, DELIVERY_QUEUE, deliveryBackoff, LIFECYCLE_QUEUE } from './membership/service.ts';
import { heliusRoutes } from './helius/routes.ts';
import { createHeliusService } from './helius/service.ts';
import { testingRoutes } from './testing/routes.ts';
import { TestingSession } from './testing/schemas.ts';
import { createTestingService } from './testing/service.ts';
import { webhookRoutes } from './webhook/routes.ts';
import { WEBHOOK_SCHEMAS } from './webhook/schemas.ts';
import { createWebhookService } from './webhook/service.ts';
import type { Resolver } from './webhook/ssrf.ts';

export interface AppOverrides {
  db?: Db;
  secrets?: Secrets;
  rateLimits?: RateLimitStore;
  /** How long a resolved credential may be served from memory (0 disables the cache). */
  principalCacheTtlMs?: number;
  /** Skip the periodic pruning timers (tests that count rows). */
  maintenance?: boolean;
  /** The chain live payments are verified on (default: JSON-RPC at SOLANA_RPC_URL). */
  liveChain?: ChainClient;
  /** The local sandbox chain (default: one in process, kept in the data folder, unless HILT_SANDBOX_RPC_URL). */
  sandboxChain?: LocalChain;
  /** Run the settlement reconciler on its timer (default true). */
  reconciler?: boolean;
  /** Run the background job runner (default true); tests call `hilt.jobs.runDue()` themselves. */
  jobs?: boolean;
  now?: () => Date;
  /** How webhook hosts are resolved before the SSRF check (tests map names without DNS). */
  webhookResolver?: Resolver;
}

export interface Hilt {
  app: FastifyInstance;
  db: Db;
  config: Config;
  secrets: Secrets;
  services: {
    auth: ReturnType<typeof createAuthService>;
    account: ReturnType<typeof createAccountService>;
    keys: ReturnType<typeof createApiKeyService>;
    products: ReturnType<typeof createProductService>;
    payoutWallets: ReturnType<typeof createPayoutWalletService>;
    payments: ReturnType<typeof createPaymentService>;
    checkout: ReturnType<typeof createCheckoutService>;
    sandbox: ReturnType<typeof createSandboxService>;
    memberships: ReturnType<typeof createMembershipService>;
    delivery: ReturnType<typeof createDeliveryService>;
    webhooks: ReturnType<typeof createWebhookService>;
    testing: ReturnType<typeof createTestingService>;
    helius: ReturnType<typeof createHeliusService>;
    analytics: ReturnType<typeof createAnalyticsService>;
    receipts: ReturnType<typeof createReceiptService>;
    support: ReturnType<typeof createSupportService>;
    access: ReturnType<typeof createAccessService>;
  };
  /** The in-process sandbox chain, when this server runs one. */
  sandboxChain?: LocalChain;
  jobs: JobRunner;
  metrics: Metrics;
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAINTENANCE_INTERVAL_MS = 10 * 60 * 1000;

/** Opens the configured database (PostgreSQL, or PGlite in the locked data folder) and runs the migrations. */
export async function openDatabase(
  config: Config,
  opts: { migrate?: boolean } = {},
): Promise<{ db: Db; release: () => void; applied: string[] }> {
  const runMigrations = opts.migrate !== false;
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl);
    try {
      const applied = runMigrations ? await migrate(db) : [];
      return { db, release: () => {}, applied };
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  const release = lockDataDir(config.dataDir);
  try {
    const db = await openPglite(join(config.dataDir, 'db'));
    const applied = runMigrations ? [...db.appliedOnCreate, ...(await migrate(db))] : [];
    return { db, release, applied };
  } catch (err) {
    release();
    throw err;
  }
}

export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<Hilt> {
  const secrets = overrides.secrets ?? loadSecrets(config);
  let release = () => {};
  let db: Db;
  if (overrides.db) {
    db = overrides.db;
  } else {
    ({ db, release } = await openDatabase(config));
  }

  // The router's own errors are answered before the rate limiter exists; it is plugged in below.
  const lateCharge: { rateLimit?: (request: FastifyRequest, reply: FastifyReply) => Promise<void> } = {};
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'] ?? req.headers['x-hilt-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: false,
    frameworkErrors: frameworkErrorHandler(lateCharge),
    return503OnClosing: true,
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const cache = new PrincipalCache(db, overrides.principalCacheTtlMs ?? 30_000, app.log as never);
  await cache.start(config.databaseUrl);
  let rateLimits = overrides.rateLimits;
  if (!rateLimits && config.redisUrl) {
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    let lastWarn = 0;
    redis.on('error', (err) => {
      if (Date.now() - lastWarn < 60_000) return;
      lastWarn = Date.now();
      app.log.warn({ err }, 'Redis unreachable; rate limits fail open until it is back');
    });
    rateLimits = new RedisRateLimitStore(redis, app.log as never);
  }
  rateLimits ??= new MemoryRateLimitStore();

  const auth = createAuthService({ db, config, secrets, cache });
  const account = createAccountService({ db, cache });
  const keys = createApiKeyService({ db, cache });
  const usage = new KeyUsageRecorder(db, app.log as never);
  const assets = new AssetRegistry(parseExtraMints(config.extraMints));
  const products = createProductService({ db, config, assets });
  const payoutWallets = createPayoutWalletService({ db, config, now: overrides.now });

  let localChain = overrides.sandboxChain;
  let ownsLocalChain = false;
  if (!localChain && !config.sandboxRpcUrl) {
    // Loaded only here: a deployment with HILT_SANDBOX_RPC_URL never needs LiteSVM's native binary.
    const { createLocalChain } = await import('./chain/local/index.ts');
    localChain = createLocalChain({ dataDir: join(config.dataDir, 'sandbox-chain') });
    ownsLocalChain = true;
  }
  const sandboxClient = localChain
    ? createRpcChainClient({
        transport: (body) => (localChain as LocalChain).handleText(body),
        commitment: config.solanaCommitment,
      })
    : createRpcChainClient({ url: config.sandboxRpcUrl, commitment: config.solanaCommitment });
  const liveClient =
    overrides.liveChain ?? createRpcChainClient({ url: config.solanaRpcUrl, commitment: config.solanaCommitment });
  const jobs = new JobRunner(db, { now: overrides.now, leaseMs: config.jobLeaseMs, log: app.log as never });
  // Side effects of a confirmation (membership, receipt, events) run inside its database transaction.
  const confirmationHooks: ConfirmationHook[] = [];
  const membershipSummary: { get?: MembershipSummary } = {};
  const payments = createPaymentService({
    db,
    config,
    assets,
    chains: { live: liveClient, sandbox: sandboxClient },
    hooks: confirmationHooks,
    membershipSummary,
    now: overrides.now,
  });
  const checkout = createCheckoutService({
    db,
    config,
    assets,
    payments,
    jwtSecret: secrets.jwtSecret,
    now: overrides.now,
  });
  const sandbox = createSandboxService({
    db,
    chain: sandboxClient,
    local: localChain,
    rpcUrl: config.sandboxRpcUrl,
  });
  const analytics = createAnalyticsService({ db, assets, now: overrides.now });
  const webhooks = createWebhookService({
    db,
    config,
    encryptionKey: secrets.encryptionKey,
    now: overrides.now,
    resolve: overrides.webhookResolver,
    log: app.log as never,
  });
  webhooks.registerJobs(jobs);
  const testing = createTestingService({ db, config, webhooks, now: overrides.now });
  const helius = createHeliusService({ config, payments });
  const receipts = createReceiptService({
    db,
    config,
    assets,
    receiptSigningSeed: secrets.receiptSigningSeed,
    chainFor: payments.chainFor,
    now: overrides.now,
  });
  await receipts.activateSigningKey();
  confirmationHooks.push(receipts.confirmationHook);
  const support = createSupportService({ db, now: overrides.now });
  const delivery = createDeliveryService({ db, config, encryptionKey: secrets.encryptionKey, now: overrides.now });
  const memberships = createMembershipService({
    db,
    assets,
    checkout,
    delivery,
    now: overrides.now,
    log: app.log as never,
  });
  confirmationHooks.push(memberships.onConfirmed);
  membershipSummary.get = memberships.summary;
  jobs.register(LIFECYCLE_QUEUE, { handler: memberships.handleLifecycleJob });
  jobs.register(DELIVERY_QUEUE, {
    handler: memberships.handleDeliveryJob,
    backoffMs: deliveryBackoff,
    onDead: memberships.onDeliveryDead,
  });
  jobs.register(PROOF_QUEUE, { handler: receipts.handleSendProofJob, backoffMs: proofBackoff });
  const access = createAccessService({ db, config, products, checkout, payments, now: overrides.now });
  // After receipts: the access hook links the receipt that hook just issued to the entitlement.
  confirmationHooks.push(access.onConfirmed);
  const agentSetup = createAgentSetupService({ db, config, keys, now: overrides.now });
  // -- more domain services: build them here, register their confirmation hooks and job queues --

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
  // JSON bodies are kept as received too: idempotency hashes them, and signature checks need the exact bytes.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    parseJson(request, body as string, done);
  });

  app.addSchema(KeySummary);
  app.addSchema(Product);
  app.addSchema(Payment);
  app.addSchema(LedgerPayment);
  app.addSchema(Handoff);
  for (const schema of ANALYTICS_SCHEMAS) app.addSchema(schema);
  for (const schema of [Membership, MembershipPeriod, MembershipEvent, MembershipDetail]) app.addSchema(schema);
  await registerOpenApi(app, config.publicUrl);
  for (const schema of [...WEBHOOK_SCHEMAS, TestingSession, ...ACCESS_SCHEMAS]) app.addSchema(schema);
  const metrics = await registerMetrics(app, {
    defaultMetrics: config.env !== 'test',
    token: config.metricsToken,
    port: config.metricsPort,
  });
  registerQueueMetrics(metrics, db);
  lateCharge.rateLimit = rateLimiter(config, rateLimits);
  registerAuthPipeline(app, { auth, chargeRateLimit: lateCharge.rateLimit });
  registerIdempotency(app, { db, encryptionKey: secrets.encryptionKey });
  // A write may have committed work for the queue (a confirmed payment's events): run it now, not at the next poll.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') jobs.poke();
  });
  app.addHook('onResponse', async (request, reply) => {
    const p = request.principal;
    if (p?.kind !== 'key' || !p.keyId) return;
    usage.record(p.keyId, {
      endpoint: request.routeOptions.url ?? request.url.split('?')[0],
      method: request.method,
      status: reply.statusCode,
      durationMs: reply.elapsedTime,
    });
  });

  await app.register(healthRoutes, { db });
  await app.register(authRoutes, { auth, throttleLogin: loginThrottle(config, rateLimits) });
  await app.register(accountRoutes, { account });
  await app.register(apiKeyRoutes, { keys });
  await app.register(payoutWalletRoutes, { payoutWallets });
  await app.register(productRoutes, { products });
  await app.register(checkoutRoutes, { checkout });
  await app.register(paymentRoutes, { payments, checkout });
  await app.register(sandboxRoutes, { sandbox });
  if (localChain) await app.register(sandboxRpcRoute, { chain: localChain });
  await app.register(analyticsRoutes, { analytics });
  await app.register(webRoutes);
  await app.register(assetRoutes);
  await app.register(webhookRoutes, { webhooks });
  await app.register(testingRoutes, { testing });
  await app.register(heliusRoutes, { helius });
  await app.register(receiptRoutes, { receipts });
  await app.register(supportRoutes, { support });
  await app.register(membershipRoutes, { memberships });
  await app.register(deliveryRoutes, { delivery });
  await app.register(accessRoutes, { access, agentSetup, webhooks, db });
  // -- more routes: register them here --

  usage.start();
  const maintenance = async () => {
    try {
      // Once per cluster: the instance that claims this interval's run does it, the others skip it.
      if (!(await claimPeriodicRun(db, 'maintenance', MAINTENANCE_INTERVAL_MS))) return;
      await pruneFinishedJobs(db, config.jobRetentionHours);
      await pruneIdempotencyKeys(db, config.idempotencyTtlHours);
      await deleteExpiredWalletChallenges(db);
      await pruneKeyActivity(db, 30);
      await analytics.rollup();
      await deleteExpiredBuyerChallenges(db);
      await deleteExpiredPayoutChallenges(db);
    } catch (err) {
      app.log.warn({ err }, 'maintenance failed');
    }
  };
  const timer = overrides.maintenance === false ? undefined : setInterval(maintenance, MAINTENANCE_INTERVAL_MS);
  timer?.unref();
  // Roll up the days closed since the last run at start too, not only on the first tick.
  if (overrides.maintenance !== false) void maintenance();
  let reconciling = false;
  const reconcileTimer =
    overrides.reconciler === false
      ? undefined
      : setInterval(async () => {
          if (reconciling) return;
          reconciling = true;
          try {
            await payments.reconcileOnce();
          } catch (err) {
            app.log.warn({ err }, 'reconciler pass failed');
          } finally {
            reconciling = false;
          }
        }, config.reconcileIntervalMs);
  reconcileTimer?.unref();
  if (overrides.jobs !== false) jobs.start();

  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    if (reconcileTimer) clearInterval(reconcileTimer);
    while (reconciling) await new Promise((r) => setTimeout(r, 20));
    await jobs.stop();
    webhooks.close();
    await usage.stop();
    await cache.close();
    await rateLimits?.close();
    await metrics.close();
    if (ownsLocalChain) await localChain?.close();
    if (!overrides.db) {
      await db.close();
      release();
    }
  });

  await app.ready();
  return {
    app,
    db,
    config,
    secrets,
    services: {
      auth,
      account,
      keys,
      products,
      payoutWallets,
      payments,
      checkout,
      sandbox,
      webhooks,
      testing,
      helius,
      analytics,
      receipts,
      support,
      memberships,
      delivery,
      access,
    },
    sandboxChain: localChain,
    jobs,
    metrics,
    close: () => app.close(),
  };
}

/** Queue depth, age of the oldest due job and dead jobs per queue, read from the jobs table at each scrape. */
function registerQueueMetrics(metrics: Metrics, db: Db) {
  let last: Promise<Awaited<ReturnType<typeof queueStats>>> | undefined;
  // One query per scrape for the three gauges.
  const stats = () => {
    last ??= queueStats(db).finally(() => setTimeout(() => (last = undefined), 100).unref());
    return last;
  };
  const gauge = (name: string, help: string, pick: (s: Awaited<ReturnType<typeof queueStats>>[number]) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['queue'] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const s of await stats().catch(() => [])) this.set({ queue: s.queue }, pick(s));
      },
    });
  gauge('hilt_jobs_pending', 'Jobs queued or running, by queue', (s) => s.pending);
  gauge('hilt_jobs_oldest_due_seconds', 'Age of the oldest job that is due and not finished, by queue', (s) =>
    Number(s.oldest_seconds),
  );
  gauge('hilt_jobs_dead', 'Jobs that used their attempts (dead), by queue', (s) => s.dead);
}
