// Solana Pay (https://docs.solanapay.com/spec): transfer-request and transaction-request URLs, and the facts a
// payment check needs from a landed transfer. Our own implementation: @solana/pay does not run beside kit 8.
import { type Address, isAddress } from '@solana/kit';
import base58 from '../lib/base58.ts';
import { formatUnits, parseUnits } from './amount.ts';
import { SolanaPayUrlError } from './errors.ts';
import {
  type ChainTransaction,
  MEMO_PROGRAM,
  MEMO_V1_PROGRAM,
  SYSTEM_PROGRAM,
  TOKEN_2022_PROGRAM,
  TOKEN_PROGRAM,
  type TokenBalance,
  type TransactionError,
  USDC_DECIMALS,
  USDC_MINT,
} from './port.ts';

export const SOLANA_PAY_PROTOCOL = 'solana:';
export const SOL_DECIMALS = 9;
const MAX_URL_LENGTH = 2048;

export interface TransferRequest {
  recipient: Address;
  /** Minor units (lamports, or the token's base units). */
  amountMinor?: bigint;
  splToken?: Address;
  references?: readonly Address[];
  label?: string;
  message?: string;
  memo?: string;
}

export interface ParsedTransferRequest {
  kind: 'transfer';
  recipient: Address;
  /** The decimal amount exactly as written, in UI units. */
  amount?: string;
  /** Set when the asset's decimals are known (SOL, USDC, or given by the caller). */
  amountMinor?: bigint;
  splToken?: Address;
  references: Address[];
  label?: string;
  message?: string;
  memo?: string;
}

export interface ParsedTransactionRequest {
  kind: 'transaction';
  link: URL;
}

/**
 * A transfer-request URL. `decimals` defaults to 9 for SOL and 6 for USDC; other tokens need it. The amount is
 * written from minor units, so it is exact and never uses an exponent.
 */
export function encodeTransferRequestUrl(request: TransferRequest, options: { decimals?: number } = {}): string {
  assertAddress(request.recipient, 'recipient');
  const params: string[] = [];
  if (request.amountMinor !== undefined) {
    if (request.amountMinor < 0n) throw new SolanaPayUrlError('amount must not be negative');
    const decimals = options.decimals ?? knownDecimals(request.splToken);
    if (decimals === undefined) throw new SolanaPayUrlError('decimals are needed to write an amount of this token');
    params.push(`amount=${formatUnits(request.amountMinor, decimals)}`);
  }
  if (request.splToken !== undefined) {
    assertAddress(request.splToken, 'spl-token');
    params.push(`spl-token=${request.splToken}`);
  }
  for (const reference of request.references ?? []) {
    assertAddress(reference, 'reference');
    params.push(`reference=${reference}`);
  }
  for (const key of ['label', 'message', 'memo'] as const) {
    const value = request[key];
    if (value !== undefined) params.push(`${key}=${encodeURIComponent(value)}`);
  }
  const url = SOLANA_PAY_PROTOCOL + request.recipient + (params.length ? `?${params.join('&')}` : '');
  if (url.length > MAX_URL_LENGTH) throw new SolanaPayUrlError(`URL is longer than ${MAX_URL_LENGTH} characters`);
  return url;
}

/** A transaction-request URL: `solana:` followed by the percent-encoded https link. */
export function encodeTransactionRequestUrl(link: string | URL): string {
  const url = new URL(String(link));
  if (url.protocol !== 'https:') throw new SolanaPayUrlError('transaction request link must be https');
  const encoded = SOLANA_PAY_PROTOCOL + (url.search ? encodeURIComponent(String(url)) : String(url));
  if (encoded.length > MAX_URL_LENGTH) throw new SolanaPayUrlError(`URL is longer than ${MAX_URL_LENGTH} characters`);
  return encoded;
}

export function parseSolanaPayUrl(
  input: string,
  options: { decimals?: number } = {},
): ParsedTransferRequest | ParsedTransactionRequest {
  if (input.length > MAX_URL_LENGTH) throw new SolanaPayUrlError(`URL is longer than ${MAX_URL_LENGTH} characters`);
  if (!input.startsWith(SOLANA_PAY_PROTOCOL)) throw new SolanaPayUrlError('not a solana: URL');
  const rest = input.slice(SOLANA_PAY_PROTOCOL.length);
  const queryAt = rest.indexOf('?');
  const pathname = queryAt === -1 ? rest : rest.slice(0, queryAt);
  if (/^https(:|%3A)/i.test(pathname)) return parseTransactionRequest(pathname);
  if (!isAddress(pathname)) throw new SolanaPayUrlError('recipient is not a valid address');
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  const params = new URLSearchParams(query);
  const result: ParsedTransferRequest = { kind: 'transfer', recipient: pathname, references: [] };
  for (const key of new Set(params.keys())) {
    if (key !== 'reference' && params.getAll(key).length > 1) throw new SolanaPayUrlError(`${key} is repeated`);
  }
  const splToken = params.get('spl-token');
  if (splToken !== null) {
    if (!isAddress(splToken)) throw new SolanaPayUrlError('spl-token is not a valid address');
    result.splToken = splToken;
  }
  const amount = params.get('amount');
  if (amount !== null) {
    if (!/^\d+(\.\d+)?$/.test(amount)) throw new SolanaPayUrlError(`amount is not a plain decimal number: ${amount}`);
    const decimals = options.decimals ?? knownDecimals(result.splToken);
    result.amount = amount;
    if (decimals !== undefined) {
      try {
        result.amountMinor = parseUnits(amount, decimals);
      } catch (err) {
        throw new SolanaPayUrlError((err as Error).message);
      }
    }
  }
  for (const reference of params.getAll('reference')) {
    if (!isAddress(reference)) throw new SolanaPayUrlError('reference is not a valid address');
    result.references.push(reference);
  }
  for (const key of ['label', 'message', 'memo'] as const) {
    const value = params.get(key);
    if (value !== null) result[key] = value;
  }
  return result;
}

function parseTransactionRequest(pathname: string): ParsedTransactionRequest {
  let link: URL;
  try {
    link = new URL(decodeURIComponent(pathname));
  } catch {
    throw new SolanaPayUrlError('transaction request link is not a valid URL');
  }
  if (link.protocol !== 'https:') throw new SolanaPayUrlError('transaction request link must be https');
  return { kind: 'transaction', link };
}

function knownDecimals(splToken: Address | undefined): number | undefined {
  if (splToken === undefined) return SOL_DECIMALS;
  return splToken === USDC_MINT ? USDC_DECIMALS : undefined;
}

function assertAddress(value: string, what: string): void {
  if (!isAddress(value)) throw new SolanaPayUrlError(`${what} is not a valid address`);
}

// ---- what a landed transaction did ----

export interface TransferInstructionFacts {
  index: number;
  kind: 'system-transfer' | 'token-transfer' | 'token-transfer-checked';
  source: Address;
  destination: Address;
  amount: bigint;
  /** TransferChecked only */
  mint?: Address;
  /** Accounts after the instruction's own ones: where Solana Pay puts reference keys. */
  extraAccounts: Address[];
}

export interface TransferFacts {
  err: TransactionError | null;
  slot: bigint;
  blockTime: bigint | null;
  /** Net amount `recipient` gained: lamports for SOL, or base units across its token accounts for `splToken`. */
  received: bigint;
  /** The transfer instructions paying the recipient (its wallet for SOL, its token account for the mint). */
  transfers: TransferInstructionFacts[];
  memos: string[];
  /** Which of the asked-for references appear among the transaction's account keys. */
  referencesFound: Address[];
  /** All asked-for references are trailing read-only accounts of one paying transfer instruction, as the spec says. */
  referencesOnTransfer: boolean;
}

export interface TransferExpectation {
  recipient: Address;
  splToken?: Address;
  references?: readonly Address[];
}

export type TransferProblem = 'failed' | 'no_transfer' | 'underpaid' | 'reference_missing' | 'memo_missing';

const utf8 = new TextDecoder();

/** Every key of the transaction in balance-array order (static keys, then loaded writable, then loaded readonly). */
export function transactionKeys(tx: ChainTransaction): Address[] {
  const loaded = tx.meta?.loadedAddresses;
  return [...tx.transaction.message.accountKeys, ...(loaded?.writable ?? []), ...(loaded?.readonly ?? [])];
}

/** Net amount `owner` gained in the transaction: SOL without `mint`, else the mint's base units across its accounts. */
export function amountReceived(tx: ChainTransaction, owner: Address, mint?: Address): bigint {
  const meta = tx.meta;
  if (!meta) return 0n;
  if (mint === undefined) {
    const i = transactionKeys(tx).indexOf(owner);
    return i === -1 ? 0n : BigInt(meta.postBalances[i] ?? 0n) - BigInt(meta.preBalances[i] ?? 0n);
  }
  const total = (balances: readonly TokenBalance[] | undefined) => {
    let sum = 0n;
    for (const b of balances ?? []) if (b.mint === mint && b.owner === owner) sum += BigInt(b.uiTokenAmount.amount);
    return sum;
  };
  return total(meta.postTokenBalances) - total(meta.preTokenBalances);
}

export function inspectTransfer(tx: ChainTransaction, expect: TransferExpectation): TransferFacts {
  const keys = transactionKeys(tx);
  const meta = tx.meta;
  const recipientTokenAccounts = new Set<Address>();
  if (expect.splToken !== undefined) {
    for (const b of [...(meta?.preTokenBalances ?? []), ...(meta?.postTokenBalances ?? [])]) {
      if (b.mint === expect.splToken && b.owner === expect.recipient) recipientTokenAccounts.add(keys[b.accountIndex]);
    }
  }
  const transfers: TransferInstructionFacts[] = [];
  const memos: string[] = [];
  tx.transaction.message.instructions.forEach((ix, index) => {
    const program = keys[ix.programIdIndex];
    const data = base58.decode(ix.data);
    const accounts = ix.accounts.map((i) => keys[i]);
    if (program === MEMO_PROGRAM || program === MEMO_V1_PROGRAM) {
      memos.push(utf8.decode(data));
      return;
    }
    const transfer = decodeTransfer(program, accounts, data, index);
    if (!transfer) return;
    const pays =
      expect.splToken === undefined
        ? transfer.kind === 'system-transfer' && transfer.destination === expect.recipient
        : transfer.kind !== 'system-transfer' &&
          recipientTokenAccounts.has(transfer.destination) &&
          (transfer.mint === undefined || transfer.mint === expect.splToken);
    if (pays) transfers.push(transfer);
  });
  const references = expect.references ?? [];
  const keySet = new Set(keys);
  return {
    err: meta?.err ?? null,
    slot: tx.slot,
    blockTime: tx.blockTime,
    received: amountReceived(tx, expect.recipient, expect.splToken),
    transfers,
    memos,
    referencesFound: references.filter((r) => keySet.has(r)),
    referencesOnTransfer:
      references.length > 0 &&
      transfers.some(
        (t) =>
          t.extraAccounts.length >= references.length &&
          references.every((r, i) => t.extraAccounts[t.extraAccounts.length - references.length + i] === r),
      ),
  };
}

/**
 * Solana Pay's validateTransfer as facts plus problems: the transaction succeeded, paid at least `amountMinor`
 * to the recipient (or its token account for the mint), carries every reference, and the memo when one is asked.
 */
export function validateTransfer(
  tx: ChainTransaction,
  expect: TransferExpectation & { amountMinor: bigint; memo?: string },
): TransferFacts & { ok: boolean; problems: TransferProblem[] } {
  const facts = inspectTransfer(tx, expect);
  const problems: TransferProblem[] = [];
  if (facts.err !== null) problems.push('failed');
  if (facts.transfers.length === 0) problems.push('no_transfer');
  if (facts.received < expect.amountMinor) problems.push('underpaid');
  if (facts.referencesFound.length !== (expect.references ?? []).length) problems.push('reference_missing');
  if (expect.memo !== undefined && !facts.memos.includes(expect.memo)) problems.push('memo_missing');
  return { ...facts, ok: problems.length === 0, problems };
}

const ACCOUNTS_USED = { 'system-transfer': 2, 'token-transfer': 3, 'token-transfer-checked': 4 } as const;

function decodeTransfer(
  program: Address,
  accounts: Address[],
  data: Uint8Array,
  index: number,
): TransferInstructionFacts | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let facts: Omit<TransferInstructionFacts, 'extraAccounts'> | null = null;
  if (program === SYSTEM_PROGRAM && data.length === 12 && view.getUint32(0, true) === 2 && accounts.length >= 2) {
    facts = {
      index,
      kind: 'system-transfer',
      source: accounts[0],
      destination: accounts[1],
      amount: view.getBigUint64(4, true),
    };
  } else if (program === TOKEN_PROGRAM || program === TOKEN_2022_PROGRAM) {
    if (data[0] === 3 && data.length === 9 && accounts.length >= 3) {
      facts = {
        index,
        kind: 'token-transfer',
        source: accounts[0],
        destination: accounts[1],
        amount: view.getBigUint64(1, true),
      };
    } else if (data[0] === 12 && data.length === 10 && accounts.length >= 4) {
      facts = {
        index,
        kind: 'token-transfer-checked',
        source: accounts[0],
        mint: accounts[1],
        destination: accounts[2],
        amount: view.getBigUint64(1, true),
      };
    }
  }
  return facts && { ...facts, extraAccounts: accounts.slice(ACCOUNTS_USED[facts.kind]) };
}
