import type { Queryable } from '../db/index.ts';
import { recordEvent } from '../event/outbox.ts';

export const CATEGORIES = ['PAYMENT', 'DELIVERY', 'ACCESS', 'REFUND', 'ACCOUNT', 'OTHER'] as const;
export const STATUSES = ['OPEN', 'PENDING_MERCHANT', 'PENDING_BUYER', 'RESOLVED', 'CLOSED'] as const;
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type Category = (typeof CATEGORIES)[number];
export type TicketStatus = (typeof STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type AuthorType = 'MERCHANT' | 'BUYER' | 'SYSTEM';

/** What a ticket is about; the keys the SDK sends (`SupportContextInput`). */
export interface SupportContext {
  product_id?: string | null;
  product_slug?: string | null;
  payment_id?: string | null;
  receipt_id?: string | null;
  membership_id?: string | null;
  tx_signature?: string | null;
  wallet?: string | null;
  source?: string | null;
  [key: string]: unknown;
}

export interface TicketRow {
  id: string;
  owner_id: string;
  livemode: boolean;
  subject: string;
  category: Category;
  priority: Priority;
  status: TicketStatus;
  context: SupportContext;
  payment_id: string | null;
  receipt_id: string | null;
  membership_id: string | null;
  tx_signature: string | null;
  opened_by: AuthorType;
  buyer_wallet: string | null;
  created_at: Date;
  updated_at: Date;
  resolved_at: Date | null;
  closed_at: Date | null;
}

export interface MessageRow {
  id: string;
  ticket_id: string;
  author_type: AuthorType;
  author_id: string | null;
  body: string;
  created_at: Date;
}

const COLUMNS = `id, owner_id, livemode, subject, category, priority, status, context, payment_id, receipt_id,
  membership_id, tx_signature, opened_by, buyer_wallet, created_at, updated_at, resolved_at, closed_at`;
const MESSAGE_COLUMNS = 'id, ticket_id, author_type, author_id, body, created_at';

export interface TicketInsert {
  ownerId: string;
  livemode: boolean;
  subject: string;
  category: Category;
  priority?: Priority;
  context: SupportContext;
  openedBy: AuthorType;
  buyerWallet?: string | null;
  buyerTokenHash?: string | null;
  reuseKey?: string | null;
}

const textOrNull = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** Inserts a ticket; with a reuse key, returns undefined when an open ticket already holds that key. */
export async function insertTicket(db: Queryable, t: TicketInsert): Promise<TicketRow | undefined> {
  const rows = await db.query<TicketRow>(
    `INSERT INTO support_tickets (owner_id, livemode, subject, category, priority, context, payment_id, receipt_id,
        membership_id, tx_signature, opened_by, buyer_wallet, buyer_token_hash, reuse_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (owner_id, livemode, reuse_key) WHERE reuse_key IS NOT NULL AND status NOT IN ('RESOLVED', 'CLOSED')
     DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      t.ownerId,
      t.livemode,
      t.subject,
      t.category,
      t.priority ?? 'NORMAL',
      JSON.stringify(t.context),
      textOrNull(t.context.payment_id),
      textOrNull(t.context.receipt_id),
      textOrNull(t.context.membership_id),
      textOrNull(t.context.tx_signature),
      t.openedBy,
      t.buyerWallet ?? null,
      t.buyerTokenHash ?? null,
      t.reuseKey ?? null,
    ],
  );
  return rows[0];
}

export async function findOpenTicketByReuseKey(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  reuseKey: string,
): Promise<TicketRow | undefined> {
  const rows = await db.query<TicketRow>(
    `SELECT ${COLUMNS} FROM support_tickets
      WHERE owner_id = $1 AND livemode = $2 AND reuse_key = $3 AND status NOT IN ('RESOLVED', 'CLOSED')`,
    [ownerId, livemode, reuseKey],
  );
  return rows[0];
}

export async function insertMessage(
  db: Queryable,
  m: { ticketId: string; authorType: AuthorType; authorId: string | null; body: string },
): Promise<MessageRow> {
  const rows = await db.query<MessageRow>(
    `INSERT INTO support_messages (ticket_id, author_type, author_id, body) VALUES ($1, $2, $3, $4)
     RETURNING ${MESSAGE_COLUMNS}`,
    [m.ticketId, m.authorType, m.authorId, m.body],
  );
  await db.query('UPDATE support_tickets SET updated_at = now() WHERE id = $1', [m.ticketId]);
  return rows[0];
}

export async function findTicket(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<TicketRow | undefined> {
  const rows = await db.query<TicketRow>(
    `SELECT ${COLUMNS} FROM support_tickets WHERE id = $1 AND owner_id = $2 AND livemode = $3`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

/** A ticket by id and the hash of the buyer's token (the buyer's own view). */
export async function findTicketByBuyerToken(
  db: Queryable,
  id: string,
  tokenHash: string,
): Promise<TicketRow | undefined> {
  const rows = await db.query<TicketRow>(
    `SELECT ${COLUMNS} FROM support_tickets WHERE id = $1 AND buyer_token_hash = $2`,
    [id, tokenHash],
  );
  return rows[0];
}

export async function findTicketForUpdate(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  id: string,
): Promise<TicketRow | undefined> {
  const rows = await db.query<TicketRow>(
    `SELECT ${COLUMNS} FROM support_tickets WHERE id = $1 AND owner_id = $2 AND livemode = $3 FOR UPDATE`,
    [id, ownerId, livemode],
  );
  return rows[0];
}

export async function listMessages(db: Queryable, ticketId: string): Promise<MessageRow[]> {
  return db.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM support_messages WHERE ticket_id = $1 ORDER BY created_at, id`,
    [ticketId],
  );
}

export async function listTickets(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  q: { status?: string; limit: number; offset: number },
): Promise<{ total: number; tickets: TicketRow[] }> {
  const where = 'owner_id = $1 AND livemode = $2 AND ($3::text IS NULL OR status = $3)';
  const [{ n }] = await db.query<{ n: bigint }>(`SELECT count(*) AS n FROM support_tickets WHERE ${where}`, [
    ownerId,
    livemode,
    q.status ?? null,
  ]);
  const tickets = await db.query<TicketRow>(
    `SELECT ${COLUMNS} FROM support_tickets WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5`,
    [ownerId, livemode, q.status ?? null, q.limit, q.offset],
  );
  return { total: Number(n), tickets };
}

export async function updateTicket(
  db: Queryable,
  id: string,
  u: { status?: TicketStatus; priority?: Priority },
): Promise<TicketRow> {
  const rows = await db.query<TicketRow>(
    `UPDATE support_tickets SET status = COALESCE($2, status), priority = COALESCE($3, priority), updated_at = now(),
            resolved_at = CASE WHEN $2::text = 'RESOLVED' THEN COALESCE(resolved_at, now())
                               WHEN $2::text IN ('OPEN', 'PENDING_MERCHANT', 'PENDING_BUYER') THEN NULL
                               ELSE resolved_at END,
            closed_at = CASE WHEN $2::text = 'CLOSED' THEN COALESCE(closed_at, now())
                             WHEN $2::text IS NOT NULL THEN NULL ELSE closed_at END
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, u.status ?? null, u.priority ?? null],
  );
  return rows[0];
}

/** Moves an open thread to whoever must answer next; resolved and closed tickets keep their status. */
export async function setWaitingOn(db: Queryable, id: string, status: 'PENDING_MERCHANT' | 'PENDING_BUYER') {
  await db.query(
    `UPDATE support_tickets SET status = $2, updated_at = now()
      WHERE id = $1 AND status IN ('OPEN', 'PENDING_MERCHANT', 'PENDING_BUYER')`,
    [id, status],
  );
}

export function ticketEventData(t: TicketRow) {
  return {
    ticket: {
      id: t.id,
      ticket_id: t.id,
      subject: t.subject,
      category: t.category,
      priority: t.priority,
      status: t.status,
      opened_by: t.opened_by,
      context: t.context,
      created_at: t.created_at.toISOString(),
    },
  };
}

export async function recordTicketCreated(tx: Queryable, t: TicketRow) {
  await recordEvent(tx, {
    ownerId: t.owner_id,
    livemode: t.livemode,
    type: 'support.ticket.created',
    data: ticketEventData(t),
    productId: textOrNull(t.context.product_id),
    paymentId: t.payment_id,
    membershipId: t.membership_id,
  });
}

/**
 * Opens a ticket for a problem the platform itself found (a failed delivery, say), or adds the new report to the
 * open ticket about the same thing: one open ticket per category and payment (else membership, else transaction).
 * Call it with the transaction that records the problem; it emits `support.ticket.created` only for a new ticket.
 * The context links are trusted (the caller read them from its own rows).
 */
export async function openOrReuseTicket(
  tx: Queryable,
  input: {
    ownerId: string;
    livemode: boolean;
    subject: string;
    category: Category;
    body: string;
    context: SupportContext;
    priority?: Priority;
  },
): Promise<{ ticket_id: string; created: boolean }> {
  const c = input.context;
  const anchor = c.payment_id
    ? `payment:${c.payment_id}`
    : c.membership_id
      ? `membership:${c.membership_id}`
      : c.tx_signature
        ? `tx:${c.tx_signature}`
        : null;
  const reuseKey = anchor ? `${input.category}:${anchor}` : null;
  const subject = input.subject.slice(0, 200);
  const body = input.body.slice(0, 5000);
  const created = await insertTicket(tx, {
    ownerId: input.ownerId,
    livemode: input.livemode,
    subject,
    category: input.category,
    priority: input.priority,
    context: { source: 'system', ...c },
    openedBy: 'SYSTEM',
    reuseKey,
  });
  if (created) {
    await insertMessage(tx, { ticketId: created.id, authorType: 'SYSTEM', authorId: null, body });
    await recordTicketCreated(tx, created);
    return { ticket_id: created.id, created: true };
  }
  const existing = (await findOpenTicketByReuseKey(tx, input.ownerId, input.livemode, reuseKey!))!;
  await insertMessage(tx, { ticketId: existing.id, authorType: 'SYSTEM', authorId: null, body });
  return { ticket_id: existing.id, created: false };
}

/** Which of the context's links do not belong to this workspace and mode (payment, receipt, membership, tx, product). */
export async function foreignContextLinks(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  c: SupportContext,
): Promise<string[]> {
  const checks: [string, unknown, string][] = [
    ['payment_id', c.payment_id, 'SELECT 1 FROM payments WHERE id = $3 AND owner_id = $1 AND livemode = $2'],
    ['receipt_id', c.receipt_id, 'SELECT 1 FROM receipts WHERE id = $3 AND owner_id = $1 AND livemode = $2'],
    ['membership_id', c.membership_id, 'SELECT 1 FROM memberships WHERE id = $3 AND owner_id = $1 AND livemode = $2'],
    ['product_id', c.product_id, 'SELECT 1 FROM products WHERE id = $3 AND owner_id = $1 AND livemode = $2'],
    [
      'tx_signature',
      c.tx_signature,
      `SELECT 1 FROM payments WHERE tx_signature = $3 AND owner_id = $1 AND livemode = $2
       UNION ALL SELECT 1 FROM receipts WHERE tx_sig = $3 AND owner_id = $1 AND livemode = $2`,
    ],
  ];
  const foreign: string[] = [];
  for (const [field, value, sql] of checks) {
    if (value === undefined || value === null || value === '') continue;
    const rows = await db.query(`${sql} LIMIT 1`, [ownerId, livemode, value]);
    if (rows.length === 0) foreign.push(field);
  }
  return foreign;
}

export async function insertBuyerChallenge(
  db: Queryable,
  c: { paymentId: string; wallet: string; message: string; expiresAt: Date },
): Promise<{ id: string }> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO support_buyer_challenges (payment_id, wallet, message, expires_at) VALUES ($1, $2, $3, $4)
     RETURNING id`,
    [c.paymentId, c.wallet, c.message, c.expiresAt],
  );
  return rows[0];
}

/** Takes a challenge for good: it can prove a payment once. */
export async function consumeBuyerChallenge(
  db: Queryable,
  id: string,
  paymentId: string,
): Promise<{ wallet: string; message: string } | undefined> {
  const rows = await db.query<{ wallet: string; message: string }>(
    `UPDATE support_buyer_challenges SET used_at = now()
      WHERE id = $1 AND payment_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING wallet, message`,
    [id, paymentId],
  );
  return rows[0];
}

export async function findBuyerChallenge(
  db: Queryable,
  id: string,
  paymentId: string,
): Promise<{ wallet: string; message: string } | undefined> {
  const rows = await db.query<{ wallet: string; message: string }>(
    `SELECT wallet, message FROM support_buyer_challenges
      WHERE id = $1 AND payment_id = $2 AND used_at IS NULL AND expires_at > now()`,
    [id, paymentId],
  );
  return rows[0];
}

export async function deleteExpiredBuyerChallenges(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM support_buyer_challenges WHERE expires_at < now() - interval '1 day'`);
}
