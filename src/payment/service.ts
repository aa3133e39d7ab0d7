// Settlement: broadcast, confirm, the reconciler and status reads. Confirm, broadcast, the reconciler (and later
// the Helius callback) all end in `settle`, which commits one database transaction per payment: the payment row is
// locked, so the same payment confirmed twice or by fifty requests at once gets one CONFIRMED row and one set of
// side effects.
import type { Principal } from '../auth/principal.ts';
import type { ChainClient, ChainTransaction } from '../chain/port.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import { AppError, ChainTimeoutError, ConflictError, GoneError, NotFoundError, UnprocessableError } from '../errors.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import type { AssetRegistry } from '../product/assets.ts';
import * as productRepo from '../product/repository.ts';
import { findReceiptIdByPayment } from '../receipt/repository.ts';
import { recordEvent } from '../event/outbox.ts';
import { eventPayment } from '../event/payloads.ts';
import { createReconciler } from './reconciler.ts';
import * as repo from './repository.ts';
import type { PaymentRow } from './repository.ts';
import type { Address } from '@solana/kit';
import { inspectTransfer, transactionKeys } from '../chain/solana-pay.ts';
import { MEMO_PREFIX, memoFor, type Verification, verifyPaymentTransaction } from './verification.ts';

export interface Chains {
  live: ChainClient;
  sandbox: ChainClient;
}

export interface ConfirmInput {
  payment_id?: string | null;
  slug?: string | null;
  product_id?: string | null;
  tx_signature: string;
  payer_wallet: string;
  wallet_source?: string | null;
  identity_session_id?: string | null;
  customer_reference_type?: string | null;
  customer_reference_value?: string | null;
  customer_reference_display?: string | null;
}

/** What the confirmation's side effects add to the `payment.confirmed` event and the confirm response. */
export interface ConfirmationContext {
  product: { id: string; slug: string; title: string; delivery_type: string } | null;
  membership?: { id: string; status: string; current_period_end_at: string | null; [k: string]: unknown } | null;
  receipt?: { id: string; verify_url: string; schema_version: string; [k: string]: unknown } | null;
}

/**
 * Side effects other domains attach to a confirmation (membership, receipt). They run inside its database
 * transaction, in registration order, after the payment row is CONFIRMED and before `payment.confirmed` is recorded.
 */
export type ConfirmationHook = (tx: Queryable, payment: PaymentRow, ctx: ConfirmationContext) => Promise<void>;

/** Current state of a membership, for the confirm response of an already-confirmed payment. */
export type MembershipSummary = (
  db: Queryable,
  membershipId: string,
) => Promise<{ status: string; current_period_end_at: string | null } | null>;

const SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,88}$/;
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

export function checkSignature(sig: string) {
  if (!SIGNATURE.test(sig))
    throw new UnprocessableError('tx_signature is not a base58 transaction signature', 'invalid_signature');
}

export function createPaymentService(deps: {
  db: Db;
  config: Config;
  assets: AssetRegistry;
  chains: Chains;
  hooks?: ConfirmationHook[];
  membershipSummary?: { get?: MembershipSummary };
  now?: () => Date;
}) {
  const { db, config, assets, chains } = deps;
  const hooks = deps.hooks ?? [];
  const now = deps.now ?? (() => new Date());
  const chainFor = (p: Pick<PaymentRow, 'livemode'>) => (p.livemode ? chains.live : chains.sandbox);

  const partialView = (x: repo.PartialRow) => ({
    tx_signature: x.tx_signature,
    reason: x.reason,
    received_minor_units: Number(x.received_minor_units),
    payer_wallet: x.payer_wallet,
    refund_required: x.refund_required,
    recorded_at: x.recorded_at.toISOString(),
  });

  function publicStatus(p: PaymentRow, partials: repo.PartialRow[] = []) {
    return {
      id: p.id,
      status: p.status,
      amount_minor_units: Number(p.amount_minor_units),
      token_mint: p.token_mint,
      tx_signature: p.tx_signature,
      confirmed_at: p.confirmed_at?.toISOString() ?? null,
      failed_at: p.failed_at?.toISOString() ?? null,
      failure_reason: p.failure_reason,
      delivery_sent_at: p.delivery_sent_at?.toISOString() ?? null,
      deep_link_expires_at: p.deep_link_expires_at?.toISOString() ?? null,
      delivery_status: p.delivery_status,
      delivery_error: p.delivery_error,
      delivery_attempted_at: p.delivery_attempted_at?.toISOString() ?? null,
      membership_id: p.membership_id,
      // Handed to the buyer only once paid: the redirect or download link of the product.
      delivery_value: p.status === 'CONFIRMED' ? p.delivery_value : null,
      expires_at: p.expires_at.toISOString(),
      livemode: p.livemode,
      refund_required: p.refund_required,
      receipt_id: null as string | null,
      membership_period_end_at: null as string | null,
      partial_payments: partials.map(partialView),
    };
  }

  function toPaymentResponse(p: PaymentRow, partials: repo.PartialRow[] = []) {
    return {
      id: p.id,
      product_id: p.product_id,
      livemode: p.livemode,
      payer_wallet: p.payer_wallet,
      amount_minor_units: Number(p.amount_minor_units),
      merchant_amount_lamports: Number(p.merchant_amount_minor_units),
      fee_lamports: Number(p.fee_minor_units),
      received_minor_units: p.received_minor_units === null ? null : Number(p.received_minor_units),
      excess_minor_units: p.excess_minor_units === null ? null : Number(p.excess_minor_units),
      token_mint: p.token_mint,
      asset_symbol: assets.describe(p.token_mint).symbol,
      status: p.status,
      tx_signature: p.tx_signature,
      membership_id: p.membership_id,
      customer_reference_type: p.customer_reference_type,
      customer_reference_value: p.customer_reference_value,
      customer_reference_display: p.customer_reference_display,
      delivery_status: p.delivery_status,
      delivery_error: p.delivery_error,
      failure_reason: p.failure_reason,
      refund_required: p.refund_required,
      partial_payments: partials.filter((x) => x.payment_id === p.id).map(partialView),
      created_at: p.created_at.toISOString(),
      expires_at: p.expires_at.toISOString(),
      confirmed_at: p.confirmed_at?.toISOString() ?? null,
      failed_at: p.failed_at?.toISOString() ?? null,
      delivery_sent_at: p.delivery_sent_at?.toISOString() ?? null,
      deep_link_expires_at: p.deep_link_expires_at?.toISOString() ?? null,
      delivery_attempted_at: p.delivery_attempted_at?.toISOString() ?? null,
    };
  }

  function toLedgerPayment(p: repo.LedgerRow) {
    return {
      ...toPaymentResponse(p),
      product_title: p.product_title,
      asset_decimals: assets.describe(p.token_mint).decimals,
      receipt_id: p.receipt_id,
    };
  }

  async function productOf(
    tx: Queryable,
    p: PaymentRow,
  ): Promise<(NonNullable<ConfirmationContext['product']> & { delivery_value: string | null }) | null> {
    const product = await productRepo.findProduct(tx, p.owner_id, p.livemode, p.product_id);
    return product
      ? {
          id: product.id,
          slug: product.slug,
          title: product.title,
          delivery_type: product.delivery_type,
          delivery_value: product.delivery_value,
        }
      : null;
  }

  async function recordFailure(tx: Queryable, p: PaymentRow) {
    await recordEvent(tx, {
      ownerId: p.owner_id,
      livemode: p.livemode,
      type: 'payment.failed',
      data: { payment: eventPayment(p, await productOf(tx, p)) },
      productId: p.product_id,
      paymentId: p.id,
    });
  }

  async function confirmResponse(p: PaymentRow, ctx?: ConfirmationContext) {
    let membership = ctx?.membership ?? null;
    if (!membership && p.membership_id && deps.membershipSummary?.get) {
      const summary = await deps.membershipSummary.get(db, p.membership_id);
      membership = summary ? { id: p.membership_id, ...summary } : null;
    }
    const deliveryType = ctx?.product?.delivery_type ?? (await productOf(db, p))?.delivery_type ?? null;
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
    if (reason === 'expired' && !p.tx_signature) return new GoneError('Payment session has expired', 'session_expired');
    return new UnprocessableError(`${message} (failure_reason: ${reason})`, 'payment_failed');
  }

  async function fetchTransaction(p: PaymentRow, signature: string): Promise<ChainTransaction | null> {
    return chainFor(p).getTransaction(signature, { commitment: config.solanaCommitment });
  }

  /**
   * Applies a verification outcome in one transaction. Returns the payment as it ends up; a `not_for_session`
   * outcome changes nothing.
   */
  async function settle(
    paymentId: string,
    signature: string,
    outcome: Exclude<Verification, { kind: 'not_for_session' }>,
    extra: Partial<repo.ConfirmationWrite> = {},
  ): Promise<{ payment: PaymentRow; ctx?: ConfirmationContext }> {
    try {
      return await db.transaction(async (tx) => {
        const p = await repo.findPaymentForUpdate(tx, paymentId);
        if (!p) throw new NotFoundError('Payment not found', 'payment_not_found');
        // A session the reconciler expired without seeing any payment is confirmed by an on-time payment found
        // later (the verification has already refused one that landed after the deadline).
        const reopen =
          p.status === 'FAILED' && p.failure_reason === 'expired' && !p.tx_signature && outcome.kind === 'ok';
        if (p.status === 'CONFIRMED' || (p.status === 'FAILED' && !reopen)) {
          // A full payment for a session that is already closed reached the merchant for nothing: keep it for refund.
          if (outcome.kind === 'ok' && p.tx_signature !== signature) {
            return { payment: await repo.recordRefundDue(tx, p.id, signature) };
          }
          return { payment: p };
        }
        const fail = async (reason: string, refund: boolean) => {
          const failed = (await repo.markFailed(tx, p.id, {
            reason,
            tx_signature: signature,
            refund_required: refund,
            received: outcome.received,
          }))!;
          await recordFailure(tx, failed);
          return { payment: failed };
        };
        if (outcome.kind === 'failed') return fail(outcome.reason, outcome.refundRequired);
        const product = await productOf(tx, p);
        const deliveryType = product?.delivery_type ?? 'NONE';
        const handedOver = deliveryType === 'REDIRECT' || deliveryType === 'DOWNLOAD' || deliveryType === 'CUSTOM';
        const deliveryValue = handedOver ? (product?.delivery_value ?? null) : null;
        const confirmed = await repo.markConfirmed(tx, p.id, {
          tx_signature: signature,
          payer_wallet: outcome.payer,
          received_minor_units: outcome.received,
          excess_minor_units: outcome.excess,
          delivery_status: deliveryType === 'NONE' ? 'NOT_REQUIRED' : handedOver ? 'SENT' : 'PENDING',
          delivery_value: deliveryValue,
          deep_link_expires_at:
            deliveryType === 'DOWNLOAD' ? new Date(now().getTime() + DOWNLOAD_LINK_HOURS * 3600_000) : null,
          customer_reference_type: extra.customer_reference_type ?? null,
          customer_reference_value:
            extra.customer_reference_value ?? (extra.customer_reference_type === 'WALLET' ? outcome.payer : null),
          customer_reference_display: extra.customer_reference_display ?? null,
        });
        const ctx: ConfirmationContext = {
          product: product && {
            id: product.id,
            slug: product.slug,
            title: product.title,
            delivery_type: product.delivery_type,
          },
        };
        for (const hook of hooks) await hook(tx, confirmed, ctx);
        const final = (await repo.findPayment(tx, p.id))!;
        await recordEvent(tx, {
          ownerId: final.owner_id,
          livemode: final.livemode,
          type: 'payment.confirmed',
          data: {
            payment: eventPayment(final, product),
            membership: ctx.membership ?? null,
            receipt: ctx.receipt ?? null,
          },
          productId: final.product_id,
          paymentId: final.id,
          membershipId: final.membership_id,
        });
        // Last, so a capped product's slot lock is held only until COMMIT.
        if (!(await repo.takePaymentSlot(tx, p.product_id, p.amount_minor_units, p.id))) throw new SoldOut();
        return { payment: final, ctx };
      });
    } catch (err) {
      if (err instanceof SoldOut) {
        // The confirmation above rolled back whole; the payment landed, so it fails as sold out and needs a refund.
        return db.transaction(async (tx) => {
          const p = (await repo.findPaymentForUpdate(tx, paymentId))!;
          if (p.status === 'CONFIRMED' || p.status === 'FAILED') return { payment: p };
          const failed = (await repo.markFailed(tx, p.id, {
            reason: 'sold_out',
            tx_signature: signature,
            refund_required: true,
            received: outcome.received,
          }))!;
          await recordFailure(tx, failed);
          return { payment: failed };
        });
      }
      // The unique index on tx_signature: this transaction already paid another session.
      if ((err as { code?: string }).code === '23505') {
        throw new ConflictError('This transaction is already bound to another payment', 'signature_already_used');
      }
      throw err;
    }
  }

  /** Looks a signature up on chain and settles the payment with it if it is about this session. */
  async function tryConfirmWith(
    p: PaymentRow,
    signature: string,
    extra?: Partial<repo.ConfirmationWrite>,
    identityWallet?: string | null,
  ) {
    const tx = await fetchTransaction(p, signature);
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
    if (outcome.kind === 'ok' && identityWallet && outcome.payer !== identityWallet) {
      throw new UnprocessableError(
        'The verified identity belongs to another wallet than the one that paid',
        'identity_wallet_mismatch',
      );
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
    const settled = await settle(p.id, signature, outcome, extra);
    return { found: true as const, forSession: true as const, payment: settled.payment, ctx: settled.ctx };
  }

  function isPastDeadline(p: PaymentRow) {
    return now().getTime() > p.expires_at.getTime() + config.expiryToleranceSeconds * 1000;
  }

  async function expire(p: PaymentRow): Promise<PaymentRow> {
    return db.transaction(async (tx) => {
      const failed = await repo.markFailed(tx, p.id, { reason: 'expired' });
      if (!failed) return (await repo.findPayment(tx, p.id))!;
      await recordFailure(tx, failed);
      return failed;
    });
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
    if (!product) throw new NotFoundError('Product not found', 'product_not_found');
    const tx = await chainFor(product).getTransaction(input.tx_signature, { commitment: config.solanaCommitment });
    if (!tx) {
      throw new ChainTimeoutError(
        'The transaction is not confirmed on chain yet, so its checkout session cannot be told; retry',
        'chain_not_confirmed',
      );
    }
    const memos = inspectTransfer(tx, { recipient: '' as Address }).memos;
    const nonces = memos.filter((m) => m.startsWith(MEMO_PREFIX)).map((m) => m.slice(MEMO_PREFIX.length));
    const session = await repo.findOpenSessionFor(db, product.id, {
      nonces,
      references: transactionKeys(tx),
    });
    if (!session) {
      throw new NotFoundError(
        'This transaction matches no open checkout session of this product: it carries no HILT:{nonce} memo or ' +
          'reference key of one (or that session is already closed). Pass the payment_id from /connect.',
        'payment_session_not_found',
      );
    }
    return session;
  }

  const reconciler = createReconciler({ db, config, chainFor, tryConfirmWith, expire, isPastDeadline });

  return {
    publicStatus,
    toPaymentResponse,
    chainFor,
    /** For settlement paths that verify a transaction by their own rule (x402) before confirming its payment. */
    settle,

    async getPublicStatus(paymentId: string) {
      const p = await repo.findPayment(db, paymentId);
      if (!p) throw new NotFoundError('Payment not found', 'payment_not_found');
      // While the session is open the buyer learns of a short payment it made (kept for refund), and may pay in full.
      const open = p.status !== 'CONFIRMED' && p.status !== 'FAILED';
      const status = publicStatus(p, open ? await repo.listPartials(db, [p.id]) : []);
      if (p.status === 'CONFIRMED') {
        status.receipt_id = (await findReceiptIdByPayment(db, p.id)) ?? null;
        const membership = p.membership_id ? await deps.membershipSummary?.get?.(db, p.membership_id) : null;
        status.membership_period_end_at = membership?.current_period_end_at ?? null;
      }
      return status;
    },

    /** The workspace ledger: every payment of the caller's workspace in its mode, across products. */
    async listLedger(principal: Principal, q: repo.LedgerFilter) {
      const { rows, total } = await repo.listWorkspacePayments(db, principal.userId, principal.mode === 'live', q);
      return { items: rows.map(toLedgerPayment), total, limit: q.limit, offset: q.offset };
    },

    /** One payment of the workspace, with where to see it on chain and its receipt. */
    async getLedgerPayment(principal: Principal, paymentId: string) {
      const p = await repo.findWorkspacePayment(db, principal.userId, principal.mode === 'live', paymentId);
      if (!p) throw new NotFoundError('Payment not found', 'payment_not_found');
      const rid = p.receipt_id;
      return {
        payment: toLedgerPayment(p),
        // Sandbox transactions live on our local chain only, so no public explorer knows them.
        explorer_url: p.livemode && p.tx_signature ? `https://explorer.solana.com/tx/${p.tx_signature}` : null,
        receipt_pdf_url: rid ? `/v1/receipt/${rid}/pdf` : null,
        receipt_verify_url: rid ? `/v1/receipt/${rid}/verify` : null,
      };
    },

    async listProductPayments(
      principal: Principal,
      productId: string,
      q: { status?: string; limit: number; offset: number },
    ) {
      const product = await productRepo.findProduct(db, principal.userId, principal.mode === 'live', productId);
      if (!product) throw new NotFoundError('Product not found', 'product_not_found');
      const rows = await repo.listProductPayments(db, productId, q);
      const partials = await repo.listPartials(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => toPaymentResponse(r, partials));
    },

    async broadcast(input: {
      payment_id: string;
      tx_signature?: string | null;
      payer_wallet?: string | null;
      wallet_source?: string | null;
      signed_transaction?: string | null;
    }) {
      const p = await repo.findPayment(db, input.payment_id);
      if (!p) throw new NotFoundError('Payment not found', 'payment_not_found');
      if (input.payer_wallet && !isSolanaAddress(input.payer_wallet)) {
        throw new UnprocessableError('payer_wallet is not a valid Solana address', 'invalid_wallet');
      }
      if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
        return { payment_id: p.id, status: p.status, tx_signature: p.tx_signature };
      }
      // Past the deadline nothing is relayed either: the buyer's money would only land on a closed session.
      if (isPastDeadline(p)) throw new GoneError('Payment session has expired', 'session_expired');
      let signature = input.tx_signature ?? null;
      if (input.signed_transaction) {
        const sent = await chainFor(p).sendRawTransaction(input.signed_transaction);
        if (signature && signature !== sent) {
          throw new UnprocessableError('tx_signature does not match the signed transaction', 'signature_mismatch');
        }
        signature = sent;
      }
      if (!signature) {
        throw new UnprocessableError('Give tx_signature or signed_transaction', 'signature_required');
      }
      checkSignature(signature);
      const updated = await repo.recordBroadcast(
        db,
        p.id,
        signature,
        input.payer_wallet ?? null,
        input.wallet_source ?? null,
      );
      return { payment_id: p.id, status: updated!.status, tx_signature: signature };
    },

    async confirm(
      input: ConfirmInput,
      identity: (
        p: PaymentRow,
        input: ConfirmInput,
      ) => Promise<Partial<repo.ConfirmationWrite> & { identity_wallet?: string | null }>,
    ) {
      checkSignature(input.tx_signature);
      if (!isSolanaAddress(input.payer_wallet)) {
        throw new UnprocessableError('payer_wallet is not a valid Solana address', 'invalid_wallet');
      }
      let p: PaymentRow | undefined;
      // One round trip: the payment, and which payment (if any) this signature is already bound to.
      let boundTo: string | null = null;
      if (input.payment_id) {
        const found = await repo.findPaymentAndSignatureOwner(db, input.payment_id, input.tx_signature);
        p = found?.payment;
        boundTo = found?.boundTo ?? null;
      }
      if (!p && !input.payment_id) {
        // Without a payment id the signature itself may already be bound (a retried confirm); else the transaction
        // names its session (memo or reference key) among the open sessions of the product given by slug or id.
        const bound = await repo.findPaymentIdBySignature(db, input.tx_signature);
        if (bound) p = await repo.findPayment(db, bound);
        else if (input.slug || input.product_id) p = await sessionFromTransaction(input);
      }
      if (!p) {
        throw new NotFoundError(
          'Payment not found; pass the payment_id from /connect, or slug or product_id with the transaction',
          'payment_not_found',
        );
      }
      if (input.product_id && input.product_id !== p.product_id)
        throw new NotFoundError('Payment not found', 'payment_not_found');
      if (input.slug && (await productOf(db, p))?.slug !== input.slug) {
        throw new NotFoundError('Payment not found', 'payment_not_found');
      }

      if (p.status === 'CONFIRMED' && p.tx_signature === input.tx_signature) return await confirmResponse(p);
      if (boundTo && boundTo !== p.id) {
        throw new ConflictError('This transaction is already bound to another payment', 'signature_already_used');
      }
      if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
        // Still look the transaction up: it may confirm an expired session that was paid in time, and a full payment
        // to a closed session is kept for refund rather than lost.
        const late = await tryConfirmWith(p, input.tx_signature).catch((err) => {
          if (err instanceof AppError && err.status < 500) return { found: false as const };
          throw err;
        });
        const now = late.found && late.forSession ? late.payment : p;
        if (now.status === 'CONFIRMED' && now.tx_signature === input.tx_signature) {
          return await confirmResponse(now, late.found && late.forSession ? late.ctx : undefined);
        }
        const refund = now.refund_tx_signatures.includes(input.tx_signature)
          ? ' This transaction was recorded on the payment for a refund.'
          : '';
        if (now.status === 'CONFIRMED') {
          throw new ConflictError(
            `This payment session is already linked to a different transaction.${refund}`,
            'session_already_paid',
          );
        }
        const failed = failedError(now);
        failed.message += refund;
        throw failed;
      }
      const { identity_wallet: identityWallet, ...extra } = await identity(p, input);
      const result = await tryConfirmWith(p, input.tx_signature, extra, identityWallet);
      if (!result.found) {
        if (isPastDeadline(p)) {
          const expired = await expire(p);
          if (expired.status === 'CONFIRMED') return await confirmResponse(expired);
          throw new GoneError('Payment session has expired', 'session_expired');
        }
        throw new ChainTimeoutError(
          'The transaction is not confirmed on chain yet; retry with the same payment_id',
          'chain_not_confirmed',
        );
      }
      if (!result.forSession) {
        if ('partial' in result && result.partial) {
          const message = FAILURE_MESSAGES[result.partial.reason] ?? 'The transaction did not pay the session';
          throw new UnprocessableError(
            `${message} (failure_reason: ${result.partial.reason}). It is recorded on the session` +
              `${result.partial.refund ? ' for a refund' : ''}; the session stays open for a full payment until it expires`,
            'payment_incomplete',
          );
        }
        if ('txFailed' in result) {
          throw new UnprocessableError(
            'The transaction failed on chain; the session is still open',
            'transaction_failed',
          );
        }
        throw new UnprocessableError(
          `The transaction carries neither the memo ${memoFor(p.nonce)} nor the session reference`,
          'transaction_not_for_session',
        );
      }
      if (result.payment.status === 'CONFIRMED') {
        if (result.payment.tx_signature !== input.tx_signature) {
          throw new ConflictError(
            'This payment session is already linked to a different transaction',
            'session_already_paid',
          );
        }
        return await confirmResponse(result.payment, result.ctx);
      }
      throw failedError(result.payment);
    },

    /**
     * Settles the session whose memo carries `nonce` with `signature`, as /v1/pay/confirm would (the Helius callback).
     * Never throws for an unknown nonce, a replay or a transaction that is not (yet) about the session.
     */
    async confirmByNonce(nonce: string, signature: string) {
      const p = await repo.findPaymentByNonce(db, nonce);
      if (!p) return { outcome: 'unknown_nonce' as const, payment_id: null, status: null };
      const summary = (outcome: string, q: PaymentRow) => ({ outcome, payment_id: q.id, status: q.status });
      if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
        return summary(p.tx_signature === signature ? 'already_settled' : 'ignored_settled', p);
      }
      try {
        checkSignature(signature);
        const r = await tryConfirmWith(p, signature);
        if (!r.found) return summary('not_found_on_chain', p);
        if (!r.forSession) return summary('partial' in r && r.partial ? 'partial' : 'not_for_session', p);
        return summary(r.payment.status === 'CONFIRMED' ? 'confirmed' : 'failed', r.payment);
      } catch (err) {
        if (err instanceof ConflictError || err instanceof UnprocessableError) return summary(err.code, p);
        throw err;
      }
    },

    /** One pass of the reconciler (reconciler.ts): credits what it finds on chain, expires the rest. */
    reconcileOnce: (limit?: number) => reconciler.pass(limit),
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
