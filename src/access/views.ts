// The Pay API's objects as the API and its events show them, built from their rows: shared by the service and the
// webhook test samples, so a sample has exactly the keys of the real event.
import { DEFAULT_RAIL, findRail, type Rail } from './rails.ts';
import type { AccessProductRow, EntitlementRow } from './repository.ts';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export function railView(id: string): Rail {
  return findRail(id) ?? (findRail(DEFAULT_RAIL) as Rail);
}

export function toAccessProduct(p: AccessProductRow) {
  return {
    id: p.id,
    access_app_id: p.access_app_id,
    product_id: p.product_id,
    external_product_id: p.external_product_id,
    status: p.status,
    default_rail: p.default_rail,
    rail_id: p.default_rail,
    allowed_rails: p.allowed_rails,
    billing_model: p.billing_model,
    renewal_mode: p.renewal_mode,
    billing_interval_days: p.billing_interval_days,
    cancel_at_period_end: p.cancel_at_period_end,
    grace_period_days: p.grace_period_days,
    entitlement_duration_days: p.entitlement_duration_days,
    entitlement_duration_seconds: p.entitlement_duration_days === null ? null : p.entitlement_duration_days * 86_400,
    metering:
      p.usage_units_per_payment === null
        ? null
        : { usage_unit: p.usage_unit ?? 'request', units_per_payment: Number(p.usage_units_per_payment) },
    live_mode_confirmed: p.live_mode_confirmed,
    livemode: p.livemode,
    metadata: p.metadata,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  };
}

export function isMetered(p: Pick<AccessProductRow, 'usage_units_per_payment'>) {
  return p.usage_units_per_payment !== null;
}

export function usageOf(e: EntitlementRow, p: AccessProductRow) {
  if (!isMetered(p)) return null;
  const remaining = e.usage_granted - e.usage_consumed;
  return {
    unit: p.usage_unit ?? 'request',
    granted: Number(e.usage_granted),
    consumed: Number(e.usage_consumed),
    remaining: Number(remaining),
    exhausted: e.status === 'active' && remaining <= 0n,
  };
}

export function effectiveStatus(e: EntitlementRow, now: Date): string {
  if (e.status === 'active' && e.expires_at && e.expires_at.getTime() <= now.getTime()) return 'expired';
  return e.status;
}

export function toEntitlement(e: EntitlementRow, p: AccessProductRow, now: Date) {
  return {
    id: e.id,
    access_app_id: e.access_app_id,
    access_product_id: e.access_product_id,
    product_id: e.product_id,
    external_product_id: p.external_product_id,
    external_customer_id: e.external_customer_id,
    wallet: e.wallet,
    email: e.email,
    status: effectiveStatus(e, now),
    active_from: iso(e.active_from),
    expires_at: iso(e.expires_at),
    receipt_id: e.receipt_id,
    payment_id: e.payment_id,
    last_payment_id: e.last_payment_id,
    rail_id: e.rail_id,
    rail: railView(e.rail_id),
    livemode: e.livemode,
    receipt: e.receipt_id ? { id: e.receipt_id, rail_id: e.rail_id } : null,
    usage: usageOf(e, p),
    source: e.source,
    created_at: iso(e.created_at),
    updated_at: iso(e.updated_at),
  };
}
