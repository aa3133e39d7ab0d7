// Refusals of sign-in and of credentials. Those raised while resolving a request's credentials (invalid_token,
// invalid_api_key, invalid_mode, account_suspended…) can answer any authenticated route: http/schemas.ts lists
// their codes in COMMON_ERROR_CODES rather than on each route.
import { BadRequestError, ConflictError, ForbiddenError, UnauthorizedError, UnprocessableError } from '../errors.ts';

export class InvalidTokenError extends UnauthorizedError {
  static override readonly code = 'invalid_token';
  constructor(detail = 'Invalid token') {
    super(detail, InvalidTokenError.code);
  }
}

export class TokenExpiredError extends UnauthorizedError {
  static override readonly code = 'token_expired';
  constructor() {
    super('Token expired', TokenExpiredError.code);
  }
}

export class InvalidApiKeyError extends UnauthorizedError {
  static override readonly code = 'invalid_api_key';
  constructor(detail = 'Invalid API key') {
    super(detail, InvalidApiKeyError.code);
  }
}

export class InvalidModeError extends BadRequestError {
  static override readonly code = 'invalid_mode';
  constructor() {
    super('X-Hilt-Mode must be "live" or "sandbox"', InvalidModeError.code);
  }
}

export class AccountSuspendedError extends ForbiddenError {
  static override readonly code = 'account_suspended';
  constructor() {
    super('This account is suspended', AccountSuspendedError.code);
  }
}

export class AccountDeletedError extends ForbiddenError {
  static override readonly code = 'account_deleted';
  constructor() {
    super('This account has been deleted', AccountDeletedError.code);
  }
}

export class InvalidCredentialsError extends UnauthorizedError {
  static override readonly code = 'invalid_credentials';
  constructor() {
    super('Invalid email or password', InvalidCredentialsError.code);
  }
}

export class EmailAlreadyRegisteredError extends ConflictError {
  static override readonly code = 'email_already_registered';
  constructor() {
    super('An account with this email already exists', EmailAlreadyRegisteredError.code);
  }
}

export class WalletAccountConflictError extends ConflictError {
  static override readonly code = 'wallet_account_conflict';
  constructor() {
    super('Could not create the wallet account, try again', WalletAccountConflictError.code);
  }
}

/** A signed challenge's nonce that was never issued, was used already or expired. */
export class InvalidNonceError extends UnauthorizedError {
  static override readonly code = 'invalid_nonce';
  constructor(detail = 'Unknown, used or expired nonce; request a new challenge') {
    super(detail, InvalidNonceError.code);
  }
}

/** A well-formed signature that does not verify (401); a malformed one is MalformedSignatureError (422). */
export class SignatureMismatchError extends UnauthorizedError {
  static override readonly code = 'invalid_signature';
  constructor() {
    super('The signature does not match the wallet and message', SignatureMismatchError.code);
  }
}

export class MalformedSignatureError extends UnprocessableError {
  static override readonly code = 'invalid_signature';
  constructor() {
    super('signed_message must be a base58 Ed25519 signature (64 bytes)', MalformedSignatureError.code);
  }
}

export class InvalidAuthorizationError extends UnauthorizedError {
  static override readonly code = 'invalid_authorization';
  constructor() {
    super('Authorization must be "Bearer <token>"', InvalidAuthorizationError.code);
  }
}

export class SessionRequiredError extends ForbiddenError {
  static override readonly code = 'session_required';
  constructor() {
    super('This action needs a dashboard session, not an API key', SessionRequiredError.code);
  }
}

export class InsufficientPermissionsError extends ForbiddenError {
  static override readonly code = 'insufficient_permissions';
  constructor(permission: string) {
    super(`This API key lacks the "${permission}" permission`, InsufficientPermissionsError.code);
  }
}
