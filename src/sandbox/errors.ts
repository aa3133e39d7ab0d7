// Sandbox helper refusals; payment lookups and states are the payment domain's errors.
import { NotFoundError, ServiceUnavailableError, UnprocessableError } from '../errors.ts';

/** Sandbox helpers do not exist in live mode: a 404 with the generic code. */
export class SandboxOnlyError extends NotFoundError {
  static override readonly code = 'not_found';
  constructor() {
    super('Sandbox routes need a sandbox key or X-Hilt-Mode: sandbox', SandboxOnlyError.code);
  }
}

export class SandboxFaucetUnavailableError extends ServiceUnavailableError {
  static override readonly code = 'sandbox_faucet_unavailable';
  constructor(detail = 'No sandbox chain is configured') {
    super(detail, SandboxFaucetUnavailableError.code);
  }
}

export class SandboxChainUnavailableError extends ServiceUnavailableError {
  static override readonly code = 'sandbox_chain_unavailable';
  constructor(detail: string) {
    super(detail, SandboxChainUnavailableError.code);
  }
}

export class InvalidSecretKeyError extends UnprocessableError {
  static override readonly code = 'invalid_secret_key';
  constructor(detail: string) {
    super(detail, InvalidSecretKeyError.code);
  }
}
