// The local sandbox chain: LiteSVM behind Solana JSON-RPC, plus the faucet helpers the sandbox routes use.
import {
  getCreateAssociatedTokenIdempotentInstruction,
  getMintToCheckedInstruction,
  findAssociatedTokenPda,
} from '@solana-program/token';
import { getAddMemoInstruction } from '@solana-program/memo';
import { getTransferSolInstruction } from '@solana-program/system';
import {
  type Address,
  createKeyPairSignerFromBytes,
  getBase58Encoder,
  type Instruction,
  type KeyPairSigner,
} from '@solana/kit';
import { signInstructions } from '../payment-transaction.ts';
import { MEMO_PROGRAM, TOKEN_PROGRAM, USDC_DECIMALS, USDC_MINT } from '../port.ts';
import { ChainState, type ChainStateOptions } from './chain-state.ts';
import { generateExportableKeyPair } from './keys.ts';
import { createRpcHandler } from './rpc-handler.ts';

export type LocalChainOptions = ChainStateOptions;

export interface LocalChain {
  /** One JSON-RPC request or batch, parsed. u64 values in the answer (lamports, amounts) are bigint: serialise with
   * `stringifyJson` from chain/json.ts, or use handleText. */
  handle(body: unknown): Promise<unknown>;
  /** JSON-RPC over text, u64 values exact: what an HTTP route should serve. */
  handleText(body: string): Promise<string>;
  /** Sends lamports from the faucet; resolves to the (landed) transaction's signature. */
  fundSol(address: string, lamports: bigint): Promise<string>;
  /** Mints sandbox USDC (minor units) to the owner's associated token account, creating it if needed. */
  fundUsdc(owner: string, amountMinor: bigint): Promise<string>;
  /** A new key pair funded with SOL and sandbox USDC; `secretKey` is base58 of the 64-byte secret key. */
  createFundedWallet(options?: {
    lamports?: bigint;
    usdcMinor?: bigint;
  }): Promise<{ address: Address; secretKey: string }>;
  readonly usdcMint: Address;
  readonly faucetAddress: Address;
  readonly state: ChainState;
  close(): Promise<void>;
}

const DEFAULT_WALLET_LAMPORTS = 10_000_000_000n;
const DEFAULT_WALLET_USDC = 1_000_000_000n;

export function createLocalChain(options: LocalChainOptions = {}): LocalChain {
  const state = new ChainState(options);
  const b58 = getBase58Encoder();
  const signers = new Map<string, Promise<KeyPairSigner>>();
  const signer = (secret: string) => {
    let s = signers.get(secret);
    if (!s) {
      s = createKeyPairSignerFromBytes(new Uint8Array(b58.encode(secret)));
      signers.set(secret, s);
    }
    return s;
  };
  let nonce = 0;

  // Faucet transactions are real signed transactions, so they show up in history like a cluster's airdrops.
  async function sendFromFaucet(instructions: Instruction[]): Promise<string> {
    const faucet = await signer(state.genesis.faucetSecret);
    for (;;) {
      const { blockhash: hash, lastValidBlockHeight } = state.latestBlockhash();
      const base64 = await signInstructions(faucet, instructions, {
        blockhash: hash,
        lastValidBlockHeight: BigInt(lastValidBlockHeight),
      });
      const wire = new Uint8Array(Buffer.from(base64, 'base64'));
      const signature = state.decode(wire).signature;
      // The same transfer twice in one slot would be the same transaction: tell them apart with a memo.
      if (state.transaction(signature)) {
        instructions = [
          ...instructions,
          getAddMemoInstruction({ memo: `sandbox-faucet:${++nonce}` }, { programAddress: MEMO_PROGRAM }),
        ];
        continue;
      }
      return state.send(wire, false);
    }
  }

  async function fundSol(address: string, lamports: bigint): Promise<string> {
    const faucet = await signer(state.genesis.faucetSecret);
    return sendFromFaucet([
      getTransferSolInstruction({ source: faucet, destination: address as Address, amount: lamports }),
    ]);
  }

  async function fundUsdc(owner: string, amountMinor: bigint): Promise<string> {
    const faucet = await signer(state.genesis.faucetSecret);
    const authority = await signer(state.genesis.mintAuthoritySecret);
    const [ata] = await findAssociatedTokenPda({
      owner: owner as Address,
      mint: USDC_MINT,
      tokenProgram: TOKEN_PROGRAM,
    });
    return sendFromFaucet([
      getCreateAssociatedTokenIdempotentInstruction({ payer: faucet, ata, owner: owner as Address, mint: USDC_MINT }),
      getMintToCheckedInstruction({
        mint: USDC_MINT,
        token: ata,
        mintAuthority: authority,
        amount: amountMinor,
        decimals: USDC_DECIMALS,
      }),
    ]);
  }

  const rpc = createRpcHandler(state, {
    airdrop: (address, lamports) => fundSol(address, lamports),
    mintUsdc: (owner, amountMinor) => fundUsdc(owner, amountMinor),
    faucet: () => ({ faucet: state.faucetAddress, usdcMint: USDC_MINT }),
  });

  return {
    handle: rpc.handle,
    handleText: rpc.handleText,
    fundSol,
    fundUsdc,
    async createFundedWallet({ lamports = DEFAULT_WALLET_LAMPORTS, usdcMinor = DEFAULT_WALLET_USDC } = {}) {
      const { address, secretKey } = generateExportableKeyPair();
      if (lamports > 0n) await fundSol(address, lamports);
      if (usdcMinor > 0n) await fundUsdc(address, usdcMinor);
      return { address, secretKey };
    },
    usdcMint: USDC_MINT,
    get faucetAddress() {
      return state.faucetAddress;
    },
    state,
    async close() {
      state.close();
    },
  };
}
