// Builds a Solana Pay style payment: memo first, then the transfer with reference keys appended as read-only
// accounts (the order validateTransfer-style checks expect). Used by the sandbox payer, the wallet transaction
// request route, tests and the benchmark.
import { getAddMemoInstruction } from '@solana-program/memo';
import { getTransferSolInstruction } from '@solana-program/system';
import {
  findAssociatedTokenPda,
  getCreateAssociatedTokenIdempotentInstruction,
  getTransferCheckedInstruction,
} from '@solana-program/token';
import {
  AccountRole,
  type Address,
  appendTransactionMessageInstructions,
  blockhash as toBlockhash,
  compileTransaction,
  createTransactionMessage,
  getBase64EncodedWireTransaction,
  type Instruction,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type TransactionSigner,
} from '@solana/kit';
import { MEMO_PROGRAM, TOKEN_PROGRAM } from './port.ts';

export interface PaymentTransfer {
  recipient: Address;
  amountMinor: bigint;
  /** SPL mint; SOL when absent. */
  splToken?: Address;
  /** Required with splToken. */
  decimals?: number;
  /** Create the recipient's associated token account if missing (payer pays its rent). */
  createRecipientTokenAccount?: boolean;
}

export interface PaymentTransactionInput {
  payer: TransactionSigner;
  /** One or more transfers (e.g. merchant amount and platform fee), in order. */
  transfers: readonly PaymentTransfer[];
  references?: readonly Address[];
  memo?: string;
  blockhash: { blockhash: string; lastValidBlockHeight: bigint };
}

export async function buildPaymentInstructions(
  input: Omit<PaymentTransactionInput, 'blockhash'>,
): Promise<Instruction[]> {
  const instructions: Instruction[] = [];
  if (input.memo !== undefined) {
    instructions.push(getAddMemoInstruction({ memo: input.memo }, { programAddress: MEMO_PROGRAM }));
  }
  const references = (input.references ?? []).map((address) => ({ address, role: AccountRole.READONLY }));
  for (const [i, transfer] of input.transfers.entries()) {
    let ix: Instruction;
    if (transfer.splToken === undefined) {
      ix = getTransferSolInstruction({
        source: input.payer,
        destination: transfer.recipient,
        amount: transfer.amountMinor,
      });
    } else {
      if (transfer.decimals === undefined) throw new Error('decimals are required for an SPL transfer');
      const mint = transfer.splToken;
      const [source] = await findAssociatedTokenPda({ owner: input.payer.address, mint, tokenProgram: TOKEN_PROGRAM });
      const [destination] = await findAssociatedTokenPda({
        owner: transfer.recipient,
        mint,
        tokenProgram: TOKEN_PROGRAM,
      });
      if (transfer.createRecipientTokenAccount) {
        instructions.push(
          getCreateAssociatedTokenIdempotentInstruction({
            payer: input.payer,
            ata: destination,
            owner: transfer.recipient,
            mint,
          }),
        );
      }
      ix = getTransferCheckedInstruction({
        source,
        mint,
        destination,
        authority: input.payer,
        amount: transfer.amountMinor,
        decimals: transfer.decimals,
      });
    }
    // Reference keys ride on the first transfer, where Solana Pay wallets put them.
    instructions.push(i === 0 && references.length ? { ...ix, accounts: [...(ix.accounts ?? []), ...references] } : ix);
  }
  return instructions;
}

function transactionMessage(
  payer: TransactionSigner,
  instructions: Instruction[],
  lifetime: { blockhash: string; lastValidBlockHeight: bigint },
) {
  return pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) =>
      setTransactionMessageLifetimeUsingBlockhash(
        { blockhash: toBlockhash(lifetime.blockhash), lastValidBlockHeight: lifetime.lastValidBlockHeight },
        m,
      ),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
}

/** Any instructions as a signed v0 transaction in base64 wire form; signers embedded in the instructions sign too. */
export async function signInstructions(
  payer: TransactionSigner,
  instructions: Instruction[],
  lifetime: { blockhash: string; lastValidBlockHeight: bigint },
): Promise<string> {
  return getBase64EncodedWireTransaction(
    await signTransactionMessageWithSigners(transactionMessage(payer, instructions, lifetime)),
  );
}

/** Signed, as base64 wire bytes ready for sendTransaction. */
export async function signPaymentTransaction(input: PaymentTransactionInput): Promise<string> {
  return signInstructions(input.payer, await buildPaymentInstructions(input), input.blockhash);
}

/** Unsigned, as base64 wire bytes, for a wallet to sign (the Solana Pay transaction request answer). */
export async function unsignedPaymentTransaction(input: PaymentTransactionInput): Promise<string> {
  const message = transactionMessage(input.payer, await buildPaymentInstructions(input), input.blockhash);
  return getBase64EncodedWireTransaction(compileTransaction(message));
}
