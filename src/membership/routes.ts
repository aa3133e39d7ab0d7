import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../http/auth.ts';
import {
  DeliveryDiagnostics,
  GiftRequest,
  MembershipDetail,
  MembershipList,
  MembershipListQuery,
  MembershipLookupQuery,
  MembershipParams,
  NotesUpdate,
  ProfileUpdate,
  Reactivation,
  RenewalIntelligence,
  RenewalIntelligenceQuery,
  RetryDeliveryResponse,
  SupportTicketRef,
} from './schemas.ts';
import type { MembershipService } from './service.ts';
import { errorResponses, Ref } from '../http/schemas.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import {
  LookupKeyRequiredError,
  MembershipDeliveryInProgressError,
  MembershipExpiredError,
  MembershipNotFoundError,
} from './errors.ts';

export const membershipRoutes: FastifyPluginAsyncTypebox<{ memberships: MembershipService }> = async (
  app,
  { memberships },
) => {
  const tags = ['memberships'];
  const detail = { 200: Ref(MembershipDetail), ...errorResponses(MembershipNotFoundError) };

  app.get(
    '/v1/memberships',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listMemberships',
        summary: 'List memberships, newest first',
        querystring: MembershipListQuery,
        response: { 200: MembershipList },
      },
    },
    async (request) => memberships.list(principalOf(request), request.query),
  );

  app.get(
    '/v1/memberships/lookup',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'lookupMemberships',
        summary: 'Find memberships by wallet, identity (e.g. @handle) or transaction signature',
        querystring: MembershipLookupQuery,
        response: { 200: MembershipList, ...errorResponses(LookupKeyRequiredError) },
      },
    },
    async (request) => memberships.lookup(principalOf(request), request.query),
  );

  app.get(
    '/v1/memberships/renewal-intelligence',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getRenewalIntelligence',
        summary: 'Expiring cohorts, per-product counts and recent membership events',
        querystring: RenewalIntelligenceQuery,
        response: { 200: RenewalIntelligence },
      },
    },
    async (request) => memberships.renewalIntelligence(principalOf(request), request.query),
  );

  app.get(
    '/v1/memberships/:membership_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getMembership',
        summary: 'A membership with its periods and history',
        params: MembershipParams,
        response: detail,
      },
    },
    async (request) => memberships.get(principalOf(request), request.params.membership_id),
  );

  app.patch(
    '/v1/memberships/:membership_id/notes',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'updateMembershipNotes',
        summary: 'Replace the merchant notes',
        params: MembershipParams,
        body: NotesUpdate,
        response: detail,
      },
    },
    async (request) =>
      memberships.updateNotes(principalOf(request), request.params.membership_id, request.body.notes ?? ''),
  );

  app.patch(
    '/v1/memberships/:membership_id/profile',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'updateMembershipProfile',
        summary: 'Set the display name shown for the member',
        params: MembershipParams,
        body: ProfileUpdate,
        response: detail,
      },
    },
    async (request) =>
      memberships.updateProfile(
        principalOf(request),
        request.params.membership_id,
        request.body.platform_display ?? '',
      ),
  );

  app.post(
    '/v1/memberships/:membership_id/gift',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'giftMembership',
        summary: 'Extend access by some days without a payment (emits membership.renewed)',
        params: MembershipParams,
        body: GiftRequest,
        response: detail,
      },
    },
    async (request) => memberships.gift(principalOf(request), request.params.membership_id, request.body),
  );

  app.post(
    '/v1/memberships/:membership_id/retry-delivery',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'retryMembershipDelivery',
        summary: 'Run the access delivery again now',
        description: '409 when the membership has expired or another delivery attempt is running.',
        params: MembershipParams,
        response: {
          200: RetryDeliveryResponse,
          ...errorResponses(
            MembershipNotFoundError,
            MembershipExpiredError,
            MembershipDeliveryInProgressError,
            ProductNotFoundError,
          ),
        },
      },
    },
    async (request) => memberships.retryDelivery(principalOf(request), request.params.membership_id),
  );

  app.get(
    '/v1/memberships/:membership_id/delivery-diagnostics',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getMembershipDeliveryDiagnostics',
        summary: 'Why delivery works or fails for this member, and what can be done',
        params: MembershipParams,
        response: { 200: DeliveryDiagnostics, ...errorResponses(MembershipNotFoundError) },
      },
    },
    async (request) => memberships.diagnostics(principalOf(request), request.params.membership_id),
  );

  app.post(
    '/v1/memberships/:membership_id/delivery-support-ticket',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'openMembershipDeliveryTicket',
        summary: 'Open a support ticket about this member’s delivery, or reuse the open one',
        params: MembershipParams,
        response: { 200: SupportTicketRef, ...errorResponses(MembershipNotFoundError) },
      },
    },
    async (request) => memberships.openSupportTicket(principalOf(request), request.params.membership_id),
  );

  app.get(
    '/v1/memberships/:membership_id/reactivation',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getMembershipReactivation',
        summary: 'A renewal link for the same buyer identity (handoff-locked checkout) and message templates',
        params: MembershipParams,
        response: { 200: Reactivation, ...errorResponses(MembershipNotFoundError) },
      },
    },
    async (request) => memberships.reactivation(principalOf(request), request.params.membership_id),
  );
};
