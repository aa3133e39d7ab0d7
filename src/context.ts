// Build: everything the server is made of, once and in dependency order, so each service receives what it uses
// when it is made and nothing is wired afterwards. Nothing here listens or runs on a timer: app.ts serves a
// context over HTTP and background.ts sets its timers and job runner going.
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { type Logger, pino } from 'pino';
import { createAgentSetupService } from './access/agent-setup.ts';
import { createAccessService } from './access/service.ts';
import { createAccountService } from './account/service.ts';
import { createAnalyticsService } from './analytics/service.ts';
import { createApiKeyService } from './api-key/service.ts';
import { KeyUsageRecorder } from './api-key/usage.ts';
import { PrincipalCache } from './auth/principal-cache.ts';
import { createAuthService } from './auth/service.ts';
import type { LocalChain } from './chain/local/index.ts';
import type { ChainClient } from './chain/port.ts';
import { createRpcChainClient } from './chain/rpc-client.ts';
import { PublicProductCache } from './checkout/public-cache.ts';
import { createCheckoutService } from './checkout/service.ts';
import type { Config } from './config.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { type Db, openPglite, openPostgres } from './db/index.ts';
import { migrate } from './db/migrate.ts';
import { createDeliveryService } from './delivery/service.ts';
import { createHeliusService } from './helius/service.ts';
import { MemoryRateLimitStore, type RateLimitStore, RedisRateLimitStore } from './http/rate-limit.ts';
import { JobRunner } from './jobs/queue.ts';
import { loggerOptions } from './logger.ts';
import { DELIVERY_QUEUE, LIFECYCLE_QUEUE } from './membership/activation.ts';
import { createMembershipJobs, deliveryBackoff } from './membership/jobs.ts';
import { createMembershipService } from './membership/service.ts';
import { createPaymentRecords } from './payment/records.ts';
import { createPaymentService } from './payment/service.ts';
import { chainForMode, createSettlement } from './payment/settlement.ts';
import { createPayoutWalletService } from './payout-wallet/service.ts';
import { AssetRegistry, parseExtraMints } from './product/assets.ts';
import { ProductCounters } from './product/counters.ts';
import { createProductService } from './product/service.ts';
import { createReceiptService, PROOF_QUEUE, proofBackoff } from './receipt/service.ts';
import { createSandboxService } from './sandbox/service.ts';
import { loadSecrets, type Secrets } from './secrets.ts';
import { createSupportService } from './support/service.ts';
import { createTestingService } from './testing/service.ts';
import { createWebhookService } from './webhook/service.ts';
import type { Resolver } from './webhook/ssrf.ts';

/** What a caller (tests, the CLI) may supply instead of what the config would build. */
export interface ContextOverrides {
  db?: Db;
  secrets?: Secrets;
  rateLimits?: RateLimitStore;
  /** How long a resolved credential may be served from memory (0 disables the cache). */
  principalCacheTtlMs?: number;
  /** How long a public checkout payload may be served from memory (0 disables the cache). */
  publicProductCacheTtlMs?: number;
  /** The chain live payments are verified on (default: JSON-RPC at SOLANA_RPC_URL). */
  liveChain?: ChainClient;
  /** The local sandbox chain (default: one in process, kept in the data folder, unless HILT_SANDBOX_RPC_URL). */
  sandboxChain?: LocalChain;
  now?: () => Date;
  /** How webhook hosts are resolved before the SSRF check (tests map names without DNS). */
  webhookResolver?: Resolver;
}

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
    // A new data folder comes back already migrated (in a short-lived process): report those too.
    const applied = runMigrations ? [...db.appliedOnCreate, ...(await migrate(db))] : [];
    return { db, release, applied };
  } catch (err) {
    release();
    throw err;
  }
}

/** The chains payments are verified on: live over JSON-RPC, sandbox on the local chain (in process or remote). */
async function buildChains(config: Config, overrides: ContextOverrides) {
  let local = overrides.sandboxChain;
  let ownsLocal = false;
  if (!local && !config.sandboxRpcUrl) {
    // Loaded only here: a deployment with HILT_SANDBOX_RPC_URL never needs LiteSVM's native binary.
    const { createLocalChain } = await import('./chain/local/index.ts');
    local = createLocalChain({ dataDir: join(config.dataDir, 'sandbox-chain') });
    ownsLocal = true;
  }
  const inProcess = local;
  const sandbox = inProcess
    ? createRpcChainClient({ transport: (body) => inProcess.handleText(body), commitment: config.solanaCommitment })
    : createRpcChainClient({ url: config.sandboxRpcUrl, commitment: config.solanaCommitment });
  const live =
    overrides.liveChain ?? createRpcChainClient({ url: config.solanaRpcUrl, commitment: config.solanaCommitment });
  return { live, sandbox, local, ownsLocal };
}

function buildRateLimits(config: Config, overrides: ContextOverrides, log: Logger): RateLimitStore {
  if (overrides.rateLimits) return overrides.rateLimits;
  if (!config.redisUrl) return new MemoryRateLimitStore();
  // A Redis that stops answering (partition, frozen server) must not hold requests: a counter not read within
  // commandTimeout counts as unavailable and the request goes through (fail open).
  const redis = new Redis(config.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 500,
    connectTimeout: 2000,
  });
  let lastWarn = 0;
  redis.on('error', (err) => {
    if (Date.now() - lastWarn < 60_000) return;
    lastWarn = Date.now();
    log.warn({ err }, 'Redis unreachable; rate limits fail open until it is back');
  });
  return new RedisRateLimitStore(redis, log);
}

export async function buildContext(config: Config, overrides: ContextOverrides = {}) {
  const { now } = overrides;
  const { stream, ...options } = loggerOptions(config);
  const log = pino(options, stream);
  const secrets = overrides.secrets ?? loadSecrets(config);
  const opened = overrides.db ? { db: overrides.db, release: undefined } : await openDatabase(config);
  const db = opened.db;

  const cache = new PrincipalCache(db, overrides.principalCacheTtlMs ?? 30_000, log);
  await cache.start(config.databaseUrl);
  const publicCache = new PublicProductCache(db, overrides.publicProductCacheTtlMs ?? 60_000, log);
  await publicCache.start(config.databaseUrl);
  // Page views and payment tallies held off the hot rows; background.ts flushes them.
  const counters = new ProductCounters(db, log);
  const rateLimits = buildRateLimits(config, overrides, log);
  const chains = await buildChains(config, overrides);
  const chainFor = chainForMode(chains);
  const assets = new AssetRegistry(parseExtraMints(config.extraMints));
  const jobs = new JobRunner(db, { now, leaseMs: config.jobLeaseMs, log });
  const usage = new KeyUsageRecorder(db, log);

  // Services, each after what it uses.
  const auth = createAuthService({ db, config, secrets, cache });
  const account = createAccountService({ db, cache, publicProducts: publicCache });
  const keys = createApiKeyService({ db, cache });
  const products = createProductService({ db, config, assets, publicProducts: publicCache });
  const payoutWallets = createPayoutWalletService({ db, config, now });
  const paymentRecords = createPaymentRecords(db);
  const checkout = createCheckoutService({
    db,
    config,
    assets,
    chainFor,
    counters,
    publicCache,
    payments: paymentRecords,
    jwtSecret: secrets.jwtSecret,
    now,
  });
  const sandbox = createSandboxService({
    db,
    chain: chains.sandbox,
    local: chains.local,
    rpcUrl: config.sandboxRpcUrl,
    payoutWallets,
  });
  const analytics = createAnalyticsService({ db, assets, flushCounters: () => counters.flush(), now });
  const webhooks = createWebhookService({
    db,
    config,
    encryptionKey: secrets.encryptionKey,
    now,
    resolve: overrides.webhookResolver,
    log,
  });
  const testing = createTestingService({ db, config, webhooks, now });
  const receipts = createReceiptService({
    db,
    config,
    assets,
    receiptSigningSeed: secrets.receiptSigningSeed,
    chainFor,
    now,
  });
  await receipts.activateSigningKey();
  const support = createSupportService({ db, now });
  const delivery = createDeliveryService({ db, config, encryptionKey: secrets.encryptionKey, now });
  const membershipJobs = createMembershipJobs({ db, checkout, delivery, payments: paymentRecords, now, log });
  const memberships = createMembershipService({ db, assets, delivery, jobs: membershipJobs, now });
  const settlement = createSettlement({
    db,
    config,
    chainFor,
    checkout,
    receipts,
    memberships,
    productCache: publicCache,
    now,
  });
  const payments = createPaymentService({ db, config, assets, chainFor, settlement, memberships, now });
  const helius = createHeliusService({ config, payments });
  const access = createAccessService({ db, config, products, checkout, payments, publicProducts: publicCache, now });
  const agentSetup = createAgentSetupService({ db, config, auth, keys, now });

  // The job queues and their handlers; background.ts runs them.
  webhooks.registerJobs(jobs);
  jobs.register(LIFECYCLE_QUEUE, { handler: membershipJobs.handleLifecycleJob });
  jobs.register(DELIVERY_QUEUE, {
    handler: membershipJobs.handleDeliveryJob,
    backoffMs: deliveryBackoff,
    onDead: membershipJobs.onDeliveryDead,
  });
  jobs.register(PROOF_QUEUE, { handler: receipts.handleSendProofJob, backoffMs: proofBackoff });

  return {
    config,
    secrets,
    db,
    log,
    cache,
    rateLimits,
    chains,
    jobs,
    usage,
    counters,
    agentSetup,
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
    /** Releases what the build opened, in reverse order; a database given by the caller stays open. */
    async destroy() {
      webhooks.close();
      await cache.close();
      await publicCache.close();
      await rateLimits.close();
      if (chains.ownsLocal) await chains.local?.close();
      if (opened.release) {
        await db.close();
        opened.release();
      }
    },
  };
}

export type AppContext = Awaited<ReturnType<typeof buildContext>>;
