import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../http/auth.ts';
import { errorResponses } from '../http/schemas.ts';
import {
  InvalidWalletError,
  PaymentClosedError,
  PaymentNotFoundError,
  SessionExpiredError,
} from '../payment/errors.ts';
import { ProductNotFoundError, ProductUnavailableError, SoldOutError } from '../product/errors.ts';
import { PublicProduct } from '../product/schemas.ts';
import {
  AmountBelowMinimumError,
  HandoffExpiredError,
  HandoffProductArchivedError,
  IdentitySessionExpiredError,
  IdentitySessionNotFoundError,
  IdentitySignatureInvalidError,
  IdentityVerificationRequiredError,
  IdentityWalletDiffersError,
  InvalidHandoffTokenError,
  InvalidReturnUrlError,
} from './errors.ts';
import {
  CheckoutPaymentSession,
  ConnectRequest,
  Handoff,
  HandoffCreate,
  IdentityCompleteRequest,
  IdentityCompleteResponse,
  IdentityStartRequest,
  IdentityStartResponse,
  PaymentParams,
  ResolveHandoffRequest,
  SlugParams,
  TransactionRequestAnswer,
  TransactionRequestBody,
  TransactionRequestInfo,
} from './schemas.ts';
import type { CheckoutService } from './service.ts';

export const checkoutRoutes: FastifyPluginAsyncTypebox<{ checkout: CheckoutService }> = async (app, { checkout }) => {
  const tags = ['checkout'];

  app.get(
    '/v1/products/p/:slug',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getPublicProduct',
        summary: 'The buyer-safe product payload for the hosted checkout',
        params: SlugParams,
        response: { 200: PublicProduct, ...errorResponses(ProductNotFoundError) },
      },
    },
    async (request) => checkout.getPublicProduct(request.params.slug),
  );

  app.post(
    '/v1/products/p/:slug/connect',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'connectCheckout',
        summary: 'Start a buyer checkout session and get its payment_id',
        params: SlugParams,
        body: ConnectRequest,
        response: {
          200: CheckoutPaymentSession,
          ...errorResponses(
            ProductNotFoundError,
            ProductUnavailableError,
            SoldOutError,
            InvalidWalletError,
            AmountBelowMinimumError,
            HandoffExpiredError,
            InvalidHandoffTokenError,
            IdentitySessionNotFoundError,
            IdentitySessionExpiredError,
            IdentityVerificationRequiredError,
          ),
        },
      },
    },
    async (request) => checkout.connect(request.params.slug, request.body ?? {}),
  );

  app.post(
    '/v1/products/p/:slug/resolve-handoff',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'resolveHandoff',
        summary: 'Read the identity a handoff token carries (tampered → 422, expired → 410)',
        params: SlugParams,
        body: ResolveHandoffRequest,
        response: {
          200: Handoff,
          ...errorResponses(ProductNotFoundError, HandoffExpiredError, InvalidHandoffTokenError),
        },
      },
    },
    async (request) => checkout.resolveHandoff(request.params.slug, request.body.handoff_token),
  );

  app.post(
    '/v1/products/:product_id/handoff-link',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createHandoffLink',
        summary: 'A signed, expiring checkout link that locks the buyer identity your backend knows',
        params: Type.Object({ product_id: Type.String({ format: 'uuid' }) }),
        body: HandoffCreate,
        response: {
          200: Handoff,
          ...errorResponses(ProductNotFoundError, HandoffProductArchivedError, InvalidReturnUrlError),
        },
      },
    },
    async (request) => checkout.createHandoffLink(principalOf(request), request.params.product_id, request.body),
  );

  app.post(
    '/v1/pay/identity/start',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'startIdentity',
        summary: 'Begin the identity handshake: a challenge for the wallet to sign',
        body: IdentityStartRequest,
        response: { 200: IdentityStartResponse, ...errorResponses(ProductNotFoundError, InvalidWalletError) },
      },
    },
    async (request) => checkout.startIdentity(request.body),
  );

  app.post(
    '/v1/pay/identity/complete',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'completeIdentity',
        summary: 'Finish the identity handshake with the wallet’s signature of the challenge',
        body: IdentityCompleteRequest,
        response: {
          200: IdentityCompleteResponse,
          ...errorResponses(
            IdentitySessionNotFoundError,
            IdentitySessionExpiredError,
            IdentityWalletDiffersError,
            IdentitySignatureInvalidError,
          ),
        },
      },
    },
    async (request) => checkout.completeIdentity(request.body),
  );

  app.get(
    '/v1/pay/transaction/:payment_id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'getTransactionRequest',
        summary: 'Solana Pay transaction request: label and icon',
        params: PaymentParams,
        response: { 200: TransactionRequestInfo, ...errorResponses(PaymentNotFoundError) },
      },
    },
    async (request) => checkout.transactionRequestInfo(request.params.payment_id),
  );

  app.post(
    '/v1/pay/transaction/:payment_id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'createTransactionRequest',
        summary: 'Solana Pay transaction request: the unsigned payment transaction for a wallet to sign',
        params: PaymentParams,
        body: TransactionRequestBody,
        response: {
          200: TransactionRequestAnswer,
          ...errorResponses(PaymentNotFoundError, InvalidWalletError, PaymentClosedError, SessionExpiredError),
        },
      },
    },
    async (request) => checkout.buildTransaction(request.params.payment_id, request.body.account),
  );
};
