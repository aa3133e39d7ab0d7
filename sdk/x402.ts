// x402 v2 helpers for the Pay API: the header codec, reading a 402's PAYMENT-REQUIRED, building the
// PAYMENT-SIGNATURE a server settles, and an agent-side buyer that pays a 402 in USDC on Solana and retries.
// The codec and checks have no dependencies; the buyer uses @solana/kit and @solana-program/token.
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

export const HILT_X402_VERSION = 2;
export const HILT_EXACT_SCHEME = 'hilt-exact';
export const EXACT_SCHEME = 'exact';
export const SOLANA_MAINNET_CAIP2 = 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp';
export const SOLANA_USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
export const PAYMENT_REQUIRED_HEADER = 'PAYMENT-REQUIRED';
export const PAYMENT_SIGNATURE_HEADER = 'PAYMENT-SIGNATURE';
export const PAYMENT_RESPONSE_HEADER = 'PAYMENT-RESPONSE';
const TOKEN_PROGRAM = address('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
const USDC_DECIMALS = 6;

export interface X402AtomicTransfer {
  role: 'merchant' | 'hilt_fee';
  asset: string;
  amount: string;
  payTo: string;
}

export interface X402Acceptance {
  scheme: string;
  network: string;
  asset: string;
  amount: string;
  payTo: string;
  maxTimeoutSeconds: number;
  extra?: {
    name?: string;
    version?: string;
    hilt?: { paymentSessionId?: string; settleUrl?: string; atomicTransfers?: X402AtomicTransfer[] };
  };
}

export interface X402PaymentRequired {
  x402Version: 2;
  error?: string;
  resource: { url: string; description?: string; mimeType?: string };
  accepts: X402Acceptance[];
}

export interface X402SettlementResponse {
  success: boolean;
  errorReason?: string;
  transaction: string;
  network: string;
}

export class X402Error extends Error {
  override name = 'X402Error';
}

/** Standard base64 of the UTF-8 JSON. */
export function encodeX402Header(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/** base64 (padding optional) → JSON object. */
export function decodeX402Header<T = Record<string, unknown>>(value: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value.trim(), 'base64').toString('utf8'));
  } catch {
    throw new X402Error('The x402 header is not base64-encoded JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new X402Error('The x402 header does not hold a JSON object');
  }
  return parsed as T;
}

export function decodePaymentRequiredHeader(value: string): X402PaymentRequired {
  const required = decodeX402Header<X402PaymentRequired>(value);
  if (required.x402Version !== HILT_X402_VERSION || !Array.isArray(required.accepts)) {
    throw new X402Error('PAYMENT-REQUIRED is not an x402 v2 PaymentRequired');
  }
  return required;
}

export function decodePaymentResponseHeader(value: string): X402SettlementResponse {
  return decodeX402Header<X402SettlementResponse>(value);
}

const POSITIVE = /^[1-9][0-9]*$/;

/**
 * The transfers a buyer must make for one acceptance: for `hilt-exact` the two atomic transfers (merchant and fee),
 * checked to add up to the amount and to pay the advertised recipient; for `exact` one transfer of the amount.
 */
export function getTransfers(acceptance: X402Acceptance): X402AtomicTransfer[] {
  if (acceptance.scheme === HILT_EXACT_SCHEME) {
    const transfers = acceptance.extra?.hilt?.atomicTransfers;
    if (!Array.isArray(transfers) || transfers.length !== 2) {
      throw new X402Error('hilt-exact needs exactly two atomic transfers');
    }
    const roles = new Set(transfers.map((t) => t.role));
    if (!roles.has('merchant') || !roles.has('hilt_fee')) throw new X402Error('hilt-exact needs merchant and hilt_fee');
    let sum = 0n;
    for (const t of transfers) {
      if (!POSITIVE.test(t.amount)) throw new X402Error('Atomic transfer amounts must be positive integers');
      if (t.asset !== acceptance.asset) throw new X402Error('Atomic transfers must pay the acceptance asset');
      sum += BigInt(t.amount);
    }
    if (sum !== BigInt(acceptance.amount)) throw new X402Error('Atomic transfers do not add up to the amount');
    if (transfers.find((t) => t.role === 'merchant')?.payTo !== acceptance.payTo) {
      throw new X402Error('The merchant transfer does not pay payTo');
    }
    return transfers;
  }
  if (acceptance.scheme !== EXACT_SCHEME) throw new X402Error(`Unsupported x402 scheme ${acceptance.scheme}`);
  if (!POSITIVE.test(acceptance.amount)) throw new X402Error('The amount must be a positive integer');
  return [{ role: 'merchant', asset: acceptance.asset, amount: acceptance.amount, payTo: acceptance.payTo }];
}

/** The PAYMENT-SIGNATURE value for a requirement with one acceptance and a signed base64 wire transaction. */
export function createPaymentSignature(paymentRequired: X402PaymentRequired, signedTransactionBase64: string) {
  if (paymentRequired.x402Version !== HILT_X402_VERSION) throw new X402Error('Only x402 v2 is supported');
  if (paymentRequired.accepts.length !== 1) throw new X402Error('Expected exactly one acceptance');
  const accepted = paymentRequired.accepts[0];
  getTransfers(accepted);
  if (!signedTransactionBase64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(signedTransactionBase64)) {
    throw new X402Error('The signed transaction must be base64');
  }
  const paymentPayload = {
    x402Version: HILT_X402_VERSION,
    resource: paymentRequired.resource,
    accepted,
    payload: { transaction: signedTransactionBase64 },
  };
  return { accepted, paymentPayload, paymentSignature: encodeX402Header(paymentPayload) };
}

export function getHiltPaymentSessionId(paymentSignature: string): string {
  const payload = decodeX402Header<{ accepted?: X402Acceptance }>(paymentSignature);
  const id = payload.accepted?.extra?.hilt?.paymentSessionId;
  if (typeof id !== 'string' || !id) throw new X402Error('The payment signature names no Hilt payment session');
  return id;
}

// ---- the buyer (an agent paying a 402) ----

export interface X402BuyerOptions {
  /** The buyer's 64-byte secret key (raw bytes, or base58 as Solana CLIs and wallets export it). */
  secretKey: Uint8Array | string;
  /** Solana JSON-RPC URL the buyer reads its blockhash from (the server's /sandbox/rpc in sandbox). */
  rpcUrl: string;
  fetch?: typeof fetch;
  /** Refuse to pay more than this many USDC minor units for one request. */
  maxAmountMinorUnits?: bigint;
}

/** Builds and fully signs the buyer's USDC payment for one acceptance (the buyer pays its own fee). */
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
