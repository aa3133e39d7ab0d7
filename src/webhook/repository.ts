// All SQL of outbound webhooks: endpoints, deliveries and the reads of the event log.
import type { Queryable } from '../db/index.ts';
import type { EventRow } from '../event/outbox.ts';
import { enqueueSelectSql, noteEnqueued } from '../jobs/queue.ts';

export type EndpointStatus = 'active' | 'paused' | 'disabled';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dead_letter';

/**
 * What a caller sees of the webhook surface: its workspace, and the modes (livemode values) whose endpoints,
 * deliveries and events it may read. A dashboard session without X-Hilt-Mode sees both; anything else one.
 */
export interface WebhookScope {
  ownerId: string;
  livemodes: boolean[];
}

export interface EndpointRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  /** Receives the events of both modes; otherwise only those of `livemode`. */
  all_modes: boolean;
  label: string;
  url: string;
  status: EndpointStatus;
  secret_sealed: string;
  secret_preview: string;
  subscribed_events: string[];
  product_ids: string[];
  consecutive_failures: number;
  failed_event_streak: number;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_error: string | null;
  disabled_reason: string | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const ENDPOINT_COLUMNS = `id, owner_id, livemode, all_modes, label, url, status, secret_sealed, secret_preview, subscribed_events,
  product_ids::text[] AS product_ids, consecutive_failures, failed_event_streak, last_success_at, last_failure_at,
  last_error, disabled_reason, archived_at, created_at, updated_at`;

export async function insertEndpoint(
  db: Queryable,
  e: {
    ownerId: string;
    livemode: boolean;
    allModes: boolean;
    label: string;
    url: string;
    secretSealed: string;
    secretPreview: string;
    subscribedEvents: string[];
    productIds: string[];
  },
): Promise<EndpointRow> {
  const [row] = await db.query<EndpointRow>(
    `INSERT INTO webhook_endpoints (owner_id, livemode, all_modes, label, url, secret_sealed, secret_preview,
       subscribed_events, product_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::uuid[]) RETURNING ${ENDPOINT_COLUMNS}`,
    [
      e.ownerId,
      e.livemode,
      e.allModes,
      e.label,
      e.url,
      e.secretSealed,
      e.secretPreview,
      e.subscribedEvents,
      e.productIds,
    ],
  );
  return row;
}

// An endpoint is visible in the modes it receives events of.
const VISIBLE_ENDPOINT = '(all_modes OR livemode = ANY($2::boolean[]))';

export async function listEndpoints(db: Queryable, scope: WebhookScope): Promise<EndpointRow[]> {
  return db.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE owner_id = $1 AND ${VISIBLE_ENDPOINT}
      ORDER BY created_at, id`,
    [scope.ownerId, scope.livemodes],
  );
}

/** How many active endpoints a workspace has in one mode (an all-modes endpoint counts in both). */
export async function countActiveEndpoints(db: Queryable, ownerId: string, livemode: boolean): Promise<number> {
  const rows = await db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM webhook_endpoints
      WHERE owner_id = $1 AND (livemode = $2 OR all_modes) AND status = 'active'`,
    [ownerId, livemode],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function findEndpoint(db: Queryable, scope: WebhookScope, id: string): Promise<EndpointRow | undefined> {
  const rows = await db.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE owner_id = $1 AND ${VISIBLE_ENDPOINT} AND id = $3`,
    [scope.ownerId, scope.livemodes, id],
  );
  return rows[0];
}

export interface EndpointPatch {
  /** Which events it receives: both modes, or only those of `livemode`. */
  mode?: { allModes: boolean; livemode: boolean };
  label?: string;
  url?: string;
  status?: EndpointStatus;
  subscribedEvents?: string[];
  productIds?: string[];
  secretSealed?: string;
  secretPreview?: string;
}

export async function updateEndpoint(db: Queryable, id: string, p: EndpointPatch): Promise<EndpointRow> {
  // Re-activating an endpoint starts its failure counts afresh; disabling by hand records why.
  const [row] = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       label = COALESCE($2, label),
       url = COALESCE($3, url),
       status = COALESCE($4::text, status),
       subscribed_events = COALESCE($5::text[], subscribed_events),
       product_ids = COALESCE($6::uuid[], product_ids),
       secret_sealed = COALESCE($7, secret_sealed),
       secret_preview = COALESCE($8, secret_preview),
       all_modes = COALESCE($9, all_modes),
       livemode = COALESCE($10, livemode),
       consecutive_failures = CASE WHEN $4 = 'active' AND status <> 'active' THEN 0 ELSE consecutive_failures END,
       failed_event_streak = CASE WHEN $4 = 'active' AND status <> 'active' THEN 0 ELSE failed_event_streak END,
       disabled_reason = CASE WHEN $4 = 'active' THEN NULL WHEN $4 = 'disabled' AND status <> 'disabled'
                         THEN 'disabled by the merchant' ELSE disabled_reason END,
       archived_at = CASE WHEN $4 = 'active' THEN NULL ELSE archived_at END,
       updated_at = now()
     WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
    [
      id,
      p.label ?? null,
      p.url ?? null,
      p.status ?? null,
      p.subscribedEvents ?? null,
      p.productIds ?? null,
      p.secretSealed ?? null,
      p.secretPreview ?? null,
      p.mode?.allModes ?? null,
      p.mode?.livemode ?? null,
    ],
  );
  return row;
}

export async function archiveEndpoint(db: Queryable, id: string): Promise<EndpointRow> {
  const [row] = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = 'deleted by the merchant',
       archived_at = COALESCE(archived_at, now()), updated_at = now()
     WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
    [id],
  );
  return row;
}

export async function countOwnedProducts(db: Queryable, scope: WebhookScope, ids: string[]): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM products
      WHERE owner_id = $1 AND livemode = ANY($2::boolean[]) AND id = ANY($3::uuid[])`,
    [scope.ownerId, scope.livemodes, ids],
  );
  return row.n;
}

// ---------------------------------------------------------------------------------------------------------------
// Deliveries

export interface DeliveryRefs {
  productId: string | null;
  paymentId: string | null;
  membershipId: string | null;
  receiptId: string | null;
  supportTicketId: string | null;
}

/**
 * One pending delivery per active endpoint of the event's owner and mode that subscribes to its type (an empty list
 * means all) and to its product (an empty list means all), each with its delivery job, in one statement (so it is
 * atomic without a transaction and costs one round trip). Running it twice for an event adds nothing.
 */
export async function createDeliveriesForEvent(
  db: Queryable,
  e: { id: string; ownerId: string; livemode: boolean; type: string; body: string; isTest: boolean },
  refs: DeliveryRefs,
  job: { queue: string; runAt: Date; maxAttempts: number },
): Promise<{ id: string; endpoint_id: string }[]> {
  // One round trip: the deliveries, and a send job per delivery (dedupe key per delivery).
  const rows = await db.query<{ id: string; endpoint_id: string }>(
    `WITH d AS (
       INSERT INTO webhook_deliveries (event_id, endpoint_id, owner_id, livemode, is_test, event_type, body, product_id,
         payment_id, membership_id, receipt_id, support_ticket_id)
       SELECT $1, w.id, w.owner_id, $3, $4, $5, $6, $7, $8, $9, $10, $11
         FROM webhook_endpoints w
        WHERE w.owner_id = $2 AND (w.livemode = $3 OR w.all_modes) AND w.status = 'active'
          AND (cardinality(w.subscribed_events) = 0 OR $5 = ANY(w.subscribed_events))
          AND (cardinality(w.product_ids) = 0 OR $7::uuid = ANY(w.product_ids))
       ON CONFLICT (event_id, endpoint_id) DO NOTHING
       RETURNING id, endpoint_id),
     j AS (${enqueueSelectSql(
       `SELECT $12, jsonb_build_object('delivery_id', d.id::text), $13, 'delivery:' || d.id, $14 FROM d`,
     )})
     SELECT id::text AS id, endpoint_id FROM d ORDER BY id`,
    [
      e.id,
      e.ownerId,
      e.livemode,
      e.isTest,
      e.type,
      e.body,
      refs.productId,
      refs.paymentId,
      refs.membershipId,
      refs.receiptId,
      refs.supportTicketId,
      job.queue,
      job.runAt,
      job.maxAttempts,
    ],
  );
  if (rows.length > 0) noteEnqueued();
  return rows;
}

/** A test delivery to one endpoint whatever its filters and status (the endpoint test route). */
export async function insertTestDelivery(
  db: Queryable,
  endpoint: EndpointRow,
  e: { id: string; type: string; body: string },
  refs: DeliveryRefs,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (event_id, endpoint_id, owner_id, livemode, is_test, event_type, body, product_id,
       payment_id, membership_id, receipt_id, support_ticket_id)
     VALUES ($1, $2, $3, $4, true, $5, $6, $7, $8, $9, $10, $11) RETURNING id::text`,
    [
      e.id,
      endpoint.id,
      endpoint.owner_id,
      endpoint.livemode,
      e.type,
      e.body,
      refs.productId,
      refs.paymentId,
      refs.membershipId,
      refs.receiptId,
      refs.supportTicketId,
    ],
  );
  return row.id;
}

export interface DeliveryRow {
  id: string;
  event_id: string;
  endpoint_id: string;
  owner_id: string;
  livemode: boolean;
  is_test: boolean;
  event_type: string;
  status: DeliveryStatus;
  attempt_count: number;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  response_status: number | null;
  response_body: string | null;
  last_error: string | null;
  product_id: string | null;
  payment_id: string | null;
  membership_id: string | null;
  receipt_id: string | null;
  support_ticket_id: string | null;
  created_at: Date;
  updated_at: Date;
  endpoint_label: string;
  url: string;
}

const DELIVERY_COLUMNS = `d.id::text AS id, d.event_id, d.endpoint_id, d.owner_id, d.livemode, d.is_test, d.event_type,
  d.status, d.attempt_count, d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.response_status, d.response_body,
  d.last_error, d.product_id, d.payment_id, d.membership_id, d.receipt_id, d.support_ticket_id, d.created_at,
  d.updated_at, w.label AS endpoint_label, w.url`;

export async function findDelivery(db: Queryable, scope: WebhookScope, id: string): Promise<DeliveryRow | undefined> {
  const rows = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
      WHERE d.id = $1 AND d.owner_id = $2 AND d.livemode = ANY($3::boolean[])`,
    [id, scope.ownerId, scope.livemodes],
  );
  return rows[0];
}

export async function findDeliveryById(db: Queryable, id: string): Promise<DeliveryRow | undefined> {
  const rows = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
      WHERE d.id = $1`,
    [id],
  );
  return rows[0];
}

export async function listDeliveries(
  db: Queryable,
  scope: WebhookScope,
  q: { endpointId?: string; status?: string; limit: number; offset: number },
): Promise<{ total: number; rows: DeliveryRow[] }> {
  const where = `d.owner_id = $1 AND d.livemode = ANY($2::boolean[]) AND ($3::uuid IS NULL OR d.endpoint_id = $3)
    AND ($4::text IS NULL OR d.status = $4)`;
  const params = [scope.ownerId, scope.livemodes, q.endpointId ?? null, q.status ?? null];
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM webhook_deliveries d WHERE ${where}`,
    params,
  );
  const rows = await db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
      WHERE ${where} ORDER BY d.id DESC LIMIT $5 OFFSET $6`,
    [...params, q.limit, q.offset],
  );
  return { total: count.n, rows };
}

export async function deliveriesForEvents(db: Queryable, eventIds: string[]): Promise<DeliveryRow[]> {
  if (eventIds.length === 0) return [];
  return db.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
      WHERE d.event_id = ANY($1::uuid[]) ORDER BY d.id`,
    [eventIds],
  );
}

/** What the delivery worker needs: the delivery, its exact body and its endpoint's target and sealed secret. */
export interface DeliveryTarget {
  id: string;
  event_id: string;
  status: DeliveryStatus;
  is_test: boolean;
  body: string;
  endpoint_id: string;
  endpoint_status: EndpointStatus;
  url: string;
  secret_sealed: string;
}

export async function findDeliveryTarget(db: Queryable, id: string): Promise<DeliveryTarget | undefined> {
  const rows = await db.query<DeliveryTarget>(
    `SELECT d.id::text AS id, d.event_id, d.status, d.is_test, d.body, d.endpoint_id, w.status AS endpoint_status, w.url,
            w.secret_sealed
       FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id WHERE d.id = $1`,
    [id],
  );
  return rows[0];
}

export interface AttemptRecord {
  status: DeliveryStatus;
  at: Date;
  nextAttemptAt: Date | null;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
}

export async function recordAttempt(db: Queryable, id: string, a: AttemptRecord): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = $2, attempt_count = attempt_count + 1, last_attempt_at = $3,
       next_attempt_at = $4, delivered_at = CASE WHEN $2 = 'delivered' THEN $3 ELSE delivered_at END,
       response_status = $5, response_body = $6, last_error = $7, updated_at = now()
     WHERE id = $1`,
    [id, a.status, a.at, a.nextAttemptAt, a.responseStatus, a.responseBody, a.error],
  );
}

export async function markDeadLetter(db: Queryable, id: string, error: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE webhook_deliveries SET status = 'dead_letter', next_attempt_at = NULL, last_error = $2, updated_at = now()
      WHERE id = $1 AND status <> 'delivered' RETURNING id`,
    [id, error],
  );
  return rows.length > 0;
}

export async function resetForReplay(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $2, updated_at = now() WHERE id = $1`,
    [id, at],
  );
}

/**
 * Records a successful attempt and clears the endpoint's failure counts in one statement. The endpoint row is only
 * written when something changes or last_success_at is a second old, so concurrent deliveries to one endpoint do
 * not queue up on its row lock.
 */
export async function recordSuccess(db: Queryable, id: string, a: Omit<AttemptRecord, 'status' | 'nextAttemptAt'>) {
  await db.query(
    `WITH d AS (
       UPDATE webhook_deliveries SET status = 'delivered', attempt_count = attempt_count + 1, last_attempt_at = $2,
         next_attempt_at = NULL, delivered_at = $2, response_status = $3, response_body = $4, last_error = NULL,
         updated_at = now()
        WHERE id = $1 RETURNING endpoint_id, is_test)
     UPDATE webhook_endpoints w SET consecutive_failures = 0, failed_event_streak = 0, last_success_at = $2,
            updated_at = now()
       FROM d
      WHERE w.id = d.endpoint_id AND NOT d.is_test
        AND (w.consecutive_failures <> 0 OR w.failed_event_streak <> 0 OR w.last_success_at IS NULL
             OR w.last_success_at < $2::timestamptz - interval '1 second')`,
    [id, a.at, a.responseStatus, a.responseBody],
  );
}

export async function recordEndpointFailure(
  db: Queryable,
  id: string,
  f: { at: Date; error: string; eventFailed: boolean; disableAfterEvents: number; gone: boolean },
): Promise<EndpointRow> {
  const [row] = await db.query<EndpointRow>(
    `UPDATE webhook_endpoints SET
       consecutive_failures = consecutive_failures + 1,
       failed_event_streak = failed_event_streak + CASE WHEN $4::boolean THEN 1 ELSE 0 END,
       last_failure_at = $2, last_error = $3, updated_at = now(),
       status = CASE WHEN $6::boolean OR ($5::int > 0 AND failed_event_streak + CASE WHEN $4 THEN 1 ELSE 0 END >= $5::int)
                THEN 'disabled' ELSE status END,
       disabled_reason = CASE
         WHEN status = 'disabled' THEN disabled_reason
         WHEN $6::boolean THEN 'the endpoint answered 410 Gone'
         WHEN $5::int > 0 AND failed_event_streak + CASE WHEN $4 THEN 1 ELSE 0 END >= $5::int
           THEN 'deliveries of ' || $5::int::text || ' events in a row failed'
         ELSE disabled_reason END
     WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
    [id, f.at, f.error.slice(0, 1000), f.eventFailed, f.disableAfterEvents, f.gone],
  );
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Event log reads

const EVENT_COLUMNS =
  'id, owner_id, livemode, type, api_version, data, product_id, payment_id, membership_id, created_at';

export async function findEventById(db: Queryable, id: string): Promise<EventRow | undefined> {
  const rows = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = $1`, [id]);
  return rows[0];
}

export async function listEvents(
  db: Queryable,
  scope: WebhookScope,
  q: { type?: string; limit: number; offset: number },
): Promise<{ total: number; rows: EventRow[] }> {
  const where = 'owner_id = $1 AND livemode = ANY($2::boolean[]) AND ($3::text IS NULL OR type = $3)';
  const params = [scope.ownerId, scope.livemodes, q.type ?? null];
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE ${where}`, params);
  const rows = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5`,
    [...params, q.limit, q.offset],
  );
  return { total: count.n, rows };
}

export async function eventTimeline(
  db: Queryable,
  scope: WebhookScope,
  q: { paymentId?: string; membershipId?: string; limit: number },
): Promise<EventRow[]> {
  return db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
      WHERE owner_id = $1 AND livemode = ANY($2::boolean[])
        AND (($3::uuid IS NOT NULL AND payment_id = $3) OR ($4::uuid IS NOT NULL AND membership_id = $4))
      ORDER BY created_at, id LIMIT $5`,
    [scope.ownerId, scope.livemodes, q.paymentId ?? null, q.membershipId ?? null, q.limit],
  );
}
