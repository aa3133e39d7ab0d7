import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { InvalidNonceError, MalformedSignatureError, SignatureMismatchError } from '../auth/errors.ts';
import { principalOf } from '../http/auth.ts';
import { errorResponses } from '../http/schemas.ts';
import { PayoutWalletNotFoundError } from './errors.ts';
import {
  PayoutWallet,
  PayoutWalletChallenge,
  PayoutWalletChallengeRequest,
  PayoutWalletParams,
  PayoutWalletProof,
} from './schemas.ts';
import type { PayoutWalletService } from './service.ts';

export const payoutWalletRoutes: FastifyPluginAsyncTypebox<{ payoutWallets: PayoutWalletService }> = async (
  app,
  { payoutWallets },
) => {
  const tags = ['payout-wallets'];
  const mode = 'Per mode: an hk_sandbox_ key or X-Hilt-Mode: sandbox acts on sandbox payout wallets.';

  app.post(
    '/v1/payout-wallets/challenge',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'createPayoutWalletChallenge',
        summary: 'A message for a wallet to sign, proving the workspace controls it (valid five minutes, once)',
        description: mode,
        body: PayoutWalletChallengeRequest,
        response: { 200: PayoutWalletChallenge },
      },
    },
    async (request) => payoutWallets.createChallenge(principalOf(request), request.body.wallet_address),
  );

  app.post(
    '/v1/payout-wallets',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'provePayoutWallet',
        summary: 'Prove a payout wallet with the signed challenge; live products may then pay it',
        description: `${mode} Proving a wallet already proven returns it unchanged.`,
        body: PayoutWalletProof,
        response: {
          201: PayoutWallet,
          ...errorResponses(MalformedSignatureError, InvalidNonceError, SignatureMismatchError),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await payoutWallets.prove(principalOf(request), request.body)),
  );

  app.get(
    '/v1/payout-wallets',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'listPayoutWallets',
        summary: 'The payout wallets this workspace has proven, in the current mode',
        response: { 200: Type.Array(PayoutWallet) },
      },
    },
    async (request) => payoutWallets.list(principalOf(request)),
  );

  app.delete(
    '/v1/payout-wallets/:wallet_address',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deletePayoutWallet',
        summary: 'Forget a proven payout wallet (products already paying it keep it until changed)',
        params: PayoutWalletParams,
        response: { 204: Type.Null(), ...errorResponses(PayoutWalletNotFoundError) },
      },
    },
    async (request, reply) => {
      await payoutWallets.remove(principalOf(request), request.params.wallet_address);
      return reply.code(204).send(null);
    },
  );
};
