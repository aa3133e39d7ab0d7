import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { LocalChain } from '../chain/local/index.ts';
import { principalOf } from '../http/auth.ts';
import { errorResponses, Uuid } from '../http/schemas.ts';
import {
  InvalidWalletError,
  PaymentClosedError,
  PaymentNotFoundError,
  SessionExpiredError,
} from '../payment/errors.ts';
import {
  InvalidSecretKeyError,
  SandboxChainUnavailableError,
  SandboxFaucetUnavailableError,
  SandboxOnlyError,
} from './errors.ts';
import {
  Airdrop,
  AirdropRequest,
  SandboxPayment,
  SandboxPayRequest,
  SandboxWallet,
  SandboxWalletRequest,
  TestWalletPayment,
} from './schemas.ts';
import type { SandboxService } from './service.ts';

export const sandboxRoutes: FastifyPluginAsyncTypebox<{ sandbox: SandboxService }> = async (app, { sandbox }) => {
  const tags = ['sandbox'];
  const note = 'Sandbox only: needs an hk_sandbox_ key or X-Hilt-Mode: sandbox, and answers 404 in live mode.';

  app.post(
    '/v1/sandbox/wallets',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'createSandboxWallet',
        summary: 'A new buyer wallet on the local chain, funded with SOL and sandbox USDC',
        description: note,
        body: Type.Optional(SandboxWalletRequest),
        response: {
          200: SandboxWallet,
          ...errorResponses(SandboxOnlyError, SandboxFaucetUnavailableError, SandboxChainUnavailableError),
        },
      },
    },
    async (request) => sandbox.createWallet(principalOf(request), request.body ?? {}),
  );

  app.post(
    '/v1/sandbox/airdrop',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'sandboxAirdrop',
        summary: 'Fund an address on the local chain with SOL and/or sandbox USDC',
        description: note,
        body: AirdropRequest,
        response: {
          200: Airdrop,
          ...errorResponses(
            SandboxOnlyError,
            InvalidWalletError,
            SandboxFaucetUnavailableError,
            SandboxChainUnavailableError,
          ),
        },
      },
    },
    async (request) => sandbox.airdrop(principalOf(request), request.body),
  );

  app.post(
    '/v1/sandbox/pay',
    {
      config: { auth: 'execute' },
      schema: {
        tags,
        operationId: 'sandboxPay',
        summary: 'Pay a sandbox session as the buyer’s wallet would; the transaction is sent, not confirmed',
        description: `${note} Scenarios: exact (default), underpay, wrong_mint, wrong_recipient, no_memo.`,
        body: SandboxPayRequest,
        response: {
          200: SandboxPayment,
          ...errorResponses(SandboxOnlyError, PaymentNotFoundError, InvalidSecretKeyError),
        },
      },
    },
    async (request) => sandbox.pay(principalOf(request), request.body),
  );

  app.post(
    '/v1/pay/test-wallet/:payment_id',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'payWithTestWallet',
        summary:
          'Pay a sandbox checkout session from a fresh, funded test wallet (the page’s “Pay with a test wallet”)',
        description:
          'Sandbox sessions only: a live session answers 404. The transaction is sent, not confirmed: follow with ' +
          'POST /v1/pay/broadcast and /v1/pay/confirm, or let the reconciler find it.',
        params: Type.Object({ payment_id: Uuid() }),
        response: {
          200: TestWalletPayment,
          ...errorResponses(
            PaymentNotFoundError,
            PaymentClosedError,
            SessionExpiredError,
            SandboxFaucetUnavailableError,
            SandboxChainUnavailableError,
          ),
        },
      },
    },
    async (request) => sandbox.payWithTestWallet(request.params.payment_id),
  );
};

/** POST /sandbox/rpc: the local chain's standard Solana JSON-RPC, body passed through untouched. */
export const sandboxRpcRoute: FastifyPluginAsyncTypebox<{ chain: LocalChain }> = async (app, { chain }) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.post(
    '/sandbox/rpc',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['sandbox'],
        operationId: 'sandboxRpc',
        summary: 'Solana JSON-RPC 2.0 of the local sandbox chain (for wallets, @solana/kit, Solana Pay)',
        body: Type.Unknown({ description: 'A JSON-RPC request or batch' }),
        response: { 200: Type.Unknown({ description: 'The JSON-RPC response' }) },
      },
    },
    async (request, reply) =>
      reply.type('application/json').send(await chain.handleText(typeof request.body === 'string' ? request.body : '')),
  );
};
