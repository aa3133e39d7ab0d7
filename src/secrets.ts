// Server secrets. Taken from the environment when given; otherwise (never in production, see config.ts) generated
// on first start and kept in `<data dir>/secrets.json`, readable by the owner only.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';

export interface Secrets {
  jwtSecret: Uint8Array;
  /** 32-byte Ed25519 seed of the receipt signing key. */
  receiptSigningSeed: Uint8Array;
  /** 32-byte AES-256-GCM key for values kept encrypted at rest (bot tokens, stored idempotent responses). */
  encryptionKey: Buffer;
}

interface StoredSecrets {
  jwt_secret: string;
  receipt_signing_key: string;
  encryption_key: string;
}

export function generateSecretValues(): StoredSecrets {
  return {
    jwt_secret: randomBytes(32).toString('base64'),
    receipt_signing_key: randomBytes(32).toString('base64'),
    encryption_key: randomBytes(32).toString('base64'),
  };
}

function decode32(name: string, value: string): Buffer {
  const buf = Buffer.from(value, 'base64');
  if (buf.length !== 32) throw new Error(`${name} must be 32 bytes in base64 (got ${buf.length} bytes)`);
  return buf;
}

export function loadSecrets(config: Config): Secrets {
  const given = config.secrets;
  let stored: StoredSecrets | undefined;
  if (!given.jwtSecret || !given.receiptSigningKey || !given.encryptionKey) {
    const file = join(config.dataDir, 'secrets.json');
    if (existsSync(file)) {
      stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
    } else {
      mkdirSync(config.dataDir, { recursive: true });
      stored = generateSecretValues();
      writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
    }
  }
  return {
    jwtSecret: decode32('HILT_JWT_SECRET', given.jwtSecret ?? stored!.jwt_secret),
    receiptSigningSeed: decode32('HILT_RECEIPT_SIGNING_KEY', given.receiptSigningKey ?? stored!.receipt_signing_key),
    encryptionKey: decode32('HILT_ENCRYPTION_KEY', given.encryptionKey ?? stored!.encryption_key),
  };
}
