// The API shapes of a membership, its periods and its history, shared by the merchant routes and the events.
import type { EventRow, MembershipRow, PeriodRow } from './repository.ts';

export const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toMembership(m: MembershipRow) {
  return {
    id: m.id,
    product_id: m.product_id,
    product_title: m.product_title,
    owner_id: m.owner_id,
    livemode: m.livemode,
    platform: m.platform,
    platform_user_id: m.platform_user_id,
    platform_display: m.platform_display,
    customer_identity_type: m.customer_identity_type,
    customer_identity_value: m.customer_identity_value,
    payer_wallet: m.payer_wallet,
    status: m.status,
    current_period_start_at: m.current_period_start_at.toISOString(),
    current_period_end_at: m.current_period_end_at.toISOString(),
    grace_ends_at: iso(m.grace_ends_at),
    latest_payment_id: m.latest_payment_id,
    latest_tx_signature: m.latest_tx_signature,
    delivery_status: m.delivery_status,
    delivery_last_error: m.delivery_last_error,
    renewal_count: m.renewal_count,
    last_reminder_sent_at: iso(m.last_reminder_sent_at),
    notes: m.notes,
    metadata_json: m.metadata_json,
    created_at: m.created_at.toISOString(),
    updated_at: m.updated_at.toISOString(),
  };
}

export function toPeriod(p: PeriodRow) {
  return {
    id: p.id,
    membership_id: p.membership_id,
    payment_id: p.payment_id,
    tx_signature: p.tx_signature,
    amount_lamports: Number(p.amount_lamports),
    token_mint: p.token_mint,
    period_start_at: p.period_start_at.toISOString(),
    period_end_at: p.period_end_at.toISOString(),
    status: p.status,
    activated_at: p.activated_at.toISOString(),
    revoked_at: iso(p.revoked_at),
    created_at: p.created_at.toISOString(),
  };
}

export function toEvent(e: EventRow) {
  return {
    id: Number(e.id),
    membership_id: e.membership_id,
    payment_id: e.payment_id,
    event_type: e.event_type,
    actor_type: e.actor_type,
    actor_id: e.actor_id,
    payload_json: e.payload_json,
    created_at: e.created_at.toISOString(),
  };
}
