// The chain port: the few Solana operations the platform needs, in Solana JSON-RPC shape. One implementation
// (rpc-client.ts) speaks JSON-RPC to a live cluster or to the local sandbox chain; services depend only on this.
import type { Address, Commitment, Signature, TransactionError } from '@solana/kit';
import { address } from '@solana/kit';

export const USDC_MINT = address('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v');
export const USDC_DECIMALS = 6;
/** The classic memo program (v3). @solana-program/memo defaults to a newer address that clusters and wallets do not use. */
export const MEMO_PROGRAM = address('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');
export const MEMO_V1_PROGRAM = address('Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo');
export const SYSTEM_PROGRAM = address('11111111111111111111111111111111');
export const TOKEN_PROGRAM = address('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
export const TOKEN_2022_PROGRAM = address('TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb');
export const ATA_PROGRAM = address('ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL');

export type { Address, Commitment, Signature, TransactionError };

export interface UiTokenAmount {
  amount: string;
  decimals: number;
  uiAmount: number | null;
  uiAmountString: string;
}

export interface TokenBalance {
  accountIndex: number;
  mint: Address;
  owner?: Address;
  programId?: Address;
  uiTokenAmount: UiTokenAmount;
}

/** A compiled instruction as `getTransaction` returns it with `encoding: 'json'`: indices into the account keys. */
export interface CompiledInstructionJson {
  programIdIndex: number;
  accounts: readonly number[];
  /** base58 */
  data: string;
  stackHeight?: number | null;
}

/** `getTransaction(signature, {encoding: 'json', maxSupportedTransactionVersion: 0})`, u64 values as bigint. */
export interface ChainTransaction {
  slot: bigint;
  /** Unix seconds. */
  blockTime: bigint | null;
  version?: 'legacy' | 0;
  transaction: {
    signatures: readonly string[];
    message: {
      accountKeys: readonly Address[];
      header: { numRequiredSignatures: number; numReadonlySignedAccounts: number; numReadonlyUnsignedAccounts: number };
      instructions: readonly CompiledInstructionJson[];
      recentBlockhash: string;
    };
  };
  meta: {
    err: TransactionError | null;
    fee: bigint;
    preBalances: readonly bigint[];
    postBalances: readonly bigint[];
    preTokenBalances?: readonly TokenBalance[];
    postTokenBalances?: readonly TokenBalance[];
    logMessages: readonly string[] | null;
    innerInstructions?: readonly { index: number; instructions: readonly CompiledInstructionJson[] }[] | null;
    loadedAddresses?: { writable: readonly Address[]; readonly: readonly Address[] };
    computeUnitsConsumed?: bigint;
  } | null;
}

export interface SignatureStatus {
  slot: bigint;
  /** null once finalized */
  confirmations: bigint | null;
  err: TransactionError | null;
  confirmationStatus: Commitment | null;
}

export interface SignatureInfo {
  signature: Signature;
  slot: bigint;
  blockTime: bigint | null;
  err: TransactionError | null;
  /** As the RPC reports it: `"[len] text"`, several joined by `"; "`. */
  memo: string | null;
  confirmationStatus: Commitment | null;
}

export interface LatestBlockhash {
  blockhash: string;
  lastValidBlockHeight: bigint;
}

export interface TokenAccountBalance {
  address: Address;
  mint: Address;
  owner: Address;
  amount: bigint;
  decimals: number;
}

export interface ChainClient {
  getTransaction(signature: string, options?: { commitment?: Commitment }): Promise<ChainTransaction | null>;
  getSignatureStatuses(signatures: readonly string[]): Promise<(SignatureStatus | null)[]>;
  /** Newest first, as the RPC returns them. */
  getSignaturesForAddress(
    address: string,
    options?: { before?: string; until?: string; limit?: number; commitment?: Commitment },
  ): Promise<SignatureInfo[]>;
  /** Sends a base64 wire transaction; resolves to its signature. A refused transaction throws TransactionRejectedError. */
  sendRawTransaction(base64WireTransaction: string, options?: { skipPreflight?: boolean }): Promise<Signature>;
  /** Runs a base64 wire transaction without landing it (`sigVerify` checks its signatures and blockhash too). */
  simulateTransaction(
    base64WireTransaction: string,
    options?: { sigVerify?: boolean },
  ): Promise<{ err: TransactionError | null; logs: readonly string[] }>;
  getLatestBlockhash(): Promise<LatestBlockhash>;
  getBalance(address: string): Promise<bigint>;
  /** Token accounts of `owner` for `mint`, with their balances (empty when it holds none). */
  getTokenAccountsByOwner(owner: string, mint: string): Promise<TokenAccountBalance[]>;
  /** Sandbox chains only; a live cluster refuses or rate-limits it. */
  requestAirdrop(address: string, lamports: bigint): Promise<Signature>;
}
