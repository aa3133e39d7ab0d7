// Fake event data for signed test events (the endpoint test route and the testing scenarios). Every object carries
// made-up ids and `test: true`, and none of it is written to the real event log or touches real rows.
import { randomUUID } from 'node:crypto';
import type { AccessProductRow, EntitlementRow } from '../access/repository.ts';
import { toAccessProduct, toEntitlement } from '../access/views.ts';
import type { EventType } from '../event/outbox.ts';

export interface FakeIds {
  ownerId: string;
  paymentId: string;
  membershipId: string;
  receiptId: string;
  supportTicketId: string;
  product: { id: string; slug: string; title: string };
}

export function fakeIds(product?: { id: string; slug: string; title: string } | null, ownerId?: string): FakeIds {
  return {
    ownerId: ownerId ?? randomUUID(),
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

/**
 * The data of a test event: the same keys, at every depth, as the real event of that type (see event/payloads.ts,
 * the membership and receipt event objects, and the key-set test in test/event-shapes.test.ts), plus `test: true`
 * on every object, with made-up values.
 */
export function sampleEventData(type: EventType, ids: FakeIds, o: SampleOptions): Record<string, unknown> {
  const at = o.at.toISOString();
  const periodEnd = new Date(o.at.getTime() + 30 * 86_400_000).toISOString();
  const failed = type === 'payment.failed';
  const deliveryFailed = type === 'delivery.failed';
  const amount = o.amountMinorUnits ?? 1_000_000;
  const payerWallet = o.payerWallet ?? FAKE_WALLET;
  const payment = {
    id: ids.paymentId,
    status: failed ? 'FAILED' : 'CONFIRMED',
    amount_minor_units: amount,
    token_mint: null,
    tx_signature: FAKE_SIGNATURE,
    payer_wallet: payerWallet,
    confirmed_at: failed ? null : at,
    failed_at: failed ? at : null,
    failure_reason: failed ? 'underpaid' : null,
    delivery_status: failed ? 'NOT_REQUIRED' : deliveryFailed ? 'FAILED' : 'SENT',
    customer_reference_type: o.identityDisplay ? 'TELEGRAM_USER_ID' : null,
    customer_reference_value: o.identityDisplay ?? null,
    product: ids.product,
    test: true,
  };
  const membership = (status: string, extra: Record<string, unknown> = {}) => ({
    id: ids.membershipId,
    product_id: ids.product.id,
    product_title: ids.product.title,
    owner_id: ids.ownerId,
    livemode: false,
    platform: 'TELEGRAM',
    platform_user_id: o.identityDisplay ? '728255790' : null,
    platform_display: o.identityDisplay ?? '',
    customer_identity_type: o.identityDisplay ? 'TELEGRAM_USER_ID' : 'WALLET',
    customer_identity_value: o.identityDisplay ? '728255790' : payerWallet,
    payer_wallet: payerWallet,
    status,
    current_period_start_at: at,
    current_period_end_at: periodEnd,
    grace_ends_at: null,
    latest_payment_id: ids.paymentId,
    latest_tx_signature: FAKE_SIGNATURE,
    delivery_status: 'SENT',
    delivery_last_error: null,
    renewal_count: 0,
    last_reminder_sent_at: null,
    notes: '',
    metadata_json: {},
    created_at: at,
    updated_at: at,
    test: true,
    ...extra,
  });
  const receipt = {
    id: ids.receiptId,
    receipt_id: ids.receiptId,
    verify_url: `${o.publicUrl}/v1/receipt/${ids.receiptId}/verify`,
    pdf_url: `${o.publicUrl}/v1/receipt/${ids.receiptId}/pdf`,
    schema_version: 'hilt-v1',
    receipt_hash: '0'.repeat(64),
    tx_sig: FAKE_SIGNATURE,
    payment_id: ids.paymentId,
    product_id: ids.product.id,
    amount_minor_units: amount,
    token_mint: null,
    created_at: at,
    test: true,
  };
  const base = { test: true };
  switch (type) {
    case 'payment.confirmed':
      return { ...base, payment, membership: membership('ACTIVE'), receipt };
    case 'payment.failed':
      return { ...base, payment };
    case 'receipt.created':
      return { ...base, receipt };
    case 'membership.activated':
    case 'membership.renewed':
      return { ...base, membership: membership('ACTIVE'), payment };
    case 'membership.entered_grace':
      return { ...base, membership: membership('GRACE_PERIOD', { grace_ends_at: periodEnd }) };
    case 'membership.expired':
      return { ...base, membership: membership('EXPIRED') };
    case 'membership.reapproval_required':
      return { ...base, membership: membership('ACTIVE') };
    case 'delivery.failed':
      return {
        ...base,
        payment,
        membership: membership('DELIVERY_FAILED', {
          delivery_status: 'FAILED',
          delivery_last_error: 'Telegram createChatInviteLink: 400 Bad Request: chat not found',
        }),
        delivery: {
          channel: 'TELEGRAM',
          status: 'FAILED',
          failure_code: 'platform_rejected',
          failure_message: 'Telegram createChatInviteLink: 400 Bad Request: chat not found',
          test: true,
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
          opened_by: 'SYSTEM',
          context: { payment_id: ids.paymentId, product_id: ids.product.id, source: 'test' },
          created_at: at,
          test: true,
        },
      };
    case 'access.entitlement.activated': {
      // Built by the same views as the real event, from made-up rows: a metered access product and its entitlement.
      const product: AccessProductRow = {
        id: randomUUID(),
        owner_id: ids.ownerId,
        livemode: false,
        access_app_id: null,
        product_id: ids.product.id,
        external_product_id: 'test-api',
        status: 'active',
        default_rail: 'solana_usdc',
        allowed_rails: ['solana_usdc'],
        billing_model: 'one_off',
        renewal_mode: 'none',
        billing_interval_days: null,
        cancel_at_period_end: false,
        grace_period_days: 0,
        entitlement_duration_days: 30,
        usage_unit: 'request',
        usage_units_per_payment: 100n,
        live_mode_confirmed: false,
        metadata: {},
        created_at: o.at,
        updated_at: o.at,
      };
      const entitlement: EntitlementRow = {
        id: ids.membershipId,
        owner_id: ids.ownerId,
        livemode: false,
        access_product_id: product.id,
        product_id: ids.product.id,
        access_app_id: null,
        customer_key: 'external:test-customer',
        external_customer_id: 'test-customer',
        wallet: null,
        email: null,
        status: 'active',
        active_from: o.at,
        expires_at: new Date(o.at.getTime() + 30 * 86_400_000),
        receipt_id: null,
        payment_id: null,
        last_payment_id: null,
        rail_id: 'solana_usdc',
        usage_granted: 100n,
        usage_consumed: 0n,
        source: 'sandbox',
        created_at: o.at,
        updated_at: o.at,
      };
      return {
        ...base,
        entitlement: { ...toEntitlement(entitlement, product, o.at), test: true },
        access_product: { ...toAccessProduct(product), test: true },
        payment_session_id: randomUUID(),
        payment_proof_id: null,
        payment_id: null,
        receipt_id: null,
      };
    }
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
