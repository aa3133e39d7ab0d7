import type { Queryable } from '../db/index.ts';
import type { EventEnvelope } from '../event/outbox.ts';

export interface TestingSessionRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  product_id: string | null;
  scenario: string;
  status: string;
  fake_payment_id: string;
  fake_membership_id: string;
  fake_receipt_id: string;
  fake_support_ticket_id: string;
  event_count: number;
  delivery_count: number;
  request: Record<string, unknown>;
  timeline: EventEnvelope[];
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, owner_id, livemode, product_id, scenario, status, fake_payment_id, fake_membership_id,
  fake_receipt_id, fake_support_ticket_id, event_count, delivery_count, request, timeline, created_at, updated_at`;

export async function insertTestingSession(
  db: Queryable,
  s: Omit<TestingSessionRow, 'id' | 'created_at' | 'updated_at'>,
): Promise<TestingSessionRow> {
  const [row] = await db.query<TestingSessionRow>(
    `INSERT INTO testing_sessions (owner_id, livemode, product_id, scenario, status, fake_payment_id,
       fake_membership_id, fake_receipt_id, fake_support_ticket_id, event_count, delivery_count, request, timeline)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
    [
      s.owner_id,
      s.livemode,
      s.product_id,
      s.scenario,
      s.status,
      s.fake_payment_id,
      s.fake_membership_id,
      s.fake_receipt_id,
      s.fake_support_ticket_id,
      s.event_count,
      s.delivery_count,
      JSON.stringify(s.request),
      JSON.stringify(s.timeline),
    ],
  );
  return row;
}

export async function listTestingSessions(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  limit: number,
): Promise<TestingSessionRow[]> {
  return db.query<TestingSessionRow>(
    `SELECT ${COLUMNS} FROM testing_sessions WHERE owner_id = $1 AND livemode = $2
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [ownerId, livemode, limit],
  );
}

export async function findTestingSession(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<TestingSessionRow | undefined> {
  const rows = await db.query<TestingSessionRow>(
    `SELECT ${COLUMNS} FROM testing_sessions WHERE id = $1 AND owner_id = $2 AND livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}
