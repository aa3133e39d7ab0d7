// Types of core.js: every method's arguments and answer come from the generated OpenAPI types.
import type { operations as Operations } from './generated/openapi.d.ts';
import type { OperationId } from './generated/operations.d.ts';

export type { OperationId };
export type { components, operations, paths } from './generated/openapi.d.ts';

export declare const DEFAULT_BASE_URL: string;

export declare class HiltError extends Error {
  constructor(message: string, options?: { cause?: unknown });
}

export interface HiltApiErrorExtra {
  requestId?: string | null;
  retryable?: boolean;
  docsUrl?: string | null;
  rawResponse?: unknown;
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

export declare class HiltApiError extends HiltError {
  constructor(statusCode: number, message: string, errorCode: string, details?: unknown, extra?: HiltApiErrorExtra);
  /** HTTP status; 0 when no answer arrived (timeout or network failure). */
  readonly statusCode: number;
  /** The API's stable `code` (`product_not_found`, `validation_error`…). */
  readonly errorCode: string;
  /** Same as `errorCode`. */
  readonly code: string;
  /** The field problems of a 422 `validation_error`, or the error body. */
  readonly details: unknown;
  readonly requestId: string | null;
  readonly retryable: boolean;
  readonly docsUrl: string | null;
  readonly rawResponse: unknown;
  /** Seconds from `Retry-After`, when the server sent it. */
  readonly retryAfterSeconds: number | null;
  /** The server's `detail` as sent: a sentence, or the list of `{loc, msg, type}` of a 422 `validation_error`. */
  readonly detail: string | { loc: (string | number)[]; msg: string; type: string }[];
}

export declare function isRetryable(statusCode: number, errorCode: string): boolean;

type Op<K extends OperationId> = Operations[K];
type Params<K extends OperationId> = Op<K> extends { parameters: infer P } ? P : Record<string, never>;

type PathArg<K extends OperationId> = Params<K> extends { path: infer P } ? { path: P } : { path?: undefined };
type QueryArg<K extends OperationId> =
  Params<K> extends { query: infer Q }
    ? { query: Q }
    : Params<K> extends { query?: infer Q }
      ? [NonNullable<Q>] extends [never]
        ? { query?: undefined }
        : { query?: NonNullable<Q> }
      : { query?: undefined };
type RequestBody<K extends OperationId> = NonNullable<Op<K>['requestBody']>;
type BodyArg<K extends OperationId> = [RequestBody<K>] extends [never]
  ? { body?: undefined }
  : RequestBody<K> extends { content: { 'application/json': infer B } }
    ? Op<K> extends { requestBody: unknown }
      ? { body: B }
      : { body?: B }
    : { body?: undefined };

/** What one call takes: `path` and `query` parameters, the JSON `body`, extra `headers`. */
export type RequestArgs<K extends OperationId> = PathArg<K> &
  QueryArg<K> &
  BodyArg<K> & { headers?: Record<string, string> };

type Responses<K extends OperationId> = Op<K>['responses'];
type OkResponse<K extends OperationId> = Responses<K>[Extract<keyof Responses<K>, 200 | 201 | 202 | 203>];
/** What one call resolves to: the parsed JSON, an ArrayBuffer (PDF), a string (CSV), or undefined (204). */
export type SuccessBody<K extends OperationId> =
  OkResponse<K> extends { content: infer C }
    ? C extends { 'application/json': infer B }
      ? B
      : keyof C extends `text/${string}`
        ? string
        : ArrayBuffer
    : undefined;

/** Which credential a call sends: none (buyer routes), or prefer the key or the session token; default both. */
export type AuthPreference = 'none' | 'key' | 'bearer';

export interface CallOptions {
  /** Sent as `Idempotency-Key` on POSTs: a retry with the same key and body gets the stored answer. */
  idempotencyKey?: string;
  auth?: AuthPreference;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
}

type MethodArgs<K extends OperationId> =
  Record<string, never> extends Omit<RequestArgs<K>, 'headers'>
    ? [args?: RequestArgs<K>, options?: CallOptions]
    : [args: RequestArgs<K>, options?: CallOptions];

export type Operation<K extends OperationId> = (...args: MethodArgs<K>) => Promise<SuccessBody<K>>;

type ValueOrGetter<T> = T | (() => T);

export interface ClientOptions {
  /** Default `http://localhost:8080`. */
  baseUrl?: string;
  /** `hk_live_…` or `hk_sandbox_…`, sent as `X-Hilt-Key`. */
  apiKey?: ValueOrGetter<string | null | undefined>;
  /** Dashboard session token, sent as `Authorization: Bearer …`. */
  bearerToken?: ValueOrGetter<string | null | undefined>;
  /** The data set a session acts on (`X-Hilt-Mode`); a key's mode is fixed by its prefix. */
  mode?: ValueOrGetter<'live' | 'sandbox' | null | undefined>;
  headers?: ValueOrGetter<Record<string, string>>;
  fetch?: typeof fetch;
  /** Per request, default 20000. */
  timeoutMs?: number;
  /** Retries of a 429 or 5xx (a POST only under an idempotency key), default 2. */
  maxRetries?: number;
  userAgent?: string;
  /** Called with every HTTP answer, before it is read (rate-limit headers, session expiry). */
  onResponse?: (response: Response, operationId: OperationId | null) => void;
}

/** Any path through the same pipeline (credentials, timeouts, retries, errors): `client.send({ path })`. */
export interface RawRequest extends CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, e.g. `/v1/products`. */
  path: string;
  query?: Record<string, string | number | boolean | (string | number)[] | null | undefined>;
  body?: unknown;
  /** How the answer is read (default json). */
  responseType?: 'json' | 'text' | 'binary' | 'empty';
}

export type HiltOperations = { [K in OperationId]: Operation<K> };

export type ApiClient = HiltOperations & {
  readonly baseUrl: string;
  request<K extends OperationId>(operationId: K, args?: RequestArgs<K>, options?: CallOptions): Promise<SuccessBody<K>>;
  send<T = unknown>(request: RawRequest): Promise<T>;
};

export declare function createClient(options?: ClientOptions): ApiClient;
