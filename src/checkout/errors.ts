// Hosted checkout refusals: handoff links and wallet identity sessions. A product that cannot be bought is one of
// the product domain's errors (ProductUnavailableError, SoldOutError); a session's state, the payment domain's.
import { ConflictError, GoneError, NotFoundError, UnprocessableError } from '../errors.ts';

export class AmountBelowMinimumError extends UnprocessableError {
  static override readonly code = 'amount_below_minimum';
  constructor(minimumMinor: bigint) {
    super(`The amount must be at least ${minimumMinor} minor units`, AmountBelowMinimumError.code);
  }
}

/** A handoff link asked for an archived product (409; its public page answers 404 product_not_found). */
export class HandoffProductArchivedError extends ConflictError {
  static override readonly code = 'product_archived';
  constructor() {
    super('This product is archived', HandoffProductArchivedError.code);
  }
}

export class InvalidReturnUrlError extends UnprocessableError {
  static override readonly code = 'invalid_return_url';
  constructor() {
    super('return_url must be an http(s) URL', InvalidReturnUrlError.code);
  }
}

export class HandoffExpiredError extends GoneError {
  static override readonly code = 'handoff_expired';
  constructor() {
    super('The handoff link has expired; ask for a new one', HandoffExpiredError.code);
  }
}

export class InvalidHandoffTokenError extends UnprocessableError {
  static override readonly code = 'invalid_handoff_token';
  constructor(detail: string) {
    super(detail, InvalidHandoffTokenError.code);
  }
}

export class IdentitySessionNotFoundError extends NotFoundError {
  static override readonly code = 'identity_session_not_found';
  constructor() {
    super('Identity session not found', IdentitySessionNotFoundError.code);
  }
}

export class IdentitySessionExpiredError extends GoneError {
  static override readonly code = 'identity_session_expired';
  constructor() {
    super('The identity session has expired', IdentitySessionExpiredError.code);
  }
}

export class IdentityVerificationRequiredError extends UnprocessableError {
  static override readonly code = 'identity_verification_required';
  constructor() {
    super('The identity session is not verified yet', IdentityVerificationRequiredError.code);
  }
}

export class IdentityWalletDiffersError extends UnprocessableError {
  static override readonly code = 'wallet_mismatch';
  constructor() {
    super('wallet_address does not match the identity session', IdentityWalletDiffersError.code);
  }
}

export class IdentitySignatureInvalidError extends UnprocessableError {
  static override readonly code = 'invalid_signature';
  constructor() {
    super('The signature does not match the challenge and wallet', IdentitySignatureInvalidError.code);
  }
}
