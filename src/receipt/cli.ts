// `hilt receipts verify <file-or-id>`: checks a receipt with nothing but a public key. The key comes from
// --public-key, from a key listing inside the file, or from a server's GET /v1/receipts/public-key (--url).
import { existsSync, readFileSync } from 'node:fs';
import { checkReceiptProof, type ProofCheck } from './proof.ts';

export interface VerifyCommandOptions {
  publicKey?: string;
  url?: string;
}

interface ReceiptDocument {
  receipt_id?: string;
  receipt_json: unknown;
  receipt_hash: string;
  ed25519_sig: string;
  keys?: { key_id: string; public_key: string }[];
  verification?: { key_id?: string | null; public_key?: string | null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

export async function verifyReceiptCommand(
  target: string,
  opts: VerifyCommandOptions,
  defaultUrl: string,
): Promise<{ ok: boolean; check: ProofCheck | null; message: string }> {
  let doc: ReceiptDocument;
  if (existsSync(target)) {
    try {
      doc = JSON.parse(readFileSync(target, 'utf8')) as ReceiptDocument;
    } catch {
      return { ok: false, check: null, message: `${target} is not a JSON file` };
    }
  } else if (UUID.test(target)) {
    const base = (opts.url ?? defaultUrl).replace(/\/+$/, '');
    doc = (await fetchJson(`${base}/v1/receipt/${target}/public`)) as ReceiptDocument;
  } else {
    return { ok: false, check: null, message: `${target} is neither a file nor a receipt id` };
  }
  if (!doc || typeof doc !== 'object' || !doc.receipt_json || !doc.receipt_hash || !doc.ed25519_sig) {
    return { ok: false, check: null, message: 'The file holds no receipt_json, receipt_hash and ed25519_sig' };
  }
  const body = (typeof doc.receipt_json === 'string' ? JSON.parse(doc.receipt_json) : doc.receipt_json) as {
    key_id?: string;
  };
  const keyId = body.key_id ?? '';
  const keys = new Map<string, string>();
  if (opts.publicKey) keys.set(keyId, opts.publicKey);
  else {
    for (const k of doc.keys ?? []) keys.set(k.key_id, k.public_key);
    if (doc.verification?.key_id && doc.verification.public_key) {
      keys.set(doc.verification.key_id, doc.verification.public_key);
    }
    if (!keys.has(keyId) && opts.url) {
      const listing = (await fetchJson(`${opts.url.replace(/\/+$/, '')}/v1/receipts/public-key`)) as {
        keys: { key_id: string; public_key: string }[];
      };
      for (const k of listing.keys) keys.set(k.key_id, k.public_key);
    }
  }
  if (!keys.has(keyId)) {
    return {
      ok: false,
      check: null,
      message: `No public key for key_id ${keyId || '(none)'}: pass --public-key <base58> or --url <server>`,
    };
  }
  const check = checkReceiptProof(doc, keys);
  const id = doc.receipt_id ?? (body as { receipt_id?: string }).receipt_id ?? 'receipt';
  return check.valid
    ? {
        ok: true,
        check,
        message: `Receipt ${id} is valid: SHA-256 ${check.computed_hash} signed by key ${check.key_id} (Ed25519)`,
      }
    : { ok: false, check, message: `Receipt ${id} is NOT valid: ${check.problems.join('; ')}` };
}
