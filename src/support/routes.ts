import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../http/auth.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { PaymentNotFoundError } from '../payment/errors.ts';
import { ContextNotFoundError, PaymentProofInvalidError, TicketClosedError, TicketNotFoundError } from './errors.ts';
import {
  BuyerChallenge,
  BuyerChallengeRequest,
  BuyerTicketCreate,
  BuyerTicketCreated,
  BuyerTokenHeaders,
  MessageCreate,
  MessageCreated,
  SupportTicket,
  TicketCreate,
  TicketCreated,
  TicketList,
  TicketListQuery,
  TicketThread,
  TicketUpdate,
} from './schemas.ts';
import type { SupportService } from './service.ts';

const Params = IdParams('ticket_id');

export const supportRoutes: FastifyPluginAsyncTypebox<{ support: SupportService }> = async (app, { support }) => {
  const tags = ['support'];

  app.post(
    '/v1/support/tickets',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createSupportTicket',
        summary: 'Open a support ticket, optionally about a payment, receipt, membership or transaction',
        body: TicketCreate,
        response: { 200: TicketCreated, ...errorResponses(ContextNotFoundError) },
      },
    },
    async (request) => support.createTicket(principalOf(request), request.body),
  );

  app.get(
    '/v1/support/tickets',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listSupportTickets',
        summary: 'Support tickets, newest first',
        querystring: TicketListQuery,
        response: { 200: TicketList },
      },
    },
    async (request) => support.listTickets(principalOf(request), request.query),
  );

  app.get(
    '/v1/support/tickets/:ticket_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getSupportTicket',
        summary: 'A ticket with its message thread',
        params: Params,
        response: { 200: TicketThread, ...errorResponses(TicketNotFoundError) },
      },
    },
    async (request) => support.getTicket(principalOf(request), request.params.ticket_id),
  );

  app.post(
    '/v1/support/tickets/:ticket_id/message',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'postSupportMessage',
        summary: 'Add a message to a ticket (409 ticket_closed when it is closed)',
        params: Params,
        body: MessageCreate,
        response: { 200: MessageCreated, ...errorResponses(TicketNotFoundError, TicketClosedError) },
      },
    },
    async (request) => support.postMessage(principalOf(request), request.params.ticket_id, request.body.body),
  );

  app.patch(
    '/v1/support/tickets/:ticket_id',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'updateSupportTicket',
        summary: 'Set a ticket’s status or priority',
        params: Params,
        body: TicketUpdate,
        response: { 200: SupportTicket, ...errorResponses(TicketNotFoundError) },
      },
    },
    async (request) => support.updateTicket(principalOf(request), request.params.ticket_id, request.body),
  );

  const buyerTags = ['support (buyer)'];

  app.post(
    '/v1/support/buyer/challenge',
    {
      config: { auth: 'public' },
      schema: {
        tags: buyerTags,
        operationId: 'createBuyerSupportChallenge',
        summary: 'Step 1 for a buyer: a one-time message to sign with the wallet that paid',
        description: 'Valid 10 minutes and once. Sign the exact `message` bytes with the wallet’s signMessage.',
        body: BuyerChallengeRequest,
        response: { 200: BuyerChallenge, ...errorResponses(PaymentNotFoundError) },
      },
    },
    async (request) => support.buyerChallenge(request.body.payment_id),
  );

  app.post(
    '/v1/support/buyer/tickets',
    {
      config: { auth: 'public' },
      schema: {
        tags: buyerTags,
        operationId: 'openBuyerSupportTicket',
        summary: 'Step 2: open a ticket about the payment with the signed challenge; returns the ticket access token',
        description:
          'A signature by any other wallet, or over another message, is refused with 403 payment_proof_invalid.',
        body: BuyerTicketCreate,
        response: { 200: BuyerTicketCreated, ...errorResponses(PaymentProofInvalidError) },
      },
    },
    async (request) => support.openBuyerTicket(request.body),
  );

  app.get(
    '/v1/support/buyer/tickets/:ticket_id',
    {
      config: { auth: 'public' },
      schema: {
        tags: buyerTags,
        operationId: 'getBuyerSupportTicket',
        summary: 'The buyer’s view of the thread (header X-Hilt-Ticket-Token)',
        params: Params,
        headers: BuyerTokenHeaders,
        response: { 200: TicketThread, ...errorResponses(TicketNotFoundError) },
      },
    },
    async (request) => support.getBuyerTicket(request.params.ticket_id, request.headers['x-hilt-ticket-token']),
  );

  app.post(
    '/v1/support/buyer/tickets/:ticket_id/message',
    {
      config: { auth: 'public' },
      schema: {
        tags: buyerTags,
        operationId: 'postBuyerSupportMessage',
        summary: 'The buyer answers the thread (header X-Hilt-Ticket-Token; 409 when closed)',
        params: Params,
        headers: BuyerTokenHeaders,
        body: MessageCreate,
        response: { 200: MessageCreated, ...errorResponses(TicketNotFoundError, TicketClosedError) },
      },
    },
    async (request) =>
      support.postBuyerMessage(request.params.ticket_id, request.headers['x-hilt-ticket-token'], request.body.body),
  );
};
