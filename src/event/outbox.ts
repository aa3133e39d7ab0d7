// Business events in Hilt's envelope `{id, type, api_version, created_at, livemode, data}`. `recordEvent` must be
// called with the transaction that makes the change, so an event exists exactly when its change committed; the
// webhook fan-out job is queued in that same statement.
import type { Queryable } from '../db/index.ts';
import { DEFAULT_MAX_ATTEMPTS, enqueueSelectSql, noteEnqueued } from '../jobs/queue.ts';

export const API_VERSION = '2026-05-04';

export const EVENT_TYPES = [
  'payment.confirmed',
  'payment.failed',
  'receipt.created',
  'membership.activated',
  'membership.renewed',
  'membership.entered_grace',
  'membership.expired',
  'membership.reapproval_required',
  'delivery.failed',
  'support.ticket.created',
  'access.entitlement.activated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const FANOUT_QUEUE = 'webhooks.fanout';

export interface EventInput {
  ownerId: string;
  livemode: boolean;
  type: EventType;
  data: Record<string, unknown>;
  productId?: string | null;
  paymentId?: string | null;
  membershipId?: string | null;
}

export interface EventEnvelope {
  id: string;
  type: string;
  api_version: string;
  created_at: string;
  livemode: boolean;
  data: Record<string, unknown>;
}

export interface EventRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  type: string;
  api_version: string;
  data: Record<string, unknown>;
  product_id: string | null;
  payment_id: string | null;
  membership_id: string | null;
  created_at: Date;
}

export function toEnvelope(row: EventRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    api_version: row.api_version,
    created_at: row.created_at.toISOString(),
    livemode: row.livemode,
    data: row.data,
  };
}

// The fan-out job of each event in CTE `e` ($9: the queue) whose workspace has an active endpoint for its mode (an
// endpoint receives the events that happen after it exists, so no job is needed otherwise).
const FANOUT_JOBS = `${enqueueSelectSql(
  `SELECT $9, jsonb_build_object('event_id', e.id), now(), e.id::text, ${DEFAULT_MAX_ATTEMPTS} FROM e
    WHERE EXISTS (SELECT 1 FROM webhook_endpoints w
                   WHERE w.owner_id = e.owner_id AND (w.livemode = e.livemode OR w.all_modes) AND w.status = 'active')`,
)} RETURNING 1`;

export async function recordEvent(tx: Queryable, e: EventInput): Promise<EventRow> {
  // One statement: the event, and its fan-out job.
  const [row] = await tx.query<EventRow & { queued: boolean }>(
    `WITH e AS (
       INSERT INTO events (owner_id, livemode, type, api_version, data, product_id, payment_id, membership_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, owner_id, livemode, type, api_version, data, product_id, payment_id, membership_id, created_at
     ), fanout AS (${FANOUT_JOBS})
     SELECT *, EXISTS (SELECT 1 FROM fanout) AS queued FROM e`,
    [
      e.ownerId,
      e.livemode,
      e.type,
      API_VERSION,
      JSON.stringify(e.data),
      e.productId ?? null,
      e.paymentId ?? null,
      e.membershipId ?? null,
      FANOUT_QUEUE,
    ],
  );
  const { queued, ...event } = row;
  if (queued) noteEnqueued();
  return event;
}

/** Several events of one change in one statement (settlement's `receipt.created` and `payment.confirmed`). */
export async function recordEvents(tx: Queryable, events: EventInput[]): Promise<void> {
  if (events.length <= 1) {
    if (events[0]) await recordEvent(tx, events[0]);
    return;
  }
  const col = <T>(f: (e: EventInput) => T) => events.map(f);
  const [row] = await tx.query<{ queued: boolean }>(
    `WITH e AS (
       INSERT INTO events (owner_id, livemode, type, api_version, data, product_id, payment_id, membership_id)
       SELECT o, l, t, $4, d::jsonb, pr, pa, m
         FROM unnest($1::uuid[], $2::boolean[], $3::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[])
              AS x(o, l, t, d, pr, pa, m)
       RETURNING id, owner_id, livemode
     ), fanout AS (${FANOUT_JOBS})
     SELECT EXISTS (SELECT 1 FROM fanout) AS queued`,
    [
      col((e) => e.ownerId),
      col((e) => e.livemode),
      col((e) => e.type),
      API_VERSION,
      col((e) => JSON.stringify(e.data)),
      col((e) => e.productId ?? null),
      col((e) => e.paymentId ?? null),
      col((e) => e.membershipId ?? null),
      FANOUT_QUEUE,
    ],
  );
  if (row.queued) noteEnqueued();
}
