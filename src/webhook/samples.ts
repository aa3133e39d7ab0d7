// Fake event data for signed test events (the endpoint test route and the testing scenarios). Every object carries
// made-up ids and `test: true`, and none of it is written to the real event log or touches real rows.
import { randomUUID } from 'node:crypto';
import type { EventType } from '../event/outbox.ts';

export interface FakeIds {
  paymentId: string;
  membershipId: string;
  receiptId: string;
  supportTicketId: string;
  product: { id: string; slug: string; title: string };
}

export function fakeIds(product?: { id: string; slug: string; title: string } | null): FakeIds {
  return {
    paymentId: randomUUID(),
    membershipId: randomUUID(),
    receiptId: randomUUID(),
    supportTicketId: randomUUID(),
    product: product ?? { id: randomUUID(), slug: 'test-product', title: 'Test product' },
  };
}

export interface SampleOptions {
  publicUrl: string;
  at: Date;
  amountMinorUnits?: number;
  payerWallet?: string | null;
  identityDisplay?: string | null;
}

const FAKE_SIGNATURE = '5TestSignatureNotOnChain1111111111111111111111111111111111111111111111111111111111';
const FAKE_WALLET = 'TestWa11et1111111111111111111111111111111111';

export function sampleEventData(type: EventType, ids: FakeIds, o: SampleOptions): Record<string, unknown> {
  const at = o.at.toISOString();
  const periodEnd = new Date(o.at.getTime() + 30 * 86_400_000).toISOString();
  const failed = type === 'payment.failed';
  const payment = {
    id: ids.paymentId,
    status: failed ? 'FAILED' : 'CONFIRMED',
    amount_minor_units: o.amountMinorUnits ?? 1_000_000,
    token_mint: null,
    tx_signature: FAKE_SIGNATURE,
    payer_wallet: o.payerWallet ?? FAKE_WALLET,
    confirmed_at: failed ? null : at,
    failed_at: failed ? at : null,
    failure_reason: failed ? 'underpaid' : null,
    delivery_status: failed ? 'NOT_REQUIRED' : 'SENT',
    customer_reference_value: o.identityDisplay ?? null,
    product: ids.product,
    test: true,
  };
  const membership = (status: string, extra: Record<string, unknown> = {}) => ({
    id: ids.membershipId,
    status,
    platform: 'TELEGRAM',
    payment_id: ids.paymentId,
    product_id: ids.product.id,
    identity_display: o.identityDisplay ?? null,
    current_period_end_at: periodEnd,
    test: true,
    ...extra,
  });
  const receipt = {
    id: ids.receiptId,
    payment_id: ids.paymentId,
    verify_url: `${o.publicUrl}/v1/receipt/${ids.receiptId}/verify`,
    schema_version: 'hilt-v1',
    test: true,
  };
  const base = { test: true };
  switch (type) {
    case 'payment.confirmed':
      return { ...base, payment, membership: membership('ACTIVE'), receipt };
    case 'payment.failed':
      return { ...base, payment };
    case 'receipt.created':
      return { ...base, receipt, payment };
    case 'membership.activated':
    case 'membership.renewed':
      return { ...base, membership: membership('ACTIVE'), payment };
    case 'membership.entered_grace':
      return { ...base, membership: membership('GRACE', { grace_ends_at: periodEnd }) };
    case 'membership.expired':
      return { ...base, membership: membership('EXPIRED') };
    case 'membership.reapproval_required':
      return { ...base, membership: membership('REAPPROVAL_REQUIRED') };
    case 'delivery.failed':
      return {
        ...base,
        payment,
        membership: membership('ACTIVE', { delivery_status: 'FAILED' }),
        delivery: {
          channel: 'TELEGRAM',
          status: 'FAILED',
          failure_code: 'invite_expired',
          failure_message: 'Telegram invite expired before the buyer joined.',
        },
      };
    case 'support.ticket.created':
      return {
        ...base,
        ticket: {
          id: ids.supportTicketId,
          ticket_id: ids.supportTicketId,
          subject: 'Test ticket: access not received',
          category: 'DELIVERY',
          priority: 'NORMAL',
          status: 'OPEN',
          payment_id: ids.paymentId,
          created_at: at,
          test: true,
        },
      };
    case 'access.entitlement.activated':
      return {
        ...base,
        entitlement: {
          id: ids.membershipId,
          product_id: ids.product.id,
          external_customer_id: 'test-customer',
          status: 'active',
          active_from: at,
          receipt_id: ids.receiptId,
          payment_id: ids.paymentId,
          rail_id: 'solana_usdc',
          usage: { unit: 'request', granted: 100, consumed: 0, remaining: 100, exhausted: false },
          test: true,
        },
        payment_id: ids.paymentId,
        receipt_id: ids.receiptId,
      };
  }
}

/** Which ids a test event of `type` refers to, for the delivery rows. */
export function sampleRefs(type: EventType, ids: FakeIds) {
  const membership = type.startsWith('membership.') || type === 'delivery.failed' || type === 'payment.confirmed';
  return {
    productId: ids.product.id,
    paymentId:
      type.startsWith('membership.') && type !== 'membership.activated' && type !== 'membership.renewed'
        ? null
        : type === 'support.ticket.created'
          ? null
          : ids.paymentId,
    membershipId: membership ? ids.membershipId : null,
    receiptId: type === 'receipt.created' || type === 'payment.confirmed' ? ids.receiptId : null,
    supportTicketId: type === 'support.ticket.created' ? ids.supportTicketId : null,
  };
}
