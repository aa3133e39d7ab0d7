// Domain errors. Each carries its HTTP status and a stable snake_case code; the one error handler in
// http/error-handler.ts turns them into `{detail, code, request_id, docs_url}`. Services throw these, never HTTP
// replies. Codes come from the one table in error-codes.ts. The classes below are the statuses; each domain's
// errors.ts names its refusals on top of them (`SoldOutError extends ConflictError`), and a route lists the named
// errors it can answer with (errorResponses in http/schemas.ts), which the OpenAPI document shows per operation.
import type { ErrorCode } from './error-codes.ts';

/** An error class as a route lists it: its status and code are static, so the document can name them. */
export interface ErrorClass {
  readonly name: string;
  readonly status: number;
  readonly code: ErrorCode;
}

export class AppError extends Error {
  static readonly status: number = 500;
  static readonly code: ErrorCode = 'internal_error';

  readonly status: number;
  readonly code: ErrorCode;
  readonly headers?: Record<string, string>;

  constructor(status: number, code: ErrorCode, detail: string, headers?: Record<string, string>) {
    super(detail);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export class BadRequestError extends AppError {
  static override readonly status: number = 400;
  static override readonly code: ErrorCode = 'bad_request';
  constructor(detail: string, code: ErrorCode = 'bad_request') {
    super(400, code, detail);
  }
}

export class UnauthorizedError extends AppError {
  static override readonly status: number = 401;
  static override readonly code: ErrorCode = 'unauthenticated';
  constructor(detail = 'Authentication required', code: ErrorCode = 'unauthenticated') {
    super(401, code, detail);
  }
}

export class ForbiddenError extends AppError {
  static override readonly status: number = 403;
  static override readonly code: ErrorCode = 'forbidden';
  constructor(detail: string, code: ErrorCode = 'forbidden') {
    super(403, code, detail);
  }
}

export class NotFoundError extends AppError {
  static override readonly status: number = 404;
  static override readonly code: ErrorCode = 'not_found';
  constructor(detail = 'Not found', code: ErrorCode = 'not_found') {
    super(404, code, detail);
  }
}

export class ChainTimeoutError extends AppError {
  static override readonly status: number = 408;
  static override readonly code: ErrorCode = 'chain_not_confirmed';
  constructor(detail = 'Transaction not yet confirmed on chain', code: ErrorCode = 'chain_not_confirmed') {
    super(408, code, detail);
  }
}

export class ConflictError extends AppError {
  static override readonly status: number = 409;
  static override readonly code: ErrorCode = 'conflict';
  constructor(detail: string, code: ErrorCode = 'conflict') {
    super(409, code, detail);
  }
}

export class GoneError extends AppError {
  static override readonly status: number = 410;
  static override readonly code: ErrorCode = 'expired';
  constructor(detail: string, code: ErrorCode = 'expired') {
    super(410, code, detail);
  }
}

/** A business-rule failure on well-formed input (as opposed to a schema failure, which is `validation_error`). */
export class UnprocessableError extends AppError {
  static override readonly status: number = 422;
  static override readonly code: ErrorCode = 'unprocessable';
  constructor(detail: string, code: ErrorCode = 'unprocessable') {
    super(422, code, detail);
  }
}

export class RateLimitedError extends AppError {
  static override readonly status: number = 429;
  static override readonly code: ErrorCode = 'rate_limited';
  constructor(retryAfterSeconds: number, what = 'Rate limit exceeded') {
    super(429, 'rate_limited', `${what}, retry in ${retryAfterSeconds} s`, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

export class ServiceUnavailableError extends AppError {
  static override readonly status: number = 503;
  static override readonly code: ErrorCode = 'service_unavailable';
  constructor(detail: string, code: ErrorCode = 'service_unavailable') {
    super(503, code, detail);
  }
}

/** The Solana RPC endpoint failed, timed out or answered garbage. */
export class ChainUnavailableError extends ServiceUnavailableError {
  static override readonly code = 'chain_unavailable';
  constructor(detail = 'Solana RPC endpoint is unavailable') {
    super(detail, 'chain_unavailable');
  }
}
