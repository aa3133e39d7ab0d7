// Reads Helius enhanced-transaction webhooks liberally: the payload is an array of transactions (or one, or an
// object wrapping them); each gives its `signature`, and the `HILT:{nonce}` memo may sit in a memo instruction's
// base58 data, in inner instructions, in the `description`, in `events` or in log messages.
import bs58 from '../lib/base58.ts';

const MEMO_PROGRAMS = new Set([
  'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr',
  'Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo',
]);
const MEMO = /HILT:([A-Za-z0-9_-]{8,128})/g;
const SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,88}$/;
const MAX_TRANSACTIONS = 1000;

export interface HeliusMatch {
  signature: string;
  nonce: string;
}

function transactionsOf(payload: unknown): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (payload && typeof payload === 'object') {
    const o = payload as Record<string, unknown>;
    for (const key of ['transactions', 'data', 'events']) if (Array.isArray(o[key])) return o[key] as unknown[];
    return [payload];
  }
  return [];
}

function signatureOf(tx: Record<string, unknown>): string | null {
  const candidates = [tx.signature, (tx.transaction as { signatures?: unknown[] } | undefined)?.signatures?.[0]];
  if (Array.isArray(tx.signatures)) candidates.push(tx.signatures[0]);
  for (const c of candidates) if (typeof c === 'string' && SIGNATURE.test(c)) return c;
  return null;
}

/** Every string inside `value`, plus the decoded data of memo-program instructions. */
function collectText(value: unknown, out: string[], depth = 0): void {
  if (depth > 12 || out.length > 10_000) return;
  if (typeof value === 'string') {
    out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collectText(v, out, depth + 1);
    return;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.programId === 'string' && MEMO_PROGRAMS.has(o.programId) && typeof o.data === 'string') {
      try {
        out.push(Buffer.from(bs58.decode(o.data)).toString('utf8'));
      } catch {
        // Not base58: the raw string is searched anyway.
      }
    }
    for (const v of Object.values(o)) collectText(v, out, depth + 1);
  }
}

export function extractHiltMemos(payload: unknown): { transactions: number; matches: HeliusMatch[] } {
  const txs = transactionsOf(payload).slice(0, MAX_TRANSACTIONS);
  const matches: HeliusMatch[] = [];
  const seen = new Set<string>();
  for (const tx of txs) {
    if (!tx || typeof tx !== 'object') continue;
    const signature = signatureOf(tx as Record<string, unknown>);
    if (!signature) continue;
    const texts: string[] = [];
    collectText(tx, texts);
    for (const text of texts) {
      for (const m of text.matchAll(MEMO)) {
        const key = `${signature}:${m[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push({ signature, nonce: m[1] });
      }
    }
  }
  return { transactions: txs.length, matches };
}
