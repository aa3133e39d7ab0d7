// The local chain's state: LiteSVM executing real signed transactions, plus what a validator adds around it and
// LiteSVM lacks: wall-clock slots and block times, blockhashes that expire, per-transaction RPC metadata (fee,
// balances, token balances), a signature and address index, and a ledger file to survive restarts.
import { createHash, randomBytes } from 'node:crypto';
import {
  type Address,
  getAddressDecoder,
  getCompiledTransactionMessageDecoder,
  getTransactionDecoder,
  lamports,
  none,
  some,
  type Transaction,
} from '@solana/kit';
import base58 from '../../lib/base58.ts';
import { getMintEncoder } from '@solana-program/token';
import { Clock, FailedTransactionMetadata, LiteSVM, type TransactionMetadata } from 'litesvm';
import {
  MEMO_PROGRAM,
  MEMO_V1_PROGRAM,
  SYSTEM_PROGRAM,
  TOKEN_2022_PROGRAM,
  TOKEN_PROGRAM,
  type TransactionError,
  USDC_DECIMALS,
  USDC_MINT,
} from '../port.ts';
import { generateExportableKeyPair } from './keys.ts';
import {
  invalidParams,
  JsonRpcError,
  RPC_PREFLIGHT_FAILURE,
  RPC_SIGNATURE_VERIFICATION_FAILURE,
  RPC_UNSUPPORTED_TRANSACTION_VERSION,
} from './rpc-error.ts';
import {
  type AccountState,
  type ChainStore,
  type Genesis,
  type InnerInstructionRecord,
  openChainStore,
  type TokenBalanceRecord,
  type TxRecord,
} from './store.ts';
import { describeTransactionError, toRpcTransactionError } from './transaction-error.ts';

export const SLOTS_PER_EPOCH = 432_000;
const FAUCET_LAMPORTS = 500_000_000n * 1_000_000_000n;
const MINT_SIZE = 82;
const TOKEN_ACCOUNT_SIZE = 165;

export interface ChainStateOptions {
  /** Where the ledger file lives; in memory when absent. */
  dataDir?: string;
  /** Slot length; slots follow the wall clock. Default 400 ms, as on mainnet. */
  slotMs?: number;
  /** How long a blockhash stays usable. Default 60 s (150 slots of 400 ms), as on mainnet. */
  blockhashTtlMs?: number;
  /** Wall clock, for tests. */
  now?: () => number;
}

export interface DecodedTransaction {
  tx: Transaction;
  version: 'legacy' | 0;
  signature: string;
  signed: boolean;
  blockhash: string;
  accountKeys: Address[];
  writable: boolean[];
  header: { numSignerAccounts: number; numReadonlySignerAccounts: number; numReadonlyNonSignerAccounts: number };
  instructions: { programAddressIndex: number; accountIndices?: number[]; data?: Uint8Array }[];
}

export interface SimulationResult {
  err: TransactionError | null;
  logs: string[];
  unitsConsumed: bigint;
  innerInstructions: InnerInstructionRecord[];
  postAccounts: Map<Address, AccountState | null>;
}

const addressDecoder = getAddressDecoder();
const txDecoder = getTransactionDecoder();
const messageDecoder = getCompiledTransactionMessageDecoder();

const RECENTLY_DECODED = 1024;

export class ChainState {
  readonly svm: LiteSVM;
  readonly genesis: Genesis;
  readonly slotMs: number;
  /** Slots after its own in which a blockhash is still accepted. */
  readonly blockhashWindowSlots: number;
  private readonly store: ChainStore;
  private readonly now: () => number;
  private readonly genesisHashBytes: Uint8Array;
  private lastSlot = 0;
  private clockSlot = -1;
  private readonly blockhashSlots = new Map<string, number>();
  private readonly bySignature = new Map<string, TxRecord>();
  private readonly byAddress = new Map<string, TxRecord[]>();
  private readonly mintDecimals = new Map<string, number>();
  /** The most recently sent or read transactions, decoded: a payment's confirmation reads back what was just sent. */
  private readonly recentlyDecoded = new Map<Uint8Array, DecodedTransaction>();

  constructor(options: ChainStateOptions = {}) {
    this.now = options.now ?? Date.now;
    this.slotMs = options.slotMs ?? 400;
    this.blockhashWindowSlots = Math.max(0, Math.floor((options.blockhashTtlMs ?? 60_000) / this.slotMs));
    const { store, ledger } = openChainStore(options.dataDir);
    this.store = store;
    if (ledger.genesis) {
      this.genesis = ledger.genesis;
    } else {
      this.genesis = {
        createdAtMs: this.now(),
        genesisHash: base58.encode(randomBytes(32)),
        faucetSecret: generateExportableKeyPair().secretKey,
        mintAuthoritySecret: generateExportableKeyPair().secretKey,
      };
      store.appendGenesis(this.genesis);
    }
    this.genesisHashBytes = base58.decode(this.genesis.genesisHash);
    // LiteSVM only knows one blockhash and keeps its own history; this class checks blockhash age and duplicates.
    this.svm = new LiteSVM().withBlockhashCheck(false).withTransactionHistory(0n);
    for (const account of this.genesisAccounts()) this.writeAccount(account);
    for (const account of ledger.accounts.values()) this.writeAccount(account);
    for (const record of ledger.txs) this.index(record);
    this.currentSlot();
  }

  get faucetAddress(): Address {
    return secretToAddress(this.genesis.faucetSecret);
  }

  get mintAuthorityAddress(): Address {
    return secretToAddress(this.genesis.mintAuthoritySecret);
  }

  private genesisAccounts(): AccountState[] {
    const mintData = getMintEncoder().encode({
      mintAuthority: some(this.mintAuthorityAddress),
      supply: 0n,
      decimals: USDC_DECIMALS,
      isInitialized: true,
      freezeAuthority: none(),
    });
    return [
      {
        address: USDC_MINT,
        lamports: this.svm.minimumBalanceForRentExemption(BigInt(MINT_SIZE)),
        owner: TOKEN_PROGRAM,
        data: new Uint8Array(mintData),
        executable: false,
      },
      {
        address: this.faucetAddress,
        lamports: FAUCET_LAMPORTS,
        owner: SYSTEM_PROGRAM,
        data: new Uint8Array(),
        executable: false,
      },
    ];
  }

  // ---- time ----

  currentSlot(): number {
    const slot = Math.floor((this.now() - this.genesis.createdAtMs) / this.slotMs);
    if (slot > this.lastSlot) this.lastSlot = slot;
    return this.lastSlot;
  }

  /** No skipped slots here, so block height equals slot. */
  blockHeight(): number {
    return this.currentSlot();
  }

  blockTimeOf(slot: number): number {
    return Math.floor((this.genesis.createdAtMs + slot * this.slotMs) / 1000);
  }

  private syncClock(slot: number): void {
    if (slot === this.clockSlot) return;
    const epoch = Math.floor(slot / SLOTS_PER_EPOCH);
    const epochStart = this.blockTimeOf(epoch * SLOTS_PER_EPOCH);
    this.svm.setClock(
      new Clock(BigInt(slot), BigInt(epochStart), BigInt(epoch), BigInt(epoch + 1), BigInt(this.blockTimeOf(slot))),
    );
    this.clockSlot = slot;
  }

  // ---- blockhashes ----

  blockhashOf(slot: number): string {
    const seed = new Uint8Array(40);
    seed.set(this.genesisHashBytes, 0);
    new DataView(seed.buffer).setBigUint64(32, BigInt(slot), true);
    const hash = base58.encode(createHash('sha256').update(seed).digest());
    this.blockhashSlots.set(hash, slot);
    return hash;
  }

  latestBlockhash(): { blockhash: string; lastValidBlockHeight: number; slot: number } {
    const slot = this.currentSlot();
    if (this.blockhashSlots.size > 4 * (this.blockhashWindowSlots + 1) + 64) this.pruneBlockhashes(slot);
    return { blockhash: this.blockhashOf(slot), lastValidBlockHeight: slot + this.blockhashWindowSlots, slot };
  }

  /** The slot a still-valid blockhash belongs to, or null when unknown or expired. */
  blockhashSlot(blockhash: string): number | null {
    const current = this.currentSlot();
    let slot = this.blockhashSlots.get(blockhash);
    if (slot === undefined) {
      // Not handed out by this process (e.g. fetched before a restart): derive the window's hashes once.
      for (let s = Math.max(0, current - this.blockhashWindowSlots); s <= current; s++) this.blockhashOf(s);
      slot = this.blockhashSlots.get(blockhash);
    }
    return slot !== undefined && current <= slot + this.blockhashWindowSlots ? slot : null;
  }

  private pruneBlockhashes(current: number): void {
    for (const [hash, slot] of this.blockhashSlots) {
      if (slot + this.blockhashWindowSlots < current) this.blockhashSlots.delete(hash);
    }
  }

  // ---- accounts ----

  getAccount(address: Address): AccountState | null {
    const account = this.svm.getAccount(address);
    if (!account.exists || account.lamports === 0n) return null;
    return {
      address,
      lamports: account.lamports,
      owner: account.programAddress,
      data: account.data as Uint8Array,
      executable: account.executable,
    };
  }

  /** Writes accounts directly (sandbox set-up), persisting them. */
  setAccounts(accounts: readonly AccountState[]): void {
    for (const account of accounts) this.writeAccount(account);
    this.store.appendAccounts(accounts);
  }

  private writeAccount(a: AccountState): void {
    this.svm.setAccount({
      address: a.address,
      lamports: lamports(a.lamports),
      programAddress: a.owner,
      data: a.data,
      executable: a.executable,
      space: BigInt(a.data.length),
    });
    if (a.owner === TOKEN_PROGRAM || a.owner === TOKEN_2022_PROGRAM) this.mintDecimals.delete(a.address);
  }

  decimalsOf(mint: Address): number | null {
    let decimals = this.mintDecimals.get(mint);
    if (decimals === undefined) {
      const account = this.getAccount(mint);
      if (!account || !isTokenProgram(account.owner) || account.data.length < MINT_SIZE || account.data[45] !== 1) {
        return null;
      }
      decimals = account.data[44];
      this.mintDecimals.set(mint, decimals);
    }
    return decimals;
  }

  /** The token balance an account holds, if it is an initialized SPL token account. */
  tokenBalance(accountIndex: number, account: AccountState | null): TokenBalanceRecord | null {
    if (!account || !isTokenAccount(account)) return null;
    const mint = addressDecoder.decode(account.data.subarray(0, 32));
    const decimals = this.decimalsOf(mint);
    if (decimals === null) return null;
    return {
      accountIndex,
      mint,
      owner: addressDecoder.decode(account.data.subarray(32, 64)),
      programId: account.owner,
      amount: new DataView(account.data.buffer, account.data.byteOffset).getBigUint64(64, true),
      decimals,
    };
  }

  // ---- transactions ----

  decode(wire: Uint8Array): DecodedTransaction {
    let tx: Transaction;
    let message: ReturnType<typeof messageDecoder.decode>;
    try {
      tx = txDecoder.decode(wire);
      message = messageDecoder.decode(tx.messageBytes);
    } catch (err) {
      throw invalidParams(`failed to deserialize VersionedTransaction: ${(err as Error).message}`);
    }
    if (message.version !== 'legacy' && message.version !== 0) {
      throw new JsonRpcError(
        RPC_UNSUPPORTED_TRANSACTION_VERSION,
        `Transaction version (${message.version}) is not supported`,
      );
    }
    if (message.version === 0 && message.addressTableLookups?.length) {
      throw invalidParams('address table lookups are not supported by the local chain');
    }
    const keys = message.staticAccounts;
    const { numSignerAccounts, numReadonlySignerAccounts, numReadonlyNonSignerAccounts } = message.header;
    if (keys.length === 0 || numSignerAccounts === 0 || numSignerAccounts > keys.length) {
      throw invalidParams('invalid transaction: message has no fee payer');
    }
    const writable = keys.map((_, i) =>
      i < numSignerAccounts
        ? i < numSignerAccounts - numReadonlySignerAccounts
        : i < keys.length - numReadonlyNonSignerAccounts,
    );
    const signatures = Object.values(tx.signatures);
    const first = signatures[0];
    return {
      tx,
      version: message.version,
      signature: base58.encode(first ?? new Uint8Array(64)),
      signed: signatures.every((s) => s !== null),
      blockhash: (message as { lifetimeToken: string }).lifetimeToken,
      accountKeys: keys,
      writable,
      header: message.header,
      instructions: message.instructions as DecodedTransaction['instructions'],
    };
  }

  /** A stored transaction, decoded (remembered for the last RECENTLY_DECODED read or sent). Not to be modified. */
  decodeRecord(record: TxRecord): DecodedTransaction {
    const cached = this.recentlyDecoded.get(record.wire);
    if (cached) {
      this.recentlyDecoded.delete(record.wire);
      this.recentlyDecoded.set(record.wire, cached);
      return cached;
    }
    const decoded = this.decode(record.wire);
    this.rememberDecoded(record.wire, decoded);
    return decoded;
  }

  private rememberDecoded(wire: Uint8Array, decoded: DecodedTransaction) {
    this.recentlyDecoded.set(wire, decoded);
    if (this.recentlyDecoded.size > RECENTLY_DECODED) {
      const [oldest] = this.recentlyDecoded.keys();
      this.recentlyDecoded.delete(oldest);
    }
  }

  /** sendTransaction: executes and records a transaction, returning its signature, as a validator's RPC does. */
  send(wire: Uint8Array, skipPreflight: boolean): string {
    const d = this.decode(wire);
    if (!d.signed)
      throw new JsonRpcError(RPC_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
    // With skipPreflight a cluster forwards whatever it gets and a transaction that cannot land is dropped silently.
    if (this.bySignature.has(d.signature)) {
      if (skipPreflight) return d.signature;
      throw preflightFailure('AlreadyProcessed', [], 0n);
    }
    const slot = this.currentSlot();
    if (this.blockhashSlot(d.blockhash) === null) {
      if (skipPreflight) return d.signature;
      throw preflightFailure('BlockhashNotFound', [], 0n);
    }
    this.syncClock(slot);
    if (!skipPreflight) {
      const sim = this.execute(() => this.svm.simulateTransaction(d.tx));
      if (sim instanceof FailedTransactionMetadata) {
        const meta = sim.meta();
        throw preflightFailure(toRpcTransactionError(sim.err() as never), meta.logs(), meta.computeUnitsConsumed());
      }
    }
    const pre = d.accountKeys.map((key) => this.getAccount(key));
    const result = this.execute(() => this.svm.sendTransaction(d.tx));
    const post = d.accountKeys.map((key) => this.getAccount(key));
    const failed = result instanceof FailedTransactionMetadata;
    const meta: TransactionMetadata = failed ? result.meta() : result;
    const err = failed ? toRpcTransactionError(result.err() as never) : null;
    const preBalances = pre.map((a) => a?.lamports ?? 0n);
    const postBalances = post.map((a) => a?.lamports ?? 0n);
    // A failed transaction lands (and is recorded with meta.err) only if its fee was charged.
    if (failed && postBalances[0] >= preBalances[0]) {
      if (skipPreflight) return d.signature;
      throw preflightFailure(err as TransactionError, meta.logs(), meta.computeUnitsConsumed());
    }
    const record: TxRecord = {
      signature: d.signature,
      slot,
      blockTime: this.blockTimeOf(slot),
      wire: wire.slice(),
      accountKeys: d.accountKeys,
      err,
      // Lamports only move between the transaction's own accounts; what disappears is the fee.
      fee: sum(preBalances) - sum(postBalances),
      preBalances,
      postBalances,
      preTokenBalances: this.tokenBalances(pre),
      postTokenBalances: this.tokenBalances(post),
      logs: meta.logs(),
      innerInstructions: innerInstructions(meta),
      computeUnits: meta.computeUnitsConsumed(),
      memo: extractMemo(d),
    };
    const written = d.accountKeys
      .map((key, i) => (d.writable[i] ? (post[i] ?? emptyAccount(key)) : null))
      .filter((a): a is AccountState => a !== null);
    this.store.appendTx(record, written);
    this.index(record);
    this.rememberDecoded(record.wire, d);
    return d.signature;
  }

  simulate(wire: Uint8Array, options: { sigVerify: boolean; replaceRecentBlockhash: boolean }): SimulationResult {
    const d = this.decode(wire);
    if (options.sigVerify && !d.signed) {
      throw new JsonRpcError(RPC_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
    }
    const empty = { logs: [], unitsConsumed: 0n, innerInstructions: [], postAccounts: new Map() };
    if (!options.replaceRecentBlockhash && this.blockhashSlot(d.blockhash) === null) {
      return { err: 'BlockhashNotFound', ...empty };
    }
    if (this.bySignature.has(d.signature) && options.sigVerify) return { err: 'AlreadyProcessed', ...empty };
    this.syncClock(this.currentSlot());
    this.svm.withSigverify(options.sigVerify);
    try {
      const sim = this.execute(() => this.svm.simulateTransaction(d.tx));
      if (sim instanceof FailedTransactionMetadata) {
        const meta = sim.meta();
        return {
          ...empty,
          err: toRpcTransactionError(sim.err() as never),
          logs: meta.logs(),
          unitsConsumed: meta.computeUnitsConsumed(),
          innerInstructions: innerInstructions(meta),
        };
      }
      const meta = sim.meta();
      const postAccounts = new Map<Address, AccountState | null>();
      for (const a of sim.postAccounts()) {
        postAccounts.set(a.address, {
          address: a.address,
          lamports: a.lamports,
          owner: a.programAddress,
          data: a.data as Uint8Array,
          executable: a.executable,
        });
      }
      return {
        err: null,
        logs: meta.logs(),
        unitsConsumed: meta.computeUnitsConsumed(),
        innerInstructions: innerInstructions(meta),
        postAccounts,
      };
    } finally {
      this.svm.withSigverify(true);
    }
  }

  /** LiteSVM throws (rather than failing the transaction) on a missing signature and on malformed messages. */
  private execute<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (/signature/i.test(message)) {
        throw new JsonRpcError(RPC_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
      }
      throw invalidParams(`invalid transaction: ${message}`);
    }
  }

  private tokenBalances(accounts: (AccountState | null)[]): TokenBalanceRecord[] {
    const out: TokenBalanceRecord[] = [];
    for (let i = 0; i < accounts.length; i++) {
      const balance = this.tokenBalance(i, accounts[i]);
      if (balance) out.push(balance);
    }
    return out;
  }

  private index(record: TxRecord): void {
    this.bySignature.set(record.signature, record);
    for (const key of new Set(record.accountKeys)) {
      const list = this.byAddress.get(key);
      if (list) list.push(record);
      else this.byAddress.set(key, [record]);
    }
    if (record.slot > this.lastSlot) this.lastSlot = record.slot;
  }

  transaction(signature: string): TxRecord | null {
    return this.bySignature.get(signature) ?? null;
  }

  get transactionCount(): number {
    return this.bySignature.size;
  }

  /** Newest first; `before` and `until` are exclusive bounds, as in getSignaturesForAddress. */
  signaturesFor(address: string, options: { before?: string; until?: string; limit: number }): TxRecord[] {
    const list = this.byAddress.get(address) ?? [];
    let i = list.length - 1;
    if (options.before) {
      while (i >= 0 && list[i].signature !== options.before) i--;
      i--;
    }
    const out: TxRecord[] = [];
    for (; i >= 0 && out.length < options.limit; i--) {
      if (list[i].signature === options.until) break;
      out.push(list[i]);
    }
    return out;
  }

  close(): void {
    this.store.close();
  }
}

function preflightFailure(err: TransactionError, logs: string[], unitsConsumed: bigint): JsonRpcError {
  if (err === 'SignatureFailure') {
    return new JsonRpcError(RPC_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
  }
  return new JsonRpcError(RPC_PREFLIGHT_FAILURE, `Transaction simulation failed: ${describeTransactionError(err)}`, {
    accounts: null,
    err,
    innerInstructions: null,
    loadedAccountsDataSize: 0,
    logs,
    replacementBlockhash: null,
    returnData: null,
    unitsConsumed,
  });
}

function innerInstructions(meta: TransactionMetadata): InnerInstructionRecord[] {
  const out: InnerInstructionRecord[] = [];
  meta.innerInstructions().forEach((list, index) => {
    if (list.length === 0) return;
    out.push({
      index,
      instructions: list.map((inner) => {
        const ix = inner.instruction();
        return {
          programIdIndex: ix.programIdIndex(),
          accounts: Array.from(ix.accounts()),
          data: base58.encode(ix.data()),
          stackHeight: inner.stackHeight(),
        };
      }),
    });
  });
  return out;
}

const utf8 = new TextDecoder();

/** The RPC's memo field: every top-level memo instruction as `[byte length] text`, joined by "; ". */
function extractMemo(d: DecodedTransaction): string | null {
  const memos: string[] = [];
  for (const ix of d.instructions) {
    const program = d.accountKeys[ix.programAddressIndex];
    if (program !== MEMO_PROGRAM && program !== MEMO_V1_PROGRAM) continue;
    const data = ix.data ?? new Uint8Array();
    memos.push(`[${data.length}] ${utf8.decode(data)}`);
  }
  return memos.length ? memos.join('; ') : null;
}

function isTokenProgram(owner: Address): boolean {
  return owner === TOKEN_PROGRAM || owner === TOKEN_2022_PROGRAM;
}

function isTokenAccount(account: AccountState): boolean {
  const { data } = account;
  if (!isTokenProgram(account.owner) || data.length < TOKEN_ACCOUNT_SIZE || data[108] === 0) return false;
  // Token-2022 accounts with extensions are longer and say what they are in the byte after the base layout.
  return data.length === TOKEN_ACCOUNT_SIZE || data[TOKEN_ACCOUNT_SIZE] === 2;
}

function emptyAccount(address: Address): AccountState {
  return { address, lamports: 0n, owner: SYSTEM_PROGRAM, data: new Uint8Array(), executable: false };
}

function sum(values: bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

function secretToAddress(secret: string): Address {
  return base58.encode(base58.decode(secret).slice(32, 64)) as Address;
}
