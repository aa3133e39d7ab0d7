// RPC response shapes for stored transactions and accounts, per encoding.
import { type Address, getAddressDecoder } from '@solana/kit';
import base58 from '../../lib/base58.ts';
import { toUiTokenAmount } from '../amount.ts';
import { TOKEN_2022_PROGRAM, TOKEN_PROGRAM } from '../port.ts';
import type { ChainState, DecodedTransaction } from './chain-state.ts';
import { renderParsedInstruction } from './parsed-instruction.ts';
import { invalidParams, JsonRpcError, RPC_UNSUPPORTED_TRANSACTION_VERSION } from './rpc-error.ts';
import type { AccountState, InnerInstructionRecord, TokenBalanceRecord, TxRecord } from './store.ts';

export type TransactionEncoding = 'json' | 'jsonParsed' | 'base64' | 'base58';
export type AccountEncoding = 'binary' | 'base58' | 'base64' | 'jsonParsed';

const U64_MAX = 18446744073709551615n;
const addressDecoder = getAddressDecoder();

export function renderTransaction(
  state: ChainState,
  record: TxRecord,
  encoding: TransactionEncoding,
  maxSupportedTransactionVersion: number | undefined,
) {
  const d = state.decodeRecord(record);
  if (
    d.version !== 'legacy' &&
    (maxSupportedTransactionVersion === undefined || maxSupportedTransactionVersion < d.version)
  ) {
    throw new JsonRpcError(
      RPC_UNSUPPORTED_TRANSACTION_VERSION,
      `Transaction version (${d.version}) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": ${d.version}`,
    );
  }
  const versioned = maxSupportedTransactionVersion !== undefined;
  const parsed = encoding === 'jsonParsed';
  return {
    blockTime: record.blockTime,
    meta: {
      computeUnitsConsumed: record.computeUnits,
      err: record.err,
      fee: record.fee,
      innerInstructions: renderInnerInstructions(record.accountKeys, record.innerInstructions, parsed),
      ...(versioned && !parsed ? { loadedAddresses: { readonly: [], writable: [] } } : {}),
      logMessages: record.logs,
      postBalances: record.postBalances,
      postTokenBalances: record.postTokenBalances.map(renderTokenBalance),
      preBalances: record.preBalances,
      preTokenBalances: record.preTokenBalances.map(renderTokenBalance),
      rewards: [],
      status: record.err === null ? { Ok: null } : { Err: record.err },
    },
    slot: record.slot,
    transaction: renderTransactionBody(d, record.wire, encoding),
    ...(versioned ? { version: d.version } : {}),
  };
}

function renderTransactionBody(d: DecodedTransaction, wire: Uint8Array, encoding: TransactionEncoding) {
  if (encoding === 'base64') return [Buffer.from(wire).toString('base64'), 'base64'];
  if (encoding === 'base58') return [base58.encode(wire), 'base58'];
  const signatures = Object.values(d.tx.signatures).map((s) =>
    s ? base58.encode(s) : base58.encode(new Uint8Array(64)),
  );
  const lookups = d.version === 0 ? { addressTableLookups: [] } : {};
  if (encoding === 'jsonParsed') {
    return {
      message: {
        accountKeys: d.accountKeys.map((pubkey, i) => ({
          pubkey,
          signer: i < d.header.numSignerAccounts,
          source: 'transaction',
          writable: d.writable[i],
        })),
        ...lookups,
        instructions: d.instructions.map((ix) =>
          renderParsedInstruction(
            d.accountKeys[ix.programAddressIndex],
            (ix.accountIndices ?? []).map((i) => d.accountKeys[i]),
            ix.data ?? new Uint8Array(),
            null,
          ),
        ),
        recentBlockhash: d.blockhash,
      },
      signatures,
    };
  }
  return {
    message: {
      accountKeys: d.accountKeys,
      ...lookups,
      header: {
        numReadonlySignedAccounts: d.header.numReadonlySignerAccounts,
        numReadonlyUnsignedAccounts: d.header.numReadonlyNonSignerAccounts,
        numRequiredSignatures: d.header.numSignerAccounts,
      },
      instructions: d.instructions.map((ix) => ({
        accounts: ix.accountIndices ?? [],
        data: base58.encode(ix.data ?? new Uint8Array()),
        programIdIndex: ix.programAddressIndex,
        stackHeight: null,
      })),
      recentBlockhash: d.blockhash,
    },
    signatures,
  };
}

export function renderInnerInstructions(keys: readonly Address[], inner: InnerInstructionRecord[], parsed: boolean) {
  if (!parsed) return inner;
  return inner.map(({ index, instructions }) => ({
    index,
    instructions: instructions.map((ix) =>
      renderParsedInstruction(
        keys[ix.programIdIndex],
        ix.accounts.map((i) => keys[i]),
        new Uint8Array(base58.decode(ix.data)),
        ix.stackHeight,
      ),
    ),
  }));
}

function renderTokenBalance(b: TokenBalanceRecord) {
  return {
    accountIndex: b.accountIndex,
    mint: b.mint,
    owner: b.owner,
    programId: b.programId,
    uiTokenAmount: toUiTokenAmount(b.amount, b.decimals),
  };
}

export function renderAccount(
  state: ChainState,
  account: AccountState | null,
  encoding: AccountEncoding,
  dataSlice?: { offset: number; length: number },
) {
  if (!account) return null;
  const base = { executable: account.executable, lamports: account.lamports, owner: account.owner };
  const tail = { rentEpoch: U64_MAX, space: account.data.length };
  if (encoding === 'jsonParsed') {
    const parsed = parseTokenProgramAccount(state, account);
    if (parsed) return { data: parsed, ...base, ...tail };
    encoding = 'base64';
  }
  const data = dataSlice ? account.data.subarray(dataSlice.offset, dataSlice.offset + dataSlice.length) : account.data;
  if (encoding === 'base64') return { data: [Buffer.from(data).toString('base64'), 'base64'], ...base, ...tail };
  if (data.length > 128) {
    throw invalidParams('Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.');
  }
  return { data: encoding === 'binary' ? base58.encode(data) : [base58.encode(data), 'base58'], ...base, ...tail };
}

function parseTokenProgramAccount(state: ChainState, account: AccountState) {
  if (account.owner !== TOKEN_PROGRAM && account.owner !== TOKEN_2022_PROGRAM) return null;
  const program = account.owner === TOKEN_PROGRAM ? 'spl-token' : 'spl-token-2022';
  const { data } = account;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const balance = state.tokenBalance(0, account);
  if (balance) {
    return {
      parsed: {
        info: {
          isNative: view.getUint32(109, true) === 1,
          mint: balance.mint,
          owner: balance.owner,
          state: data[108] === 2 ? 'frozen' : 'initialized',
          tokenAmount: toUiTokenAmount(balance.amount, balance.decimals),
        },
        type: 'account',
      },
      program,
      space: data.length,
    };
  }
  if (data.length === 82 || (data.length > 165 && data[165] === 1)) {
    const option = (offset: number) =>
      view.getUint32(offset, true) === 1 ? addressDecoder.decode(data.subarray(offset + 4, offset + 36)) : null;
    return {
      parsed: {
        info: {
          decimals: data[44],
          freezeAuthority: option(46),
          isInitialized: data[45] === 1,
          mintAuthority: option(0),
          supply: view.getBigUint64(36, true).toString(),
        },
        type: 'mint',
      },
      program,
      space: data.length,
    };
  }
  return null;
}
