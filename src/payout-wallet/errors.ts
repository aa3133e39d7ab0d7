// Payout wallet refusals; a bad proof is one of the wallet signature errors of auth/errors.ts.
import { NotFoundError, UnprocessableError } from '../errors.ts';

export class PayoutWalletNotFoundError extends NotFoundError {
  static override readonly code = 'payout_wallet_not_found';
  constructor() {
    super('Payout wallet not found', PayoutWalletNotFoundError.code);
  }
}

/** A live product may only pay a wallet its workspace has proven it controls. */
export class PayoutWalletUnverifiedError extends UnprocessableError {
  static override readonly code = 'payout_wallet_unverified';
  constructor() {
    super(
      'merchant_wallet is not a proven payout wallet of this workspace: sign a challenge with it first ' +
        '(POST /v1/payout-wallets/challenge, then POST /v1/payout-wallets)',
      PayoutWalletUnverifiedError.code,
    );
  }
}
