// Payment refusals: lookups, confirmation and the checks of a transaction against its session.
import { ChainTimeoutError, ConflictError, GoneError, NotFoundError, UnprocessableError } from '../errors.ts';

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

export class InvalidTxSignatureError extends UnprocessableError {
  static override readonly code = 'invalid_signature';
  constructor() {
    super('tx_signature is not a base58 transaction signature', InvalidTxSignatureError.code);
  }
}

export class ChainNotConfirmedError extends ChainTimeoutError {
  static override readonly code = 'chain_not_confirmed';
  constructor(detail: string) {
    super(detail, ChainNotConfirmedError.code);
  }
}

export class TransactionFailedError extends UnprocessableError {
  static override readonly code = 'transaction_failed';
  constructor(detail = 'The transaction failed on chain') {
    super(detail, TransactionFailedError.code);
  }
}

/** A transaction given without its payment_id that no open checkout session of the product claims. */
export class NoSessionForTransactionError extends NotFoundError {
  static override readonly code = 'payment_session_not_found';
  constructor() {
    super(
      'This transaction matches no open checkout session of this product: it carries no HILT:{nonce} memo or ' +
        'reference key of one (or that session is already closed). Pass the payment_id from /connect.',
      NoSessionForTransactionError.code,
    );
  }
}

export class IdentityRequiredError extends UnprocessableError {
  static override readonly code = 'identity_required';
  constructor(detail: string) {
    super(detail, IdentityRequiredError.code);
  }
}

export class IdentityWalletMismatchError extends UnprocessableError {
  static override readonly code = 'identity_wallet_mismatch';
  constructor() {
    super('The verified identity belongs to another wallet than the one that paid', IdentityWalletMismatchError.code);
  }
}

export class SignatureAlreadyUsedError extends ConflictError {
  static override readonly code = 'signature_already_used';
  constructor() {
    super('This transaction is already bound to another payment', SignatureAlreadyUsedError.code);
  }
}

export class SessionAlreadyPaidError extends ConflictError {
  static override readonly code = 'session_already_paid';
  constructor(detail = 'This payment session is already linked to a different transaction') {
    super(detail, SessionAlreadyPaidError.code);
  }
}

export class PaymentFailedError extends UnprocessableError {
  static override readonly code = 'payment_failed';
  constructor(detail: string) {
    super(detail, PaymentFailedError.code);
  }
}

export class PaymentIncompleteError extends UnprocessableError {
  static override readonly code = 'payment_incomplete';
  constructor(detail: string) {
    super(detail, PaymentIncompleteError.code);
  }
}

export class TransactionNotForSessionError extends UnprocessableError {
  static override readonly code = 'transaction_not_for_session';
  constructor(detail: string) {
    super(detail, TransactionNotForSessionError.code);
  }
}

export class TxSignatureMismatchError extends UnprocessableError {
  static override readonly code = 'signature_mismatch';
  constructor() {
    super('tx_signature does not match the signed transaction', TxSignatureMismatchError.code);
  }
}

export class SignatureRequiredError extends UnprocessableError {
  static override readonly code = 'signature_required';
  constructor() {
    super('Give tx_signature or signed_transaction', SignatureRequiredError.code);
  }
}
