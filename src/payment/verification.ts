// The payment verification rule: does a landed transaction pay this checkout session?
import { amountReceived, inspectTransfer, transactionKeys } from '../chain/solana-pay.ts';
import type { Address, ChainTransaction } from '../chain/port.ts';
import { InvalidTxSignatureError } from './errors.ts';

export type FailureReason = 'transaction_failed' | 'wrong_mint' | 'wrong_recipient' | 'underpaid' | 'expired';

export type Verification =
  /** Carries neither the session's memo nor its reference: it says nothing about this session. */
  | { kind: 'not_for_session' }
  | { kind: 'failed'; reason: FailureReason; received: bigint; refundRequired: boolean }
  | { kind: 'ok'; received: bigint; excess: bigint; payer: string | null };

export interface SessionTerms {
  nonce: string;
  reference: string;
  merchantWallet: string;
  merchantAmount: bigint;
  feeWallet: string | null;
  feeAmount: bigint;
  /** null for SOL */
  mint: string | null;
  expiresAt: Date;
}

export const MEMO_PREFIX = 'HILT:';

const SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,88}$/;

export function checkSignature(sig: string) {
  if (!SIGNATURE.test(sig)) throw new InvalidTxSignatureError();
}

export function memoFor(nonce: string): string {
  return `${MEMO_PREFIX}${nonce}`;
}

/** Anything at all the merchant gained in this transaction other than the expected asset. */
function merchantGotOtherAsset(tx: ChainTransaction, merchant: Address, mint: string | null): boolean {
  if (mint !== null && amountReceived(tx, merchant) > 0n) return true;
  const post = tx.meta?.postTokenBalances ?? [];
  return post.some((b) => b.owner === merchant && b.mint !== mint && amountReceived(tx, merchant, b.mint) > 0n);
}

export function verifyPaymentTransaction(
  tx: ChainTransaction,
  terms: SessionTerms,
  toleranceSeconds: number,
): Verification {
  const merchant = terms.merchantWallet as Address;
  const mint = (terms.mint ?? undefined) as Address | undefined;
  const facts = inspectTransfer(tx, { recipient: merchant, splToken: mint, references: [terms.reference as Address] });
  const forSession = facts.memos.includes(memoFor(terms.nonce)) || facts.referencesFound.length > 0;
  if (!forSession) return { kind: 'not_for_session' };
  if (facts.err !== null) return { kind: 'failed', reason: 'transaction_failed', received: 0n, refundRequired: false };

  const received = facts.received > 0n ? facts.received : 0n;
  const fail = (reason: FailureReason) => ({
    kind: 'failed' as const,
    reason,
    received,
    refundRequired: received > 0n,
  });
  if (tx.blockTime !== null && Number(tx.blockTime) * 1000 > terms.expiresAt.getTime() + toleranceSeconds * 1000) {
    return { ...fail('expired'), refundRequired: true };
  }
  if (received === 0n) return fail(merchantGotOtherAsset(tx, merchant, terms.mint) ? 'wrong_mint' : 'wrong_recipient');
  if (received < terms.merchantAmount) return fail('underpaid');
  if (terms.feeAmount > 0n && terms.feeWallet) {
    if (amountReceived(tx, terms.feeWallet as Address, mint) < terms.feeAmount) return fail('underpaid');
  }
  // The fee payer (first signer) is the paying wallet.
  const payer = transactionKeys(tx)[0] ?? null;
  return { kind: 'ok', received, excess: received - terms.merchantAmount, payer };
}
