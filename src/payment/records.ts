// What other domains read and write on payments, through the payment domain: the checkout opens sessions, membership
// jobs record the delivery of the access a payment bought (in their own transaction), receipts, support and the
// sandbox read payments. Built before the services that use it; settlement and the reconciler use the repository
// themselves.
import type { Db, Queryable } from '../db/index.ts';
import { Coalescer } from '../lib/coalescer.ts';
import * as repo from './repository.ts';
import type { PaymentInsert, PaymentRow } from './repository.ts';

/** A payment as stored. */
export function findPayment(q: Queryable, id: string): Promise<PaymentRow | undefined> {
  return repo.findPayment(q, id);
}

/** The payment a transaction signature is bound to, if any. */
export function findPaymentIdBySignature(q: Queryable, signature: string): Promise<string | undefined> {
  return repo.findPaymentIdBySignature(q, signature);
}

export function createPaymentRecords(db: Db) {
  // In a launch hundreds of buyers open a session each second; those arriving while an insert runs go together in
  // the next multi-row insert.
  const inserts = new Coalescer<PaymentInsert, PaymentRow>(
    (rows) => repo.insertPayments(db, rows),
    (row) => repo.insertPayment(db, row),
  );
  return {
    /** A new open session (PENDING_SIGNATURE) as stored. */
    openSession: (row: PaymentInsert): Promise<PaymentRow> => inserts.run(row),
    deliveryStatus: (q: Queryable, id: string) => repo.findDeliveryStatus(q, id),
    /** The payment's access was delivered (a grant job, a merchant's retry). */
    recordDeliverySent: (tx: Queryable, id: string, value: string | null, at: Date) =>
      repo.markDeliverySent(tx, id, value, at),
    /** A delivery attempt failed; answers the previous delivery_status (to emit delivery.failed once). */
    recordDeliveryFailed: (tx: Queryable, id: string, error: string, at: Date) =>
      repo.markDeliveryFailed(tx, id, error, at),
  };
}

export type PaymentRecords = ReturnType<typeof createPaymentRecords>;
