// Outbound webhooks: endpoint management, the fan-out of recorded events into deliveries, the delivery worker and
// the event-log reads. Each delivery is a job on the database queue, so it is sent at least once (a crash between
// sending and recording lets the job's lease lapse and it is sent again; receivers dedupe on the event id) and
// several instances share the deliveries without sending one twice in normal operation.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import {
  EndpointModeNotAllowedError,
  TimelineSubjectRequiredError,
  UnknownEventTypeError,
  UnknownProductError,
  WebhookDeliveryInProgressError,
  WebhookDeliveryNotFoundError,
  WebhookEndpointNotFoundError,
} from './errors.ts';
import {
  API_VERSION,
  EVENT_TYPES,
  type EventEnvelope,
  type EventRow,
  type EventType,
  FANOUT_QUEUE,
  toEnvelope,
} from '../event/outbox.ts';
import { enqueue, type Job, type JobRunner, RetryJob } from '../jobs/queue.ts';
import { decrypt, encrypt } from '../lib/crypto.ts';
import { dropNulls } from '../lib/patch.ts';
import type { Static } from 'typebox';
import * as repo from './repository.ts';
import type * as schemas from './schemas.ts';
import type { DeliveryRefs, DeliveryRow, EndpointRow } from './repository.ts';
import { fakeIds, sampleEventData, sampleRefs } from './samples.ts';
import { type SendResult, WebhookSender } from './sender.ts';
import { generateSigningSecret, secretPreview, signedHeaders } from './signing.ts';
import { type Resolver, resolveWebhookTarget } from './ssrf.ts';

export const DELIVER_QUEUE = 'webhooks.deliver';
/** Attempt 1 is immediate; after a failed attempt n the next one waits RETRY_DELAYS_MS[n - 1]. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Deliveries one instance runs at once (at most `webhookEndpointConcurrency` of them to one endpoint). */
const DELIVER_CONCURRENCY = 50;
/** When a delivery to an endpoint that is busy with others is looked at again (it has not used an attempt). */
const BUSY_ENDPOINT_RECHECK_MS = 1000;
const RESPONSE_BODY_KEEP = 2000;

export type EndpointMode = 'all' | 'live' | 'sandbox';

export type EndpointCreate = Static<typeof schemas.EndpointCreate>;
export type EndpointUpdate = Static<typeof schemas.EndpointUpdate>;

export interface TestEvent {
  envelope: EventEnvelope;
  refs: DeliveryRefs;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** How many active endpoints receive a workspace's events in a mode (other domains ask here, not the repository). */
export function countActiveEndpoints(db: Queryable, ownerId: string, livemode: boolean): Promise<number> {
  return repo.countActiveEndpoints(db, ownerId, livemode);
}

export function toEndpoint(e: EndpointRow) {
  return {
    id: e.id,
    owner_id: e.owner_id,
    livemode: e.livemode,
    mode: (e.all_modes ? 'all' : e.livemode ? 'live' : 'sandbox') as EndpointMode,
    label: e.label,
    url: e.url,
    status: e.status,
    signing_secret_preview: e.secret_preview,
    subscribed_events: e.subscribed_events,
    product_ids: e.product_ids,
    consecutive_failures: e.consecutive_failures,
    last_success_at: iso(e.last_success_at),
    last_failure_at: iso(e.last_failure_at),
    last_error: e.last_error,
    disabled_reason: e.disabled_reason,
    archived_at: iso(e.archived_at),
    created_at: e.created_at.toISOString(),
    updated_at: e.updated_at.toISOString(),
  };
}

export function toDelivery(d: DeliveryRow) {
  return {
    id: Number(d.id),
    event_id: d.event_id,
    endpoint_id: d.endpoint_id,
    owner_id: d.owner_id,
    livemode: d.livemode,
    test: d.is_test,
    status: d.status,
    attempt_count: d.attempt_count,
    last_attempt_at: iso(d.last_attempt_at),
    next_attempt_at: iso(d.next_attempt_at),
    delivered_at: iso(d.delivered_at),
    response_status: d.response_status,
    response_body: d.response_body,
    last_error: d.last_error,
    created_at: d.created_at.toISOString(),
    updated_at: d.updated_at.toISOString(),
    event_type: d.event_type,
    endpoint_label: d.endpoint_label,
    url: d.url,
    product_id: d.product_id,
    payment_id: d.payment_id,
    membership_id: d.membership_id,
    receipt_id: d.receipt_id,
    support_ticket_id: d.support_ticket_id,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idIn(value: unknown): string | null {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && UUID.test(id) ? id : null;
}

/** The ids an event refers to; receipt and ticket ids live in its data (the events table keeps the others). */
export function eventRefs(row: EventRow): DeliveryRefs {
  const data = row.data ?? {};
  return {
    productId: row.product_id,
    paymentId: row.payment_id,
    membershipId: row.membership_id,
    receiptId: idIn(data.receipt),
    supportTicketId: idIn(data.ticket) ?? idIn(data.support_ticket),
  };
}

function eventSource(type: string, refs: DeliveryRefs): { type: string; id: string | null } {
  if (type.startsWith('payment.')) return { type: 'payment', id: refs.paymentId };
  if (type.startsWith('receipt.')) return { type: 'receipt', id: refs.receiptId };
  if (type.startsWith('membership.')) return { type: 'membership', id: refs.membershipId };
  if (type.startsWith('support.')) return { type: 'support_ticket', id: refs.supportTicketId };
  return { type: 'delivery', id: refs.membershipId ?? refs.paymentId };
}

export function toStoredEvent(row: EventRow, deliveries: DeliveryRow[] = []) {
  const refs = eventRefs(row);
  const source = eventSource(row.type, refs);
  return {
    id: row.id,
    event_type: row.type,
    event_version: row.api_version,
    livemode: row.livemode,
    source_type: source.type,
    source_id: source.id,
    product_id: refs.productId,
    payment_id: refs.paymentId,
    membership_id: refs.membershipId,
    receipt_id: refs.receiptId,
    support_ticket_id: refs.supportTicketId,
    created_at: row.created_at.toISOString(),
    payload: toEnvelope(row),
    deliveries: deliveries.map(toDelivery),
  };
}

export function createWebhookService(deps: {
  db: Db;
  config: Config;
  encryptionKey: Buffer;
  now?: () => Date;
  resolve?: Resolver;
  log?: Logger;
}) {
  const { db, config, encryptionKey } = deps;
  const now = deps.now ?? (() => new Date());
  const sender = new WebhookSender(config.webhookTimeoutMs);
  const guard = { allowPrivate: config.allowPrivateWebhookUrls, resolve: deps.resolve };
  const livemodeOf = (p: Principal) => p.mode === 'live';
  /** A dashboard session without X-Hilt-Mode works on both modes' webhooks (Hilt's SDKs cannot send the header). */
  const bothModes = (p: Principal) => p.kind === 'session' && !p.modeExplicit;
  const scopeOf = (p: Principal): repo.WebhookScope => ({
    ownerId: p.userId,
    livemodes: bothModes(p) ? [true, false] : [livemodeOf(p)],
  });

  /** The endpoint's mode as stored; a caller bound to one mode may only choose that one. */
  function modeFor(p: Principal, mode: EndpointMode | undefined): { allModes: boolean; livemode: boolean } {
    const chosen = mode ?? (bothModes(p) ? 'all' : p.mode);
    if (!bothModes(p) && chosen !== p.mode) {
      throw new EndpointModeNotAllowedError(p.kind, p.mode);
    }
    return chosen === 'all' ? { allModes: true, livemode: true } : { allModes: false, livemode: chosen === 'live' };
  }

  /** Event types in any letter case, returned canonical (lower case); an unknown one is 422 naming the catalog. */
  function checkEventTypes(types: string[] | undefined): string[] | undefined {
    return types?.map((t) => {
      const known = EVENT_TYPES.find((e) => e === t.toLowerCase());
      if (!known) {
        throw new UnknownEventTypeError(t, EVENT_TYPES);
      }
      return known;
    });
  }

  async function checkProducts(p: Principal, ids: string[] | undefined) {
    const unique = [...new Set(ids ?? [])];
    if (unique.length === 0) return;
    if ((await repo.countOwnedProducts(db, scopeOf(p), unique)) !== unique.length) {
      throw new UnknownProductError();
    }
  }

  async function endpointOf(p: Principal, id: string) {
    const e = await repo.findEndpoint(db, scopeOf(p), id);
    if (!e) throw new WebhookEndpointNotFoundError();
    return e;
  }

  /** Resolves, checks and sends; never throws for the receiver's or the network's failures. */
  async function attempt(target: { url: string; secret_sealed: string; event_id: string; body: string }) {
    let result: SendResult;
    try {
      const { url, address } = await resolveWebhookTarget(target.url, guard);
      const secret = decrypt(encryptionKey, target.secret_sealed);
      const timestamp = Math.floor(now().getTime() / 1000);
      result = await sender.send(
        url,
        address,
        signedHeaders(secret, target.event_id, timestamp, target.body),
        target.body,
      );
    } catch (err) {
      result = { status: null, body: null, error: (err as Error).message, durationMs: 0 };
    }
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const error = ok
      ? null
      : (result.error ?? `HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 200)}` : ''}`);
    return { ok, error, result };
  }

  // Requests in flight per endpoint on this instance: a slow receiver takes at most webhookEndpointConcurrency of
  // the delivery slots, so however many of its events wait, the other receivers' deliveries still find free slots.
  const inFlight = new Map<string, number>();

  async function deliver(job: Job) {
    const id = String(job.payload.delivery_id);
    const target = await repo.findDeliveryTarget(db, id);
    if (!target || target.status === 'delivered' || target.status === 'dead_letter') return;
    if (target.endpoint_status !== 'active') {
      await repo.markDeadLetter(db, id, `endpoint is ${target.endpoint_status}`);
      return;
    }
    const busy = inFlight.get(target.endpoint_id) ?? 0;
    if (busy >= config.webhookEndpointConcurrency) {
      const later = new Date(now().getTime() + BUSY_ENDPOINT_RECHECK_MS);
      throw new RetryJob('endpoint busy with earlier deliveries', later, false, false);
    }
    inFlight.set(target.endpoint_id, busy + 1);
    let sent: Awaited<ReturnType<typeof attempt>>;
    try {
      sent = await attempt(target);
    } finally {
      const left = (inFlight.get(target.endpoint_id) ?? 1) - 1;
      if (left > 0) inFlight.set(target.endpoint_id, left);
      else inFlight.delete(target.endpoint_id);
    }
    const { ok, error, result } = sent;
    const at = now();
    const gone = result.status === 410;
    const final = !ok && (gone || job.attempts >= MAX_ATTEMPTS);
    const nextAttemptAt =
      ok || final ? null : new Date(at.getTime() + RETRY_DELAYS_MS[Math.min(job.attempts, MAX_ATTEMPTS - 1) - 1]);
    const responseBody = result.body?.slice(0, RESPONSE_BODY_KEEP) ?? null;
    if (ok) {
      await repo.recordSuccess(db, id, { at, responseStatus: result.status, responseBody, error: null });
      return;
    }
    await db.transaction(async (tx) => {
      await repo.recordAttempt(tx, id, {
        status: final ? 'dead_letter' : 'failed',
        at,
        nextAttemptAt,
        responseStatus: result.status,
        responseBody,
        error,
      });
      // Test traffic does not count towards an endpoint's failures.
      if (target.is_test) return;
      const endpoint = await repo.recordEndpointFailure(tx, target.endpoint_id, {
        at,
        error: error ?? 'failed',
        eventFailed: final,
        disableAfterEvents: config.webhookDisableAfterEvents,
        gone,
      });
      if (endpoint.status === 'disabled') {
        deps.log?.warn({ endpoint: endpoint.id, reason: endpoint.disabled_reason }, 'webhook endpoint disabled');
      }
    });
    if (nextAttemptAt) throw new RetryJob(error ?? 'delivery failed', nextAttemptAt);
  }

  const deliveryJob = () => ({ queue: DELIVER_QUEUE, runAt: now(), maxAttempts: MAX_ATTEMPTS });

  async function fanout(job: Job) {
    const eventId = String(job.payload.event_id);
    const event = await repo.findEventById(db, eventId);
    if (!event) return;
    const body = JSON.stringify(toEnvelope(event));
    await repo.createDeliveriesForEvent(
      db,
      { id: event.id, ownerId: event.owner_id, livemode: event.livemode, type: event.type, body, isTest: false },
      eventRefs(event),
      deliveryJob(),
    );
  }

  function testEnvelope(type: EventType, livemode: boolean, data: Record<string, unknown>): EventEnvelope {
    return { id: randomUUID(), type, api_version: API_VERSION, created_at: now().toISOString(), livemode, data };
  }

  return {
    supportedEvents: () => [...EVENT_TYPES],

    registerJobs(jobs: JobRunner) {
      jobs.register(FANOUT_QUEUE, { handler: fanout, concurrency: 50 });
      jobs.register(DELIVER_QUEUE, {
        handler: deliver,
        concurrency: DELIVER_CONCURRENCY,
        onDead: async (job, error) => {
          await repo.markDeadLetter(db, String(job.payload.delivery_id), error);
        },
      });
    },

    async listEndpoints(p: Principal) {
      return { endpoints: (await repo.listEndpoints(db, scopeOf(p))).map(toEndpoint) };
    },

    async createEndpoint(p: Principal, input: EndpointCreate) {
      const body = { ...input, subscribed_events: checkEventTypes(input.subscribed_events) };
      const mode = modeFor(p, body.mode);
      await checkProducts(p, body.product_ids);
      await resolveWebhookTarget(body.url, guard);
      const secret = generateSigningSecret();
      const row = await repo.insertEndpoint(db, {
        ownerId: p.userId,
        ...mode,
        label: body.label.trim(),
        url: body.url,
        secretSealed: encrypt(encryptionKey, secret),
        secretPreview: secretPreview(secret),
        subscribedEvents: [...new Set(body.subscribed_events ?? [])],
        productIds: [...new Set(body.product_ids ?? [])],
      });
      return { endpoint: toEndpoint(row), signing_secret: secret, supported_events: [...EVENT_TYPES] };
    },

    async updateEndpoint(p: Principal, id: string, input: EndpointUpdate) {
      await endpointOf(p, id);
      // Null leaves a field as it is, like leaving it out.
      const kept = dropNulls(input, ['label', 'url', 'status', 'subscribed_events', 'product_ids', 'mode']);
      const body = { ...kept, subscribed_events: checkEventTypes(kept.subscribed_events) };
      const mode = body.mode === undefined ? undefined : modeFor(p, body.mode);
      await checkProducts(p, body.product_ids);
      if (body.url !== undefined) await resolveWebhookTarget(body.url, guard);
      const secret = body.rotate_signing_secret ? generateSigningSecret() : undefined;
      const row = await repo.updateEndpoint(db, id, {
        label: body.label?.trim(),
        url: body.url,
        status: body.status,
        subscribedEvents: body.subscribed_events ? [...new Set(body.subscribed_events)] : undefined,
        productIds: body.product_ids ? [...new Set(body.product_ids)] : undefined,
        secretSealed: secret ? encrypt(encryptionKey, secret) : undefined,
        secretPreview: secret ? secretPreview(secret) : undefined,
        mode,
      });
      return secret ? { endpoint: toEndpoint(row), signing_secret: secret } : { endpoint: toEndpoint(row) };
    },

    async deleteEndpoint(p: Principal, id: string) {
      await endpointOf(p, id);
      return { endpoint: toEndpoint(await repo.archiveEndpoint(db, id)) };
    },

    /** Sends one signed test event to the endpoint now, whatever its filters and status, and reports the answer. */
    async testEndpoint(p: Principal, id: string, eventType: string) {
      const endpoint = await endpointOf(p, id);
      checkEventTypes([eventType]);
      const type = eventType as EventType;
      const ids = fakeIds(null, endpoint.owner_id);
      const envelope = testEnvelope(
        type,
        endpoint.livemode,
        sampleEventData(type, ids, { publicUrl: config.publicUrl, at: now() }),
      );
      const body = JSON.stringify(envelope);
      const deliveryId = await repo.insertTestDelivery(
        db,
        endpoint,
        { id: envelope.id, type, body },
        sampleRefs(type, ids),
      );
      const { ok, error, result } = await attempt({
        url: endpoint.url,
        secret_sealed: endpoint.secret_sealed,
        event_id: envelope.id,
        body,
      });
      await repo.recordAttempt(db, deliveryId, {
        status: ok ? 'delivered' : 'failed',
        at: now(),
        nextAttemptAt: null,
        responseStatus: result.status,
        responseBody: result.body?.slice(0, RESPONSE_BODY_KEEP) ?? null,
        error,
      });
      const delivery = (await repo.findDeliveryById(db, deliveryId))!;
      return {
        event: envelope,
        delivery: toDelivery(delivery),
        delivered: ok,
        result: {
          status_code: result.status,
          response_body: result.body?.slice(0, RESPONSE_BODY_KEEP) ?? null,
          error,
          duration_ms: result.durationMs,
        },
      };
    },

    /**
     * Queues test events (already built, with fake ids) to every matching endpoint of the workspace, inside the
     * caller's transaction. Returns one result per delivery.
     */
    async queueTestEvents(tx: Queryable, ownerId: string, livemode: boolean, events: TestEvent[]) {
      const results: {
        event_id: string;
        event_type: string;
        endpoint_id: string;
        delivery_id: number;
        status: string;
      }[] = [];
      for (const e of events) {
        const rows = await repo.createDeliveriesForEvent(
          tx,
          {
            id: e.envelope.id,
            ownerId,
            livemode,
            type: e.envelope.type,
            body: JSON.stringify(e.envelope),
            isTest: true,
          },
          e.refs,
          deliveryJob(),
        );
        for (const r of rows) {
          results.push({
            event_id: e.envelope.id,
            event_type: e.envelope.type,
            endpoint_id: r.endpoint_id,
            delivery_id: Number(r.id),
            status: 'pending',
          });
        }
      }
      return results;
    },

    async listDeliveries(p: Principal, q: Static<typeof schemas.DeliveryListQuery>) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? 20;
      const { total, rows } = await repo.listDeliveries(db, scopeOf(p), {
        endpointId: q.endpoint_id,
        status: q.status,
        limit: perPage,
        offset: (page - 1) * perPage,
      });
      return { total, page, deliveries: rows.map(toDelivery) };
    },

    /** Sends a delivery again with a fresh retry schedule (the same event id and body). */
    async replayDelivery(p: Principal, deliveryId: number) {
      const d = await repo.findDelivery(db, scopeOf(p), String(deliveryId));
      if (!d) throw new WebhookDeliveryNotFoundError();
      if (d.status === 'pending' || (d.status === 'failed' && d.next_attempt_at)) {
        throw new WebhookDeliveryInProgressError();
      }
      await db.transaction(async (tx) => {
        await repo.resetForReplay(tx, d.id, now());
        await enqueue(tx, DELIVER_QUEUE, { delivery_id: d.id }, { runAt: now(), maxAttempts: MAX_ATTEMPTS });
      });
      return { delivery: toDelivery((await repo.findDeliveryById(db, d.id))!) };
    },

    async listEvents(p: Principal, q: Static<typeof schemas.EventListQuery>) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? 20;
      const { total, rows } = await repo.listEvents(db, scopeOf(p), {
        type: q.event_type?.toLowerCase(),
        limit: perPage,
        offset: (page - 1) * perPage,
      });
      const deliveries = await repo.deliveriesForEvents(
        db,
        rows.map((r) => r.id),
      );
      return {
        total,
        page,
        events: rows.map((r) =>
          toStoredEvent(
            r,
            deliveries.filter((d) => d.event_id === r.id),
          ),
        ),
        supported_events: [...EVENT_TYPES],
      };
    },

    async timeline(p: Principal, q: Static<typeof schemas.TimelineQuery>) {
      if (!q.payment_id && !q.membership_id) {
        throw new TimelineSubjectRequiredError();
      }
      const rows = await repo.eventTimeline(db, scopeOf(p), {
        paymentId: q.payment_id,
        membershipId: q.membership_id,
        limit: q.limit ?? 40,
      });
      const deliveries = await repo.deliveriesForEvents(
        db,
        rows.map((r) => r.id),
      );
      const timeline = rows.map((r) =>
        toStoredEvent(
          r,
          deliveries.filter((d) => d.event_id === r.id),
        ),
      );
      return {
        payment_id: q.payment_id ?? null,
        membership_id: q.membership_id ?? null,
        timeline,
        count: timeline.length,
        generated_at: now().toISOString(),
      };
    },

    testEnvelope,
    close: () => sender.close(),
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
