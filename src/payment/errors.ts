// Payment refusals: lookups, confirmation and the checks of a transaction against its session.
import { ConflictError, GoneError, NotFoundError, UnprocessableError } from '../errors.ts';

export class PaymentNotFoundError extends NotFoundError {
  static override readonly code = 'payment_not_found';
  constructor(detail = 'Payment not found') {
    super(detail, PaymentNotFoundError.code);
  }
}

export class PaymentClosedError extends ConflictError {
  static override readonly code = 'payment_closed';
  constructor(detail: string) {
    super(detail, PaymentClosedError.code);
  }
}

export class SessionExpiredError extends GoneError {
  static override readonly code = 'session_expired';
  constructor(detail = 'Payment session has expired') {
    super(detail, SessionExpiredError.code);
  }
}

export class InvalidWalletError extends UnprocessableError {
  static override readonly code = 'invalid_wallet';
  constructor(detail: string) {
    super(detail, InvalidWalletError.code);
  }
}
