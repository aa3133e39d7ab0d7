// The membership jobs: delivering access after a payment or a gift (the platform calls are the delivery domain's,
// the outcome is recorded here on the membership and the payment), revoking it after expiry, and the lifecycle of a
// period (grace, expiry, renewal reminders). Platform calls are never made inside a transaction.
import type { Principal } from '../auth/principal.ts';
import type { CheckoutService } from '../checkout/service.ts';
import type { Db, Queryable } from '../db/index.ts';
import { type DeliveryFailureCode, PlatformError } from '../delivery/port.ts';
import type { DeliveryService } from '../delivery/service.ts';
import { platformFor } from '../delivery/target.ts';
import { ConflictError } from '../errors.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import { MembershipDeliveryInProgressError } from './errors.ts';
import { recordEvent } from '../event/outbox.ts';
import { eventPayment } from '../event/payloads.ts';
import { enqueue, type Job, RetryJob } from '../jobs/queue.ts';
import { findPayment, type PaymentRecords } from '../payment/records.ts';
import { findProduct } from '../product/service.ts';
import type { ProductRow } from '../product/repository.ts';
import {
  addDays,
  DELIVERY_MAX_ATTEMPTS,
  DELIVERY_QUEUE,
  emitMembershipEvent as emit,
  LIFECYCLE_QUEUE,
  settingsOf,
} from './activation.ts';
import * as repo from './repository.ts';
import type { MembershipRow } from './repository.ts';
import { toMembership } from './views.ts';

const DELIVERY_LEASE_MS = 30_000;
// Background delivery retries: 30 s, 2 min, 10 min, 30 min, 2 h, then every 6 h until attempts run out.
const DELIVERY_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
export const deliveryBackoff = (attempts: number) => DELIVERY_BACKOFF_MS[attempts - 1] ?? 21_600_000;

export interface DeliveryOutcome {
  status: 'SENT' | 'FAILED' | 'NOT_REQUIRED';
  value: string | null;
  error: string | null;
  retryAfterSeconds: number | null;
}

/** Whose access a delivery attempt is about. */
export interface Subject {
  ownerId: string;
  livemode: boolean;
  productId: string;
  membership: MembershipRow | null;
  paymentId: string | null;
  platformUserId: string | null;
}

/** The workspace acting on its own behalf (renewal links in reminders). */
function systemPrincipal(ownerId: string, livemode: boolean): Principal {
  return {
    kind: 'session',
    userId: ownerId,
    tier: 'free',
    status: 'active',
    isStaff: false,
    scopes: ['read', 'execute'],
    mode: livemode ? 'live' : 'sandbox',
  };
}

export function createMembershipJobs(deps: {
  db: Db;
  checkout: Pick<CheckoutService, 'createHandoffLink'>;
  delivery: Pick<DeliveryService, 'clientsFor' | 'grantAccess' | 'revokeAccess'>;
  /** The payment's delivery status is the payment domain's to write. */
  payments: Pick<PaymentRecords, 'deliveryStatus' | 'recordDeliverySent' | 'recordDeliveryFailed'>;
  now?: () => Date;
  log?: { warn: (obj: unknown, msg: string) => void };
}) {
  const { db, checkout, delivery, payments } = deps;
  const now = deps.now ?? (() => new Date());

  async function productOf(q: Queryable, m: Pick<MembershipRow, 'owner_id' | 'livemode' | 'product_id'>) {
    return findProduct(q, m.owner_id, m.livemode, m.product_id);
  }

  /**
   * delivery.failed in Hilt's published shape: the payment (with its product), the membership (null for access
   * sold without one) and `delivery {channel, status, failure_code, failure_message}`.
   */
  async function emitDeliveryFailed(
    tx: Queryable,
    product: ProductRow,
    m: MembershipRow | null,
    paymentId: string | null,
    delivery: { channel: string; status: string; failure_code: DeliveryFailureCode; failure_message: string },
  ) {
    const payment = paymentId ? await findPayment(tx, paymentId) : undefined;
    await recordEvent(tx, {
      ownerId: product.owner_id,
      livemode: product.livemode,
      type: 'delivery.failed',
      data: {
        payment: payment ? eventPayment(payment, product) : null,
        membership: m ? toMembership(m) : null,
        delivery,
      },
      productId: product.id,
      paymentId: paymentId,
      membershipId: m?.id ?? null,
    });
  }

  // -- delivery

  /** One delivery attempt, recorded on the membership and payment whatever its outcome. */
  async function attemptDelivery(
    subject: Subject,
    actor: { type: string; id: string | null },
  ): Promise<DeliveryOutcome> {
    const m = subject.membership;
    if (m && !(await repo.takeDeliveryLease(db, m.id, now(), DELIVERY_LEASE_MS))) {
      throw new MembershipDeliveryInProgressError();
    }
    try {
      const product = await findProduct(db, subject.ownerId, subject.livemode, subject.productId);
      if (!product) throw new ProductNotFoundError();
      let value: string | null;
      try {
        value = await delivery.grantAccess(
          {
            ownerId: subject.ownerId,
            membershipId: m?.id ?? null,
            paymentId: subject.paymentId,
            platformUserId: subject.platformUserId,
          },
          product,
        );
      } catch (err) {
        const known = err instanceof PlatformError;
        if (!known) deps.log?.warn({ err }, 'delivery attempt failed unexpectedly');
        const error = known ? err.message : 'Delivery failed unexpectedly; see the server log';
        const retryAfterSeconds = known ? (err.retryAfterSeconds ?? null) : null;
        const failure = {
          channel: known ? err.provider : platformFor(product.delivery_type, null),
          status: 'FAILED',
          failure_code: known ? err.failureCode : ('unexpected_error' as const),
          failure_message: error,
        };
        await db.transaction(async (tx) => {
          const t = now();
          if (!m) {
            const previous = await payments.recordDeliveryFailed(tx, subject.paymentId!, error, t);
            if (previous !== 'FAILED') await emitDeliveryFailed(tx, product, null, subject.paymentId, failure);
            return;
          }
          const previous = await repo.markDeliveryFailed(tx, m.id, error, t);
          if (subject.paymentId) await payments.recordDeliveryFailed(tx, subject.paymentId, error, t);
          await repo.insertEvent(tx, {
            membership_id: m.id,
            payment_id: subject.paymentId,
            event_type: 'delivery_failed',
            actor_type: actor.type,
            actor_id: actor.id,
            payload: { error, retry_after_seconds: retryAfterSeconds, delivery_type: product.delivery_type },
            now: t,
          });
          if (previous !== 'FAILED') {
            const row = (await repo.findMembership(tx, m.id))!;
            await emitDeliveryFailed(tx, product, row, subject.paymentId ?? row.latest_payment_id, failure);
          }
        });
        return { status: 'FAILED', value: null, error, retryAfterSeconds };
      }
      await db.transaction(async (tx) => {
        const t = now();
        if (!m) {
          await payments.recordDeliverySent(tx, subject.paymentId!, value, t);
          return;
        }
        await repo.markDelivered(tx, m.id, value, t);
        if (subject.paymentId) await payments.recordDeliverySent(tx, subject.paymentId, value, t);
        await repo.insertEvent(tx, {
          membership_id: m.id,
          payment_id: subject.paymentId,
          event_type: 'delivery_sent',
          actor_type: actor.type,
          actor_id: actor.id,
          payload: { delivery_type: product.delivery_type, value },
          now: t,
        });
      });
      return { status: 'SENT', value, error: null, retryAfterSeconds: null };
    } finally {
      if (m) await repo.releaseDeliveryLease(db, m.id);
    }
  }

  /** Takes an expired membership's access away on its platform, and records that it did. */
  async function revokeAccess(m: MembershipRow): Promise<void> {
    if (!(await repo.takeDeliveryLease(db, m.id, now(), DELIVERY_LEASE_MS))) {
      throw new RetryJob('delivery lease held', new Date(now().getTime() + DELIVERY_LEASE_MS));
    }
    try {
      const product = await productOf(db, m);
      let result: string;
      try {
        result = await delivery.revokeAccess(m.owner_id, product, m.platform_user_id);
      } catch (err) {
        const error = err instanceof PlatformError ? err.message : 'Revocation failed unexpectedly';
        await repo.insertEvent(db, {
          membership_id: m.id,
          event_type: 'delivery_failed',
          actor_type: 'system',
          payload: { action: 'revoke', error },
          now: now(),
        });
        const retryAfter = err instanceof PlatformError ? err.retryAfterSeconds : undefined;
        throw new RetryJob(error, retryAfter ? new Date(now().getTime() + retryAfter * 1000) : undefined);
      }
      await db.transaction(async (tx) => {
        const t = now();
        await repo.markRevoked(tx, m.id, t);
        await repo.insertEvent(tx, {
          membership_id: m.id,
          event_type: 'access_revoked',
          actor_type: 'system',
          payload: { result },
          now: t,
        });
      });
    } finally {
      await repo.releaseDeliveryLease(db, m.id);
    }
  }

  async function handleDeliveryJob(job: Job) {
    const p = job.payload as { action: string; membership_id: string | null; payment_id: string | null };
    if (p.action === 'revoke') {
      const m = await repo.findMembership(db, p.membership_id!);
      if (m?.status === 'EXPIRED' && !m.access_revoked_at) await revokeAccess(m);
      return;
    }
    if (p.payment_id && (await payments.deliveryStatus(db, p.payment_id)) === 'SENT') return;
    let subject: Subject;
    if (p.membership_id) {
      const m = await repo.findMembership(db, p.membership_id);
      if (!m || m.status === 'EXPIRED') return;
      if (!p.payment_id && m.delivery_status === 'SENT') return;
      subject = {
        ownerId: m.owner_id,
        livemode: m.livemode,
        productId: m.product_id,
        membership: m,
        paymentId: p.payment_id,
        platformUserId: m.platform_user_id,
      };
    } else {
      const pay = await findPayment(db, p.payment_id!);
      if (!pay) return;
      const chatId =
        pay.customer_reference_type === 'DISCORD_USER_ID' || pay.customer_reference_type === 'TELEGRAM_USER_ID'
          ? pay.customer_reference_value
          : null;
      subject = {
        ownerId: pay.owner_id,
        livemode: pay.livemode,
        productId: pay.product_id,
        membership: null,
        paymentId: p.payment_id,
        platformUserId: chatId,
      };
    }
    let outcome: DeliveryOutcome;
    try {
      outcome = await attemptDelivery(subject, { type: 'system', id: null });
    } catch (err) {
      if (err instanceof ConflictError) {
        throw new RetryJob(err.message, new Date(now().getTime() + DELIVERY_LEASE_MS));
      }
      throw err;
    }
    if (outcome.status === 'FAILED') {
      throw new RetryJob(
        outcome.error ?? 'delivery failed',
        outcome.retryAfterSeconds ? new Date(now().getTime() + outcome.retryAfterSeconds * 1000) : undefined,
      );
    }
  }

  async function onDeliveryDead(job: Job, error: string) {
    const p = job.payload as { action: string; membership_id: string | null; payment_id: string | null };
    if (!p.membership_id) return;
    await repo.insertEvent(db, {
      membership_id: p.membership_id,
      payment_id: p.payment_id,
      event_type: 'delivery_needs_review',
      actor_type: 'system',
      payload: { action: p.action, error, attempts: job.attempts },
      now: now(),
    });
  }

  // -- lifecycle

  async function renewalLink(m: MembershipRow) {
    const link = await checkout.createHandoffLink(systemPrincipal(m.owner_id, m.livemode), m.product_id, {
      identity_value: m.customer_identity_value,
      identity_display: m.platform_display || null,
      identity_type: m.customer_identity_type,
      expires_in_minutes: 24 * 60,
    });
    return link;
  }

  async function sendReminder(m: MembershipRow, periodEnd: string, offset: number) {
    const t = now();
    const claim = await repo.insertEvent(db, {
      membership_id: m.id,
      event_type: 'reminder_sent',
      actor_type: 'system',
      payload: { offset_days: offset, period_end_at: periodEnd, channel: 'pending' },
      dedupe_key: `remind:${m.id}:${periodEnd}:${offset}`,
      now: t,
    });
    if (!claim) return;
    try {
      let channel = 'none';
      const clients = await delivery.clientsFor(m.owner_id);
      const canTelegram = m.platform === 'TELEGRAM' && clients.telegram && /^\d+$/.test(m.platform_user_id ?? '');
      const canDiscord = m.platform === 'DISCORD' && clients.discord && /^\d{15,22}$/.test(m.platform_user_id ?? '');
      let renewalUrl: string | null = null;
      if (canTelegram || canDiscord) {
        renewalUrl = (await renewalLink(m)).checkout_url;
        const text =
          `Your access to ${m.product_title} ends on ${m.current_period_end_at.toISOString().slice(0, 10)}. ` +
          `Renew here: ${renewalUrl}`;
        if (canTelegram) {
          await clients.telegram!.sendMessage(Number(m.platform_user_id), text);
          channel = 'telegram_dm';
        } else {
          await clients.discord!.sendDirectMessage(m.platform_user_id!, text);
          channel = 'discord_dm';
        }
      }
      await repo.updateEventPayload(db, claim.id, { channel, renewal_url: renewalUrl });
      await repo.markReminderSent(db, m.id, t);
    } catch (err) {
      // Not sent: give the claim back so the retry can send it.
      await repo.deleteEvent(db, claim.id);
      const retryAfter = err instanceof PlatformError ? err.retryAfterSeconds : undefined;
      throw new RetryJob(
        err instanceof Error ? err.message : String(err),
        retryAfter ? new Date(now().getTime() + retryAfter * 1000) : undefined,
      );
    }
  }

  async function handleLifecycleJob(job: Job) {
    const p = job.payload as {
      membership_id: string;
      action: 'period_end' | 'grace_end' | 'remind';
      period_end_at?: string;
      grace_ends_at?: string;
      offset_days?: number;
    };
    const m = await repo.findMembership(db, p.membership_id);
    if (!m) return;
    if (p.action === 'remind') {
      const current = m.current_period_end_at.toISOString() === p.period_end_at;
      if (current && (m.status === 'ACTIVE' || m.status === 'DELIVERY_FAILED')) {
        await sendReminder(m, p.period_end_at!, p.offset_days!);
      }
      return;
    }
    if (p.action === 'period_end') {
      const product = await productOf(db, m);
      const graceDays = settingsOf(product)?.grace_period_days ?? 0;
      const periodEnd = new Date(p.period_end_at!);
      const graceEnds = addDays(periodEnd, graceDays);
      await db.transaction(async (tx) => {
        const t = now();
        const row = await repo.enterGrace(tx, m.id, periodEnd, graceEnds, t);
        if (!row) return;
        await repo.insertEvent(tx, {
          membership_id: m.id,
          event_type: 'entered_grace',
          actor_type: 'system',
          payload: { period_end_at: periodEnd.toISOString(), grace_ends_at: graceEnds.toISOString() },
          now: t,
        });
        await emit(tx, 'membership.entered_grace', row);
        await enqueue(
          tx,
          LIFECYCLE_QUEUE,
          { membership_id: m.id, action: 'grace_end', grace_ends_at: graceEnds.toISOString() },
          { runAt: graceEnds, dedupeKey: `grace_end:${m.id}:${graceEnds.toISOString()}` },
        );
      });
      return;
    }
    const graceEnds = new Date(p.grace_ends_at!);
    await db.transaction(async (tx) => {
      const t = now();
      const row = await repo.expire(tx, m.id, graceEnds, t);
      if (!row) return;
      await repo.insertEvent(tx, {
        membership_id: m.id,
        event_type: 'expired',
        actor_type: 'system',
        payload: { grace_ends_at: graceEnds.toISOString() },
        now: t,
      });
      await emit(tx, 'membership.expired', row);
      await enqueue(
        tx,
        DELIVERY_QUEUE,
        { action: 'revoke', membership_id: m.id, payment_id: null },
        { runAt: t, dedupeKey: `revoke:${m.id}:${graceEnds.toISOString()}`, maxAttempts: DELIVERY_MAX_ATTEMPTS },
      );
    });
  }

  return {
    /** One delivery attempt now (a merchant's retry), recorded whatever its outcome. */
    attemptDelivery,
    /** A handoff link to the product's checkout for the member's identity (reminders, reactivation). */
    renewalLink,
    handleDeliveryJob,
    onDeliveryDead,
    handleLifecycleJob,
  };
}

export type MembershipJobs = ReturnType<typeof createMembershipJobs>;
