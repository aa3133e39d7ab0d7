// API key refusals.
import { ForbiddenError, NotFoundError, UnprocessableError } from '../errors.ts';

export class KeyNotFoundError extends NotFoundError {
  static override readonly code = 'key_not_found';
  constructor() {
    super('API key not found', KeyNotFoundError.code);
  }
}

export class UnsupportedPermissionsError extends UnprocessableError {
  static override readonly code = 'unsupported_permissions';
  constructor(unknown: readonly string[], allowed: readonly string[]) {
    super(
      `Unsupported key permissions: ${unknown.join(', ')} (allowed: ${allowed.join(', ')})`,
      UnsupportedPermissionsError.code,
    );
  }
}

export class PermissionEscalationError extends ForbiddenError {
  static override readonly code = 'permission_escalation';
  constructor(extra: readonly string[]) {
    super(
      `A key cannot create a key with permissions it does not have: ${extra.join(', ')}`,
      PermissionEscalationError.code,
    );
  }
}

export class KeyModeMismatchError extends ForbiddenError {
  static override readonly code = 'mode_mismatch';
  constructor(mode: string) {
    super(`A ${mode} key can only create ${mode} keys`, KeyModeMismatchError.code);
  }
}
