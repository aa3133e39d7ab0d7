import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Address, TransactionError } from '@solana/kit';
import { toUiTokenAmount } from '../chain/amount.ts';
import { type ChainTransaction, MEMO_PROGRAM, SYSTEM_PROGRAM, type TokenBalance, USDC_MINT } from '../chain/port.ts';
import bs58 from '../lib/base58.ts';
import { MEMO_PREFIX, memoFor, type SessionTerms, verifyPaymentTransaction } from './verification.ts';

const PAYER = 'Fy1dS4sAqFdKQSSNf8Y5CHZrnLcUUvvx4u4Hyf9wF9pA' as Address;
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin' as Address;
const FEE_WALLET = 'GsbwXfJraMomNxBcjYLcG3mxkBUiyWXAB32fGbSMQRdW' as Address;
const REFERENCE = '82ZJ7nbGpixjeDCmEhUcmwXYfvurzAgGdtSMuHnUgyny' as Address;
const MERCHANT_ATA = 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN' as Address;
const OTHER_MINT = 'So11111111111111111111111111111111111111112' as Address;
const EXPIRES_AT = new Date('2026-01-01T12:00:00Z');
const IN_TIME = BigInt(EXPIRES_AT.getTime() / 1000 - 60);

const terms = (over: Partial<SessionTerms> = {}): SessionTerms => ({
  nonce: 'n0nce',
  reference: REFERENCE,
  merchantWallet: MERCHANT,
  merchantAmount: 25_000_000n,
  feeWallet: null,
  feeAmount: 0n,
  mint: null,
  expiresAt: EXPIRES_AT,
  ...over,
});

interface Landed {
  /** What the merchant's wallet gained in SOL (lamports). */
  sol?: bigint;
  /** What the merchant's token accounts gained, by mint. */
  tokens?: Partial<Record<Address, bigint>>;
  /** What the fee wallet gained in the session's asset. */
  fee?: bigint;
  feeMint?: Address;
  memo?: string | null;
  withReference?: boolean;
  err?: TransactionError | null;
  blockTime?: bigint | null;
}

/** A landed transaction as getTransaction returns it: only the facts the rule reads (keys, memo, balances). */
function landed(l: Landed = {}): ChainTransaction {
  const keys: Address[] = [PAYER, MERCHANT, FEE_WALLET, MERCHANT_ATA, SYSTEM_PROGRAM, MEMO_PROGRAM];
  if (l.withReference ?? true) keys.push(REFERENCE);
  const memo = l.memo === undefined ? memoFor('n0nce') : l.memo;
  const instructions =
    memo === null
      ? []
      : [{ programIdIndex: keys.indexOf(MEMO_PROGRAM), accounts: [], data: bs58.encode(Buffer.from(memo, 'utf8')) }];
  const pre = keys.map(() => 5_000_000_000n);
  const post = [...pre];
  post[0] -= 5000n;
  post[1] += l.sol ?? 0n;
  if (!l.feeMint) post[2] += l.fee ?? 0n;
  const balance = (owner: Address, mint: Address, amount: bigint): TokenBalance => ({
    accountIndex: keys.indexOf(owner === MERCHANT ? MERCHANT_ATA : FEE_WALLET),
    mint,
    owner,
    uiTokenAmount: toUiTokenAmount(amount, 6),
  });
  const tokenEntries = Object.entries(l.tokens ?? {}) as [Address, bigint][];
  const preTokenBalances = tokenEntries.map(([mint]) => balance(MERCHANT, mint, 1_000n));
  const postTokenBalances = tokenEntries.map(([mint, gained]) => balance(MERCHANT, mint, 1_000n + gained));
  if (l.feeMint) {
    preTokenBalances.push(balance(FEE_WALLET, l.feeMint, 0n));
    postTokenBalances.push(balance(FEE_WALLET, l.feeMint, l.fee ?? 0n));
  }
  return {
    slot: 1n,
    blockTime: l.blockTime === undefined ? IN_TIME : l.blockTime,
    transaction: {
      signatures: ['sig'],
      message: {
        accountKeys: keys,
        header: { numRequiredSignatures: 1, numReadonlySignedAccounts: 0, numReadonlyUnsignedAccounts: 2 },
        instructions,
        recentBlockhash: '11111111111111111111111111111111',
      },
    },
    meta: {
      err: l.err ?? null,
      fee: 5000n,
      preBalances: pre,
      postBalances: post,
      preTokenBalances,
      postTokenBalances,
      logMessages: [],
    },
  };
}

describe('payment verification', () => {
  test('the exact amount in time pays the session; the fee payer is the payer', () => {
    assert.deepEqual(verifyPaymentTransaction(landed({ sol: 25_000_000n }), terms(), 0), {
      kind: 'ok',
      received: 25_000_000n,
      excess: 0n,
      payer: PAYER,
    });
  });

  test('memo or reference alone names the session; neither, or another nonce, says nothing about it', () => {
    assert.equal(memoFor('abc'), `${MEMO_PREFIX}abc`);
    const paid = { sol: 25_000_000n };
    assert.equal(verifyPaymentTransaction(landed({ ...paid, withReference: false }), terms(), 0).kind, 'ok');
    assert.equal(verifyPaymentTransaction(landed({ ...paid, memo: null }), terms(), 0).kind, 'ok');
    for (const memo of [null, 'HILT:other', 'HILT:n0nce2', 'hilt:n0nce', 'n0nce', 'HILT: n0nce']) {
      const v = verifyPaymentTransaction(landed({ ...paid, memo, withReference: false }), terms(), 0);
      assert.deepEqual(v, { kind: 'not_for_session' }, String(memo));
    }
  });

  test('a failed transaction is failed without a refund, whatever its balances say', () => {
    const err = { InstructionError: [1, { Custom: 1 }] } as unknown as TransactionError;
    assert.deepEqual(verifyPaymentTransaction(landed({ sol: 25_000_000n, err }), terms(), 0), {
      kind: 'failed',
      reason: 'transaction_failed',
      received: 0n,
      refundRequired: false,
    });
  });

  test('underpaid by one minor unit fails as underpaid and is refunded; overpaid succeeds with the excess', () => {
    assert.deepEqual(verifyPaymentTransaction(landed({ sol: 24_999_999n }), terms(), 0), {
      kind: 'failed',
      reason: 'underpaid',
      received: 24_999_999n,
      refundRequired: true,
    });
    const over = verifyPaymentTransaction(landed({ sol: 25_001_234n }), terms(), 0);
    assert.equal(over.kind === 'ok' && over.excess, 1_234n);
  });

  test('nothing received: wrong_mint when the merchant got another asset, else wrong_recipient; no refund owed', () => {
    // A USDC session paid in SOL.
    assert.deepEqual(verifyPaymentTransaction(landed({ sol: 25_000_000n }), terms({ mint: USDC_MINT }), 0), {
      kind: 'failed',
      reason: 'wrong_mint',
      received: 0n,
      refundRequired: false,
    });
    // A SOL session paid in some token; a USDC session paid in another token.
    const tokenOnly = landed({ tokens: { [USDC_MINT]: 25_000_000n } });
    const solSession = verifyPaymentTransaction(tokenOnly, terms(), 0);
    assert.equal(solSession.kind === 'failed' && solSession.reason, 'wrong_mint');
    const otherToken = verifyPaymentTransaction(
      landed({ tokens: { [OTHER_MINT]: 25_000_000n } }),
      terms({ mint: USDC_MINT }),
      0,
    );
    assert.equal(otherToken.kind === 'failed' && otherToken.reason, 'wrong_mint');
    // Paid to someone else: the merchant gained nothing at all.
    const elsewhere = verifyPaymentTransaction(landed({}), terms(), 0);
    assert.deepEqual(elsewhere, { kind: 'failed', reason: 'wrong_recipient', received: 0n, refundRequired: false });
  });

  test('a merchant balance that went down (the merchant paid fees) counts as nothing received', () => {
    const v = verifyPaymentTransaction(landed({ sol: -10_000n }), terms(), 0);
    assert.deepEqual(v, { kind: 'failed', reason: 'wrong_recipient', received: 0n, refundRequired: false });
  });

  test('USDC: the merchant’s token accounts are summed in base units', () => {
    const v = verifyPaymentTransaction(
      landed({ tokens: { [USDC_MINT]: 29_000_000n } }),
      terms({ mint: USDC_MINT, merchantAmount: 29_000_000n }),
      0,
    );
    assert.deepEqual(v, { kind: 'ok', received: 29_000_000n, excess: 0n, payer: PAYER });
  });

  test('expiry: landed after expiresAt plus the tolerance fails as expired and is always refunded', () => {
    const expiry = BigInt(EXPIRES_AT.getTime() / 1000);
    const at = (blockTime: bigint | null, tolerance = 0) =>
      verifyPaymentTransaction(landed({ sol: 25_000_000n, blockTime }), terms(), tolerance);
    assert.equal(at(expiry).kind, 'ok', 'landing at the expiry second is in time');
    assert.deepEqual(at(expiry + 1n), {
      kind: 'failed',
      reason: 'expired',
      received: 25_000_000n,
      refundRequired: true,
    });
    assert.equal(at(expiry + 30n, 30).kind, 'ok', 'within the tolerance');
    assert.equal(at(expiry + 31n, 30).kind, 'failed');
    assert.equal(at(null).kind, 'ok', 'no block time: never judged late');
    // Expiry is checked before the amount: even a late dust payment is flagged for its refund.
    const lateDust = verifyPaymentTransaction(landed({ sol: 1n, blockTime: expiry + 60n }), terms(), 0);
    assert.deepEqual(lateDust, { kind: 'failed', reason: 'expired', received: 1n, refundRequired: true });
    const lateNothing = verifyPaymentTransaction(landed({ blockTime: expiry + 60n }), terms(), 0);
    assert.equal(lateNothing.kind === 'failed' && lateNothing.refundRequired, true);
  });

  test('a platform fee must reach the fee wallet in full, in the session’s asset', () => {
    const withFee = terms({ merchantAmount: 24_000_000n, feeWallet: FEE_WALLET, feeAmount: 1_000_000n });
    assert.equal(verifyPaymentTransaction(landed({ sol: 24_000_000n, fee: 1_000_000n }), withFee, 0).kind, 'ok');
    const shortFee = verifyPaymentTransaction(landed({ sol: 24_000_000n, fee: 999_999n }), withFee, 0);
    assert.deepEqual(shortFee, { kind: 'failed', reason: 'underpaid', received: 24_000_000n, refundRequired: true });
    const usdcFee = terms({ ...withFee, mint: USDC_MINT });
    const paidUsdc = { tokens: { [USDC_MINT]: 24_000_000n } };
    assert.equal(
      verifyPaymentTransaction(landed({ ...paidUsdc, fee: 1_000_000n, feeMint: USDC_MINT }), usdcFee, 0).kind,
      'ok',
    );
    // The fee paid in SOL does not count for a USDC session.
    assert.equal(verifyPaymentTransaction(landed({ ...paidUsdc, fee: 1_000_000n }), usdcFee, 0).kind, 'failed');
    // Without a fee wallet the fee amount is not checked.
    assert.equal(
      verifyPaymentTransaction(landed({ sol: 24_000_000n }), terms({ ...withFee, feeWallet: null }), 0).kind,
      'ok',
    );
  });

  test('for any price and amount received in time: paid iff received ≥ price, the excess exact', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 2n * 10n ** 15n }),
        fc.boolean(),
        (price, received, usdc) => {
          const paid = usdc ? landed({ tokens: { [USDC_MINT]: received } }) : landed({ sol: received });
          const v = verifyPaymentTransaction(paid, terms({ merchantAmount: price, mint: usdc ? USDC_MINT : null }), 0);
          if (received >= price) assert.deepEqual(v, { kind: 'ok', received, excess: received - price, payer: PAYER });
          else if (received === 0n) assert.equal(v.kind === 'failed' && v.reason, 'wrong_recipient');
          else assert.deepEqual(v, { kind: 'failed', reason: 'underpaid', received, refundRequired: true });
        },
      ),
    );
  });
});
