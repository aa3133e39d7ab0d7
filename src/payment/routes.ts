import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import {
  BroadcastRequest,
  BroadcastResponse,
  ConfirmRequest,
  ConfirmResponse,
  LedgerPage,
  LedgerQuery,
  Payment,
  PaymentDetail,
  ProductPaymentsQuery,
  PublicPaymentStatus,
} from './schemas.ts';
import type { PaymentService } from './service.ts';
import { ChainUnavailableError } from '../errors.ts';
import { errorResponses, Ref } from '../http/schemas.ts';
import { ProductNotFoundError } from '../product/errors.ts';
import {
  ChainNotConfirmedError,
  IdentityRequiredError,
  IdentityWalletMismatchError,
  InvalidTxSignatureError,
  InvalidWalletError,
  NoSessionForTransactionError,
  PaymentFailedError,
  PaymentIncompleteError,
  PaymentNotFoundError,
  SessionAlreadyPaidError,
  SessionExpiredError,
  SignatureAlreadyUsedError,
  SignatureRequiredError,
  TransactionFailedError,
  TransactionNotForSessionError,
  TxSignatureMismatchError,
} from './errors.ts';

export const paymentRoutes: FastifyPluginAsyncTypebox<{ payments: PaymentService }> = async (app, { payments }) => {
  const tags = ['payments'];

  app.post(
    '/v1/pay/broadcast',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'broadcastPayment',
        summary: 'Record the signature of a sent payment (or submit a signed transaction)',
        body: BroadcastRequest,
        response: {
          200: BroadcastResponse,
          ...errorResponses(
            PaymentNotFoundError,
            InvalidWalletError,
            SessionExpiredError,
            TxSignatureMismatchError,
            SignatureRequiredError,
            InvalidTxSignatureError,
            ChainUnavailableError,
          ),
        },
      },
    },
    async (request) => payments.broadcast(request.body),
  );

  app.post(
    '/v1/pay/confirm',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'confirmPayment',
        summary: 'Verify the payment on chain and confirm it',
        description:
          '408: not on chain yet, retry with the same payment_id. 409: the session is paid by another transaction, ' +
          'or the transaction paid another session. 410: the session expired. 422: bad wallet, missing identity, ' +
          'or the payment failed verification (code payment_failed with the failure_reason).',
        body: ConfirmRequest,
        response: {
          200: ConfirmResponse,
          ...errorResponses(
            PaymentNotFoundError,
            ProductNotFoundError,
            NoSessionForTransactionError,
            InvalidWalletError,
            InvalidTxSignatureError,
            ChainNotConfirmedError,
            SignatureAlreadyUsedError,
            SessionAlreadyPaidError,
            SessionExpiredError,
            IdentityRequiredError,
            IdentityWalletMismatchError,
            PaymentFailedError,
            PaymentIncompleteError,
            TransactionFailedError,
            TransactionNotForSessionError,
            ChainUnavailableError,
          ),
        },
      },
    },
    async (request) => payments.confirm(request.body),
  );

  app.get(
    '/v1/payments',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listPayments',
        summary: 'Payments of the workspace, newest first (our addition: Hilt lists payments per product only)',
        description:
          "Every payment of the workspace in the caller's mode, across products: filter by status, product and " +
          'creation time (from inclusive, to exclusive), or find one by the payer wallet or transaction signature ' +
          "(q, exact). total counts the matching payments. This route is not part of Hilt's contract.",
        querystring: LedgerQuery,
        response: { 200: LedgerPage },
      },
    },
    async (request) => payments.listLedger(principalOf(request), request.query),
  );

  app.get(
    '/v1/payments/:payment_id/detail',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getPaymentDetail',
        summary: 'One payment of the workspace with its product, receipt and explorer link (our addition)',
        description:
          "The merchant's view of a payment: the ledger row, the receipt links and, in live mode, the transaction " +
          'on a public explorer. Its membership is GET /v1/memberships/{membership_id} and its events ' +
          "GET /v1/webhooks/timeline?payment_id=. This route is not part of Hilt's contract.",
        params: Type.Object({ payment_id: Type.String({ format: 'uuid' }) }),
        response: { 200: PaymentDetail, ...errorResponses(PaymentNotFoundError) },
      },
    },
    async (request) => payments.getLedgerPayment(principalOf(request), request.params.payment_id),
  );

  app.get(
    '/v1/payments/:payment_id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getPaymentStatus',
        summary: 'Public payment status for buyer polling',
        params: Type.Object({ payment_id: Type.String({ format: 'uuid' }) }),
        response: { 200: PublicPaymentStatus, ...errorResponses(PaymentNotFoundError) },
      },
    },
    async (request) => payments.getPublicStatus(request.params.payment_id),
  );

  app.get(
    '/v1/products/:product_id/payments',
    {
      config: { auth: 'read' },
      schema: {
        tags: ['products'],
        operationId: 'listProductPayments',
        summary: 'Payments of a product, newest first',
        params: Type.Object({ product_id: Type.String({ format: 'uuid' }) }),
        querystring: ProductPaymentsQuery,
        response: { 200: Type.Array(Ref(Payment)), ...errorResponses(ProductNotFoundError) },
      },
    },
    async (request) => payments.listProductPayments(principalOf(request), request.params.product_id, request.query),
  );
};
