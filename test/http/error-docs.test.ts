// Each route documents the error codes it can answer with (errorResponses in http/schemas.ts): the documented codes
// are real codes of that status, and a route's real refusals are among the codes it documents.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES, type ErrorCode } from '../../src/error-codes.ts';
import { ERROR_CODES_KEYWORD } from '../../src/http/schemas.ts';
import { bearer, createTestApp, type TestApp } from '../helpers/app.ts';
import { api, createMerchant, createProduct, type Merchant, type Reply } from '../helpers/factories.ts';

interface ErrorSchema {
  [ERROR_CODES_KEYWORD]?: string[];
  properties?: { code?: { enum?: string[] } };
}
interface Operation {
  operationId?: string;
  responses: Record<string, { content?: { 'application/json'?: { schema: ErrorSchema & { $ref?: string } } } }>;
}

describe('error codes documented per route', () => {
  let hilt: TestApp;
  let merchant: Merchant;
  const operations = new Map<string, Operation>();

  before(async () => {
    hilt = await createTestApp();
    merchant = await createMerchant(hilt);
    const doc = (await hilt.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) if (op.operationId) operations.set(op.operationId, op);
    }
  });
  after(() => hilt?.dispose());

  /** The codes `operationId` documents for `status`: its own and the common ones (undefined when not narrowed). */
  const documented = (operationId: string, status: number) => {
    const op = operations.get(operationId);
    assert.ok(op, `no operation ${operationId}`);
    return op.responses[status]?.content?.['application/json']?.schema.properties?.code?.enum;
  };

  /** The reply is a refusal `status`/`code`, and the route documents that code for that status. */
  const assertDocumented = (res: Reply, operationId: string, status: number, code: ErrorCode) => {
    assert.equal(res.status, status, res.text);
    assert.equal(res.body.code, code, res.text);
    const codes = documented(operationId, status);
    assert.ok(codes?.includes(code), `${operationId} documents ${status} ${code} (documents ${codes})`);
  };

  test('every documented code exists in the table of codes with that status', () => {
    let narrowed = 0;
    for (const [operationId, op] of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (!schema?.[ERROR_CODES_KEYWORD]) continue;
        narrowed++;
        const codes = new Set([...schema[ERROR_CODES_KEYWORD], ...(schema.properties?.code?.enum ?? [])]);
        for (const code of codes) {
          const entry = (ERROR_CODES as Record<string, { statuses: readonly number[] }>)[code];
          assert.ok(entry, `${operationId} ${status}: ${code} is not in ERROR_CODES`);
          assert.ok(
            entry.statuses.includes(Number(status)),
            `${operationId} ${status}: ${code} is documented in ERROR_CODES with ${entry.statuses} only`,
          );
        }
      }
    }
    assert.ok(narrowed > 10, `only ${narrowed} responses list their codes`);
  });

  test('real refusals are among the codes their route documents', async () => {
    const anon = api(hilt);
    const missing = '00000000-0000-4000-8000-000000000000';
    assertDocumented(await merchant.get(`/v1/products/${missing}`), 'getProduct', 404, 'product_not_found');
    const product = await createProduct(merchant);
    assertDocumented(
      await merchant.patch(`/v1/products/${product.id}`, { product_type: 'TIP_JAR' }),
      'updateProduct',
      422,
      'immutable_field',
    );
    assertDocumented(
      await api(hilt, bearer(merchant.token)).delete('/v1/payout-wallets/9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin'),
      'deletePayoutWallet',
      404,
      'payout_wallet_not_found',
    );
    const email = `twice-${Date.now()}@example.com`;
    const payload = { email, password: 'correct horse battery staple' };
    assert.equal((await anon.post('/v1/auth/register', payload)).status, 201);
    assertDocumented(await anon.post('/v1/auth/register', payload), 'register', 409, 'email_already_registered');
    assertDocumented(
      await anon.post('/v1/auth/login', { email, password: 'wrong horse battery staple' }),
      'login',
      401,
      'invalid_credentials',
    );
  });
});
