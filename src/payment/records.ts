// What other domains write on payments, through the payment domain: the checkout opens sessions, and membership
// jobs record the delivery of the access a payment bought (in their own transaction). Built before the services
// that use it; settlement and the reconciler write through the repository themselves.
import type { Db, Queryable } from '../db/index.ts';
import { Coalescer } from '../lib/coalescer.ts';
import * as repo from './repository.ts';
import type { PaymentInsert, PaymentRow } from './repository.ts';

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
    /** A payment as stored, for a job working on what it bought. */
    find: (q: Queryable, id: string) => repo.findPayment(q, id),
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
