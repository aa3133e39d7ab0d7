// Granting access for a confirmed payment: creates or extends the buyer's membership, or hands over chat access
// sold without one. It runs inside settlement's transaction and never touches the payment row: it returns what the
// payment should record (its membership, a delivery handed over at once) and settlement writes that.
import type { Queryable } from '../db/index.ts';
import { deliveryTarget, platformFor } from '../delivery/target.ts';
import { recordEvent } from '../event/outbox.ts';
import { eventPayment } from '../event/payloads.ts';
import { type EnqueueOptions, enqueue, enqueueMany } from '../jobs/queue.ts';
import type { PaymentRow } from '../payment/repository.ts';
import type { ProductRow } from '../product/repository.ts';
import * as repo from './repository.ts';
import type { MembershipRow } from './repository.ts';
import { toMembership } from './views.ts';

export const LIFECYCLE_QUEUE = 'membership.lifecycle';
export const DELIVERY_QUEUE = 'membership.delivery';
export const DELIVERY_MAX_ATTEMPTS = 8;
export const CHAT_DELIVERY = new Set(['TELEGRAM_INVITE', 'DISCORD_ROLE', 'DISCORD_INVITE']);

export const DAY_MS = 86_400_000;
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

/**
 * The period a payment buys. A first purchase starts now; a renewal before the end (or in grace) continues the paid
 * time from the current end; after expiry access starts again now.
 */
export function nextPeriod(
  current: { status: string; current_period_end_at: Date } | undefined,
  at: Date,
  intervalDays: number,
): { start: Date; end: Date; reactivated: boolean } {
  const reactivated = current?.status === 'EXPIRED';
  const start = !current || reactivated ? at : current.current_period_end_at;
  return { start, end: addDays(start, intervalDays), reactivated };
}

/** When each renewal reminder of a period ending at `end` is due: `offsets` days before it, only those still ahead. */
export function reminderTimes(end: Date, offsets: number[], at: Date): { offset: number; runAt: Date }[] {
  return offsets.map((offset) => ({ offset, runAt: addDays(end, -offset) })).filter(({ runAt }) => runAt > at);
}

export interface MembershipSettings {
  platform: string | null;
  identity_type: string | null;
  billing_interval_days: number;
  grace_period_days: number;
  renewal_reminder_offsets_days: number[];
  allow_multiple_active: boolean;
}

export function settingsOf(product: Pick<ProductRow, 'membership_config'> | undefined): MembershipSettings | null {
  const m = product?.membership_config as Record<string, unknown> | null | undefined;
  if (!m?.enabled) return null;
  return {
    platform: (m.platform as string | null) ?? null,
    identity_type: (m.identity_type as string | null) ?? null,
    billing_interval_days: Number(m.billing_interval_days ?? 30),
    grace_period_days: Number(m.grace_period_days ?? 3),
    renewal_reminder_offsets_days: Array.isArray(m.renewal_reminder_offsets_days)
      ? (m.renewal_reminder_offsets_days as number[])
      : [],
    allow_multiple_active: Boolean(m.allow_multiple_active),
  };
}

/** The period-end and reminder jobs of a period ending at `end`, in one statement. */
export async function scheduleLifecycle(tx: Queryable, id: string, end: Date, s: MembershipSettings, at: Date) {
  const endIso = end.toISOString();
  const jobs: { payload: Record<string, unknown>; opts: EnqueueOptions }[] = [
    {
      payload: { membership_id: id, action: 'period_end', period_end_at: endIso },
      opts: { runAt: end, dedupeKey: `period_end:${id}:${endIso}` },
    },
  ];
  for (const { offset, runAt } of reminderTimes(end, s.renewal_reminder_offsets_days, at)) {
    jobs.push({
      payload: { membership_id: id, action: 'remind', period_end_at: endIso, offset_days: offset },
      opts: { runAt, dedupeKey: `remind:${id}:${endIso}:${offset}` },
    });
  }
  await enqueueMany(tx, LIFECYCLE_QUEUE, jobs);
}

/** A background grant of platform access (an invite link made by the bot, a Discord role). */
export async function enqueueGrant(
  tx: Queryable,
  membershipId: string | null,
  paymentId: string | null,
  key: string,
  runAt: Date,
) {
  await enqueue(
    tx,
    DELIVERY_QUEUE,
    { action: 'grant', membership_id: membershipId, payment_id: paymentId },
    { runAt, dedupeKey: `grant:${key}`, maxAttempts: DELIVERY_MAX_ATTEMPTS },
  );
}

/** A link the target hands to the buyer without calling the platform, if it has one and needs nothing else. */
function staticLink(target: ReturnType<typeof deliveryTarget>): string | null | undefined {
  if (target.kind === 'DISCORD_INVITE') return target.link;
  if (target.kind === 'TELEGRAM' && !target.chatId) return target.link;
  return undefined;
}

export async function emitMembershipEvent(
  tx: Queryable,
  type: Parameters<typeof recordEvent>[1]['type'],
  m: MembershipRow,
  extra = {},
) {
  await recordEvent(tx, {
    ownerId: m.owner_id,
    livemode: m.livemode,
    type,
    data: { membership: toMembership(m), ...extra },
    productId: m.product_id,
    paymentId: m.latest_payment_id,
    membershipId: m.id,
  });
}

/** What the grant made, and what the payment row records of it (settlement writes that). */
export interface MembershipGrant {
  membership: MembershipRow | null;
  /** The access handed over in this transaction, if any: the payment's delivery becomes SENT with this value. */
  delivered: { value: string | null; at: Date } | null;
}

/**
 * Creates or extends the buyer's membership for a confirmed payment of `product`, or grants chat access sold without
 * a membership (delivered once, never revoked). Platform calls never happen here: they are queued as grant jobs.
 */
export async function grantMembership(
  tx: Queryable,
  payment: PaymentRow,
  product: ProductRow | undefined,
  at: Date,
): Promise<MembershipGrant> {
  const none: MembershipGrant = { membership: null, delivered: null };
  if (!product) return none;
  const target = deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config);
  const s = settingsOf(product);
  if (!s) {
    if (!CHAT_DELIVERY.has(product.delivery_type)) return none;
    const link = staticLink(target);
    if (link !== undefined) return { membership: null, delivered: { value: link, at } };
    await enqueueGrant(tx, null, payment.id, payment.id, at);
    return none;
  }
  const wallet = payment.payer_wallet;
  const byWallet = s.identity_type === 'WALLET' || !payment.customer_reference_value;
  const type = byWallet ? 'WALLET' : (payment.customer_reference_type ?? s.identity_type ?? 'CUSTOM');
  const value = byWallet ? wallet : payment.customer_reference_value;
  if (!value) return none;
  const display = payment.customer_reference_display ?? (byWallet ? '' : value);
  const platformUserId = type === 'TELEGRAM_USER_ID' || type === 'DISCORD_USER_ID' ? value : null;
  const needsDelivery = CHAT_DELIVERY.has(product.delivery_type);
  const link = needsDelivery ? staticLink(target) : undefined;

  await repo.lockIdentity(tx, product.id, type, value);
  const existing = s.allow_multiple_active ? undefined : await repo.findLatestForIdentity(tx, product.id, type, value);
  let id: string;
  let pendingDelivery = needsDelivery && link === undefined;
  // Access already in place on a renewal is handed over again as it was.
  let keptValue: string | null | undefined;
  const { start, end, reactivated } = nextPeriod(existing, at, s.billing_interval_days);
  if (!existing) {
    id = await repo.insertMembership(tx, {
      owner_id: payment.owner_id,
      livemode: payment.livemode,
      product_id: product.id,
      platform: platformFor(product.delivery_type, s.platform),
      platform_user_id: platformUserId,
      platform_display: display,
      customer_identity_type: type,
      customer_identity_value: value,
      payer_wallet: wallet,
      start,
      end,
      payment_id: payment.id,
      tx_signature: payment.tx_signature,
      delivery_status: needsDelivery ? 'PENDING' : (payment.delivery_status ?? 'NOT_REQUIRED'),
      now: at,
    });
  } else {
    id = existing.id;
    const accessInPlace = !reactivated && existing.delivery_status === 'SENT';
    if (accessInPlace) pendingDelivery = false;
    await repo.applyRenewal(tx, id, {
      start: reactivated ? at : existing.current_period_start_at,
      end,
      payment_id: payment.id,
      tx_signature: payment.tx_signature,
      payer_wallet: wallet,
      delivery_status: !needsDelivery
        ? (payment.delivery_status ?? 'NOT_REQUIRED')
        : accessInPlace
          ? 'SENT'
          : 'PENDING',
      reactivated,
      now: at,
    });
    if (needsDelivery && accessInPlace) keptValue = existing.delivery_value;
  }
  if (link !== undefined) await repo.markDelivered(tx, id, link, at);
  else if (!needsDelivery && payment.delivery_status === 'SENT') {
    await repo.markDelivered(tx, id, payment.delivery_value, at);
  }
  await repo.insertPeriod(tx, {
    membership_id: id,
    payment_id: payment.id,
    tx_signature: payment.tx_signature,
    amount: payment.amount_minor_units,
    token_mint: payment.token_mint,
    start,
    end,
    status: 'PAID',
    now: at,
  });
  await repo.insertEvent(tx, {
    membership_id: id,
    payment_id: payment.id,
    event_type: existing ? 'renewed' : 'activated',
    actor_type: 'buyer',
    actor_id: wallet,
    payload: {
      period_start_at: start.toISOString(),
      period_end_at: end.toISOString(),
      amount_minor_units: Number(payment.amount_minor_units),
      token_mint: payment.token_mint,
      ...(existing ? { reactivated } : {}),
    },
    now: at,
  });
  if (link !== undefined) {
    await repo.insertEvent(tx, {
      membership_id: id,
      payment_id: payment.id,
      event_type: 'delivery_sent',
      actor_type: 'system',
      payload: { delivery_type: product.delivery_type, value: link },
      now: at,
    });
  }
  if (pendingDelivery) await enqueueGrant(tx, id, payment.id, payment.id, at);
  await scheduleLifecycle(tx, id, end, s, at);
  const row = (await repo.findMembership(tx, id))!;
  await emitMembershipEvent(tx, existing ? 'membership.renewed' : 'membership.activated', row, {
    payment: eventPayment(payment, product),
  });
  const handedOver = link !== undefined || keptValue !== undefined;
  return { membership: row, delivered: handedOver ? { value: link ?? keptValue ?? null, at } : null };
}
