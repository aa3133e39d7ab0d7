// Memberships as the merchant sees them: lists, search, notes, gifts, delivery retries and diagnostics, renewal
// links. Activation for a payment is activation.ts (run in settlement's transaction) and the delivery and lifecycle
// jobs are jobs.ts; every write here opens its own transaction.
import type { Principal } from '../auth/principal.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { DeliveryService } from '../delivery/service.ts';
import type { MembershipJobs } from './jobs.ts';
import { deliveryTarget } from '../delivery/target.ts';
import type { Static } from 'typebox';
import type { GiftRequest, MembershipListQuery, MembershipLookupQuery, RenewalIntelligenceQuery } from './schemas.ts';
import { LookupKeyRequiredError, MembershipExpiredError, MembershipNotFoundError } from './errors.ts';
import type { AssetRegistry } from '../product/assets.ts';
import { findProduct } from '../product/service.ts';
import { openOrReuseTicket } from '../support/service.ts';
import type { ProductRow } from '../product/repository.ts';
import {
  addDays,
  CHAT_DELIVERY,
  DAY_MS,
  emitMembershipEvent as emit,
  enqueueGrant,
  scheduleLifecycle,
  settingsOf,
} from './activation.ts';
import * as repo from './repository.ts';
import type { MembershipRow, Scope } from './repository.ts';
import { iso, toEvent, toMembership, toPeriod } from './views.ts';

function actorOf(p: Principal) {
  return p.kind === 'key' ? { type: 'api_key', id: p.keyId ?? null } : { type: 'merchant', id: p.userId };
}

const scopeOf = (p: Principal): Scope => ({ ownerId: p.userId, livemode: p.mode === 'live' });

export function createMembershipService(deps: {
  db: Db;
  assets: AssetRegistry;
  delivery: Pick<DeliveryService, 'configured'>;
  jobs: Pick<MembershipJobs, 'attemptDelivery' | 'renewalLink'>;
  now?: () => Date;
}) {
  const { db, assets, delivery, jobs } = deps;
  const now = deps.now ?? (() => new Date());

  async function load(principal: Principal, id: string): Promise<MembershipRow> {
    const m = await repo.findScopedMembership(db, scopeOf(principal), id);
    if (!m) throw new MembershipNotFoundError();
    return m;
  }

  async function productOf(q: Queryable, m: Pick<MembershipRow, 'owner_id' | 'livemode' | 'product_id'>) {
    return findProduct(q, m.owner_id, m.livemode, m.product_id);
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

  function formatAmount(amount: bigint, mint: string | null) {
    const asset = assets.describe(mint);
    const scale = 10n ** BigInt(asset.decimals);
    const whole = amount / scale;
    const frac = (amount % scale).toString().padStart(asset.decimals, '0').replace(/0+$/, '');
    return `${whole}${frac ? `.${frac}` : ''} ${asset.symbol}`;
  }

  return {
    /** For the confirm response of a payment confirmed earlier. */
    async summary(q: Queryable, id: string) {
      const m = await repo.findMembership(q, id);
      return m ? { status: m.status, current_period_end_at: m.current_period_end_at.toISOString() } : null;
    },

    /** Folds the appended member count changes into the kept counts (the background does it every few seconds). */
    foldCounts: () => repo.foldMembershipCounts(db),

    async list(principal: Principal, f: Static<typeof MembershipListQuery>) {
      const s = scopeOf(principal);
      const [rows, count] = await Promise.all([repo.listMemberships(db, s, f), repo.countMemberships(db, s, f)]);
      return { items: rows.map(toMembership), count };
    },

    async lookup(principal: Principal, by: Static<typeof MembershipLookupQuery>) {
      if (!by.wallet && !by.identity && !by.tx_signature) {
        throw new LookupKeyRequiredError();
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

    async gift(principal: Principal, id: string, input: Static<typeof GiftRequest>) {
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
        throw new MembershipExpiredError();
      }
      const product = await productOf(db, m);
      const outcome = await jobs.attemptDelivery(
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
      const link = await jobs.renewalLink(m);
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

    async renewalIntelligence(principal: Principal, q: Static<typeof RenewalIntelligenceQuery>) {
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
