// The only module that reads process.env. Everything is parsed and validated once at start-up; a bad value
// stops the process with a message that names the variable.
import { resolve } from 'node:path';

export const PLANS = ['free', 'starter', 'growth', 'scale', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  solanaRpcUrl: string;
  solanaCommitment: 'confirmed' | 'finalized';
  logLevel: string;
  trustProxy: boolean;
  allowPrivateWebhookUrls: boolean;
  platformFeeBps: number;
  feeWallet?: string;
  telegramApiRoot: string;
  discordApiBase: string;
  smtpUrl?: string;
  jwtTtlSeconds: number;
  /** Secrets given through the environment; missing ones are generated into the data folder outside production. */
  secrets: {
    jwtSecret?: string;
    receiptSigningKey?: string;
    encryptionKey?: string;
  };
  rateLimit: {
    windowMs: number;
    publicPerWindow: number;
    /** Requests per window for each plan; 0 means unlimited. */
    plans: Record<Plan, number>;
  };
  /** Password sign-in attempts per window, per account and per client IP (0: no limit). */
  loginLimit: { windowMs: number; perAccount: number; perIp: number };
  /** Bearer token that opens GET /metrics; unset, the route does not exist. */
  metricsToken?: string;
  /** Serve /metrics without a token on this port, bound to 127.0.0.1 (0 picks a free port). */
  metricsPort?: number;
  bodyLimitBytes: number;
  idempotencyTtlHours: number;
  /** `mint:SYMBOL:decimals,...` accepted as product assets beside SOL and USDC. */
  extraMints?: string;
  /** Minutes a checkout session stays payable. */
  checkoutSessionMinutes: number;
  /** Seconds a payment landing after expiry is still accepted (clock skew between chain and server). */
  expiryToleranceSeconds: number;
  /** How often open sessions are looked for on chain. */
  reconcileIntervalMs: number;
  /** A transaction younger than this is left to the buyer's own confirm by the reconciler (seen again next pass). */
  reconcileGraceMs: number;
  /** Sandbox chain: JSON-RPC URL of a shared `hilt chain`; unset runs one in process. */
  sandboxRpcUrl?: string;
  /** Deadline of one outbound webhook request. */
  webhookTimeoutMs: number;
  /** An endpoint whose deliveries of this many events in a row end in dead_letter is disabled (0: never). */
  webhookDisableAfterEvents: number;
  /** Deliveries to one endpoint in flight at once on an instance (the others wait their turn without an attempt). */
  webhookEndpointConcurrency: number;
  /** How long a claimed background job stays reserved; a crashed worker's jobs run again after it. */
  jobLeaseMs: number;
  /** Finished jobs are deleted this many hours after they end. */
  jobRetentionHours: number;
  /** Value Helius sends in the Authorization header of its webhook (the callback refuses everything unset). */
  heliusAuthSecret?: string;
  /** When set, the Helius callback also requires `helius-signature`, an HMAC-SHA256 of the raw body. */
  heliusHmacSecret?: string;
  /** Browser origins allowed to call the merchant API (HILT_CORS_ORIGINS); buyer routes answer every origin. */
  corsOrigins: string[];
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no' || raw === 'off') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes' || raw === 'on') return true;
  throw new ConfigError(`${name} must be a boolean (1/0, true/false), got "${env[name]}"`);
}

/** A comma-separated list of exact origins ("https://shop.example.com"), no paths and no wildcards. */
function origins(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let parsed: URL;
      try {
        parsed = new URL(o);
      } catch {
        throw new ConfigError(`${name} must list origins like https://shop.example.com, got "${o}"`);
      }
      if (parsed.origin !== o.replace(/\/+$/, '') || !/^https?:$/.test(parsed.protocol)) {
        throw new ConfigError(`${name} must list origins (scheme://host[:port], no path), got "${o}"`);
      }
      return parsed.origin;
    });
}

function url(env: Env, name: string, fallback?: string): string | undefined {
  const raw = env[name] || fallback;
  if (raw === undefined) return undefined;
  try {
    new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** The data folder alone, for commands that need no other setting (`hilt chain` holds no secret). */
export function dataDirOf(env: Env = process.env): string {
  return resolve(env.HILT_DATA_DIR || './.hilt');
}

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = int(env, 'PORT', 8080, 0, 65535);
  const commitment = env.SOLANA_COMMITMENT || 'confirmed';
  if (commitment !== 'confirmed' && commitment !== 'finalized') {
    throw new ConfigError(`SOLANA_COMMITMENT must be "confirmed" or "finalized", got "${commitment}"`);
  }
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1'),
    port,
    publicUrl: url(env, 'HILT_PUBLIC_URL', `http://localhost:${port}`)!,
    dataDir: dataDirOf(env),
    databaseUrl: url(env, 'DATABASE_URL'),
    redisUrl: url(env, 'REDIS_URL'),
    solanaRpcUrl: url(env, 'SOLANA_RPC_URL', 'https://api.mainnet-beta.solana.com')!,
    solanaCommitment: commitment,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: bool(env, 'HILT_TRUST_PROXY'),
    allowPrivateWebhookUrls: bool(env, 'HILT_ALLOW_PRIVATE_WEBHOOK_URLS'),
    platformFeeBps: int(env, 'HILT_PLATFORM_FEE_BPS', 0, 0, 10_000),
    feeWallet: env.HILT_FEE_WALLET || undefined,
    telegramApiRoot: url(env, 'TELEGRAM_API_ROOT', 'https://api.telegram.org')!,
    discordApiBase: url(env, 'DISCORD_API_BASE', 'https://discord.com/api')!,
    smtpUrl: url(env, 'SMTP_URL'),
    jwtTtlSeconds: int(env, 'HILT_JWT_TTL_SECONDS', 24 * 3600, 60),
    secrets: {
      jwtSecret: env.HILT_JWT_SECRET || undefined,
      receiptSigningKey: env.HILT_RECEIPT_SIGNING_KEY || undefined,
      encryptionKey: env.HILT_ENCRYPTION_KEY || undefined,
    },
    rateLimit: {
      windowMs: int(env, 'HILT_RATE_LIMIT_WINDOW_MS', 60_000, 100),
      publicPerWindow: int(env, 'HILT_RATE_LIMIT_PUBLIC', 120),
      plans: {
        free: int(env, 'HILT_RATE_LIMIT_FREE', 60),
        starter: int(env, 'HILT_RATE_LIMIT_STARTER', 120),
        growth: int(env, 'HILT_RATE_LIMIT_GROWTH', 300),
        scale: int(env, 'HILT_RATE_LIMIT_SCALE', 900),
        enterprise: int(env, 'HILT_RATE_LIMIT_ENTERPRISE', 0),
      },
    },
    loginLimit: {
      windowMs: int(env, 'HILT_LOGIN_WINDOW_MS', 15 * 60_000, 100),
      perAccount: int(env, 'HILT_LOGIN_LIMIT_ACCOUNT', 10),
      perIp: int(env, 'HILT_LOGIN_LIMIT_IP', 30),
    },
    metricsToken: env.HILT_METRICS_TOKEN || undefined,
    metricsPort: env.HILT_METRICS_PORT ? int(env, 'HILT_METRICS_PORT', 0, 0, 65535) : undefined,
    bodyLimitBytes: int(env, 'HILT_BODY_LIMIT_BYTES', 1024 * 1024, 1024),
    idempotencyTtlHours: int(env, 'HILT_IDEMPOTENCY_TTL_HOURS', 24, 1),
    extraMints: env.HILT_EXTRA_MINTS || undefined,
    checkoutSessionMinutes: int(env, 'HILT_CHECKOUT_SESSION_MINUTES', 30, 1, 24 * 60),
    expiryToleranceSeconds: int(env, 'HILT_EXPIRY_TOLERANCE_SECONDS', 60, 0, 3600),
    reconcileIntervalMs: int(env, 'HILT_RECONCILE_INTERVAL_MS', 5000, 100),
    reconcileGraceMs: int(env, 'HILT_RECONCILE_GRACE_MS', int(env, 'HILT_RECONCILE_INTERVAL_MS', 5000, 100), 0),
    sandboxRpcUrl: url(env, 'HILT_SANDBOX_RPC_URL'),
    webhookTimeoutMs: int(env, 'HILT_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    webhookDisableAfterEvents: int(env, 'HILT_WEBHOOK_DISABLE_AFTER_EVENTS', 10, 0),
    webhookEndpointConcurrency: int(env, 'HILT_WEBHOOK_ENDPOINT_CONCURRENCY', 10, 1, 50),
    jobLeaseMs: int(env, 'HILT_JOB_LEASE_MS', 60_000, 1000),
    jobRetentionHours: int(env, 'HILT_JOB_RETENTION_HOURS', 168, 1),
    heliusAuthSecret: env.HILT_HELIUS_AUTH_SECRET || undefined,
    heliusHmacSecret: env.HILT_HELIUS_HMAC_SECRET || undefined,
    corsOrigins: origins(env, 'HILT_CORS_ORIGINS'),
  };
  if (config.platformFeeBps > 0 && !config.feeWallet) {
    throw new ConfigError('HILT_FEE_WALLET is required when HILT_PLATFORM_FEE_BPS is above 0');
  }
  if (config.env === 'production') {
    const missing = [
      ['HILT_JWT_SECRET', config.secrets.jwtSecret],
      ['HILT_RECEIPT_SIGNING_KEY', config.secrets.receiptSigningKey],
      ['HILT_ENCRYPTION_KEY', config.secrets.encryptionKey],
    ]
      .filter(([, v]) => !v)
      .map(([n]) => n);
    if (missing.length > 0) {
      throw new ConfigError(
        `Missing required secret${missing.length > 1 ? 's' : ''} in production: ${missing.join(', ')}. ` +
          'Generate them with `npx hilt secrets generate` and set them in the environment.',
      );
    }
  }
  return config;
}
