// x402 v2 helpers for the Pay API: the header codec, reading a 402's PAYMENT-REQUIRED, checking what an acceptance
// asks the buyer to transfer, and building the PAYMENT-SIGNATURE a server settles. No dependencies and no Node
// built-ins, so it runs in browsers too; the buyer that signs a Solana payment is in x402-buyer.ts.
export const HILT_X402_VERSION = 2;
export const HILT_EXACT_SCHEME = 'hilt-exact';
export const EXACT_SCHEME = 'exact';
export const SOLANA_MAINNET_CAIP2 = 'solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp';
export const SOLANA_USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
export const PAYMENT_REQUIRED_HEADER = 'PAYMENT-REQUIRED';
export const PAYMENT_SIGNATURE_HEADER = 'PAYMENT-SIGNATURE';
export const PAYMENT_RESPONSE_HEADER = 'PAYMENT-RESPONSE';

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
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64 (padding optional) → JSON object. */
export function decodeX402Header<T = Record<string, unknown>>(value: string): T {
  let parsed: unknown;
  try {
    const binary = atob(value.trim().replace(/-/g, '+').replace(/_/g, '/'));
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
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
