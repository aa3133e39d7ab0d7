// `jsonParsed` rendering for the instructions a payment uses: System, SPL Token, Associated Token Account, Memo.
// Anything else is returned partially decoded (program id, account addresses, base58 data), as the RPC does.
import type { Address } from '@solana/kit';
import { getAddressDecoder } from '@solana/kit';
import base58 from '../../lib/base58.ts';
import { toUiTokenAmount } from '../amount.ts';
import {
  ATA_PROGRAM,
  MEMO_PROGRAM,
  MEMO_V1_PROGRAM,
  SYSTEM_PROGRAM,
  TOKEN_2022_PROGRAM,
  TOKEN_PROGRAM,
} from '../port.ts';

const addressDecoder = getAddressDecoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Parsed = { type: string; info: Record<string, unknown> } | string;

export function renderParsedInstruction(
  programId: Address,
  accounts: readonly Address[],
  data: Uint8Array,
  stackHeight: number | null,
) {
  let parsed: Parsed | null = null;
  let program = '';
  try {
    if (programId === SYSTEM_PROGRAM) [program, parsed] = ['system', parseSystem(accounts, data)];
    else if (programId === TOKEN_PROGRAM || programId === TOKEN_2022_PROGRAM) {
      [program, parsed] = [programId === TOKEN_PROGRAM ? 'spl-token' : 'spl-token-2022', parseToken(accounts, data)];
    } else if (programId === ATA_PROGRAM)
      [program, parsed] = ['spl-associated-token-account', parseAta(accounts, data)];
    else if (programId === MEMO_PROGRAM || programId === MEMO_V1_PROGRAM)
      [program, parsed] = ['spl-memo', utf8.decode(data)];
  } catch {
    parsed = null;
  }
  if (parsed === null) return { accounts, data: base58.encode(data), programId, stackHeight };
  return { parsed, program, programId, stackHeight };
}

function parseSystem(a: readonly Address[], data: Uint8Array): Parsed | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  switch (view.getUint32(0, true)) {
    case 0:
      return {
        type: 'createAccount',
        info: {
          lamports: view.getBigUint64(4, true),
          newAccount: a[1],
          owner: addressDecoder.decode(data.subarray(20, 52)),
          source: a[0],
          space: view.getBigUint64(12, true),
        },
      };
    case 1:
      return { type: 'assign', info: { account: a[0], owner: addressDecoder.decode(data.subarray(4, 36)) } };
    case 2:
      return { type: 'transfer', info: { destination: a[1], lamports: view.getBigUint64(4, true), source: a[0] } };
    case 8:
      return { type: 'allocate', info: { account: a[0], space: view.getBigUint64(4, true) } };
    default:
      return null;
  }
}

function parseToken(a: readonly Address[], data: Uint8Array): Parsed | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const amount = () => view.getBigUint64(1, true);
  switch (data[0]) {
    case 3:
      return {
        type: 'transfer',
        info: { amount: amount().toString(), authority: a[2], destination: a[1], source: a[0] },
      };
    case 12:
      return {
        type: 'transferChecked',
        info: {
          authority: a[3],
          destination: a[2],
          mint: a[1],
          source: a[0],
          tokenAmount: toUiTokenAmount(amount(), data[9]),
        },
      };
    case 7:
      return { type: 'mintTo', info: { account: a[1], amount: amount().toString(), mint: a[0], mintAuthority: a[2] } };
    case 14:
      return {
        type: 'mintToChecked',
        info: { account: a[1], mint: a[0], mintAuthority: a[2], tokenAmount: toUiTokenAmount(amount(), data[9]) },
      };
    case 8:
      return { type: 'burn', info: { account: a[0], amount: amount().toString(), authority: a[2], mint: a[1] } };
    case 9:
      return { type: 'closeAccount', info: { account: a[0], destination: a[1], owner: a[2] } };
    case 18:
      return {
        type: 'initializeAccount3',
        info: { account: a[0], mint: a[1], owner: addressDecoder.decode(data.subarray(1, 33)) },
      };
    case 21:
      return { type: 'getAccountDataSize', info: { mint: a[0] } };
    case 22:
      return { type: 'initializeImmutableOwner', info: { account: a[0] } };
    default:
      return null;
  }
}

function parseAta(a: readonly Address[], data: Uint8Array): Parsed | null {
  if (data.length > 1 || (data.length === 1 && data[0] > 1)) return null;
  return {
    type: data[0] === 1 ? 'createIdempotent' : 'create',
    info: { account: a[1], mint: a[3], source: a[0], systemProgram: a[4], tokenProgram: a[5], wallet: a[2] },
  };
}
