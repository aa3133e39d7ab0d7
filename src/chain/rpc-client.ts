// The chain port over Solana JSON-RPC, through @solana/kit. The transport is pluggable: HTTP for a cluster or a
// remote sandbox chain, or an in-process function (the embedded local chain's `handleText`) so the API server
// reaches its own chain without an HTTP hop yet through the same JSON-RPC code path.
import {
  type Address,
  type Commitment,
  createSolanaRpcFromTransport,
  isAddress,
  lamports,
  type RpcTransport,
  type Signature,
} from '@solana/kit';
import { AppError, ChainUnavailableError, UnprocessableError } from '../errors.ts';
import { TransactionRejectedError } from './errors.ts';
import { isSolanaSignature } from '../lib/crypto.ts';
import { parseJsonWithBigInts, stringifyJson } from './json.ts';
import type {
  ChainClient,
  TransactionError,
  ChainTransaction,
  SignatureInfo,
  SignatureStatus,
  TokenAccountBalance,
} from './port.ts';

/** Sends one JSON-RPC request body and resolves to the response body. */
export type JsonRpcTextTransport = (body: string, signal: AbortSignal) => Promise<string>;

export interface RpcChainClientOptions {
  /** The JSON-RPC endpoint; ignored when `transport` is given. */
  url?: string;
  transport?: JsonRpcTextTransport;
  /** Per call; a slower answer fails with ChainUnavailableError. Default 10 s. */
  timeoutMs?: number;
  /** Commitment for reads. Default `confirmed`. */
  commitment?: 'confirmed' | 'finalized';
}

/** JSON-RPC codes meaning "this transaction was refused", as opposed to "the endpoint failed". */
const REJECTION_CODES = new Set([-32002, -32003, -32013, -32015]);

export function httpJsonRpcTransport(url: string): JsonRpcTextTransport {
  return async (body, signal) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
    const text = await res.text();
    if (!res.ok) throw new ChainUnavailableError(`Solana RPC answered HTTP ${res.status}`);
    return text;
  };
}

export function createRpcChainClient(options: RpcChainClientOptions): ChainClient {
  const { timeoutMs = 10_000, commitment = 'confirmed' } = options;
  if (!options.transport && !options.url) throw new Error('createRpcChainClient needs a url or a transport');
  const send = options.transport ?? httpJsonRpcTransport(options.url as string);

  const transport = (async ({ payload, signal }: { payload: unknown; signal?: AbortSignal }) => {
    const method = (payload as { method?: string }).method ?? 'unknown';
    // A ref'd timer (AbortSignal.timeout is unref'd): a hung call must still settle, even with nothing else pending.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error('timeout')), timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    let text: string;
    try {
      text = await abortable(send(stringifyJson(payload), combined), combined);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (timeout.signal.aborted)
        throw new ChainUnavailableError(`Solana RPC ${method} timed out after ${timeoutMs} ms`);
      throw new ChainUnavailableError(`Solana RPC ${method} failed: ${(err as Error).message ?? err}`);
    } finally {
      clearTimeout(timer);
    }
    let response: { error?: { code: unknown; message?: unknown; data?: unknown } };
    try {
      response = parseJsonWithBigInts(text) as typeof response;
    } catch {
      throw new ChainUnavailableError(`Solana RPC ${method} answered with something other than JSON`);
    }
    if (response === null || typeof response !== 'object') {
      throw new ChainUnavailableError(`Solana RPC ${method} answered with something other than a JSON-RPC response`);
    }
    if (response.error) throw fromRpcError(method, response.error);
    return response;
  }) as RpcTransport;

  const rpc = createSolanaRpcFromTransport(transport);

  return {
    async getTransaction(signature, opts = {}) {
      const tx = await rpc
        .getTransaction(asSignature(signature), {
          encoding: 'json',
          maxSupportedTransactionVersion: 0,
          commitment: opts.commitment ?? commitment,
        })
        .send();
      return tx as unknown as ChainTransaction | null;
    },

    async getSignatureStatuses(signatures) {
      const { value } = await rpc
        .getSignatureStatuses(signatures.map(asSignature), { searchTransactionHistory: true })
        .send();
      return value.map((s): SignatureStatus | null =>
        s
          ? {
              slot: s.slot,
              confirmations: s.confirmations,
              err: s.err,
              confirmationStatus: (s.confirmationStatus as Commitment | null) ?? null,
            }
          : null,
      );
    },

    async getSignaturesForAddress(address, opts = {}) {
      const list = await rpc
        .getSignaturesForAddress(asAddress(address), {
          limit: opts.limit,
          before: opts.before === undefined ? undefined : asSignature(opts.before),
          until: opts.until === undefined ? undefined : asSignature(opts.until),
          commitment: (opts.commitment ?? commitment) as 'confirmed' | 'finalized',
        })
        .send();
      return list.map(
        (s): SignatureInfo => ({
          signature: s.signature,
          slot: s.slot,
          blockTime: s.blockTime,
          err: s.err,
          memo: s.memo,
          confirmationStatus: (s.confirmationStatus as Commitment | null) ?? null,
        }),
      );
    },

    async sendRawTransaction(base64WireTransaction, opts = {}) {
      return rpc
        .sendTransaction(base64WireTransaction as Parameters<typeof rpc.sendTransaction>[0], {
          encoding: 'base64',
          skipPreflight: opts.skipPreflight ?? false,
          preflightCommitment: commitment,
        })
        .send();
    },

    async simulateTransaction(base64WireTransaction, opts = {}) {
      const { value } = await rpc
        .simulateTransaction(base64WireTransaction as Parameters<typeof rpc.sendTransaction>[0], {
          encoding: 'base64',
          sigVerify: opts.sigVerify ?? true,
          commitment,
        })
        .send();
      return { err: (value.err ?? null) as TransactionError | null, logs: value.logs ?? [] };
    },

    async getLatestBlockhash() {
      const { value } = await rpc.getLatestBlockhash({ commitment }).send();
      return { blockhash: value.blockhash, lastValidBlockHeight: value.lastValidBlockHeight };
    },

    async getBalance(address) {
      const { value } = await rpc.getBalance(asAddress(address), { commitment }).send();
      return value;
    },

    async getTokenAccountsByOwner(owner, mint) {
      const { value } = await rpc
        .getTokenAccountsByOwner(asAddress(owner), { mint: asAddress(mint) }, { encoding: 'jsonParsed', commitment })
        .send();
      return value.map(({ pubkey, account }): TokenAccountBalance => {
        const info = (account.data as { parsed: { info: ParsedTokenAccountInfo } }).parsed.info;
        return {
          address: pubkey,
          mint: info.mint,
          owner: info.owner,
          amount: BigInt(info.tokenAmount.amount),
          decimals: Number(info.tokenAmount.decimals),
        };
      });
    },

    async requestAirdrop(address, amount) {
      return rpc.requestAirdrop(asAddress(address), lamports(amount), { commitment }).send();
    },
  };
}

interface ParsedTokenAccountInfo {
  mint: Address;
  owner: Address;
  tokenAmount: { amount: string; decimals: number | bigint };
}

function fromRpcError(method: string, error: { code: unknown; message?: unknown; data?: unknown }): AppError {
  const code = Number(error.code);
  const message = typeof error.message === 'string' ? error.message : 'unknown error';
  if (method === 'sendTransaction' && REJECTION_CODES.has(code)) {
    const data = (error.data ?? {}) as { err?: unknown; logs?: unknown };
    const logs = Array.isArray(data.logs) ? data.logs.map(String) : [];
    return new TransactionRejectedError(message, code, (data.err ?? null) as never, logs);
  }
  // Invalid params/request on a send: the transaction itself is malformed, which is the caller's fault.
  if (method === 'sendTransaction' && (code === -32602 || code === -32600)) {
    return new UnprocessableError(`The signed transaction is malformed: ${message}`, 'invalid_transaction');
  }
  return new ChainUnavailableError(`Solana RPC ${method} failed: ${code} ${message}`);
}

/** An in-process transport ignores the abort signal; this keeps the timeout promise honest for it too. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function asSignature(value: string): Signature {
  if (!isSolanaSignature(value))
    throw new UnprocessableError(`not a Solana transaction signature: ${value}`, 'invalid_signature');
  return value as Signature;
}

function asAddress(value: string): Address {
  if (!isAddress(value)) throw new UnprocessableError(`not a Solana address: ${value}`, 'invalid_address');
  return value;
}
