import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../http/auth.ts';
import { RateLimitedError } from '../errors.ts';
import { DetailResponse, errorResponses } from '../http/schemas.ts';
import {
  AccountDeletedError,
  AccountSuspendedError,
  EmailAlreadyRegisteredError,
  InvalidCredentialsError,
  InvalidNonceError,
  InvalidTokenError,
  MalformedSignatureError,
  SignatureMismatchError,
  WalletAccountConflictError,
} from './errors.ts';
import {
  AuthResponse,
  LoginRequest,
  RefreshRequest,
  RegisterRequest,
  WalletChallengeRequest,
  WalletChallengeResponse,
  WalletLoginRequest,
} from './schemas.ts';
import type { AuthService } from './service.ts';

export const authRoutes: FastifyPluginAsyncTypebox<{
  auth: AuthService;
  throttleLogin?: (email: string, ip: string) => Promise<void>;
}> = async (app, { auth, throttleLogin }) => {
  const tags = ['auth'];

  app.post(
    '/v1/auth/register',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'register',
        summary: 'Create a merchant account (free plan) and start a session',
        body: RegisterRequest,
        response: { 201: AuthResponse, ...errorResponses(EmailAlreadyRegisteredError) },
      },
    },
    async (request, reply) => reply.code(201).send(await auth.register(request.body)),
  );

  app.post(
    '/v1/auth/login',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'login',
        summary: 'Sign in with email and password',
        body: LoginRequest,
        response: {
          200: AuthResponse,
          ...errorResponses(InvalidCredentialsError, AccountSuspendedError, AccountDeletedError, RateLimitedError),
        },
      },
    },
    async (request) => {
      await throttleLogin?.(request.body.email, request.ip);
      return auth.login(request.body);
    },
  );

  app.post(
    '/v1/auth/wallet/challenge',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'walletChallenge',
        summary: 'Get a single-use message for a Solana wallet to sign',
        body: WalletChallengeRequest,
        response: { 200: WalletChallengeResponse },
      },
    },
    async (request) => auth.createWalletChallenge(request.body.wallet_address),
  );

  app.post(
    '/v1/auth/wallet',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'walletLogin',
        summary: 'Sign in (or sign up) with a signed wallet challenge',
        body: WalletLoginRequest,
        response: {
          200: AuthResponse,
          ...errorResponses(
            MalformedSignatureError,
            InvalidNonceError,
            SignatureMismatchError,
            WalletAccountConflictError,
            AccountSuspendedError,
            AccountDeletedError,
          ),
        },
      },
    },
    async (request) => auth.walletLogin(request.body),
  );

  app.post(
    '/v1/auth/refresh',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        operationId: 'refreshToken',
        summary: 'Exchange a still-valid token for a fresh one (the old one stops working)',
        body: RefreshRequest,
        response: {
          200: AuthResponse,
          ...errorResponses(InvalidTokenError, AccountSuspendedError, AccountDeletedError),
        },
      },
    },
    async (request) => auth.refresh(request.body.token),
  );

  app.post(
    '/v1/auth/logout',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'logout',
        summary: 'End this dashboard session',
        response: { 200: DetailResponse },
      },
    },
    async (request) => {
      await auth.logout(principalOf(request));
      return { detail: 'Logged out' };
    },
  );
};
