// `POST /v1/products/webhook/helius` (§4.14): public to the auth pipeline, authenticated by the Helius secrets.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { BadRequestError } from '../errors.ts';
import { errorResponses, Nullable } from '../http/schemas.ts';
import { HeliusNotConfiguredError, HeliusSignatureInvalidError, HeliusUnauthorizedError } from './errors.ts';
import type { HeliusService } from './service.ts';

export const heliusRoutes: FastifyPluginAsyncTypebox<{ helius: HeliusService }> = async (app, { helius }) => {
  app.post(
    '/v1/products/webhook/helius',
    {
      config: { auth: 'public' },
      // Authenticate before the body is parsed into objects; the raw bytes are what the HMAC covers.
      preValidation: async (request) => {
        if (request.rawBody === undefined) throw new BadRequestError('Send the Helius payload as application/json');
        helius.authenticate(request.headers, request.rawBody);
      },
      schema: {
        tags: ['settlement'],
        operationId: 'heliusSettlementWebhook',
        summary: 'Helius enhanced-transaction webhook: settles payments by their HILT:{nonce} memo',
        body: Type.Unknown(),
        response: {
          200: Type.Object({
            received: Type.Boolean(),
            transactions: Type.Integer(),
            matched: Type.Integer(),
            confirmed: Type.Integer(),
            results: Type.Array(
              Type.Object({
                signature: Type.String(),
                nonce: Type.String(),
                outcome: Type.String(),
                payment_id: Nullable(Type.String()),
                status: Nullable(Type.String()),
              }),
            ),
          }),
          ...errorResponses(HeliusNotConfiguredError, HeliusUnauthorizedError, HeliusSignatureInvalidError),
        },
      },
    },
    async (request) => helius.handle(request.body),
  );
};
