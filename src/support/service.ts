// Support tickets joined to the payment trail. Merchants open and answer tickets with their key or session; a buyer
// opens one about a payment by signing a server-issued challenge with the wallet that paid, and then reads and
// answers the thread with the ticket access token handed out once (only its hash is stored).
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../db/index.ts';
import type { Static } from 'typebox';
import { PaymentNotFoundError } from '../payment/errors.ts';
import { ContextNotFoundError, PaymentProofInvalidError, TicketClosedError, TicketNotFoundError } from './errors.ts';
import type { BuyerTicketCreate, TicketCreate, TicketListQuery, TicketUpdate } from './schemas.ts';
import { ed25519Verify, randomToken, sha256Hex, tryBase58Decode } from '../lib/crypto.ts';
import { findPayment } from '../payment/records.ts';
import * as repo from './repository.ts';
import type { MessageRow, SupportContext, TicketRow } from './repository.ts';

export { openOrReuseTicket } from './repository.ts';

const CHALLENGE_TTL_MS = 10 * 60 * 1000;

export function toTicket(t: TicketRow) {
  return {
    id: t.id,
    ticket_id: t.id,
    user_id: t.owner_id,
    livemode: t.livemode,
    subject: t.subject,
    category: t.category,
    priority: t.priority,
    status: t.status,
    context: t.context,
    opened_by: t.opened_by,
    created_at: t.created_at.toISOString(),
    updated_at: t.updated_at.toISOString(),
    resolved_at: t.resolved_at?.toISOString() ?? null,
    closed_at: t.closed_at?.toISOString() ?? null,
  };
}

function toMessage(m: MessageRow, forBuyer = false) {
  return {
    id: m.id,
    ticket_id: m.ticket_id,
    author_type: m.author_type,
    // The merchant's user id is no business of the buyer.
    author_id: forBuyer && m.author_type !== 'BUYER' ? null : m.author_id,
    body: m.body,
    created_at: m.created_at.toISOString(),
  };
}

/** The signature a wallet returns for `signMessage`: base58 (Phantom, Solflare) or base64, 64 bytes either way. */
function decodeSignature(value: string): Uint8Array | null {
  const b58 = tryBase58Decode(value);
  if (b58?.length === 64) return b58;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const b64 = Buffer.from(value, 'base64');
    if (b64.length === 64) return new Uint8Array(b64);
  }
  return null;
}

export function challengeMessage(c: { paymentId: string; wallet: string; nonce: string; expiresAt: Date }): string {
  return [
    'Hilt support request',
    `Payment: ${c.paymentId}`,
    `Wallet: ${c.wallet}`,
    `Nonce: ${c.nonce}`,
    `Expires: ${c.expiresAt.toISOString()}`,
  ].join('\n');
}

export function createSupportService(deps: { db: Db; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const livemodeOf = (p: Principal) => p.mode === 'live';

  async function checkContext(principal: Principal, context: SupportContext) {
    const foreign = await repo.foreignContextLinks(db, principal.userId, livemodeOf(principal), context);
    if (foreign.length > 0) {
      throw new ContextNotFoundError(foreign);
    }
  }

  async function thread(t: TicketRow, forBuyer = false) {
    const messages = await repo.listMessages(db, t.id);
    return { ...toTicket(t), messages: messages.map((m) => toMessage(m, forBuyer)) };
  }

  async function ownTicket(principal: Principal, id: string) {
    const t = await repo.findTicket(db, principal.userId, livemodeOf(principal), id);
    if (!t) throw new TicketNotFoundError();
    return t;
  }

  async function buyerTicket(id: string, token: string | undefined) {
    if (!token) throw new TicketNotFoundError();
    const ticket = await repo.findTicketByBuyerToken(db, id, sha256Hex(token));
    if (!ticket) throw new TicketNotFoundError();
    return ticket;
  }

  async function addMessage(
    ticket: { ownerId: string; livemode: boolean; id: string },
    author: { type: 'MERCHANT' | 'BUYER'; id: string | null },
    body: string,
  ) {
    return db.transaction(async (tx) => {
      const t = await repo.findTicketForUpdate(tx, ticket.ownerId, ticket.livemode, ticket.id);
      if (!t) throw new TicketNotFoundError();
      if (t.status === 'CLOSED') throw new TicketClosedError();
      const message = await repo.insertMessage(tx, {
        ticketId: t.id,
        authorType: author.type,
        authorId: author.id,
        body,
      });
      if (t.opened_by === 'BUYER' || t.buyer_wallet) {
        await repo.setWaitingOn(tx, t.id, author.type === 'BUYER' ? 'PENDING_MERCHANT' : 'PENDING_BUYER');
      }
      return { ticket_id: t.id, message: toMessage(message, author.type === 'BUYER') };
    });
  }

  return {
    async createTicket(principal: Principal, input: Static<typeof TicketCreate>) {
      const context = input.context ?? {};
      await checkContext(principal, context);
      const t = await db.transaction(async (tx) => {
        const created = (await repo.insertTicket(tx, {
          ownerId: principal.userId,
          livemode: livemodeOf(principal),
          subject: input.subject,
          category: input.category ?? 'OTHER',
          priority: input.priority,
          context,
          openedBy: 'MERCHANT',
        }))!;
        await repo.insertMessage(tx, {
          ticketId: created.id,
          authorType: 'MERCHANT',
          authorId: principal.userId,
          body: input.body,
        });
        await repo.recordTicketCreated(tx, created);
        return created;
      });
      return {
        ticket_id: t.id,
        status: t.status,
        subject: t.subject,
        category: t.category,
        priority: t.priority,
        created_at: t.created_at.toISOString(),
      };
    },

    async listTickets(principal: Principal, q: Static<typeof TicketListQuery>) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? 20;
      const { total, tickets } = await repo.listTickets(db, principal.userId, livemodeOf(principal), {
        status: q.status,
        limit: perPage,
        offset: (page - 1) * perPage,
      });
      return { total, page, per_page: perPage, tickets: tickets.map(toTicket) };
    },

    async getTicket(principal: Principal, id: string) {
      return thread(await ownTicket(principal, id));
    },

    async postMessage(principal: Principal, id: string, body: string) {
      return addMessage(
        { ownerId: principal.userId, livemode: livemodeOf(principal), id },
        { type: 'MERCHANT', id: principal.userId },
        body,
      );
    },

    async updateTicket(principal: Principal, id: string, patch: Static<typeof TicketUpdate>) {
      return db.transaction(async (tx) => {
        const t = await repo.findTicketForUpdate(tx, principal.userId, livemodeOf(principal), id);
        if (!t) throw new TicketNotFoundError();
        return toTicket(await repo.updateTicket(tx, t.id, patch));
      });
    },

    /** Step 1 for a buyer: a one-time message to sign with the wallet that paid. */
    async buyerChallenge(paymentId: string) {
      const p = await findPayment(db, paymentId);
      if (!p?.payer_wallet || p.status === 'PENDING_SIGNATURE') {
        throw new PaymentNotFoundError('No paid payment with this id');
      }
      const expiresAt = new Date(now().getTime() + CHALLENGE_TTL_MS);
      const message = challengeMessage({ paymentId: p.id, wallet: p.payer_wallet, nonce: randomUUID(), expiresAt });
      const c = await repo.insertBuyerChallenge(db, { paymentId: p.id, wallet: p.payer_wallet, message, expiresAt });
      return {
        challenge_id: c.id,
        payment_id: p.id,
        wallet: p.payer_wallet,
        message,
        expires_at: expiresAt.toISOString(),
      };
    },

    /** Step 2: the signed challenge proves the payment; the ticket goes to the merchant who was paid. */
    async openBuyerTicket(input: Static<typeof BuyerTicketCreate>) {
      const p = await findPayment(db, input.payment_id);
      const refused = () => new PaymentProofInvalidError();
      if (!p?.payer_wallet) throw refused();
      const sig = decodeSignature(input.signature);
      const payer = tryBase58Decode(p.payer_wallet);
      return db.transaction(async (tx) => {
        const challenge = await repo.findBuyerChallenge(tx, input.challenge_id, p.id);
        if (!challenge || challenge.wallet !== p.payer_wallet || !sig || !payer) throw refused();
        if (!ed25519Verify(payer, Buffer.from(challenge.message, 'utf8'), sig)) throw refused();
        if (!(await repo.consumeBuyerChallenge(tx, input.challenge_id, p.id))) throw refused();
        const token = `htk_${randomToken(32)}`;
        const context: SupportContext = {
          payment_id: p.id,
          product_id: p.product_id,
          tx_signature: p.tx_signature,
          membership_id: p.membership_id,
          wallet: p.payer_wallet,
          source: 'buyer',
        };
        const t = (await repo.insertTicket(tx, {
          ownerId: p.owner_id,
          livemode: p.livemode,
          subject: input.subject,
          category: input.category ?? 'PAYMENT',
          context,
          openedBy: 'BUYER',
          buyerWallet: p.payer_wallet,
          buyerTokenHash: sha256Hex(token),
        }))!;
        await repo.insertMessage(tx, {
          ticketId: t.id,
          authorType: 'BUYER',
          authorId: p.payer_wallet,
          body: input.body,
        });
        await repo.setWaitingOn(tx, t.id, 'PENDING_MERCHANT');
        await repo.recordTicketCreated(tx, { ...t, status: 'PENDING_MERCHANT' });
        return {
          ticket_id: t.id,
          access_token: token,
          status: 'PENDING_MERCHANT' as const,
          subject: t.subject,
          category: t.category,
        };
      });
    },

    async getBuyerTicket(id: string, token: string | undefined) {
      const t = await buyerTicket(id, token);
      const view = await thread(t, true);
      return { ...view, user_id: null, context: { payment_id: t.payment_id, tx_signature: t.tx_signature } };
    },

    async postBuyerMessage(id: string, token: string | undefined, body: string) {
      const t = await buyerTicket(id, token);
      return addMessage(
        { ownerId: t.owner_id, livemode: t.livemode, id: t.id },
        { type: 'BUYER', id: t.buyer_wallet },
        body,
      );
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
