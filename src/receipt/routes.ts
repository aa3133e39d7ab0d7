import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { ChainUnavailableError } from '../errors.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import {
  ChainNotConfirmedError,
  InvalidTxSignatureError,
  InvalidWalletError,
  TransactionFailedError,
} from '../payment/errors.ts';
import { PayoutWalletUnverifiedError } from '../payout-wallet/errors.ts';
import {
  AmountMismatchError,
  EmailNotConfiguredError,
  NoRecipientError,
  NotMerchantTransactionError,
  NotMerchantWalletError,
  ReceiptNotFoundError,
  WalletNotSignerError,
} from './errors.ts';
import {
  InvoiceMetadataUpdate,
  PublicReceipt,
  Receipt,
  ReceiptExportQuery,
  ReceiptIssue,
  ReceiptList,
  ReceiptListQuery,
  SendProof,
  SendProofResponse,
  SigningKeys,
  VerifyReceiptResponse,
} from './schemas.ts';
import type { ReceiptService } from './service.ts';

const Params = IdParams('receipt_id');

export const receiptRoutes: FastifyPluginAsyncTypebox<{ receipts: ReceiptService }> = async (app, { receipts }) => {
  const tags = ['receipts'];

  app.get(
    '/v1/receipts/public-key',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'listReceiptPublicKeys',
        summary: 'The Ed25519 public keys receipts are signed with, current and retired',
        response: { 200: SigningKeys },
      },
    },
    async () => ({ keys: await receipts.publicKeys() }),
  );

  app.post(
    '/v1/receipt',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'issueReceipt',
        summary: 'Issue a signed receipt for a transaction that paid one of your wallets (idempotent on tx_sig)',
        description:
          'The transaction is read from the chain: it must have succeeded and moved funds to a wallet one of your ' +
          'products uses as merchant_wallet. A second call with the same tx_sig returns the same receipt with ' +
          '`idempotent_replay: true`.',
        body: ReceiptIssue,
        response: {
          200: Receipt,
          ...errorResponses(
            InvalidTxSignatureError,
            InvalidWalletError,
            ChainNotConfirmedError,
            TransactionFailedError,
            NotMerchantWalletError,
            NotMerchantTransactionError,
            AmountMismatchError,
            WalletNotSignerError,
            PayoutWalletUnverifiedError,
            ChainUnavailableError,
          ),
        },
      },
    },
    async (request) => receipts.issueForTransaction(principalOf(request), request.body),
  );

  app.get(
    '/v1/receipt/:receipt_id',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getReceipt',
        summary: 'A signed receipt',
        params: Params,
        response: { 200: Receipt, ...errorResponses(ReceiptNotFoundError) },
      },
    },
    async (request) => receipts.getReceipt(principalOf(request), request.params.receipt_id),
  );

  app.get(
    '/v1/receipt/:receipt_id/public',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getPublicReceipt',
        summary: 'The public proof of a receipt, with its offline verification',
        params: Params,
        response: { 200: PublicReceipt, ...errorResponses(ReceiptNotFoundError) },
      },
    },
    async (request) => receipts.getPublicReceipt(request.params.receipt_id),
  );

  app.get(
    '/v1/receipt/:receipt_id/verify',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'verifyReceipt',
        summary: 'Recompute the hash and check the signature; check the transaction on chain when reachable',
        params: Params,
        response: { 200: VerifyReceiptResponse, ...errorResponses(ReceiptNotFoundError) },
      },
    },
    async (request) => receipts.verify(request.params.receipt_id),
  );

  app.get(
    '/v1/receipt/:receipt_id/pdf',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getReceiptPdf',
        summary: 'The receipt as a PDF, with a QR code of its verify URL',
        params: Params,
        response: {
          // Typed as the bytes the handler sends (the error responses beside it are typed objects).
          200: Type.Unsafe<Buffer>({
            description: 'PDF document',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          }),
          ...errorResponses(ReceiptNotFoundError),
        },
      },
    },
    async (request, reply) => {
      const pdf = await receipts.pdf(request.params.receipt_id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="receipt-${request.params.receipt_id}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/v1/receipts',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listReceipts',
        summary: 'Receipts, newest first',
        querystring: ReceiptListQuery,
        response: { 200: ReceiptList },
      },
    },
    async (request) => receipts.list(principalOf(request), request.query),
  );

  app.get(
    '/v1/receipts/export.csv',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'exportReceiptsCsv',
        summary: 'Every matching receipt as CSV',
        querystring: ReceiptExportQuery,
        response: {
          200: { description: 'CSV, one row per receipt', content: { 'text/csv': { schema: { type: 'string' } } } },
        },
      },
    },
    async (request, reply) => {
      const csv = await receipts.exportCsv(principalOf(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="receipts.csv"')
        .send(csv);
    },
  );

  app.patch(
    '/v1/receipt/:receipt_id/invoice-metadata',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'updateReceiptInvoiceMetadata',
        summary: 'Set invoice details shown beside the receipt (not part of the signed body)',
        params: Params,
        body: InvoiceMetadataUpdate,
        response: { 200: Type.Object({ receipt: Receipt }), ...errorResponses(ReceiptNotFoundError) },
      },
    },
    async (request) => receipts.updateInvoiceMetadata(principalOf(request), request.params.receipt_id, request.body),
  );

  app.post(
    '/v1/receipt/:receipt_id/send-proof',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'sendReceiptProof',
        summary: 'Queue an email of the public proof link and PDF link (needs SMTP_URL; else 503 email_not_configured)',
        description:
          'Answers 202 once the email is queued: a job sends it, retrying a failing mail server (30 s, 2 min, ' +
          '10 min, 30 min, 2 h). Without `email` (or with no body at all) it goes to the buyer’s email on file ' +
          '(invoice customer_email, else an EMAIL identity given at checkout), or answers 422 no_recipient.',
        params: Params,
        body: SendProof,
        response: {
          202: SendProofResponse,
          ...errorResponses(ReceiptNotFoundError, NoRecipientError, EmailNotConfiguredError),
        },
      },
      // No body at all is the same as an empty one: every field is optional.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) =>
      reply.code(202).send(await receipts.sendProof(principalOf(request), request.params.receipt_id, request.body)),
  );
};
