// Payments: status reads, the workspace ledger, broadcast, and the reconciler. Confirmation itself is the
// settlement pipeline (settlement.ts); this service exposes it beside the reads so every caller finds it here.
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { Static } from 'typebox';
import { ProductNotFoundError } from '../product/errors.ts';
import type { BroadcastRequest } from './schemas.ts';
import {
  InvalidWalletError,
  PaymentNotFoundError,
  SessionExpiredError,
  SignatureRequiredError,
  TxSignatureMismatchError,
} from './errors.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import type { MembershipService } from '../membership/service.ts';
import type { AssetRegistry } from '../product/assets.ts';
import { findProduct } from '../product/service.ts';
import { findReceiptIdByPayment } from '../receipt/service.ts';
import * as repo from './repository.ts';
import type { PaymentRow } from './repository.ts';
import { createReconciler } from './reconciler.ts';
import type { ChainFor, Settlement } from './settlement.ts';
import { checkSignature } from './verification.ts';

export type { ConfirmInput } from './settlement.ts';

export function createPaymentService(deps: {
  db: Db;
  config: Config;
  assets: AssetRegistry;
  chainFor: ChainFor;
  settlement: Settlement;
  memberships: Pick<MembershipService, 'summary'>;
  now?: () => Date;
}) {
  const { db, config, assets, chainFor, settlement, memberships } = deps;
  const { verifyAndSettle: tryConfirmWith, expire, isPastDeadline } = settlement;

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

  const reconciler = createReconciler({ db, config, chainFor, tryConfirmWith, expire, isPastDeadline });

  return {
    publicStatus,
    toPaymentResponse,
    chainFor,
    /** A payment session opened by another rail (an x402 requirement), in the caller's transaction. */
    openSession: (q: Queryable, row: repo.PaymentInsert) => repo.insertPayment(q, row),
    /** The signature of a transaction sent for a session, before it lands. */
    recordBroadcast: (paymentId: string, signature: string, payer: string | null, walletSource: string | null) =>
      repo.recordBroadcast(db, paymentId, signature, payer, walletSource),
    /** POST /v1/pay/confirm: the settlement pipeline from the buyer's request. */
    confirm: settlement.confirm,
    /** The Helius callback: settles the session a memo names. */
    confirmByNonce: settlement.confirmByNonce,
    /** For settlement paths that verify a transaction by their own rule (x402) before confirming its payment. */
    settle: settlement.settle,

    async getPublicStatus(paymentId: string) {
      const p = await repo.findPayment(db, paymentId);
      if (!p) throw new PaymentNotFoundError();
      // While the session is open the buyer learns of a short payment it made (kept for refund), and may pay in full.
      const open = p.status !== 'CONFIRMED' && p.status !== 'FAILED';
      const status = publicStatus(p, open ? await repo.listPartials(db, [p.id]) : []);
      if (p.status === 'CONFIRMED') {
        status.receipt_id = (await findReceiptIdByPayment(db, p.id)) ?? null;
        const membership = p.membership_id ? await memberships.summary(db, p.membership_id) : null;
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
      if (!p) throw new PaymentNotFoundError();
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
      const product = await findProduct(db, principal.userId, principal.mode === 'live', productId);
      if (!product) throw new ProductNotFoundError();
      const rows = await repo.listProductPayments(db, productId, q);
      const partials = await repo.listPartials(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => toPaymentResponse(r, partials));
    },

    async broadcast(input: Static<typeof BroadcastRequest>) {
      const p = await repo.findPayment(db, input.payment_id);
      if (!p) throw new PaymentNotFoundError();
      if (input.payer_wallet && !isSolanaAddress(input.payer_wallet)) {
        throw new InvalidWalletError('payer_wallet is not a valid Solana address');
      }
      if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
        return { payment_id: p.id, status: p.status, tx_signature: p.tx_signature };
      }
      // Past the deadline nothing is relayed either: the buyer's money would only land on a closed session.
      if (isPastDeadline(p)) throw new SessionExpiredError();
      let signature = input.tx_signature ?? null;
      if (input.signed_transaction) {
        const sent = await chainFor(p).sendRawTransaction(input.signed_transaction);
        if (signature && signature !== sent) {
          throw new TxSignatureMismatchError();
        }
        signature = sent;
      }
      if (!signature) {
        throw new SignatureRequiredError();
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

    /** One pass of the reconciler (reconciler.ts): credits what it finds on chain, expires the rest. */
    reconcileOnce: (limit?: number, startedAt?: Date) => reconciler.pass(limit, startedAt),
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
