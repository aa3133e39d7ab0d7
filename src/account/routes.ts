import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../http/auth.ts';
import { EmailAlreadyRegisteredError } from '../auth/errors.ts';
import { DetailResponse, errorResponses } from '../http/schemas.ts';
import {
  AccountNotFoundError,
  CurrentPasswordRequiredError,
  InvalidBrandingError,
  InvalidCurrentPasswordError,
  InvalidTimezoneError,
  NothingToUpdateError,
  PasswordRequiredError,
} from './errors.ts';
import { AccountResponse, AccountUpdate, SecurityUpdate, UpdatedFieldsResponse } from './schemas.ts';
import type { AccountService } from './service.ts';

export const accountRoutes: FastifyPluginAsyncTypebox<{ account: AccountService }> = async (app, { account }) => {
  const tags = ['account'];

  app.get(
    '/v1/account/me',
    {
      config: { auth: 'read' },
      schema: {
        tags,
        operationId: 'getAccount',
        summary: 'The signed-in merchant account',
        response: { 200: AccountResponse, ...errorResponses(AccountNotFoundError) },
      },
    },
    async (request) => account.getMe(principalOf(request)),
  );

  app.patch(
    '/v1/account/me',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'updateAccount',
        summary: 'Update display name, time zone, notification preferences or merchant settings',
        body: AccountUpdate,
        response: { 200: UpdatedFieldsResponse, ...errorResponses(InvalidTimezoneError, InvalidBrandingError) },
      },
    },
    async (request) => account.updateMe(principalOf(request), request.body),
  );

  app.patch(
    '/v1/account/me/security',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'updateAccountSecurity',
        summary: 'Change the sign-in email or password (other sessions end on a password change)',
        body: SecurityUpdate,
        response: {
          200: UpdatedFieldsResponse,
          ...errorResponses(
            NothingToUpdateError,
            AccountNotFoundError,
            CurrentPasswordRequiredError,
            InvalidCurrentPasswordError,
            PasswordRequiredError,
            EmailAlreadyRegisteredError,
          ),
        },
      },
    },
    async (request) => account.updateSecurity(principalOf(request), request.body),
  );

  app.delete(
    '/v1/account/account',
    {
      config: { auth: 'session' },
      schema: {
        tags,
        operationId: 'deleteAccount',
        summary: 'Delete the account: personal data is removed, sessions and API keys stop working at once',
        response: { 200: DetailResponse },
      },
    },
    async (request) => account.deleteAccount(principalOf(request)),
  );
};
