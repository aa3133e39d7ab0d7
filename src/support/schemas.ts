import { Type } from 'typebox';
import { Nullable, StringEnum, Timestamp, Uuid } from '../http/schemas.ts';
import { CATEGORIES, PRIORITIES, STATUSES } from './repository.ts';

// An enum of string literals that keeps its literal type through TypeBox (outputs).
const literals = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

export const Category = literals(CATEGORIES, 'PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER');
export const Status = literals(STATUSES);
export const Priority = literals(PRIORITIES);
// The same enums as inputs: any letter case, stored canonical.
const CategoryInput = StringEnum(CATEGORIES, { description: 'PAYMENT, DELIVERY, ACCESS, REFUND, ACCOUNT or OTHER' });
const StatusInput = StringEnum(STATUSES);
const PriorityInput = StringEnum(PRIORITIES);

export const SupportContext = Type.Object(
  {
    product_id: Type.Optional(Nullable(Uuid())),
    product_slug: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
    payment_id: Type.Optional(Nullable(Uuid())),
    receipt_id: Type.Optional(Nullable(Uuid())),
    membership_id: Type.Optional(Nullable(Uuid())),
    tx_signature: Type.Optional(Nullable(Type.String({ maxLength: 88 }))),
    wallet: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    source: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  },
  {
    description: 'What the ticket is about; each link must belong to the workspace (else 422 context_not_found)',
    maxProperties: 20,
    additionalProperties: Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean(), Type.Null()]),
  },
);

const Subject = Type.String({ minLength: 1, maxLength: 200 });
const Body = Type.String({ minLength: 1, maxLength: 5000 });

export const TicketCreate = Type.Object({
  subject: Subject,
  category: Type.Optional(CategoryInput),
  body: Body,
  context: Type.Optional(Nullable(SupportContext)),
  priority: Type.Optional(PriorityInput),
});

export const TicketCreated = Type.Object({
  ticket_id: Uuid(),
  status: Status,
  subject: Type.String(),
  category: Category,
  priority: Priority,
  created_at: Timestamp(),
});

const ticketFields = {
  id: Uuid(),
  ticket_id: Uuid(),
  user_id: Nullable(Uuid('The workspace')),
  livemode: Type.Boolean(),
  subject: Type.String(),
  category: Category,
  priority: Nullable(Priority),
  status: Status,
  context: Type.Record(Type.String(), Type.Unknown()),
  opened_by: literals(['MERCHANT', 'BUYER', 'SYSTEM'] as const),
  created_at: Timestamp(),
  updated_at: Timestamp(),
  resolved_at: Nullable(Timestamp()),
  closed_at: Nullable(Timestamp()),
};

export const SupportTicket = Type.Object(ticketFields, { title: 'SupportTicket' });

export const SupportMessage = Type.Object(
  {
    id: Uuid(),
    ticket_id: Uuid(),
    author_type: literals(['MERCHANT', 'BUYER', 'SYSTEM'] as const),
    author_id: Nullable(Type.String()),
    body: Type.String(),
    created_at: Timestamp(),
  },
  { title: 'SupportMessage' },
);

export const TicketThread = Type.Object(
  { ...ticketFields, messages: Type.Array(SupportMessage) },
  { title: 'SupportTicketThread' },
);

export const TicketListQuery = Type.Object({
  status: Type.Optional(StatusInput),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});

export const TicketList = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  per_page: Type.Integer(),
  tickets: Type.Array(SupportTicket),
});

export const MessageCreate = Type.Object({ body: Body });
export const MessageCreated = Type.Object({ ticket_id: Uuid(), message: SupportMessage });

export const TicketUpdate = Type.Object(
  { status: Type.Optional(StatusInput), priority: Type.Optional(PriorityInput) },
  { minProperties: 1 },
);

export const BuyerChallengeRequest = Type.Object({ payment_id: Uuid() });
export const BuyerChallenge = Type.Object({
  challenge_id: Uuid(),
  payment_id: Uuid(),
  wallet: Type.String({ description: 'The wallet that paid: it must sign `message`' }),
  message: Type.String({ description: 'Sign these exact UTF-8 bytes (wallet signMessage)' }),
  expires_at: Timestamp(),
});

export const BuyerTicketCreate = Type.Object({
  payment_id: Uuid(),
  challenge_id: Uuid(),
  signature: Type.String({
    minLength: 64,
    maxLength: 100,
    description: 'Ed25519 signature of the challenge message by the paying wallet, base58 or base64',
  }),
  subject: Subject,
  category: Type.Optional(CategoryInput),
  body: Body,
});

export const BuyerTicketCreated = Type.Object({
  ticket_id: Uuid(),
  access_token: Type.String({ description: 'Shown once: send it as X-Hilt-Ticket-Token to read and answer' }),
  status: Status,
  subject: Type.String(),
  category: Category,
});

export const BuyerTokenHeaders = Type.Object({
  'x-hilt-ticket-token': Type.Optional(Type.String({ maxLength: 200 })),
});
