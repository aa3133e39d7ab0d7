// Solana JSON-RPC 2.0 over the chain state: standard method names, params, result shapes and error codes.
import { getCompiledTransactionMessageDecoder, isAddress } from '@solana/kit';
import base58 from '../../lib/base58.ts';
import { isSolanaSignature } from '../../lib/crypto.ts';
import { toUiTokenAmount } from '../amount.ts';
import { stringifyJson, parseJsonSafe } from '../json.ts';
import { type Address, TOKEN_2022_PROGRAM, TOKEN_PROGRAM } from '../port.ts';
import { type ChainState, SLOTS_PER_EPOCH } from './chain-state.ts';
import {
  invalidParams,
  JsonRpcError,
  RPC_INTERNAL_ERROR,
  RPC_INVALID_PARAMS,
  RPC_INVALID_REQUEST,
  RPC_METHOD_NOT_FOUND,
  RPC_PARSE_ERROR,
} from './rpc-error.ts';
import { type AccountEncoding, renderAccount, renderTransaction, type TransactionEncoding } from './views.ts';

export const API_VERSION = '2.2.0';
const FEATURE_SET = 3294202862;
const LAMPORTS_PER_SIGNATURE = 5000n;
const COMMITMENTS = new Set(['processed', 'confirmed', 'finalized', 'recent', 'single', 'singleGossip', 'root', 'max']);

type Params = unknown[];
type Config = Record<string, unknown>;
type Method = (params: Params) => unknown;

export interface RpcHandlerOptions {
  /** requestAirdrop: sends lamports from the chain's faucet, resolving to the airdrop's signature. */
  airdrop: (address: Address, lamports: bigint) => Promise<string>;
  /** hiltMintUsdc (not in Solana's API): mints sandbox USDC to an owner, so servers sharing this chain can fund. */
  mintUsdc?: (owner: Address, amountMinor: bigint) => Promise<string>;
  /** hiltGetFaucet (not in Solana's API): the faucet account and the sandbox USDC mint. */
  faucet?: () => { faucet: string; usdcMint: string };
}

export function createRpcHandler(state: ChainState, options: RpcHandlerOptions) {
  const context = () => ({ apiVersion: API_VERSION, slot: state.currentSlot() });
  const withContext = (value: unknown) => ({ context: context(), value });

  const methods: Record<string, Method> = {
    getHealth: () => 'ok',
    getVersion: () => ({ 'feature-set': FEATURE_SET, 'solana-core': API_VERSION }),
    getGenesisHash: () => state.genesis.genesisHash,
    getSlot: () => state.currentSlot(),
    getBlockHeight: () => state.blockHeight(),
    getTransactionCount: () => state.transactionCount,
    getBlockTime: (p) => {
      const slot = integerParam(p, 0);
      if (slot > state.currentSlot()) throw new JsonRpcError(-32004, `Block not available for slot ${slot}`);
      return state.blockTimeOf(slot);
    },
    getEpochInfo: () => {
      const slot = state.currentSlot();
      return {
        absoluteSlot: slot,
        blockHeight: state.blockHeight(),
        epoch: Math.floor(slot / SLOTS_PER_EPOCH),
        slotIndex: slot % SLOTS_PER_EPOCH,
        slotsInEpoch: SLOTS_PER_EPOCH,
        transactionCount: state.transactionCount,
      };
    },
    getLatestBlockhash: (p) => {
      configParam(p, 0);
      const { blockhash, lastValidBlockHeight } = state.latestBlockhash();
      return withContext({ blockhash, lastValidBlockHeight });
    },
    isBlockhashValid: (p) => withContext(state.blockhashSlot(hashParam(p, 0)) !== null),
    getFeeForMessage: (p) => {
      const bytes = binaryParam(stringParam(p, 0), 'base64');
      let message: ReturnType<ReturnType<typeof getCompiledTransactionMessageDecoder>['decode']>;
      try {
        message = getCompiledTransactionMessageDecoder().decode(bytes);
      } catch {
        throw invalidParams('invalid message');
      }
      const valid = state.blockhashSlot((message as { lifetimeToken: string }).lifetimeToken) !== null;
      return withContext(valid ? LAMPORTS_PER_SIGNATURE * BigInt(message.header.numSignerAccounts) : null);
    },
    getMinimumBalanceForRentExemption: (p) => state.svm.minimumBalanceForRentExemption(BigInt(integerParam(p, 0))),
    getBalance: (p) => withContext(state.getAccount(addressParam(p, 0))?.lamports ?? 0),
    getAccountInfo: (p) => {
      const account = state.getAccount(addressParam(p, 0));
      const config = configParam(p, 1);
      return withContext(renderAccount(state, account, accountEncoding(config), dataSlice(config)));
    },
    getMultipleAccounts: (p) => {
      const list = p[0];
      if (!Array.isArray(list)) throw invalidParams('expected an array of addresses');
      if (list.length > 100) throw invalidParams('Too many inputs provided; max 100');
      const config = configParam(p, 1);
      const encoding = accountEncoding(config);
      return withContext(
        list.map((_, i) => renderAccount(state, state.getAccount(addressParam(list, i)), encoding, dataSlice(config))),
      );
    },
    getTokenAccountsByOwner: (p) => {
      const owner = addressParam(p, 0);
      const filter = configParam(p, 1);
      const mint = filter.mint === undefined ? undefined : addressParam([filter.mint], 0);
      const programId = filter.programId === undefined ? undefined : addressParam([filter.programId], 0);
      if ((mint === undefined) === (programId === undefined)) {
        throw invalidParams('expected exactly one of `mint` or `programId`');
      }
      const config = configParam(p, 2);
      const encoding = accountEncoding(config);
      const programs = programId ? [programId] : [TOKEN_PROGRAM, TOKEN_2022_PROGRAM];
      const value = [];
      for (const program of programs) {
        if (program !== TOKEN_PROGRAM && program !== TOKEN_2022_PROGRAM)
          throw invalidParams('unrecognized Token program id');
        for (const found of state.svm.getProgramAccounts(program)) {
          const account = state.getAccount(found.address);
          const balance = state.tokenBalance(0, account);
          if (!balance || balance.owner !== owner || (mint && balance.mint !== mint)) continue;
          value.push({ account: renderAccount(state, account, encoding, dataSlice(config)), pubkey: found.address });
        }
      }
      return withContext(value);
    },
    getTokenAccountBalance: (p) => {
      const balance = state.tokenBalance(0, state.getAccount(addressParam(p, 0)));
      if (!balance) throw new JsonRpcError(RPC_INVALID_PARAMS, 'Invalid param: could not find account');
      return withContext(toUiTokenAmount(balance.amount, balance.decimals));
    },
    sendTransaction: (p) => {
      const config = configParam(p, 1);
      const wire = binaryParam(stringParam(p, 0), txEncoding(config));
      return state.send(wire, config.skipPreflight === true);
    },
    simulateTransaction: (p) => {
      const config = configParam(p, 1);
      const wire = binaryParam(stringParam(p, 0), txEncoding(config));
      const sigVerify = config.sigVerify === true;
      const replaceRecentBlockhash = config.replaceRecentBlockhash === true;
      if (sigVerify && replaceRecentBlockhash)
        throw invalidParams('sigVerify may not be used with replaceRecentBlockhash');
      const result = state.simulate(wire, { sigVerify, replaceRecentBlockhash });
      const wanted = (config.accounts as { addresses?: unknown[]; encoding?: string } | undefined) ?? null;
      const accounts = wanted
        ? (wanted.addresses ?? []).map((_, i) => {
            const key = addressParam(wanted.addresses ?? [], i);
            const post = result.postAccounts.has(key) ? (result.postAccounts.get(key) ?? null) : state.getAccount(key);
            return renderAccount(state, post, (wanted.encoding as AccountEncoding) ?? 'base64');
          })
        : null;
      return withContext({
        accounts,
        err: result.err,
        innerInstructions: config.innerInstructions === true ? result.innerInstructions : null,
        loadedAccountsDataSize: 0,
        logs: result.logs,
        replacementBlockhash: replaceRecentBlockhash ? state.latestBlockhash() : null,
        returnData: null,
        unitsConsumed: result.unitsConsumed,
      });
    },
    getSignatureStatuses: (p) => {
      const list = p[0];
      if (!Array.isArray(list)) throw invalidParams('expected an array of signatures');
      if (list.length > 256) throw invalidParams('Too many inputs provided; max 256');
      configParam(p, 1);
      return withContext(
        list.map((_, i) => {
          const record = state.transaction(signatureParam(list, i));
          if (!record) return null;
          return {
            confirmationStatus: 'finalized',
            confirmations: null,
            err: record.err,
            slot: record.slot,
            status: record.err === null ? { Ok: null } : { Err: record.err },
          };
        }),
      );
    },
    getTransaction: (p) => {
      const signature = signatureParam(p, 0);
      // The legacy form passes the encoding itself as the second parameter.
      const config = typeof p[1] === 'string' ? { encoding: p[1] } : configParam(p, 1);
      if (config.commitment === 'processed') {
        throw invalidParams('Method does not support commitment below `confirmed`');
      }
      const encoding = (config.encoding ?? 'json') as TransactionEncoding;
      if (!['json', 'jsonParsed', 'base64', 'base58'].includes(encoding)) {
        throw invalidParams(
          `unknown variant \`${encoding}\`, expected one of \`json\`, \`jsonParsed\`, \`base58\`, \`base64\``,
        );
      }
      const max = config.maxSupportedTransactionVersion;
      if (max !== undefined && max !== null && (typeof max !== 'number' || !Number.isInteger(max) || max < 0)) {
        throw invalidParams('maxSupportedTransactionVersion must be a non-negative integer');
      }
      const record = state.transaction(signature);
      return record ? renderTransaction(state, record, encoding, (max ?? undefined) as number | undefined) : null;
    },
    getSignaturesForAddress: (p) => {
      const address = addressParam(p, 0);
      const config = configParam(p, 1);
      const limit = config.limit === undefined || config.limit === null ? 1000 : config.limit;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw invalidParams('Invalid limit; max 1000');
      }
      const before =
        config.before === undefined || config.before === null ? undefined : signatureParam([config.before], 0);
      const until = config.until === undefined || config.until === null ? undefined : signatureParam([config.until], 0);
      return state.signaturesFor(address, { before, until, limit }).map((r) => ({
        blockTime: r.blockTime,
        confirmationStatus: 'finalized',
        err: r.err,
        memo: r.memo,
        signature: r.signature,
        slot: r.slot,
      }));
    },
    requestAirdrop: async (p) => {
      const address = addressParam(p, 0);
      const lamports = p[1];
      if (
        (typeof lamports !== 'number' && typeof lamports !== 'bigint') ||
        !Number.isInteger(Number(lamports)) ||
        lamports <= 0
      ) {
        throw invalidParams('lamports must be a positive integer');
      }
      configParam(p, 2);
      return options.airdrop(address, BigInt(lamports));
    },
    hiltMintUsdc: async (p) => {
      if (!options.mintUsdc) throw new JsonRpcError(-32601, 'Method not found');
      const owner = addressParam(p, 0);
      const amount = p[1];
      if (
        (typeof amount !== 'number' && typeof amount !== 'bigint') ||
        !Number.isInteger(Number(amount)) ||
        amount <= 0
      ) {
        throw invalidParams('amount must be a positive integer');
      }
      return options.mintUsdc(owner, BigInt(amount));
    },
    hiltGetFaucet: () => {
      if (!options.faucet) throw new JsonRpcError(-32601, 'Method not found');
      return options.faucet();
    },
  };

  async function handleOne(request: unknown): Promise<unknown> {
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      return errorResponse(null, new JsonRpcError(RPC_INVALID_REQUEST, 'Invalid request'));
    }
    const { jsonrpc, method, params, id = null } = request as Record<string, unknown>;
    const validId = id === null || typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint';
    if (jsonrpc !== '2.0' || typeof method !== 'string' || !validId) {
      return errorResponse(validId ? id : null, new JsonRpcError(RPC_INVALID_REQUEST, 'Invalid request'));
    }
    if (params !== undefined && params !== null && !Array.isArray(params)) {
      return errorResponse(id, new JsonRpcError(RPC_INVALID_PARAMS, 'Invalid params: expected an array'));
    }
    const run = Object.hasOwn(methods, method) ? methods[method] : undefined;
    if (!run) return errorResponse(id, new JsonRpcError(RPC_METHOD_NOT_FOUND, 'Method not found'));
    try {
      return { id, jsonrpc: '2.0', result: await run((params as Params | undefined) ?? []) };
    } catch (err) {
      if (err instanceof JsonRpcError) return errorResponse(id, err);
      return errorResponse(id, new JsonRpcError(RPC_INTERNAL_ERROR, `Internal error: ${(err as Error).message}`));
    }
  }

  /** One JSON-RPC request or batch, already parsed; resolves to the response object or array. */
  async function handle(body: unknown): Promise<unknown> {
    if (!Array.isArray(body)) return handleOne(body);
    if (body.length === 0) return errorResponse(null, new JsonRpcError(RPC_INVALID_REQUEST, 'Invalid request'));
    const out = [];
    for (const request of body) out.push(await handleOne(request));
    return out;
  }

  /** The same over JSON text, keeping u64 values exact both ways. */
  async function handleText(text: string): Promise<string> {
    let body: unknown;
    try {
      body = parseJsonSafe(text);
    } catch {
      return stringifyJson(errorResponse(null, new JsonRpcError(RPC_PARSE_ERROR, 'Parse error')));
    }
    return stringifyJson(await handle(body));
  }

  return { handle, handleText };
}

function errorResponse(id: unknown, err: JsonRpcError) {
  return {
    error: { code: err.code, message: err.message, ...(err.data === undefined ? {} : { data: err.data }) },
    id,
    jsonrpc: '2.0',
  };
}

// ---- parameter checks; messages follow agave's where a client might match on them ----

function stringParam(p: Params, i: number): string {
  if (typeof p[i] !== 'string') throw invalidParams(`expected a string at position ${i}`);
  return p[i] as string;
}

function addressParam(p: Params, i: number): Address {
  const value = p[i];
  if (typeof value !== 'string' || !isAddress(value))
    throw new JsonRpcError(RPC_INVALID_PARAMS, 'Invalid param: Invalid');
  return value;
}

function signatureParam(p: Params, i: number): string {
  const value = p[i];
  if (typeof value !== 'string' || !isSolanaSignature(value))
    throw new JsonRpcError(RPC_INVALID_PARAMS, 'Invalid param: Invalid');
  return value;
}

function hashParam(p: Params, i: number): string {
  const value = stringParam(p, i);
  if (!isAddress(value)) throw new JsonRpcError(RPC_INVALID_PARAMS, 'Invalid param: Invalid');
  return value;
}

function integerParam(p: Params, i: number): number {
  const value = p[i];
  if ((typeof value !== 'number' && typeof value !== 'bigint') || !Number.isInteger(Number(value)) || value < 0) {
    throw invalidParams(`expected a non-negative integer at position ${i}`);
  }
  return Number(value);
}

function configParam(p: Params, i: number): Config {
  const value = p[i];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidParams(`expected a config object at position ${i}`);
  const config = value as Config;
  if (config.commitment !== undefined && !COMMITMENTS.has(config.commitment as string)) {
    throw invalidParams(`unknown commitment \`${String(config.commitment)}\``);
  }
  return config;
}

function txEncoding(config: Config): 'base58' | 'base64' {
  const encoding = config.encoding ?? 'base58';
  if (encoding !== 'base58' && encoding !== 'base64') {
    throw invalidParams(`unsupported encoding: ${String(encoding)}. Supported encodings: base58, base64`);
  }
  return encoding;
}

function accountEncoding(config: Config): AccountEncoding {
  const encoding = config.encoding ?? 'binary';
  if (!['binary', 'base58', 'base64', 'jsonParsed'].includes(encoding as string)) {
    throw invalidParams(`unsupported encoding: ${String(encoding)}`);
  }
  return encoding as AccountEncoding;
}

function dataSlice(config: Config): { offset: number; length: number } | undefined {
  const slice = config.dataSlice as { offset?: unknown; length?: unknown } | undefined;
  if (!slice) return undefined;
  if (!Number.isInteger(slice.offset) || !Number.isInteger(slice.length)) throw invalidParams('invalid dataSlice');
  return { offset: slice.offset as number, length: slice.length as number };
}

function binaryParam(text: string, encoding: 'base58' | 'base64'): Uint8Array {
  if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw invalidParams('invalid base64 encoding');
    return new Uint8Array(Buffer.from(text, 'base64'));
  }
  try {
    return base58.decode(text);
  } catch {
    throw invalidParams('invalid base58 encoding');
  }
}
