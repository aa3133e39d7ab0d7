// The objects inside event data, shared by every producer of an event and by the test samples (webhook/samples.ts
// builds the same keys), so a handler written against a test event reads a real one unchanged.
import type { PaymentRow } from '../payment/repository.ts';

export interface EventProduct {
  id: string;
  slug: string;
  title: string;
}

/** `data.payment` of payment.*, delivery.failed events. */
export function eventPayment(p: PaymentRow, product: EventProduct | null) {
  return {
    id: p.id,
    status: p.status,
    amount_minor_units: Number(p.amount_minor_units),
    token_mint: p.token_mint,
    tx_signature: p.tx_signature,
    payer_wallet: p.payer_wallet,
    confirmed_at: p.confirmed_at?.toISOString() ?? null,
    failed_at: p.failed_at?.toISOString() ?? null,
    failure_reason: p.failure_reason,
    delivery_status: p.delivery_status,
    customer_reference_type: p.customer_reference_type,
    customer_reference_value: p.customer_reference_value,
    product: product ? { id: product.id, slug: product.slug, title: product.title } : null,
  };
}
