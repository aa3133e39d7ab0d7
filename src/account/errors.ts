// Account (workspace) refusals; a taken email is EmailAlreadyRegisteredError of auth/errors.ts.
import { ForbiddenError, NotFoundError, UnprocessableError } from '../errors.ts';

export class AccountNotFoundError extends NotFoundError {
  static override readonly code = 'account_not_found';
  constructor(detail = 'Account not found') {
    super(detail, AccountNotFoundError.code);
  }
}

export class InvalidTimezoneError extends UnprocessableError {
  static override readonly code = 'invalid_timezone';
  constructor(timezone: string) {
    super(`Unknown time zone "${timezone}" (use an IANA name)`, InvalidTimezoneError.code);
  }
}

export class InvalidBrandingError extends UnprocessableError {
  static override readonly code = 'invalid_branding';
  constructor(field: string, why: string) {
    super(`merchant_settings.${field} ${why}`, InvalidBrandingError.code);
  }
}

export class NothingToUpdateError extends UnprocessableError {
  static override readonly code = 'nothing_to_update';
  constructor() {
    super('Give a new email or a new_password', NothingToUpdateError.code);
  }
}

export class CurrentPasswordRequiredError extends UnprocessableError {
  static override readonly code = 'current_password_required';
  constructor() {
    super('current_password is required to change email or password', CurrentPasswordRequiredError.code);
  }
}

export class InvalidCurrentPasswordError extends ForbiddenError {
  static override readonly code = 'invalid_current_password';
  constructor() {
    super('The current password is wrong', InvalidCurrentPasswordError.code);
  }
}

export class PasswordRequiredError extends UnprocessableError {
  static override readonly code = 'password_required';
  constructor() {
    super('Set a new_password together with the email', PasswordRequiredError.code);
  }
}
