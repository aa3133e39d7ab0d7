// Schemas shared by every route: the error envelope, ids, timestamps, pagination.
import { type Static, type TLiteral, type TSchema, type TUnion, Type } from 'typebox';
import type { ErrorCode } from '../error-codes.ts';
import type { ErrorClass } from '../errors.ts';

export const ValidationIssue = Type.Object({
  loc: Type.Array(Type.Union([Type.String(), Type.Integer()])),
  msg: Type.String(),
  type: Type.String(),
});

export const ErrorResponse = Type.Object(
  {
    detail: Type.Union([Type.String(), Type.Array(ValidationIssue)], {
      description: 'A human-readable message, or the list of schema violations for a 422 validation_error',
    }),
    code: Type.String({ description: 'Stable snake_case error code, listed in the error reference (/v1/docs/errors)' }),
    request_id: Type.String({ description: 'Also in the X-Request-Id and X-Hilt-Request-Id headers' }),
    docs_url: Type.String({
      description: 'This code’s entry in the error reference: {public URL}/v1/docs/errors#{code}',
    }),
  },
  { $id: 'ErrorResponse', title: 'ErrorResponse' },
);

/**
 * A `$ref` to a schema registered with `app.addSchema`, typed as that schema: TypeBox 1's `Type.Ref` takes only the
 * `$id` and types the reference as unknown. A function declaration, so schema modules can use it while this one loads.
 */
export function Ref<T extends TSchema & { $id?: string }>(schema: T) {
  if (!schema.$id) throw new Error('Ref needs a schema with an $id (one registered with app.addSchema)');
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id));
}

/**
 * One of the listed strings, as an anyOf of consts. TypeBox 1 types a union built from a mapped (non-tuple) array as
 * never, so the static type is given here: the union of the values.
 */
export function LiteralUnion<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TUnion<[TLiteral<T[number]>]>;
}

export const ErrorRef = Ref(ErrorResponse);

export const Uuid = (description?: string) => Type.String({ format: 'uuid', description });
export const Timestamp = (description?: string) => Type.String({ format: 'date-time', description });
export const Nullable = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Union([schema, Type.Null()], options);

/** The schema keyword that makes an enum case-insensitive (see CASE_INSENSITIVE_KEYWORD in http/validation.ts). */
export const CASE_INSENSITIVE = 'x-case-insensitive';

/**
 * An enum-like string input: any letter case is accepted and rewritten to the canonical value listed here before
 * the handler sees it (so it is stored and returned canonical); anything else is a 422 listing the allowed values.
 */
export const StringEnum = <T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
) =>
  Type.Unsafe<T[number]>({
    type: 'string',
    enum: [...values],
    [CASE_INSENSITIVE]: true,
    ...options,
    description: `${options.description ? `${options.description}. ` : ''}Any letter case is accepted.`,
  });

/** Null on a PATCH (or in a config object) means "leave as it is": the same as leaving the field out. */
export const KeepIfNull = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], {
    description: `${description ? `${description}. ` : ''}null leaves the current value unchanged (same as omitting it).`,
  });

/** Null removes the stored value. */
export const ClearIfNull = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], {
    description: `${description ? `${description}. ` : ''}null clears it.`,
  });

export const DetailResponse = Type.Object({ detail: Type.String() });

export const IdParams = (name: string) => Type.Object({ [name]: Uuid() });

/** Error statuses that any route can answer, listed on each operation in the OpenAPI document. */
export const COMMON_ERROR_STATUSES = [400, 413, 422, 429, 500] as const;

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (bad JSON, invalid action)',
  401: 'Missing or invalid credentials',
  403: 'Authenticated but not allowed (missing permission, suspended account)',
  404: 'Not found, or not in the caller’s workspace',
  408: 'The transaction is not yet confirmed on chain',
  409: 'State conflict',
  410: 'The session has expired',
  413: 'Request body over the size limit',
  415: 'Unsupported content type',
  422: 'Validation failed',
  429: 'Rate limited; see Retry-After',
  500: 'Internal error (masked)',
  503: 'A dependency is unavailable',
};

/**
 * Codes any route can answer with at a status, whatever its own refusals: the request's shape, credentials and
 * permissions, idempotency, limits, and the generic code of each status. A route's documented codes for a status
 * are these plus the named errors it lists.
 */
export const COMMON_ERROR_CODES: Readonly<Partial<Record<number, readonly ErrorCode[]>>> = {
  400: ['bad_request', 'invalid_json', 'invalid_content_length', 'bad_url', 'invalid_mode'],
  401: ['unauthenticated', 'invalid_authorization', 'invalid_api_key', 'invalid_token', 'token_expired'],
  403: ['forbidden', 'account_suspended', 'account_deleted', 'insufficient_permissions', 'session_required'],
  404: ['not_found', 'route_not_found'],
  409: ['conflict', 'idempotency_in_progress', 'idempotency_race'],
  410: ['expired'],
  413: ['payload_too_large'],
  415: ['unsupported_media_type'],
  422: ['unprocessable', 'validation_error', 'invalid_value', 'invalid_idempotency_key', 'idempotency_key_mismatch'],
  429: ['rate_limited'],
  500: ['internal_error'],
  503: ['service_unavailable', 'database_unavailable', 'shutting_down'],
};

/** The OpenAPI extension listing a response's own error codes (the named errors of its route). */
export const ERROR_CODES_KEYWORD = 'x-error-codes';

/** The error body of one status of one route: `code` narrowed to what that route can answer there. */
function routeErrorSchema(status: number, own: readonly ErrorCode[]) {
  const codes = [...new Set([...own, ...(COMMON_ERROR_CODES[status] ?? [])])];
  const names = own.map((code) => `\`${code}\``).join(', ');
  return Type.Object(
    {
      detail: ErrorResponse.properties.detail,
      code: Type.Unsafe<ErrorCode>({
        type: 'string',
        enum: codes,
        description: (ErrorResponse.properties.code as { description?: string }).description,
      }),
      request_id: ErrorResponse.properties.request_id,
      docs_url: ErrorResponse.properties.docs_url,
    },
    {
      description: `${ERROR_DESCRIPTIONS[status] ?? 'Error'}: ${names}`,
      [ERROR_CODES_KEYWORD]: [...own],
    },
  );
}

/**
 * The error responses of a route, from the named errors its service can refuse with:
 * `response: { 200: Checkout, ...errorResponses(SoldOutError, ProductUnavailableError) }`. Each status lists its
 * codes in its description and narrows `code` to them (plus COMMON_ERROR_CODES).
 */
export function errorResponses(...errors: ErrorClass[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const error of errors) {
    const codes = byStatus.get(error.status) ?? [];
    if (!codes.includes(error.code)) codes.push(error.code);
    byStatus.set(error.status, codes);
  }
  const responses: Record<number, ReturnType<typeof routeErrorSchema>> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = routeErrorSchema(status, codes);
  }
  return responses;
}
