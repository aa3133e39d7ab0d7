// The Pay API's refusals. Codes are part of the contract: Hilt's SDKs branch on the three entitlement codes (a
// 404 or 409 with one of them means "payment required"), and x402 refusals carry the x402 reason both in the
// message and in a `PAYMENT-RESPONSE` header with `success: false`.
import type { ErrorCode } from '../error-codes.ts';
import { AppError, ConflictError, GoneError, NotFoundError } from '../errors.ts';
import { encodeX402Header, PAYMENT_RESPONSE_HEADER, type RefusalReason } from './x402.ts';

export class EntitlementNotFoundError extends NotFoundError {
  constructor(detail = 'No entitlement for this customer and product') {
    super(detail, 'entitlement_not_found');
  }
}

export class EntitlementNotActiveError extends ConflictError {
  constructor(detail = 'The entitlement is not active (never paid, expired or revoked)') {
    super(detail, 'entitlement_not_active');
  }
}

export class UsageBalanceInsufficientError extends ConflictError {
  constructor(remaining: bigint, units: number) {
    super(`The entitlement has ${remaining} usage units left; ${units} requested`, 'usage_balance_insufficient');
  }
}

export class IdempotencyKeyRequiredError extends AppError {
  constructor() {
    super(400, 'idempotency_key_required', 'This operation needs an Idempotency-Key header (8 to 255 characters)');
  }
}

/** A payment that fails verification: 402, as x402 answers a payment it will not settle. */
export class PaymentVerificationError extends AppError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message: string, network: string) {
    const status = reason === 'invalid_payload' || reason === 'invalid_x402_version' ? 400 : 402;
    const code = status === 400 ? 'payment_signature_invalid' : 'payment_verification_failed';
    super(status, code, `${message} (x402 reason: ${reason})`, {
      [PAYMENT_RESPONSE_HEADER]: encodeX402Header({ success: false, errorReason: reason, transaction: '', network }),
    });
    this.reason = reason;
  }
}

export class PaymentSessionNotFoundError extends NotFoundError {
  constructor() {
    super('Payment session not found', 'payment_session_not_found');
  }
}

export class PaymentSessionNotPendingError extends ConflictError {
  constructor(status: string) {
    super(`The payment session is ${status}, not pending`, 'payment_session_not_pending');
  }
}

export class PaymentSessionExpiredError extends ConflictError {
  constructor() {
    super('The payment session has expired; create a new one', 'payment_session_expired');
  }
}

export class AccessProductNotFoundError extends NotFoundError {
  constructor() {
    super('Access product not found', 'access_product_not_found');
  }
}

/** For parts of Hilt's Pay API that need Hilt's own infrastructure (Stripe billing, its on-chain programs, EVM). */
export class NotOfferedError extends AppError {
  constructor(detail: string, code: ErrorCode, status = 501) {
    super(status, code, detail);
  }
}

export class RetiredError extends GoneError {
  constructor(detail: string, code: ErrorCode) {
    super(detail, code);
  }
}
