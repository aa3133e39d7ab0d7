// Testing scenarios (§4.10): each emits a scripted series of signed test events with fake payment, membership,
// receipt and ticket ids to the workspace's webhook endpoints. Nothing real is read or written besides the
// session record and its deliveries (marked `test`); the events stay out of the real event log.
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Static } from 'typebox';
import { ProductNotFoundError } from '../product/errors.ts';
import type { SessionCreate } from './schemas.ts';
import { TestingSessionNotFoundError, UnknownScenarioError } from './errors.ts';
import type { EventType } from '../event/outbox.ts';
import { findProduct } from '../product/service.ts';
import { fakeIds, sampleEventData, sampleRefs } from '../webhook/samples.ts';
import type { WebhookService } from '../webhook/service.ts';
import * as repo from './repository.ts';
import type { TestingSessionRow } from './repository.ts';

export const SCENARIOS = [
  {
    id: 'confirmed_access',
    title: 'Confirmed payment with access granted',
    summary: 'A payment confirms, the membership activates and a receipt is issued.',
    events: ['payment.confirmed', 'membership.activated', 'receipt.created'],
  },
  {
    id: 'payment_failed',
    title: 'Failed payment',
    summary: 'The buyer’s payment fails verification (underpaid); no access is granted.',
    events: ['payment.failed'],
  },
  {
    id: 'delivery_failed',
    title: 'Paid but access delivery failed',
    summary: 'The payment confirms, but the Telegram invite cannot be delivered and a support ticket opens.',
    events: ['payment.confirmed', 'membership.activated', 'delivery.failed', 'support.ticket.created'],
  },
  {
    id: 'renewal_grace',
    title: 'Renewal due, grace, then renewed',
    summary: 'A membership passes its period end, enters grace, and the buyer renews.',
    events: ['membership.entered_grace', 'membership.renewed', 'receipt.created'],
  },
] as const satisfies readonly { id: string; title: string; summary: string; events: readonly EventType[] }[];

export type TestingSessionCreate = Static<typeof SessionCreate>;

function toSession(s: TestingSessionRow) {
  return {
    id: s.id,
    owner_id: s.owner_id,
    livemode: s.livemode,
    product_id: s.product_id,
    scenario: s.scenario,
    status: s.status,
    fake_payment_id: s.fake_payment_id,
    fake_membership_id: s.fake_membership_id,
    fake_receipt_id: s.fake_receipt_id,
    fake_support_ticket_id: s.fake_support_ticket_id,
    event_count: s.event_count,
    delivery_count: s.delivery_count,
    request: s.request,
    timeline: s.timeline,
    created_at: s.created_at.toISOString(),
    updated_at: s.updated_at.toISOString(),
  };
}

export function createTestingService(deps: { db: Db; config: Config; webhooks: WebhookService; now?: () => Date }) {
  const { db, config, webhooks } = deps;
  const now = deps.now ?? (() => new Date());
  const supportedScenarios = () => SCENARIOS.map((s) => s.id);

  return {
    listScenarios() {
      return { scenarios: SCENARIOS.map((s) => ({ ...s, events: [...s.events] })), count: SCENARIOS.length };
    },

    async createSession(p: Principal, body: TestingSessionCreate) {
      const scenario = SCENARIOS.find((s) => s.id === body.scenario.toLowerCase());
      if (!scenario) {
        throw new UnknownScenarioError(body.scenario, supportedScenarios());
      }
      const livemode = p.mode === 'live';
      let product: { id: string; slug: string; title: string } | null = null;
      if (body.product_id) {
        const row = await findProduct(db, p.userId, livemode, body.product_id);
        if (!row) throw new ProductNotFoundError();
        product = { id: row.id, slug: row.slug, title: row.title };
      }
      const ids = fakeIds(product, p.userId);
      const at = now();
      const events = scenario.events.map((type, i) => {
        // A second apart, in the order the scenario tells its story.
        const when = new Date(at.getTime() + i * 1000);
        const envelope = webhooks.testEnvelope(
          type,
          livemode,
          sampleEventData(type, ids, {
            publicUrl: config.publicUrl,
            at: when,
            amountMinorUnits: body.amount_minor_units ?? undefined,
            payerWallet: body.payer_wallet,
            identityDisplay: body.identity_display,
          }),
        );
        envelope.created_at = when.toISOString();
        return { envelope, refs: sampleRefs(type, ids) };
      });
      return db.transaction(async (tx) => {
        const results = await webhooks.queueTestEvents(tx, p.userId, livemode, events);
        const session = await repo.insertTestingSession(tx, {
          owner_id: p.userId,
          livemode,
          product_id: product?.id ?? null,
          scenario: scenario.id,
          status: 'completed',
          fake_payment_id: ids.paymentId,
          fake_membership_id: ids.membershipId,
          fake_receipt_id: ids.receiptId,
          fake_support_ticket_id: ids.supportTicketId,
          event_count: events.length,
          delivery_count: results.length,
          request: { ...body },
          timeline: events.map((e) => ({ ...e.envelope })),
        });
        return {
          session: toSession(session),
          scenario: { ...scenario, events: [...scenario.events] },
          emitted_events: events.map((e) => e.envelope),
          delivery_results: results,
          supported_events: webhooks.supportedEvents(),
        };
      });
    },

    async listSessions(p: Principal, limit = 20) {
      const rows = await repo.listTestingSessions(db, p.userId, p.mode === 'live', limit);
      return { sessions: rows.map(toSession), count: rows.length, generated_at: now().toISOString() };
    },

    async getSession(p: Principal, id: string) {
      const row = await repo.findTestingSession(db, p.userId, p.mode === 'live', id);
      if (!row) throw new TestingSessionNotFoundError();
      return { session: toSession(row), supported_scenarios: supportedScenarios() };
    },
  };
}

export type TestingService = ReturnType<typeof createTestingService>;
