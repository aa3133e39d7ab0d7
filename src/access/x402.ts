// x402 v2 on Solana as Hilt speaks it: the PaymentRequired a payment session advertises, the base64 header codec,
// and the rule a buyer's transaction must satisfy before the server sends it. The buyer pays its own fee and signs
// the whole transaction; the server never signs. Pure logic: no database, no chain calls.
import { findAssociatedTokenPda } from '@solana-program/token';
import { type Address, getCompiledTransactionMessageDecoder, getTransactionDecoder } from '@solana/kit';
import bs58 from '../lib/base58.ts';
import { ATA_PROGRAM, MEMO_PROGRAM, MEMO_V1_PROGRAM, TOKEN_PROGRAM, USDC_DECIMALS } from '../chain/port.ts';
import type { ChainTransaction } from '../chain/port.ts';
import { ed25519Verify } from '../lib/crypto.ts';

export const X402_VERSION = 2;
export const EXACT_SCHEME = 'exact';
export const HILT_EXACT_SCHEME = 'hilt-exact';
/** Advertised for both modes: the local chain hosts USDC at its mainnet mint, so stock x402 clients accept it. */
export const SOLANA_MAINNET_CAIP2 = 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp';
export const PAYMENT_REQUIRED_HEADER = 'PAYMENT-REQUIRED';
export const PAYMENT_SIGNATURE_HEADER = 'PAYMENT-SIGNATURE';
export const PAYMENT_RESPONSE_HEADER = 'PAYMENT-RESPONSE';
export const COMPUTE_BUDGET_PROGRAM = 'ComputeBudget111111111111111111111111111111';
/** 5 lamports per compute unit, as the reference facilitator allows. */
export const MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS = 5_000_000n;

export interface AtomicTransfer {
  role: 'merchant' | 'hilt_fee';
  asset: string;
  amount: string;
  payTo: string;
}

export interface Acceptance {
  scheme: string;
  network: string;
  asset: string;
  amount: string;
  payTo: string;
  maxTimeoutSeconds: number;
  extra: {
    name: string;
    version: string;
    hilt: { paymentSessionId: string; settleUrl: string; atomicTransfers?: AtomicTransfer[] };
  };
}

export interface PaymentRequired {
  x402Version: 2;
  error?: string;
  resource: { url: string; description: string; mimeType: string };
  accepts: Acceptance[];
}

export interface SettlementResponse {
  success: boolean;
  errorReason?: string;
  transaction: string;
  network: string;
}

/** Why a payment was refused, in the x402 reason vocabulary (reused from the reference facilitator). */
export type RefusalReason =
  | 'invalid_payload'
  | 'invalid_x402_version'
  | 'invalid_payment_requirements'
  | 'invalid_exact_svm_payload_address_lookup_tables'
  | 'invalid_exact_svm_payload_missing_signatures'
  | 'invalid_exact_svm_payload_signature_invalid'
  | 'invalid_exact_svm_payload_transaction_instructions'
  | 'invalid_exact_svm_payload_transaction_instructions_length'
  | 'invalid_exact_svm_payload_compute_price_instruction_too_high'
  | 'invalid_exact_svm_payload_mint_mismatch'
  | 'invalid_exact_svm_payload_recipient_mismatch'
  | 'invalid_exact_svm_payload_amount_mismatch'
  | 'invalid_exact_svm_payload_authority_mismatch'
  | 'invalid_exact_svm_payload_fee_payer_is_recipient'
  | 'transaction_simulation_failed'
  | 'insufficient_funds'
  | 'duplicate_settlement'
  | 'transaction_failed';

export class PaymentRefusal extends Error {
  readonly reason: RefusalReason;

  constructor(reason: RefusalReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

export function encodeX402Header(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/** base64 (standard or url-safe, padding optional) → JSON object; anything else is null. */
export function decodeX402Header(value: string): Record<string, unknown> | null {
  const text = value.trim();
  if (!text || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function buildPaymentRequired(input: {
  sessionId: string;
  settleUrl: string;
  network: string;
  mint: string;
  merchantWallet: string;
  merchantAmount: bigint;
  feeWallet: string | null;
  feeAmount: bigint;
  maxTimeoutSeconds: number;
  resource: { url: string; description: string; mimeType: string };
}): PaymentRequired {
  const total = input.merchantAmount + input.feeAmount;
  const split = input.feeAmount > 0n && input.feeWallet !== null;
  const acceptance: Acceptance = {
    scheme: split ? HILT_EXACT_SCHEME : EXACT_SCHEME,
    network: input.network,
    asset: input.mint,
    amount: total.toString(),
    payTo: input.merchantWallet,
    maxTimeoutSeconds: input.maxTimeoutSeconds,
    extra: {
      name: 'Hilt',
      version: String(X402_VERSION),
      hilt: {
        paymentSessionId: input.sessionId,
        settleUrl: input.settleUrl,
        ...(split
          ? {
              atomicTransfers: [
                {
                  role: 'merchant' as const,
                  asset: input.mint,
                  amount: input.merchantAmount.toString(),
                  payTo: input.merchantWallet,
                },
                {
                  role: 'hilt_fee' as const,
                  asset: input.mint,
                  amount: input.feeAmount.toString(),
                  payTo: input.feeWallet as string,
                },
              ],
            }
          : {}),
      },
    },
  };
  return { x402Version: X402_VERSION, error: 'payment_required', resource: input.resource, accepts: [acceptance] };
}

/** The transfers an acceptance asks for: the atomic split for `hilt-exact`, else one transfer of the full amount. */
export function requiredTransfers(a: Acceptance): { payTo: string; amount: bigint; role: string }[] {
  if (a.scheme === HILT_EXACT_SCHEME && a.extra.hilt.atomicTransfers) {
    return a.extra.hilt.atomicTransfers.map((t) => ({ payTo: t.payTo, amount: BigInt(t.amount), role: t.role }));
  }
  return [{ payTo: a.payTo, amount: BigInt(a.amount), role: 'merchant' }];
}

/** Deep equality over JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  return (
    ak.length === bk.length &&
    ak.every((k) => Object.hasOwn(b as object, k) && sameJson((a as never)[k], (b as never)[k]))
  );
}

export interface PaymentPayload {
  accepted: Record<string, unknown>;
  transaction: string;
  sessionId: string | null;
}

/** Envelope check of a `PAYMENT-SIGNATURE` value: base64 JSON, version 2, an acceptance and a transaction. */
export function parsePaymentSignature(value: string): PaymentPayload {
  const decoded = decodeX402Header(value);
  if (!decoded) throw new PaymentRefusal('invalid_payload', 'payment_signature is not base64-encoded JSON');
  if (decoded.x402Version !== X402_VERSION) {
    throw new PaymentRefusal('invalid_x402_version', 'Only x402Version 2 payment payloads are accepted');
  }
  const accepted = decoded.accepted;
  const payload = decoded.payload as { transaction?: unknown } | undefined;
  if (!accepted || typeof accepted !== 'object' || Array.isArray(accepted)) {
    throw new PaymentRefusal('invalid_payload', 'The payment payload has no accepted requirement');
  }
  const transaction = payload?.transaction;
  if (typeof transaction !== 'string' || !transaction || !/^[A-Za-z0-9+/]+={0,2}$/.test(transaction)) {
    throw new PaymentRefusal('invalid_payload', 'payload.transaction must be a base64 wire transaction');
  }
  const hilt = (accepted as { extra?: { hilt?: { paymentSessionId?: unknown } } }).extra?.hilt;
  const sessionId = typeof hilt?.paymentSessionId === 'string' ? hilt.paymentSessionId : null;
  return { accepted: accepted as Record<string, unknown>, transaction, sessionId };
}

/** A transaction's instructions with their accounts resolved, whether decoded from the wire or read back from chain. */
export interface PlainTransaction {
  signature: string;
  feePayer: string;
  instructions: { program: string; accounts: string[]; data: Uint8Array }[];
}

/** Decodes a signed wire transaction and checks that every signature is present and valid. */
export function decodeSignedTransaction(base64: string): PlainTransaction & { wire: string } {
  let tx: ReturnType<ReturnType<typeof getTransactionDecoder>['decode']>;
  let message: ReturnType<ReturnType<typeof getCompiledTransactionMessageDecoder>['decode']>;
  try {
    tx = getTransactionDecoder().decode(Buffer.from(base64, 'base64'));
    message = getCompiledTransactionMessageDecoder().decode(tx.messageBytes);
  } catch {
    throw new PaymentRefusal('invalid_payload', 'payload.transaction is not a Solana wire transaction');
  }
  if (message.version !== 'legacy' && message.version !== 0) {
    throw new PaymentRefusal('invalid_payload', `Transaction version ${message.version} is not accepted`);
  }
  if (message.version === 0 && (message as { addressTableLookups?: unknown[] }).addressTableLookups?.length) {
    throw new PaymentRefusal(
      'invalid_exact_svm_payload_address_lookup_tables',
      'Address lookup tables are not accepted: every account must be visible in the transaction',
    );
  }
  const keys = message.staticAccounts as readonly string[];
  const signers = Object.entries(tx.signatures);
  if (signers.length === 0 || signers.some(([, s]) => s === null)) {
    throw new PaymentRefusal('invalid_exact_svm_payload_missing_signatures', 'The transaction is not fully signed');
  }
  for (const [signer, sig] of signers) {
    if (!ed25519Verify(bs58.decode(signer), tx.messageBytes as unknown as Uint8Array, sig as Uint8Array)) {
      throw new PaymentRefusal('invalid_exact_svm_payload_signature_invalid', `The signature of ${signer} is invalid`);
    }
  }
  const instructions = (message.instructions as unknown[]).map((ix) => {
    const i = ix as { programAddressIndex: number; accountIndices?: number[]; data?: Uint8Array };
    return {
      program: keys[i.programAddressIndex],
      accounts: (i.accountIndices ?? []).map((k) => keys[k]),
      data: i.data ?? new Uint8Array(),
    };
  });
  if (instructions.some((ix) => ix.program === undefined || ix.accounts.some((a) => a === undefined))) {
    throw new PaymentRefusal('invalid_payload', 'The transaction refers to accounts it does not list');
  }
  return {
    signature: bs58.encode(signers[0][1] as Uint8Array),
    feePayer: keys[0],
    instructions,
    wire: base64,
  };
}

/** The same view of a landed transaction, from getTransaction's JSON. */
export function plainFromChain(tx: ChainTransaction): PlainTransaction {
  const keys = [
    ...tx.transaction.message.accountKeys,
    ...(tx.meta?.loadedAddresses?.writable ?? []),
    ...(tx.meta?.loadedAddresses?.readonly ?? []),
  ] as string[];
  return {
    signature: tx.transaction.signatures[0],
    feePayer: keys[0],
    instructions: tx.transaction.message.instructions.map((ix) => ({
      program: keys[ix.programIdIndex],
      accounts: ix.accounts.map((k) => keys[k]),
      data: bs58.decode(ix.data),
    })),
  };
}

const u64 = (data: Uint8Array, offset: number) =>
  new DataView(data.buffer, data.byteOffset, data.byteLength).getBigUint64(offset, true);

/**
 * Checks that a transaction does exactly what the acceptance asks and nothing else: for each required transfer
 * one `TransferChecked` of the exact amount of the acceptance's mint (6 decimals) from the fee payer's own token
 * account into the recipient's associated token account, at most one `CreateAssociatedTokenIdempotent` for each
 * recipient, optionally bounded ComputeBudget instructions and one memo. Returns the paying wallet.
 */
export async function verifyPaymentInstructions(tx: PlainTransaction, acceptance: Acceptance): Promise<string> {
  const mint = acceptance.asset as Address;
  const payer = tx.feePayer;
  const required = requiredTransfers(acceptance);
  const ata = async (owner: string) =>
    (await findAssociatedTokenPda({ owner: owner as Address, mint, tokenProgram: TOKEN_PROGRAM }))[0] as string;
  const destinations = new Map<string, { payTo: string; amount: bigint; role: string; paid: boolean }>();
  for (const t of required) {
    if (t.payTo === payer) {
      throw new PaymentRefusal('invalid_exact_svm_payload_fee_payer_is_recipient', 'The payer cannot pay itself');
    }
    destinations.set(await ata(t.payTo), { ...t, paid: false });
  }
  const payerAccount = await ata(payer);
  const created = new Set<string>();
  let memos = 0;
  let limits = 0;
  let prices = 0;
  const refuse = (reason: RefusalReason, message: string) => {
    throw new PaymentRefusal(reason, message);
  };
  for (const [index, ix] of tx.instructions.entries()) {
    const where = `instruction ${index}`;
    if (ix.program === COMPUTE_BUDGET_PROGRAM) {
      if (ix.data[0] === 2 && ix.data.length === 5 && ++limits === 1) continue;
      if (ix.data[0] === 3 && ix.data.length === 9 && ++prices === 1) {
        if (u64(ix.data, 1) > MAX_COMPUTE_UNIT_PRICE_MICROLAMPORTS) {
          refuse(
            'invalid_exact_svm_payload_compute_price_instruction_too_high',
            `${where}: compute unit price too high`,
          );
        }
        continue;
      }
      refuse('invalid_exact_svm_payload_transaction_instructions', `${where}: unexpected ComputeBudget instruction`);
    }
    if (ix.program === MEMO_PROGRAM || ix.program === MEMO_V1_PROGRAM) {
      if (++memos > 1) refuse('invalid_exact_svm_payload_transaction_instructions', `${where}: a second memo`);
      continue;
    }
    if (ix.program === ATA_PROGRAM) {
      // CreateIdempotent: [payer, associated account, owner, mint, system program, token program].
      const [, account, owner, ixMint] = ix.accounts;
      if (ix.data.length !== 1 || ix.data[0] !== 1 || created.has(account)) {
        refuse(
          'invalid_exact_svm_payload_transaction_instructions',
          `${where}: only one CreateAssociatedTokenIdempotent per recipient is allowed`,
        );
      }
      if (ixMint !== mint)
        refuse('invalid_exact_svm_payload_mint_mismatch', `${where}: creates an account of another mint`);
      if (destinations.get(account)?.payTo !== owner) {
        refuse('invalid_exact_svm_payload_recipient_mismatch', `${where}: creates an account for another recipient`);
      }
      created.add(account);
      continue;
    }
    if (ix.program === TOKEN_PROGRAM && ix.data[0] === 12 && ix.data.length === 10) {
      // TransferChecked: [source, mint, destination, authority], data [12, amount u64, decimals u8].
      const [source, ixMint, destination, authority] = ix.accounts;
      if (ixMint !== mint || ix.data[9] !== USDC_DECIMALS) {
        refuse('invalid_exact_svm_payload_mint_mismatch', `${where}: transfers another mint than ${mint}`);
      }
      const dest = destinations.get(destination);
      if (!dest) {
        refuse('invalid_exact_svm_payload_recipient_mismatch', `${where}: pays an account other than the recipient's`);
        return payer;
      }
      if (authority !== payer || source !== payerAccount || ix.accounts.length !== 4) {
        refuse(
          'invalid_exact_svm_payload_authority_mismatch',
          `${where}: the transfer must come from the fee payer's own token account, signed by it`,
        );
      }
      const amount = u64(ix.data, 1);
      if (amount !== dest.amount) {
        refuse(
          'invalid_exact_svm_payload_amount_mismatch',
          `${where}: transfers ${amount} but ${dest.amount} is due to ${dest.role}`,
        );
      }
      if (dest.paid) refuse('invalid_exact_svm_payload_transaction_instructions_length', `${where}: pays twice`);
      dest.paid = true;
      continue;
    }
    refuse(
      'invalid_exact_svm_payload_transaction_instructions',
      `${where}: program ${ix.program} is not allowed in a payment transaction`,
    );
  }
  const missing = [...destinations.values()].filter((d) => !d.paid);
  if (missing.length > 0) {
    refuse(
      'invalid_exact_svm_payload_transaction_instructions_length',
      `The transaction lacks the transfer to ${missing.map((d) => d.role).join(' and ')}`,
    );
  }
  return payer;
}
