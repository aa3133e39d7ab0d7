// Refusals of the Helius settlement callback, which authenticates with its own secrets.
import { UnauthorizedError } from '../errors.ts';

export class HeliusNotConfiguredError extends UnauthorizedError {
  static override readonly code = 'helius_not_configured';
  constructor() {
    super('The Helius callback is not configured', HeliusNotConfiguredError.code);
  }
}

export class HeliusUnauthorizedError extends UnauthorizedError {
  static override readonly code = 'helius_unauthorized';
  constructor() {
    super('Invalid Helius authorization', HeliusUnauthorizedError.code);
  }
}

export class HeliusSignatureInvalidError extends UnauthorizedError {
  static override readonly code = 'helius_signature_invalid';
  constructor() {
    super('Invalid helius-signature', HeliusSignatureInvalidError.code);
  }
}
