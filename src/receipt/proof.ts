// Receipt proof: canonical text → SHA-256 hex → Ed25519 signature (base64). Pure functions, shared by the server
// (issuing and /verify) and by `hilt receipts verify`, which needs nothing but a public key.
import bs58 from '../lib/base58.ts';
import { ed25519PublicKeyFromSeed, ed25519Sign, ed25519Verify, sha256Hex } from '../lib/crypto.ts';
import { canonicalize } from './canonical-json.ts';

export const SCHEMA_VERSION = 'hilt-v1';
export const ALGORITHM = 'Ed25519' as const;

/** A key id names the public key itself, so any verifier can recompute it and it cannot collide across servers. */
export function keyIdFor(publicKey: Uint8Array): string {
  return `rk_${sha256Hex(publicKey).slice(0, 16)}`;
}

export interface SigningKey {
  keyId: string;
  publicKey: string;
  seed: Uint8Array;
}

export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  const pub = ed25519PublicKeyFromSeed(seed);
  return { keyId: keyIdFor(pub), publicKey: bs58.encode(pub), seed };
}

export interface SignedReceipt {
  receiptJson: string;
  receiptHash: string;
  signature: string;
}

export function signReceipt(body: Record<string, unknown>, key: SigningKey): SignedReceipt {
  const receiptJson = canonicalize({ ...body, key_id: key.keyId, schema_version: SCHEMA_VERSION });
  const bytes = Buffer.from(receiptJson, 'utf8');
  return {
    receiptJson,
    receiptHash: sha256Hex(bytes),
    signature: Buffer.from(ed25519Sign(key.seed, bytes)).toString('base64'),
  };
}

export interface ProofCheck {
  valid: boolean;
  hash_valid: boolean;
  signature_valid: boolean;
  computed_hash: string;
  stored_hash: string;
  key_id: string | null;
  /** Why it is invalid, for people. */
  problems: string[];
}

/**
 * Checks a receipt as the API returns it: `receipt_json` (object or canonical text), `receipt_hash`, `ed25519_sig`.
 * `publicKeys` maps key ids to base58 public keys.
 */
export function checkReceiptProof(
  receipt: { receipt_json: unknown; receipt_hash: string; ed25519_sig: string },
  publicKeys: ReadonlyMap<string, string>,
): ProofCheck {
  const problems: string[] = [];
  let text: string;
  let parsed: Record<string, unknown> = {};
  try {
    parsed = (
      typeof receipt.receipt_json === 'string' ? JSON.parse(receipt.receipt_json) : receipt.receipt_json
    ) as Record<string, unknown>;
    text = canonicalize(parsed);
  } catch {
    text = '';
    problems.push('receipt_json is not valid JSON');
  }
  const bytes = Buffer.from(text, 'utf8');
  const computed = sha256Hex(bytes);
  const hashValid = text !== '' && computed === String(receipt.receipt_hash).toLowerCase();
  if (text !== '' && !hashValid) problems.push('receipt_hash does not match the SHA-256 of the canonical receipt_json');
  const keyId = typeof parsed?.key_id === 'string' ? parsed.key_id : null;
  let signatureValid = false;
  if (!keyId) problems.push('receipt_json names no key_id');
  else {
    const pub = publicKeys.get(keyId);
    if (!pub) problems.push(`no public key for key_id ${keyId}`);
    else {
      let decodedKey: Uint8Array | null = null;
      try {
        decodedKey = bs58.decode(pub);
      } catch {
        problems.push('the public key is not base58');
      }
      const sig = Buffer.from(String(receipt.ed25519_sig ?? ''), 'base64');
      signatureValid = decodedKey !== null && text !== '' && ed25519Verify(decodedKey, bytes, sig);
      if (decodedKey && !signatureValid) problems.push(`ed25519_sig is not a valid signature by key ${keyId}`);
    }
  }
  return {
    valid: hashValid && signatureValid,
    hash_valid: hashValid,
    signature_valid: signatureValid,
    computed_hash: computed,
    stored_hash: String(receipt.receipt_hash ?? ''),
    key_id: keyId,
    problems,
  };
}
