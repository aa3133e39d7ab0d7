// Memberships: the merchant routes, and the lifecycle (grace, expiry, reminders) and delivery driven by database
// jobs. Activation for a payment is activation.ts, run in settlement's transaction; every write here opens its own
// with db.transaction. Platform calls are never made inside a transaction.
import type { Principal } from '../auth/principal.ts';
import type { CheckoutService } from '../checkout/service.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { DeliveryService } from '../delivery/service.ts';
import { type DeliveryFailureCode, PlatformError } from '../delivery/port.ts';
import { deliveryTarget, platformFor } from '../delivery/target.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors.ts';
import { recordEvent } from '../event/outbox.ts';
import { eventPayment } from '../event/payloads.ts';
import * as paymentRepo from '../payment/repository.ts';
import { enqueue, type Job, RetryJob } from '../jobs/queue.ts';
import type { AssetRegistry } from '../product/assets.ts';
import * as productRepo from '../product/repository.ts';
import { openOrReuseTicket } from '../support/repository.ts';
import type { ProductRow } from '../product/repository.ts';
import {
  addDays,
  CHAT_DELIVERY,
  DAY_MS,
  DELIVERY_MAX_ATTEMPTS,
  DELIVERY_QUEUE,
  emitMembershipEvent as emit,
  enqueueGrant,
  LIFECYCLE_QUEUE,
  scheduleLifecycle,
  settingsOf,
} from './activation.ts';
import * as repo from './repository.ts';
import type { MembershipRow, Scope } from './repository.ts';
import { iso, toEvent, toMembership, toPeriod } from './views.ts';

const DELIVERY_LEASE_MS = 30_000;
const INVITE_LINK_DAYS = 7;
// Background delivery retries: 30 s, 2 min, 10 min, 30 min, 2 h, then every 6 h until attempts run out.
const DELIVERY_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
export const deliveryBackoff = (attempts: number) => DELIVERY_BACKOFF_MS[attempts - 1] ?? 21_600_000;

function actorOf(p: Principal) {
  return p.kind === 'key' ? { type: 'api_key', id: p.keyId ?? null } : { type: 'merchant', id: p.userId };
}

const scopeOf = (p: Principal): Scope => ({ ownerId: p.userId, livemode: p.mode === 'live' });

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

export interface DeliveryOutcome {
  status: 'SENT' | 'FAILED' | 'NOT_REQUIRED';
  value: string | null;
  error: string | null;
  retryAfterSeconds: number | null;
}

export function createMembershipService(deps: {
  db: Db;
  assets: AssetRegistry;
  checkout: CheckoutService;
  delivery: DeliveryService;
  now?: () => Date;
  log?: { warn: (obj: unknown, msg: string) => void };
}) {
  const { db, assets, checkout, delivery } = deps;
  const now = deps.now ?? (() => new Date());

  async function load(principal: Principal, id: string): Promise<MembershipRow> {
    const m = await repo.findScopedMembership(db, scopeOf(principal), id);
    if (!m) throw new NotFoundError('Membership not found', 'membership_not_found');
    return m;
  }

  async function productOf(q: Queryable, m: Pick<MembershipRow, 'owner_id' | 'livemode' | 'product_id'>) {
    return productRepo.findProduct(q, m.owner_id, m.livemode, m.product_id);
  }

  async function detail(id: string) {
    const m = (await repo.findMembership(db, id))!;
    return {
      membership: toMembership(m),
      periods: (await repo.listPeriods(db, id)).map(toPeriod),
      events: (await repo.listEvents(db, id)).map(toEvent),
      auto_renew: null,
    };
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
    const payment = paymentId ? await paymentRepo.findPayment(tx, paymentId) : undefined;
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

  interface Subject {
    ownerId: string;
    livemode: boolean;
    productId: string;
    membership: MembershipRow | null;
    paymentId: string | null;
    platformUserId: string | null;
  }

  async function platformGrant(subject: Subject, product: ProductRow): Promise<string | null> {
    const target = deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config);
    const clients = await delivery.clientsFor(subject.ownerId);
    const t = now();
    switch (target.kind) {
      case 'TELEGRAM':
        if (target.chatId && clients.telegram) {
          const name = `hilt ${(subject.membership?.id ?? subject.paymentId ?? '').slice(0, 8)}`;
          return clients.telegram.createInviteLink(target.chatId, { expiresAt: addDays(t, INVITE_LINK_DAYS), name });
        }
        if (target.link) return target.link;
        throw new PlatformError(
          'No Telegram bot is configured for this workspace',
          'TELEGRAM',
          undefined,
          undefined,
          'bot_not_configured',
        );
      case 'DISCORD_ROLE':
        if (!clients.discord) {
          throw new PlatformError(
            'No Discord bot is configured for this workspace',
            'DISCORD',
            undefined,
            undefined,
            'bot_not_configured',
          );
        }
        if (!subject.platformUserId || !/^\d{15,22}$/.test(subject.platformUserId)) {
          throw new PlatformError(
            'The buyer’s Discord user id is unknown; the role cannot be granted',
            'DISCORD',
            undefined,
            undefined,
            'identity_missing',
          );
        }
        await clients.discord.addRole(target.guildId, subject.platformUserId, target.roleId, 'Hilt: paid membership');
        return null;
      case 'DISCORD_INVITE':
        return target.link;
      case 'HANDED_OVER':
        return target.value;
      default:
        return null;
    }
  }

  /** One delivery attempt, recorded on the membership and payment whatever its outcome. */
  async function attemptDelivery(
    subject: Subject,
    actor: { type: string; id: string | null },
  ): Promise<DeliveryOutcome> {
    const m = subject.membership;
    if (m && !(await repo.takeDeliveryLease(db, m.id, now(), DELIVERY_LEASE_MS))) {
      throw new ConflictError('A delivery attempt for this membership is already running', 'delivery_in_progress');
    }
    try {
      const product = await productRepo.findProduct(db, subject.ownerId, subject.livemode, subject.productId);
      if (!product) throw new NotFoundError('Product not found', 'product_not_found');
      let value: string | null;
      try {
        value = await platformGrant(subject, product);
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
            const previous = await paymentRepo.markDeliveryFailed(tx, subject.paymentId!, error, t);
            if (previous !== 'FAILED') await emitDeliveryFailed(tx, product, null, subject.paymentId, failure);
            return;
          }
          const previous = await repo.markDeliveryFailed(tx, m.id, error, t);
          if (subject.paymentId) await paymentRepo.markDeliveryFailed(tx, subject.paymentId, error, t);
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
          await paymentRepo.markDeliverySent(tx, subject.paymentId!, value, t);
          return;
        }
        await repo.markDelivered(tx, m.id, value, t);
        if (subject.paymentId) await paymentRepo.markDeliverySent(tx, subject.paymentId, value, t);
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

  async function revokeAccess(m: MembershipRow): Promise<void> {
    if (!(await repo.takeDeliveryLease(db, m.id, now(), DELIVERY_LEASE_MS))) {
      throw new RetryJob('delivery lease held', new Date(now().getTime() + DELIVERY_LEASE_MS));
    }
    try {
      const product = await productOf(db, m);
      const target = product
        ? deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config)
        : ({ kind: 'NONE' } as const);
      const clients = await delivery.clientsFor(m.owner_id);
      let result = 'nothing_to_revoke';
      try {
        if (target.kind === 'TELEGRAM' && target.chatId) {
          if (!clients.telegram) result = 'skipped_no_bot';
          else if (!m.platform_user_id || !/^\d+$/.test(m.platform_user_id)) result = 'skipped_no_user_id';
          else {
            await clients.telegram.removeMember(target.chatId, Number(m.platform_user_id));
            result = 'removed_from_chat';
          }
        } else if (target.kind === 'DISCORD_ROLE') {
          if (!clients.discord) result = 'skipped_no_bot';
          else if (!m.platform_user_id) result = 'skipped_no_user_id';
          else {
            await clients.discord.removeRole(
              target.guildId,
              m.platform_user_id,
              target.roleId,
              'Hilt: membership expired',
            );
            result = 'role_removed';
          }
        }
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
    if (p.payment_id && (await paymentRepo.findDeliveryStatus(db, p.payment_id)) === 'SENT') return;
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
      const pay = await paymentRepo.findPayment(db, p.payment_id!);
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

  function formatAmount(amount: bigint, mint: string | null) {
    const asset = assets.describe(mint);
    const scale = 10n ** BigInt(asset.decimals);
    const whole = amount / scale;
    const frac = (amount % scale).toString().padStart(asset.decimals, '0').replace(/0+$/, '');
    return `${whole}${frac ? `.${frac}` : ''} ${asset.symbol}`;
  }

  return {
    handleLifecycleJob,
    handleDeliveryJob,
    onDeliveryDead,

    /** For the confirm response of a payment confirmed earlier. */
    async summary(q: Queryable, id: string) {
      const m = await repo.findMembership(q, id);
      return m ? { status: m.status, current_period_end_at: m.current_period_end_at.toISOString() } : null;
    },

    async list(principal: Principal, f: repo.ListFilter) {
      const s = scopeOf(principal);
      const [rows, count] = await Promise.all([repo.listMemberships(db, s, f), repo.countMemberships(db, s, f)]);
      return { items: rows.map(toMembership), count };
    },

    async lookup(
      principal: Principal,
      by: { wallet?: string; identity?: string; tx_signature?: string; product_id?: string },
    ) {
      if (!by.wallet && !by.identity && !by.tx_signature) {
        throw new UnprocessableError('Give one of wallet, identity or tx_signature', 'lookup_key_required');
      }
      const rows = await repo.lookupMemberships(db, scopeOf(principal), by);
      return { items: rows.map(toMembership), count: rows.length };
    },

    async get(principal: Principal, id: string) {
      await load(principal, id);
      return detail(id);
    },

    async updateNotes(principal: Principal, id: string, notes: string) {
      const m = await load(principal, id);
      const actor = actorOf(principal);
      await db.transaction(async (tx) => {
        const t = now();
        await repo.updateNotes(tx, m.id, notes, t);
        await repo.insertEvent(tx, {
          membership_id: m.id,
          event_type: 'notes_updated',
          actor_type: actor.type,
          actor_id: actor.id,
          payload: { length: notes.length },
          now: t,
        });
      });
      return detail(id);
    },

    async updateProfile(principal: Principal, id: string, display: string) {
      const m = await load(principal, id);
      const actor = actorOf(principal);
      await db.transaction(async (tx) => {
        const t = now();
        await repo.updateDisplay(tx, m.id, display, t);
        await repo.insertEvent(tx, {
          membership_id: m.id,
          event_type: 'profile_updated',
          actor_type: actor.type,
          actor_id: actor.id,
          payload: { platform_display: display, previous: m.platform_display },
          now: t,
        });
      });
      return detail(id);
    },

    async gift(principal: Principal, id: string, input: { days: number; note?: string }) {
      await load(principal, id);
      const actor = actorOf(principal);
      await db.transaction(async (tx) => {
        const m = (await repo.findMembershipForUpdate(tx, id))!;
        const product = await productOf(tx, m);
        const s = settingsOf(product) ?? settingsOf({ membership_config: { enabled: true } } as unknown as ProductRow)!;
        const t = now();
        const reactivated = m.status === 'EXPIRED';
        const base = m.current_period_end_at > t ? m.current_period_end_at : t;
        const end = addDays(base, input.days);
        const needsDelivery = reactivated && product !== undefined && CHAT_DELIVERY.has(product.delivery_type);
        await repo.applyGift(tx, id, { start: reactivated ? t : m.current_period_start_at, end, reactivated, now: t });
        if (reactivated && !needsDelivery) await repo.markDelivered(tx, id, null, t);
        await repo.insertPeriod(tx, {
          membership_id: id,
          payment_id: null,
          tx_signature: null,
          amount: 0n,
          token_mint: m.latest_payment_id ? (product?.token_mint ?? null) : null,
          start: base,
          end,
          status: 'GIFTED',
          now: t,
        });
        const event = (await repo.insertEvent(tx, {
          membership_id: id,
          event_type: 'gifted',
          actor_type: actor.type,
          actor_id: actor.id,
          payload: {
            days: input.days,
            note: input.note ?? '',
            period_end_at: end.toISOString(),
            reactivated,
          },
          now: t,
        }))!;
        if (needsDelivery) await enqueueGrant(tx, id, null, `gift:${event.id}`, now());
        await scheduleLifecycle(tx, id, end, s, t);
        const row = (await repo.findMembership(tx, id))!;
        await emit(tx, 'membership.renewed', row, {
          payment: null,
          gift: { days: input.days, note: input.note ?? '' },
        });
      });
      return detail(id);
    },

    async retryDelivery(principal: Principal, id: string) {
      const m = await load(principal, id);
      if (m.status === 'EXPIRED') {
        throw new ConflictError(
          'This membership has expired; gift days or send a renewal link first',
          'membership_expired',
        );
      }
      const product = await productOf(db, m);
      const outcome = await attemptDelivery(
        {
          ownerId: m.owner_id,
          livemode: m.livemode,
          productId: m.product_id,
          membership: m,
          paymentId: m.latest_payment_id,
          platformUserId: m.platform_user_id,
        },
        actorOf(principal),
      );
      const after = (await repo.findMembership(db, id))!;
      return {
        membership: toMembership(after),
        delivery: {
          status: outcome.status,
          delivery_type: product?.delivery_type ?? null,
          platform: after.platform,
          value: outcome.value ?? after.delivery_value,
          error: outcome.error,
          retry_after_seconds: outcome.retryAfterSeconds,
          attempted_at: iso(after.delivery_attempted_at),
          sent_at: iso(after.delivery_sent_at),
        },
      };
    },

    async diagnostics(principal: Principal, id: string) {
      const m = await load(principal, id);
      const product = await productOf(db, m);
      const target = product
        ? deliveryTarget(product.delivery_type, product.delivery_value, product.membership_config)
        : ({ kind: 'NONE' } as const);
      const bots = await delivery.configured(m.owner_id);
      const checks: { key: string; label: string; status: 'pass' | 'fail' | 'warn'; detail: string }[] = [];
      const add = (key: string, label: string, ok: boolean | 'warn', detail: string) =>
        checks.push({ key, label, status: ok === 'warn' ? 'warn' : ok ? 'pass' : 'fail', detail });
      let automationReady = false;
      let fallbackValue: string | null = null;
      if (target.kind === 'TELEGRAM') {
        add(
          'bot_configured',
          'Telegram bot',
          bots.TELEGRAM,
          bots.TELEGRAM ? 'A bot token is configured' : 'No Telegram bot token',
        );
        add(
          'target_configured',
          'Telegram chat',
          Boolean(target.chatId),
          target.chatId ?? 'No chat id: a fixed link is handed over',
        );
        const canRemove = /^\d+$/.test(m.platform_user_id ?? '');
        add(
          'platform_identity',
          'Buyer Telegram id',
          canRemove || 'warn',
          canRemove ? m.platform_user_id! : 'Unknown: removal on expiry is not possible',
        );
        automationReady = bots.TELEGRAM && Boolean(target.chatId);
        fallbackValue = target.link;
      } else if (target.kind === 'DISCORD_ROLE') {
        add(
          'bot_configured',
          'Discord bot',
          bots.DISCORD,
          bots.DISCORD ? 'A bot token is configured' : 'No Discord bot token',
        );
        add('target_configured', 'Guild and role', true, `${target.guildId}:${target.roleId}`);
        const known = /^\d{15,22}$/.test(m.platform_user_id ?? '');
        add(
          'platform_identity',
          'Buyer Discord id',
          known,
          known ? m.platform_user_id! : 'Unknown: the role cannot be granted',
        );
        automationReady = bots.DISCORD && known;
      } else if (target.kind === 'DISCORD_INVITE') {
        add('target_configured', 'Discord invite', Boolean(target.link), target.link);
        fallbackValue = target.link;
      } else if (target.kind === 'HANDED_OVER') {
        add('target_configured', 'Link handed over', Boolean(target.value), target.value ?? 'No link set');
        fallbackValue = target.value;
      }
      add(
        'delivery_status',
        'Last delivery',
        m.delivery_status === 'FAILED' ? false : m.delivery_status === 'SENT' || 'warn',
        m.delivery_last_error ?? m.delivery_status,
      );
      add(
        'membership_status',
        'Access state',
        m.status === 'EXPIRED' ? 'warn' : m.status !== 'DELIVERY_FAILED',
        m.status,
      );
      const fallbackReady = Boolean(fallbackValue);
      const failing = checks.some((c) => c.status === 'fail');
      const overall = failing
        ? automationReady || fallbackReady
          ? 'attention'
          : 'blocked'
        : checks.some((c) => c.status === 'warn')
          ? 'attention'
          : 'healthy';
      const summary =
        overall === 'healthy'
          ? 'Delivery is configured and the last attempt succeeded'
          : (checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'warn'))!.label +
            ': ' +
            (checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'warn'))!.detail;
      return {
        membership_id: m.id,
        owner_id: m.owner_id,
        product_id: m.product_id,
        product_title: m.product_title,
        product_slug: product?.slug ?? null,
        platform: m.platform,
        platform_user_id: m.platform_user_id,
        platform_display: m.platform_display,
        membership_status: m.status,
        delivery_status: m.delivery_status,
        delivery_last_error: m.delivery_last_error,
        latest_payment_id: m.latest_payment_id,
        latest_tx_signature: m.latest_tx_signature,
        automation_ready: automationReady,
        fallback_ready: fallbackReady,
        fallback_value: fallbackValue,
        overall_status: overall,
        summary,
        provider_state: {
          delivery_type: product?.delivery_type ?? null,
          target_kind: target.kind,
          telegram_bot_configured: bots.TELEGRAM,
          discord_bot_configured: bots.DISCORD,
          delivery_attempted_at: iso(m.delivery_attempted_at),
          delivery_sent_at: iso(m.delivery_sent_at),
          access_revoked_at: iso(m.access_revoked_at),
        },
        checks,
        actions: {
          retry_delivery: m.status !== 'EXPIRED',
          gift: true,
          send_renewal_link: product?.status === 'ACTIVE',
          open_support_ticket: true,
        },
        generated_at: now().toISOString(),
      };
    },

    async openSupportTicket(principal: Principal, id: string) {
      const m = await load(principal, id);
      return db.transaction((tx) =>
        openOrReuseTicket(tx, {
          ownerId: m.owner_id,
          livemode: m.livemode,
          category: 'DELIVERY',
          subject: `Delivery problem: ${m.product_title} for ${m.platform_display || m.customer_identity_value}`,
          body:
            `Membership ${m.id} (${m.status}), delivery ${m.delivery_status}` +
            (m.delivery_last_error ? `: ${m.delivery_last_error}` : '.'),
          context: {
            membership_id: m.id,
            product_id: m.product_id,
            payment_id: m.latest_payment_id,
            tx_signature: m.latest_tx_signature,
            wallet: m.payer_wallet,
            source: 'delivery-support-ticket',
          },
        }),
      );
    },

    async reactivation(principal: Principal, id: string) {
      const m = await load(principal, id);
      const product = (await productOf(db, m))!;
      const s = settingsOf(product);
      const link = await renewalLink(m);
      const amount = formatAmount(product.amount_minor_units, product.token_mint);
      const days = s?.billing_interval_days ?? 30;
      const w = product.merchant_wallet;
      const name = m.platform_display || m.customer_identity_value;
      const ends = m.current_period_end_at.toISOString().slice(0, 10);
      return {
        membership_id: m.id,
        status: m.status,
        renewal_url: link.checkout_url,
        reactivation_url: link.checkout_url,
        handoff_token: link.handoff_token,
        expires_at: link.expires_at,
        amount_display: amount,
        access_period: `${days} days`,
        merchant_wallet_preview: `${w.slice(0, 4)}…${w.slice(-4)}`,
        current_period_end_at: m.current_period_end_at.toISOString(),
        templates: {
          renewal: `Hi ${name}, your access to ${product.title} ends on ${ends}. Renew for ${amount} (${days} days): ${link.checkout_url}`,
          reactivation: `Hi ${name}, your access to ${product.title} has ended. Come back for ${amount} (${days} days): ${link.checkout_url}`,
          grace: `Hi ${name}, your access to ${product.title} is in its grace period. Renew now to keep it: ${link.checkout_url}`,
        },
      };
    },

    async renewalIntelligence(principal: Principal, q: { window_days: number; limit: number }) {
      const s = scopeOf(principal);
      const t = now();
      const to = addDays(t, q.window_days);
      const since = addDays(t, -q.window_days);
      const expiring = await repo.expiringWithin(db, s, t, to, q.limit);
      const counts = await repo.productCounts(db, s, t, to, since);
      const events = await repo.recentEvents(db, s, Math.min(q.limit, 50));
      const n = (k: keyof repo.ProductCounts) => counts.reduce((a, c) => a + Number(c[k]), 0);
      return {
        summary: {
          window_days: q.window_days,
          active: n('active'),
          in_grace: n('in_grace'),
          expired: n('expired'),
          delivery_failed: n('delivery_failed'),
          expiring_in_window: n('expiring_in_window'),
          renewals_in_window: n('renewals_in_window'),
        },
        expiring_memberships: expiring.map((m) => ({
          ...toMembership(m),
          days_left: Math.max(0, Math.ceil((m.current_period_end_at.getTime() - t.getTime()) / DAY_MS)),
        })),
        product_reports: counts.map((c) => ({
          product_id: c.product_id,
          product_title: c.product_title,
          active: Number(c.active),
          in_grace: Number(c.in_grace),
          expired: Number(c.expired),
          delivery_failed: Number(c.delivery_failed),
          expiring_in_window: Number(c.expiring_in_window),
          renewals_in_window: Number(c.renewals_in_window),
        })),
        recent_events: events.map(toEvent),
        generated_at: t.toISOString(),
      };
    },
  };
}

export type MembershipService = ReturnType<typeof createMembershipService>;
