import { generateKeyPairSync } from 'node:crypto';
import { type Address, getBase58Decoder } from '@solana/kit';

/** A fresh Ed25519 key pair as Solana wallets store it: base58 of the 64-byte secret (seed ‖ public key). */
export function generateExportableKeyPair(): { address: Address; secretKey: string; secretKeyBytes: Uint8Array } {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const seed = Buffer.from(jwk.d as string, 'base64url');
  const publicKey = Buffer.from(jwk.x as string, 'base64url');
  const secretKeyBytes = new Uint8Array(64);
  secretKeyBytes.set(seed, 0);
  secretKeyBytes.set(publicKey, 32);
  const b58 = getBase58Decoder();
  return { address: b58.decode(publicKey) as Address, secretKey: b58.decode(secretKeyBytes), secretKeyBytes };
}
