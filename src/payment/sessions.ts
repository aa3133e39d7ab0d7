// Opening payment sessions: the one writer of new `payments` rows for the checkout. In a launch hundreds of buyers
// open a session each second; those arriving while an insert runs go together in the next multi-row insert.
import type { Db } from '../db/index.ts';
import { Coalescer } from '../lib/coalescer.ts';
import * as repo from './repository.ts';
import type { PaymentInsert, PaymentRow } from './repository.ts';

export function createPaymentSessions(db: Db) {
  const inserts = new Coalescer<PaymentInsert, PaymentRow>(
    (rows) => repo.insertPayments(db, rows),
    (row) => repo.insertPayment(db, row),
  );
  return {
    /** A new open session (PENDING_SIGNATURE) as stored. */
    open: (row: PaymentInsert): Promise<PaymentRow> => inserts.run(row),
  };
}

export type PaymentSessions = ReturnType<typeof createPaymentSessions>;
