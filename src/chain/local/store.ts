// Append-only ledger file: one JSON line per genesis, landed transaction (with the post-state of the accounts it
// could write) and direct account write. Replaying it rebuilds the chain; each append is a synchronous write, so a
// crashed process loses nothing it had answered for. u64 values are stored as decimal strings.
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirLockedError, lockDataDir } from '../../db/data-dir-lock.ts';
import type { Address, TransactionError } from '../port.ts';

export interface AccountState {
  address: Address;
  lamports: bigint;
  owner: Address;
  data: Uint8Array;
  executable: boolean;
}

export interface TokenBalanceRecord {
  accountIndex: number;
  mint: Address;
  owner: Address;
  programId: Address;
  amount: bigint;
  decimals: number;
}

export interface InnerInstructionRecord {
  index: number;
  instructions: { programIdIndex: number; accounts: number[]; data: string; stackHeight: number }[];
}

export interface TxRecord {
  signature: string;
  slot: number;
  blockTime: number;
  /** The wire transaction as sent. */
  wire: Uint8Array;
  accountKeys: Address[];
  err: TransactionError | null;
  fee: bigint;
  preBalances: bigint[];
  postBalances: bigint[];
  preTokenBalances: TokenBalanceRecord[];
  postTokenBalances: TokenBalanceRecord[];
  logs: string[];
  innerInstructions: InnerInstructionRecord[];
  computeUnits: bigint;
  /** RPC form, `"[len] text"` joined by "; ", or null. */
  memo: string | null;
}

export interface Genesis {
  createdAtMs: number;
  /** base58, 32 bytes */
  genesisHash: string;
  /** base58 64-byte secret keys of the faucet and of the sandbox USDC mint authority */
  faucetSecret: string;
  mintAuthoritySecret: string;
}

export interface Ledger {
  genesis: Genesis | null;
  txs: TxRecord[];
  accounts: Map<Address, AccountState>;
}

export interface ChainStore {
  appendGenesis(genesis: Genesis): void;
  appendTx(tx: TxRecord, accounts: readonly AccountState[]): void;
  appendAccounts(accounts: readonly AccountState[]): void;
  close(): void;
}

export function openChainStore(dataDir: string | undefined): { store: ChainStore; ledger: Ledger } {
  const ledger: Ledger = { genesis: null, txs: [], accounts: new Map() };
  if (!dataDir) {
    const noop = () => {};
    return { store: { appendGenesis: noop, appendTx: noop, appendAccounts: noop, close: noop }, ledger };
  }
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockChainDir(dataDir);
  const path = join(dataDir, 'ledger.jsonl');
  if (existsSync(path)) replay(path, ledger);
  const fd = openSync(path, 'a');
  const append = (line: object) => {
    writeSync(fd, `${JSON.stringify(line)}\n`);
  };
  return {
    ledger,
    store: {
      appendGenesis: (genesis) => append({ t: 'genesis', v: 1, ...genesis }),
      appendTx: (tx, accounts) => append({ t: 'tx', ...encodeTx(tx), accounts: accounts.map(encodeAccount) }),
      appendAccounts: (accounts) => append({ t: 'accounts', accounts: accounts.map(encodeAccount) }),
      close: () => {
        closeSync(fd);
        unlock();
      },
    },
  };
}

/** One process per ledger, like the embedded database: two writers would interleave appends. */
function lockChainDir(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    throw new DataDirLockedError(`The local chain folder ${dataDir} is in use: ${err.message}`);
  }
}

function replay(path: string, ledger: Ledger): void {
  const text = readFileSync(path, 'utf8');
  // A crash mid-append leaves a torn last line: drop it so the next append starts on a fresh line.
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) {
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, Buffer.byteLength(text.slice(0, end)));
    closeSync(fd);
  }
  for (const line of text.slice(0, end).split('\n')) {
    if (!line) continue;
    const entry = JSON.parse(line);
    if (entry.t === 'genesis') {
      ledger.genesis = {
        createdAtMs: entry.createdAtMs,
        genesisHash: entry.genesisHash,
        faucetSecret: entry.faucetSecret,
        mintAuthoritySecret: entry.mintAuthoritySecret,
      };
    } else if (entry.t === 'tx') {
      ledger.txs.push(decodeTx(entry));
    }
    if (entry.accounts) for (const a of entry.accounts) ledger.accounts.set(a.address, decodeAccount(a));
  }
}

function encodeAccount(a: AccountState) {
  return {
    address: a.address,
    lamports: a.lamports.toString(),
    owner: a.owner,
    data: Buffer.from(a.data).toString('base64'),
    executable: a.executable,
  };
}

function decodeAccount(a: ReturnType<typeof encodeAccount>): AccountState {
  return {
    address: a.address,
    lamports: BigInt(a.lamports),
    owner: a.owner,
    data: new Uint8Array(Buffer.from(a.data, 'base64')),
    executable: a.executable,
  };
}

const encodeTokenBalance = (b: TokenBalanceRecord) => ({ ...b, amount: b.amount.toString() });
const decodeTokenBalance = (b: ReturnType<typeof encodeTokenBalance>) => ({ ...b, amount: BigInt(b.amount) });

function encodeTx(tx: TxRecord) {
  return {
    ...tx,
    wire: Buffer.from(tx.wire).toString('base64'),
    fee: tx.fee.toString(),
    preBalances: tx.preBalances.map(String),
    postBalances: tx.postBalances.map(String),
    preTokenBalances: tx.preTokenBalances.map(encodeTokenBalance),
    postTokenBalances: tx.postTokenBalances.map(encodeTokenBalance),
    computeUnits: tx.computeUnits.toString(),
  };
}

function decodeTx(e: ReturnType<typeof encodeTx>): TxRecord {
  return {
    signature: e.signature,
    slot: e.slot,
    blockTime: e.blockTime,
    wire: new Uint8Array(Buffer.from(e.wire, 'base64')),
    accountKeys: e.accountKeys,
    err: e.err,
    fee: BigInt(e.fee),
    preBalances: e.preBalances.map(BigInt),
    postBalances: e.postBalances.map(BigInt),
    preTokenBalances: e.preTokenBalances.map(decodeTokenBalance),
    postTokenBalances: e.postTokenBalances.map(decodeTokenBalance),
    logs: e.logs,
    innerInstructions: e.innerInstructions,
    computeUnits: BigInt(e.computeUnits),
    memo: e.memo,
  };
}
