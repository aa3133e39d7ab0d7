// Settlement: how a checkout session becomes a confirmed payment, read top to bottom. Every path ends in `settle`
// (the buyer's confirm, the reconciler, the Helius callback, x402), which commits one database transaction per
// payment with the payment row locked: the same payment confirmed twice, or by fifty requests at once, gets one
// CONFIRMED row and one set of side effects. Platform and chain calls never happen inside that transaction.
import type { Address } from '@solana/kit';
import { linkAccessEntitlement } from '../access/activation.ts';
import type { ChainClient } from '../chain/port.ts';
import { inspectTransfer, transactionKeys } from '../chain/solana-pay.ts';
import type { CheckoutService } from '../checkout/service.ts';
import { membershipSettings } from '../checkout/service.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { Static } from 'typebox';
import { AppError, ConflictError, UnprocessableError } from '../errors.ts';
import type { ConfirmRequest } from './schemas.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import {
  ChainNotConfirmedError,
  IdentityRequiredError,
  IdentityWalletMismatchError,
  InvalidWalletError,
  NoSessionForTransactionError,
  PaymentFailedError,
  PaymentIncompleteError,
  PaymentNotFoundError,
  SessionAlreadyPaidError,
  SessionExpiredError,
  SignatureAlreadyUsedError,
  TransactionFailedError,
  TransactionNotForSessionError,
} from './errors.ts';
import { type EventInput, recordEvent, recordEvents } from '../event/outbox.ts';
import { eventPayment } from '../event/payloads.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import { grantMembership as activateMembership } from '../membership/activation.ts';
import type { MembershipService } from '../membership/service.ts';
import { toMembership } from '../membership/views.ts';
import { findProductForSettlement } from '../product/service.ts';
import type { ProductRow, SettlementProductRow } from '../product/repository.ts';
import type { ReceiptService } from '../receipt/service.ts';
import type { PublicProductCache } from '../checkout/public-cache.ts';
import * as repo from './repository.ts';
import type { ConfirmationWrite, PaymentRow } from './repository.ts';
import { checkSignature, MEMO_PREFIX, memoFor, type Verification, verifyPaymentTransaction } from './verification.ts';

export interface Chains {
  live: ChainClient;
  sandbox: ChainClient;
}

export type ChainFor = (p: { livemode: boolean }) => ChainClient;

/** Live payments are verified on the live chain, sandbox ones on the local chain. */
export const chainForMode =
  (chains: Chains): ChainFor =>
  (p) =>
    p.livemode ? chains.live : chains.sandbox;

/** The body of POST /v1/pay/confirm. */
export type ConfirmInput = Static<typeof ConfirmRequest>;

/** The buyer identity a confirmation records on the payment. */
export type Identity = Pick<
  ConfirmationWrite,
  'customer_reference_type' | 'customer_reference_value' | 'customer_reference_display'
>;

export interface SettleOptions {
  identity?: Identity;
  /** The product as the caller loaded it (the buyer's confirm has); read in the transaction when not given. */
  product?: SettlementProductRow | null;
  /** What the x402 facilitator verified, kept on the access proof. */
  x402Evidence?: Record<string, unknown>;
}

/** What a settlement made: the payment as it ends up and, when it confirmed now, what its steps created. */
export interface Settled {
  payment: PaymentRow;
  product?: ProductRow | null;
  membership?: ReturnType<typeof toMembership> | null;
  receipt?: IssuedReceipt['receipt'] | null;
}

type IssuedReceipt = NonNullable<Awaited<ReturnType<ReceiptService['issueForPayment']>>>;

const DOWNLOAD_LINK_HOURS = 24;
const FAILURE_MESSAGES: Record<string, string> = {
  transaction_failed: 'The transaction failed on chain',
  wrong_mint: 'The transaction paid in another asset than the product’s',
  wrong_recipient: 'The transaction did not pay the merchant wallet',
  underpaid: 'The transaction paid less than the amount due',
  expired: 'The payment landed after the checkout session expired; the merchant must refund it',
  sold_out: 'The product sold out before this payment confirmed; the merchant must refund it',
};

/** Thrown inside the confirmation transaction to undo it when the product's last slot went to another payment. */
class SoldOut extends Error {}

export function createSettlement(deps: {
  db: Db;
  config: Config;
  chainFor: ChainFor;
  checkout: Pick<CheckoutService, 'verifiedIdentity'>;
  receipts: Pick<ReceiptService, 'issueForPayment'>;
  memberships: Pick<MembershipService, 'summary'>;
  /** Products as confirmations settle against them, kept until the workspace changes one (checkout/public-cache.ts). */
  productCache?: Pick<PublicProductCache, 'begin' | 'settlementProduct' | 'setSettlementProduct'>;
  now?: () => Date;
}) {
  const { db, config, chainFor, checkout, receipts, memberships } = deps;
  const now = deps.now ?? (() => new Date());

  const productOf = async (q: Queryable, p: PaymentRow) =>
    (await findProductForSettlement(q, p.owner_id, p.livemode, p.product_id)) ?? null;

  /** The session's product as the buyer's confirm settles against it: from the cache, else read and cached. */
  async function cachedProductOf(p: PaymentRow) {
    const cached = deps.productCache?.settlementProduct(p.product_id);
    if (cached && cached.owner_id === p.owner_id && cached.livemode === p.livemode) return cached;
    const generation = deps.productCache?.begin() ?? 0;
    const product = await productOf(db, p);
    if (product) deps.productCache?.setSettlementProduct(product, generation);
    return product;
  }

  // ---- 1. Resolve the session and the buyer's identity

  /**
   * The session a confirmation is about: the payment_id from /connect, else the payment the signature is already
   * bound to (a retried confirm), else the open session the transaction itself names among the product's.
   */
  async function resolveSession(input: ConfirmInput) {
    let payment: PaymentRow | undefined;
    // One round trip: the payment, and which payment (if any) this signature is already bound to.
    let boundTo: string | null = null;
    if (input.payment_id) {
      const found = await repo.findPaymentAndSignatureOwner(db, input.payment_id, input.tx_signature);
      payment = found?.payment;
      boundTo = found?.boundTo ?? null;
    } else {
      const bound = await repo.findPaymentIdBySignature(db, input.tx_signature);
      if (bound) payment = await repo.findPayment(db, bound);
      else if (input.slug || input.product_id) payment = await sessionFromTransaction(input);
    }
    if (!payment) {
      throw new PaymentNotFoundError(
        'Payment not found; pass the payment_id from /connect, or slug or product_id with the transaction',
      );
    }
    if (input.product_id && input.product_id !== payment.product_id) throw new PaymentNotFoundError();
    const product = await cachedProductOf(payment);
    if (input.slug && product?.slug !== input.slug) throw new PaymentNotFoundError();
    return { payment, product, boundTo };
  }

  /**
   * The open session a transaction pays, found from the transaction itself: its `HILT:{nonce}` memo or a session's
   * reference key among its accounts, limited to the open sessions of the product the buyer names.
   */
  async function sessionFromTransaction(input: ConfirmInput): Promise<PaymentRow> {
    const product = await repo.findProductForConfirm(db, {
      productId: input.product_id ?? null,
      slug: input.slug ?? null,
    });
    if (!product) throw new ProductNotFoundError();
    const tx = await chainFor(product).getTransaction(input.tx_signature, { commitment: config.solanaCommitment });
    if (!tx) {
      throw new ChainNotConfirmedError(
        'The transaction is not confirmed on chain yet, so its checkout session cannot be told; retry',
      );
    }
    const memos = inspectTransfer(tx, { recipient: '' as Address }).memos;
    const nonces = memos.filter((m) => m.startsWith(MEMO_PREFIX)).map((m) => m.slice(MEMO_PREFIX.length));
    const session = await repo.findOpenSessionFor(db, product.id, { nonces, references: transactionKeys(tx) });
    if (!session) {
      throw new NoSessionForTransactionError();
    }
    return session;
  }

  /**
   * The buyer identity the confirmation records, refused when the product needs one that is missing. A
   * handoff-locked identity cannot be replaced. `wallet` is the wallet a verified identity belongs to: it must be
   * the wallet that pays.
   */
  async function resolveIdentity(
    p: PaymentRow,
    product: ProductRow | null,
    input: ConfirmInput,
  ): Promise<{ identity: Identity; wallet: string | null }> {
    const m = product ? membershipSettings(product) : null;
    let type = p.customer_reference_type;
    let value = p.customer_reference_value;
    let display = p.customer_reference_display;
    let wallet: string | null = null;
    if (!p.identity_locked) {
      if (input.identity_session_id) {
        const s = await checkout.verifiedIdentity(input.identity_session_id, p.product_id);
        ({ identity_type: type, identity_value: value, identity_display: display } = s);
        wallet = s.wallet_address;
      } else if (input.customer_reference_value && !value) {
        // An identity typed at confirm only fills a session that has none: it cannot replace the buyer's own.
        type = input.customer_reference_type ?? type;
        value = input.customer_reference_value;
        display = input.customer_reference_display ?? display;
      }
    }
    if (m?.identity_required) {
      if (m.identity_type === 'WALLET') {
        // The wallet that actually pays, as settlement reads it from the chain.
        type = 'WALLET';
        value = null;
      } else if (!value) {
        throw new IdentityRequiredError(
          `This product needs the buyer's ${m.identity_label ?? m.identity_type ?? 'identity'} before confirmation`,
        );
      }
    }
    return {
      identity: { customer_reference_type: type, customer_reference_value: value, customer_reference_display: display },
      wallet,
    };
  }

  // ---- 2. Verify on chain

  /** Looks a signature up on chain and settles the payment with it if it is about this session. */
  async function verifyAndSettle(
    p: PaymentRow,
    signature: string,
    opts: { identity?: Identity; wallet?: string | null; product?: SettlementProductRow | null } = {},
  ) {
    const tx = await chainFor(p).getTransaction(signature, { commitment: config.solanaCommitment });
    if (!tx) return { found: false as const };
    const outcome = verifyPaymentTransaction(
      tx,
      {
        nonce: p.nonce,
        reference: p.reference,
        merchantWallet: p.merchant_wallet,
        merchantAmount: p.merchant_amount_minor_units,
        feeWallet: p.fee_wallet,
        feeAmount: p.fee_minor_units,
        mint: p.token_mint,
        expiresAt: p.expires_at,
      },
      config.expiryToleranceSeconds,
    );
    if (outcome.kind === 'not_for_session') return { found: true as const, forSession: false as const };
    if (outcome.kind === 'ok' && opts.wallet && outcome.payer !== opts.wallet) {
      throw new IdentityWalletMismatchError();
    }
    // A transaction that failed on chain moved nothing: the buyer may still pay this session with another one.
    if (outcome.kind === 'failed' && outcome.reason === 'transaction_failed') {
      return { found: true as const, forSession: false as const, txFailed: true as const };
    }
    // Anyone can send a transaction carrying the session's public memo or reference: one that pays too little, in
    // another asset or to another wallet is kept against the session (refundable) and never closes it, so only a
    // full payment does. A late one (after expiry) still closes an expired session, as before.
    if (outcome.kind === 'failed' && outcome.reason !== 'expired') {
      const partial = {
        reason: outcome.reason,
        received: outcome.received,
        refund: outcome.received > 0n || outcome.reason === 'wrong_mint',
      };
      await repo.recordPartial(db, {
        paymentId: p.id,
        signature,
        reason: partial.reason,
        received: partial.received,
        payer: transactionKeys(tx)[0] ?? null,
        refund: partial.refund,
      });
      return { found: true as const, forSession: false as const, partial };
    }
    const settled = await settle(p.id, signature, outcome, { identity: opts.identity, product: opts.product });
    return { found: true as const, forSession: true as const, payment: settled.payment, settled };
  }

  // ---- 3. Settle: one transaction, each side effect named where it happens

  /**
   * Applies a verification outcome in one transaction and returns what it made. A session closed already only
   * keeps a full payment for refund; a failed outcome fails the session.
   */
  async function settle(
    paymentId: string,
    signature: string,
    outcome: Exclude<Verification, { kind: 'not_for_session' }>,
    opts: SettleOptions = {},
  ): Promise<Settled> {
    try {
      return await db.transaction(async (tx) => {
        // The buyer's confirm has just read the session open, and its product: a full payment closes it with one
        // conditional UPDATE, which also locks it. Closed meanwhile (or anything else), it is read under lock below.
        if (outcome.kind === 'ok' && opts.product !== undefined) {
          const product = opts.product;
          const confirmed = await markConfirmed(tx, paymentId, product, signature, outcome, opts.identity, true);
          if (confirmed) return confirmSteps(tx, confirmed, product, opts);
        }
        const payment = await repo.findPaymentForUpdate(tx, paymentId);
        if (!payment) throw new PaymentNotFoundError();
        // A session the reconciler expired without seeing any payment is confirmed by an on-time payment found
        // later (the verification has already refused one that landed after the deadline).
        const reopen =
          payment.status === 'FAILED' &&
          payment.failure_reason === 'expired' &&
          !payment.tx_signature &&
          outcome.kind === 'ok';
        if (payment.status === 'CONFIRMED' || (payment.status === 'FAILED' && !reopen)) {
          // A full payment for a session that is already closed reached the merchant for nothing: keep it for refund.
          if (outcome.kind === 'ok' && payment.tx_signature !== signature) {
            return { payment: await repo.recordRefundDue(tx, payment.id, signature) };
          }
          return { payment };
        }
        if (outcome.kind === 'failed') {
          return { payment: await markFailed(tx, payment, outcome.reason, signature, outcome) };
        }

        const product = opts.product !== undefined ? opts.product : await productOf(tx, payment);
        const confirmed = (await markConfirmed(tx, payment.id, product, signature, outcome, opts.identity))!;
        return confirmSteps(tx, confirmed, product, opts);
      });
    } catch (err) {
      // The confirmation above rolled back whole; the payment landed, so it fails as sold out and needs a refund.
      if (err instanceof SoldOut) return failSoldOut(paymentId, signature, outcome.received);
      // The unique index on tx_signature: this transaction already paid another session.
      if ((err as { code?: string }).code === '23505') {
        throw new SignatureAlreadyUsedError();
      }
      throw err;
    }
  }

  /** What a confirmation makes, in its transaction, once the payment row is CONFIRMED. */
  async function confirmSteps(
    tx: Queryable,
    confirmed: PaymentRow,
    product: SettlementProductRow | null,
    opts: SettleOptions,
  ): Promise<Settled> {
    const issued = await issueReceipt(tx, confirmed, product);
    const granted = await grantMembership(tx, confirmed, product);
    if (!product || product.backs_access_product) {
      await linkAccessEntitlement(tx, confirmed, {
        receiptId: issued?.receipt.id ?? null,
        x402Evidence: opts.x402Evidence ?? null,
        commitment: config.solanaCommitment,
        now,
      });
    }
    const receipt = issued?.receipt ?? null;
    await recordConfirmed(tx, granted.payment, product, granted.membership, receipt, issued?.event ?? null);
    // Last: a capped product's slots are counted under a lock held only until COMMIT.
    await takeSlot(tx, confirmed, product);
    return { payment: granted.payment, product, membership: granted.membership, receipt };
  }

  /** The payment becomes CONFIRMED with what the chain showed, and hands over the product's link if it has one. */
  async function markConfirmed(
    tx: Queryable,
    paymentId: string,
    product: ProductRow | null,
    signature: string,
    outcome: Extract<Verification, { kind: 'ok' }>,
    identity: Partial<Identity> = {},
    /** Only a session still open (answers undefined otherwise). */
    onlyIfOpen = false,
  ) {
    const deliveryType = product?.delivery_type ?? 'NONE';
    const handedOver = deliveryType === 'REDIRECT' || deliveryType === 'DOWNLOAD' || deliveryType === 'CUSTOM';
    return repo.markConfirmed(tx, paymentId, onlyIfOpen, {
      tx_signature: signature,
      payer_wallet: outcome.payer,
      received_minor_units: outcome.received,
      excess_minor_units: outcome.excess,
      delivery_status: deliveryType === 'NONE' ? 'NOT_REQUIRED' : handedOver ? 'SENT' : 'PENDING',
      delivery_value: handedOver ? (product?.delivery_value ?? null) : null,
      deep_link_expires_at:
        deliveryType === 'DOWNLOAD' ? new Date(now().getTime() + DOWNLOAD_LINK_HOURS * 3600_000) : null,
      customer_reference_type: identity.customer_reference_type ?? null,
      customer_reference_value:
        identity.customer_reference_value ?? (identity.customer_reference_type === 'WALLET' ? outcome.payer : null),
      customer_reference_display: identity.customer_reference_display ?? null,
    });
  }

  /** The signed receipt of the payment, and its `receipt.created` event for recordConfirmed to write. */
  async function issueReceipt(tx: Queryable, payment: PaymentRow, product: SettlementProductRow | null) {
    return receipts.issueForPayment(tx, payment, product, product ? product.owner_display_name : undefined);
  }

  /** The buyer's membership (or chat access sold without one); the payment records what it was granted. */
  async function grantMembership(tx: Queryable, payment: PaymentRow, product: ProductRow | null) {
    const grant = await activateMembership(tx, payment, product ?? undefined, now());
    if (!grant.membership && !grant.delivered) return { payment, membership: null };
    const granted = await repo.recordAccessGranted(tx, payment.id, {
      membershipId: grant.membership?.id ?? null,
      delivered: grant.delivered,
    });
    return { payment: granted, membership: grant.membership ? toMembership(grant.membership) : null };
  }

  /** `payment.confirmed`, carrying what the steps above made, written with the receipt's `receipt.created`. */
  async function recordConfirmed(
    tx: Queryable,
    payment: PaymentRow,
    product: ProductRow | null,
    membership: Settled['membership'],
    receipt: Settled['receipt'],
    receiptCreated: EventInput | null,
  ) {
    const confirmed: EventInput = {
      ownerId: payment.owner_id,
      livemode: payment.livemode,
      type: 'payment.confirmed',
      data: { payment: eventPayment(payment, product), membership: membership ?? null, receipt: receipt ?? null },
      productId: payment.product_id,
      paymentId: payment.id,
      membershipId: payment.membership_id,
    };
    await recordEvents(tx, receiptCreated ? [receiptCreated, confirmed] : [confirmed]);
  }

  /** One slot of the product's max_payments, and its confirmed volume; a sold-out product undoes the confirmation. */
  async function takeSlot(tx: Queryable, payment: PaymentRow, product: ProductRow | null) {
    const cap = product ? product.max_payments : undefined;
    if (!(await repo.takePaymentSlot(tx, payment.product_id, payment.amount_minor_units, payment.id, cap))) {
      throw new SoldOut();
    }
  }

  async function markFailed(
    tx: Queryable,
    payment: PaymentRow,
    reason: string,
    signature: string | null,
    f: { refundRequired?: boolean; received?: bigint } = {},
  ) {
    const failed = (await repo.markFailed(tx, payment.id, {
      reason,
      tx_signature: signature,
      refund_required: f.refundRequired ?? false,
      received: f.received,
    }))!;
    await recordFailed(tx, failed);
    return failed;
  }

  async function recordFailed(tx: Queryable, p: PaymentRow) {
    await recordEvent(tx, {
      ownerId: p.owner_id,
      livemode: p.livemode,
      type: 'payment.failed',
      data: { payment: eventPayment(p, await productOf(tx, p)) },
      productId: p.product_id,
      paymentId: p.id,
    });
  }

  async function failSoldOut(paymentId: string, signature: string, received: bigint): Promise<Settled> {
    return db.transaction(async (tx) => {
      const payment = (await repo.findPaymentForUpdate(tx, paymentId))!;
      if (payment.status === 'CONFIRMED' || payment.status === 'FAILED') return { payment };
      return { payment: await markFailed(tx, payment, 'sold_out', signature, { refundRequired: true, received }) };
    });
  }

  function isPastDeadline(p: PaymentRow) {
    return now().getTime() > p.expires_at.getTime() + config.expiryToleranceSeconds * 1000;
  }

  /** Closes an open session past its deadline; answers the payment as it is if something settled it first. */
  async function expire(p: PaymentRow): Promise<PaymentRow> {
    return db.transaction(async (tx) => {
      const failed = await repo.markFailed(tx, p.id, { reason: 'expired' });
      if (!failed) return (await repo.findPayment(tx, p.id))!;
      await recordFailed(tx, failed);
      return failed;
    });
  }

  // ---- The buyer's confirm

  async function confirmResponse(p: PaymentRow, product: ProductRow | null, settled?: Settled) {
    const membership = settled?.membership ?? (p.membership_id ? await memberships.summary(db, p.membership_id) : null);
    const deliveryType = (settled?.product ?? product)?.delivery_type ?? null;
    return {
      status: p.status,
      payment_id: p.id,
      amount_minor_units: Number(p.amount_minor_units),
      received_minor_units: p.received_minor_units === null ? null : Number(p.received_minor_units),
      tx_signature: p.tx_signature,
      delivery_type: deliveryType,
      delivery_value: p.delivery_value,
      delivery_status: p.delivery_status,
      deep_link_expires_at: p.deep_link_expires_at?.toISOString() ?? null,
      membership_id: p.membership_id,
      membership_status: membership?.status ?? null,
      membership_period_end_at: membership?.current_period_end_at ?? null,
    };
  }

  function failedError(p: PaymentRow): AppError {
    const reason = p.failure_reason ?? 'failed';
    const message = FAILURE_MESSAGES[reason] ?? 'The payment failed';
    if (reason === 'expired' && !p.tx_signature) return new SessionExpiredError();
    return new PaymentFailedError(`${message} (failure_reason: ${reason})`);
  }

  /** POST /v1/pay/confirm: resolve, verify, settle, and tell the buyer what happened in words. */
  async function confirm(input: ConfirmInput) {
    checkSignature(input.tx_signature);
    if (!isSolanaAddress(input.payer_wallet)) {
      throw new InvalidWalletError('payer_wallet is not a valid Solana address');
    }
    const { payment: p, product, boundTo } = await resolveSession(input);
    if (p.status === 'CONFIRMED' && p.tx_signature === input.tx_signature) return confirmResponse(p, product);
    if (boundTo && boundTo !== p.id) {
      throw new SignatureAlreadyUsedError();
    }
    if (p.status === 'CONFIRMED' || p.status === 'FAILED') return confirmClosed(p, product, input.tx_signature);

    const { identity, wallet } = await resolveIdentity(p, product, input);
    const result = await verifyAndSettle(p, input.tx_signature, { identity, wallet, product });
    if (!result.found) {
      if (isPastDeadline(p)) {
        const expired = await expire(p);
        if (expired.status === 'CONFIRMED') return confirmResponse(expired, product);
        throw new SessionExpiredError();
      }
      throw new ChainNotConfirmedError('The transaction is not confirmed on chain yet; retry with the same payment_id');
    }
    if (!result.forSession) {
      if ('partial' in result && result.partial) {
        const message = FAILURE_MESSAGES[result.partial.reason] ?? 'The transaction did not pay the session';
        throw new PaymentIncompleteError(
          `${message} (failure_reason: ${result.partial.reason}). It is recorded on the session` +
            `${result.partial.refund ? ' for a refund' : ''}; the session stays open for a full payment until it expires`,
        );
      }
      if ('txFailed' in result) {
        throw new TransactionFailedError('The transaction failed on chain; the session is still open');
      }
      throw new TransactionNotForSessionError(
        `The transaction carries neither the memo ${memoFor(p.nonce)} nor the session reference`,
      );
    }
    if (result.payment.status === 'CONFIRMED') {
      if (result.payment.tx_signature !== input.tx_signature) {
        throw new SessionAlreadyPaidError();
      }
      return confirmResponse(result.payment, product, result.settled);
    }
    throw failedError(result.payment);
  }

  /**
   * A confirm for a session that is closed. The transaction is still looked up: it may confirm an expired session
   * that was paid in time, and a full payment to a closed session is kept for refund rather than lost.
   */
  async function confirmClosed(p: PaymentRow, product: ProductRow | null, signature: string) {
    const late = await verifyAndSettle(p, signature).catch((err) => {
      if (err instanceof AppError && err.status < 500) return { found: false as const };
      throw err;
    });
    const settled = late.found && late.forSession ? late.settled : undefined;
    const current = settled?.payment ?? p;
    if (current.status === 'CONFIRMED' && current.tx_signature === signature) {
      return confirmResponse(current, product, settled);
    }
    const refund = current.refund_tx_signatures.includes(signature)
      ? ' This transaction was recorded on the payment for a refund.'
      : '';
    if (current.status === 'CONFIRMED') {
      throw new SessionAlreadyPaidError(`This payment session is already linked to a different transaction.${refund}`);
    }
    const failed = failedError(current);
    failed.message += refund;
    throw failed;
  }

  /**
   * Settles the session whose memo carries `nonce` with `signature`, as /v1/pay/confirm would (the Helius callback).
   * Never throws for an unknown nonce, a replay or a transaction that is not (yet) about the session.
   */
  async function confirmByNonce(nonce: string, signature: string) {
    const p = await repo.findPaymentByNonce(db, nonce);
    if (!p) return { outcome: 'unknown_nonce' as const, payment_id: null, status: null };
    const summary = (outcome: string, q: PaymentRow) => ({ outcome, payment_id: q.id, status: q.status });
    if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
      return summary(p.tx_signature === signature ? 'already_settled' : 'ignored_settled', p);
    }
    try {
      checkSignature(signature);
      const r = await verifyAndSettle(p, signature);
      if (!r.found) return summary('not_found_on_chain', p);
      if (!r.forSession) return summary('partial' in r && r.partial ? 'partial' : 'not_for_session', p);
      return summary(r.payment.status === 'CONFIRMED' ? 'confirmed' : 'failed', r.payment);
    } catch (err) {
      if (err instanceof ConflictError || err instanceof UnprocessableError) return summary(err.code, p);
      throw err;
    }
  }

  return { confirm, confirmByNonce, settle, verifyAndSettle, expire, isPastDeadline };
}

export type Settlement = ReturnType<typeof createSettlement>;
