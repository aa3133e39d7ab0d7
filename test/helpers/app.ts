// Test harness: a real app on a real database. By default an in-memory PGlite cloned from a migrated template
// (built once and cached on disk); with DATABASE_URL set, a fresh PostgreSQL database per test file.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { getBase58Decoder } from '@solana/kit';
import pg from 'pg';
import { type AppOverrides, createApp, type Hilt } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Db, openPglite, openPostgres, wrapPglite } from '../../src/db/index.ts';
import { listMigrations, migrate } from '../../src/db/migrate.ts';
import { PGLITE_EXTENSIONS } from '../../src/db/pglite-options.ts';
import { createLocalChain } from '../../src/chain/local/index.ts';
import { upsertPayoutWallet } from '../../src/payout-wallet/repository.ts';
import type { Secrets } from '../../src/secrets.ts';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

function migrationsHash() {
  const h = createHash('sha256');
  for (const m of listMigrations()) h.update(m.version).update(m.sql);
  return h.digest('hex').slice(0, 16);
}

async function pgliteFromTemplate(): Promise<Db> {
  const file = join(tmpdir(), `hilt-pglite-template-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    // The extensions the data folders are opened with, so the template's migrations build what a real one has.
    const fresh = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const db = wrapPglite(fresh);
    await migrate(db);
    const dump = await fresh.dumpDataDir('gzip');
    await fresh.close();
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  const db = await openPglite(undefined, new Blob([readFileSync(file)]));
  await migrate(db);
  return db;
}

/** Creates an empty PostgreSQL database for this test file and returns its URL plus a function that drops it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `hilt_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function testSecrets(): Secrets {
  return {
    jwtSecret: randomBytes(32),
    receiptSigningSeed: randomBytes(32),
    encryptionKey: randomBytes(32),
  };
}

export interface TestApp extends Hilt {
  /** Closes the app and drops its database. */
  dispose(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApp> {
  let dropDb = async () => {};
  let db: Db;
  let databaseUrl: string | undefined;
  if (usingPostgres) {
    const fresh = await freshPostgresDatabase();
    dropDb = fresh.drop;
    databaseUrl = fresh.url;
    db = openPostgres(fresh.url);
    await migrate(db);
  } else {
    db = await pgliteFromTemplate();
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    HILT_DATA_DIR: join(tmpdir(), `hilt-test-${process.pid}`),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // Tests pass the reconciler right after a payment; the grace they need is set by the test that checks it.
    HILT_RECONCILE_GRACE_MS: '0',
    ...env,
  });
  const chain = overrides.sandboxChain ?? createLocalChain();
  const hilt = await createApp(config, {
    db,
    secrets: testSecrets(),
    maintenance: false,
    reconciler: false,
    jobs: false,
    sandboxChain: chain,
    ...overrides,
  });
  return {
    ...hilt,
    async dispose() {
      await hilt.close();
      if (!overrides.sandboxChain) await chain.close();
      await db.close();
      await dropDb();
    },
  };
}

let counter = 0;

export async function registerMerchant(hilt: Hilt, overrides: { email?: string; password?: string } = {}) {
  counter++;
  const email = overrides.email ?? `merchant${counter}-${randomBytes(3).toString('hex')}@example.com`;
  const password = overrides.password ?? 'correct horse battery staple';
  const res = await hilt.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, password } });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { token: string; user_id: string };
  return { email, password, token: body.token, userId: body.user_id };
}

export async function createKey(
  hilt: Hilt,
  token: string,
  body: { name?: string; permissions?: string[]; sandbox_mode?: boolean } = {},
) {
  const res = await hilt.app.inject({
    method: 'POST',
    url: '/v1/keys',
    headers: { authorization: `Bearer ${token}` },
    payload: { name: 'test key', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create key failed: ${res.statusCode} ${res.body}`);
  const json = res.json() as { raw_key: string; key: { id: string } };
  return { raw: json.raw_key, id: json.key.id };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const keyHeader = (raw: string) => ({ 'x-hilt-key': raw });

/** A fresh Ed25519 wallet: its base58 address and a function signing UTF-8 text with it (base58 signature). */
export function newWallet() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    address: getBase58Decoder().decode(raw),
    sign: (text: string) => getBase58Decoder().decode(sign(null, Buffer.from(text, 'utf8'), privateKey)),
  };
}

/**
 * Proves a payout wallet for the caller's workspace and mode (a signed challenge) and returns it; a live product
 * may only pay such a wallet. Pass a wallet to prove one you hold, or get a new one.
 */
export async function provePayoutWallet(
  hilt: Hilt,
  headers: Record<string, string>,
  wallet: ReturnType<typeof newWallet> = newWallet(),
) {
  const challenge = await hilt.app.inject({
    method: 'POST',
    url: '/v1/payout-wallets/challenge',
    headers,
    payload: { wallet_address: wallet.address },
  });
  if (challenge.statusCode !== 200)
    throw new Error(`payout challenge failed: ${challenge.statusCode} ${challenge.body}`);
  const { message, message_nonce } = challenge.json() as { message: string; message_nonce: string };
  const proof = await hilt.app.inject({
    method: 'POST',
    url: '/v1/payout-wallets',
    headers,
    payload: { wallet_address: wallet.address, signed_message: wallet.sign(message), message_nonce },
  });
  if (proof.statusCode !== 201) throw new Error(`payout proof failed: ${proof.statusCode} ${proof.body}`);
  return wallet;
}

/**
 * Records a wallet as proven for a workspace without a signature (a fixture for tests about something else, whose
 * fixed wallet addresses have no known key); the proof itself is tested through the API.
 */
export async function trustPayoutWallet(hilt: Hilt, userId: string, wallet: string, livemode = true) {
  await upsertPayoutWallet(hilt.db, { ownerId: userId, livemode, walletAddress: wallet });
}
