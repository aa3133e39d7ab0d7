// Domain errors. Each carries its HTTP status and a stable snake_case code; the one error handler in
// http/error-handler.ts turns them into `{detail, code, request_id, docs_url}`. Services throw these, never HTTP
// replies. Codes come from the one table in error-codes.ts.
import type { ErrorCode } from './error-codes.ts';

export class AppError extends Error {
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
  constructor(detail: string, code: ErrorCode = 'bad_request') {
    super(400, code, detail);
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Authentication required', code: ErrorCode = 'unauthenticated') {
    super(401, code, detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail: string, code: ErrorCode = 'forbidden') {
    super(403, code, detail);
  }
}

export class NotFoundError extends AppError {
  constructor(detail = 'Not found', code: ErrorCode = 'not_found') {
    super(404, code, detail);
  }
}

export class ChainTimeoutError extends AppError {
  constructor(detail = 'Transaction not yet confirmed on chain', code: ErrorCode = 'chain_not_confirmed') {
    super(408, code, detail);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, code: ErrorCode = 'conflict') {
    super(409, code, detail);
  }
}

export class GoneError extends AppError {
  constructor(detail: string, code: ErrorCode = 'expired') {
    super(410, code, detail);
  }
}

/** A business-rule failure on well-formed input (as opposed to a schema failure, which is `validation_error`). */
export class UnprocessableError extends AppError {
  constructor(detail: string, code: ErrorCode = 'unprocessable') {
    super(422, code, detail);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, what = 'Rate limit exceeded') {
    super(429, 'rate_limited', `${what}, retry in ${retryAfterSeconds} s`, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(detail: string, code: ErrorCode = 'service_unavailable') {
    super(503, code, detail);
  }
}

/** The Solana RPC endpoint failed, timed out or answered garbage. */
export class ChainUnavailableError extends ServiceUnavailableError {
  constructor(detail = 'Solana RPC endpoint is unavailable') {
    super(detail, 'chain_unavailable');
  }
}
