// The buyer's side of x402 (an agent paying a 402): builds and signs the USDC transfer an acceptance asks for and
// retries the request with PAYMENT-SIGNATURE. It needs @solana/kit and @solana-program/token (optional peer
// dependencies of the package), so it is its own entry point: `@hilt-selfhosted/sdk/x402-buyer`.
import {
  findAssociatedTokenPda,
  getCreateAssociatedTokenIdempotentInstruction,
  getTransferCheckedInstruction,
} from '@solana-program/token';
import {
  type Address,
  address,
  appendTransactionMessageInstructions,
  createKeyPairSignerFromBytes,
  createSolanaRpc,
  createTransactionMessage,
  getBase58Encoder,
  getBase64EncodedWireTransaction,
  type Instruction,
  type KeyPairSigner,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
} from '@solana/kit';
import {
  createPaymentSignature,
  decodePaymentRequiredHeader,
  getTransfers,
  PAYMENT_REQUIRED_HEADER,
  PAYMENT_SIGNATURE_HEADER,
  type X402Acceptance,
  X402Error,
} from './x402.ts';

const TOKEN_PROGRAM = address('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
const MEMO_PROGRAM = address('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');
const USDC_DECIMALS = 6;

export interface X402BuyerOptions {
  /** The buyer's 64-byte secret key (raw bytes, or base58 as Solana CLIs and wallets export it). */
  secretKey: Uint8Array | string;
  /** Solana JSON-RPC URL the buyer reads its blockhash from (the server's /sandbox/rpc in sandbox). */
  rpcUrl: string;
  fetch?: typeof fetch;
  /** Refuse to pay more than this many USDC minor units for one request. */
  maxAmountMinorUnits?: bigint;
}

/**
 * Builds and fully signs the buyer's USDC payment for one acceptance (the buyer pays its own fee). A memo carrying a
 * random nonce makes every payment its own transaction: two equal payments signed against the same blockhash would
 * otherwise be byte-identical, and the second would be refused as a payment already settled.
 */
export async function buildPaymentTransaction(
  signer: KeyPairSigner,
  acceptance: X402Acceptance,
  blockhash: { blockhash: string; lastValidBlockHeight: bigint },
): Promise<string> {
  const mint = address(acceptance.asset);
  const [source] = await findAssociatedTokenPda({ owner: signer.address, mint, tokenProgram: TOKEN_PROGRAM });
  const instructions: Instruction[] = [];
  for (const t of getTransfers(acceptance)) {
    const owner = address(t.payTo);
    const [destination] = await findAssociatedTokenPda({ owner, mint, tokenProgram: TOKEN_PROGRAM });
    instructions.push(
      getCreateAssociatedTokenIdempotentInstruction({ payer: signer, ata: destination, owner, mint }),
      getTransferCheckedInstruction({
        source,
        mint,
        destination,
        authority: signer,
        amount: BigInt(t.amount),
        decimals: USDC_DECIMALS,
      }),
    );
  }
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  instructions.push({ programAddress: MEMO_PROGRAM, data: new TextEncoder().encode(`x402:${nonce}`) });
  const message = pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(signer, m),
    (m) => setTransactionMessageLifetimeUsingBlockhash(blockhash as never, m),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  return getBase64EncodedWireTransaction(await signTransactionMessageWithSigners(message));
}

/**
 * An agent's fetch that pays: a 402 with PAYMENT-REQUIRED is paid (a signed USDC transfer) and the same request is
 * sent again with PAYMENT-SIGNATURE; any other answer is returned as is. Keep the request's own id header
 * (Idempotency-Key / X-Request-Id) stable so a retry is never charged twice.
 */
export function createX402Buyer(options: X402BuyerOptions) {
  const doFetch = options.fetch ?? fetch;
  const rpc = createSolanaRpc(options.rpcUrl);
  const bytes =
    typeof options.secretKey === 'string'
      ? new Uint8Array(getBase58Encoder().encode(options.secretKey))
      : options.secretKey;
  const signerPromise = createKeyPairSignerFromBytes(bytes);

  async function pay(paymentRequiredHeader: string): Promise<string> {
    const required = decodePaymentRequiredHeader(paymentRequiredHeader);
    const acceptance = required.accepts[0];
    if (!acceptance) throw new X402Error('The 402 offers no way to pay');
    if (options.maxAmountMinorUnits !== undefined && BigInt(acceptance.amount) > options.maxAmountMinorUnits) {
      throw new X402Error(`The price ${acceptance.amount} is above the buyer's limit`);
    }
    const { value } = await rpc.getLatestBlockhash({ commitment: 'confirmed' }).send();
    const signed = await buildPaymentTransaction(await signerPromise, acceptance, value);
    return createPaymentSignature(required, signed).paymentSignature;
  }

  return {
    get address(): Promise<Address> {
      return signerPromise.then((s) => s.address);
    },
    pay,
    async fetch(url: string, init: RequestInit = {}): Promise<Response> {
      const first = await doFetch(url, init);
      const header = first.headers.get(PAYMENT_REQUIRED_HEADER);
      if (first.status !== 402 || !header) return first;
      const paymentSignature = await pay(header);
      const headers = new Headers(init.headers);
      headers.set(PAYMENT_SIGNATURE_HEADER, paymentSignature);
      return doFetch(url, { ...init, headers });
    },
  };
}
