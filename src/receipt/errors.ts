// Receipt refusals; a transaction that is not on chain or failed there is one of the payment domain's errors.
import { NotFoundError, ServiceUnavailableError, UnprocessableError } from '../errors.ts';

export class ReceiptNotFoundError extends NotFoundError {
  static override readonly code = 'receipt_not_found';
  constructor() {
    super('Receipt not found', ReceiptNotFoundError.code);
  }
}

export class EmailNotConfiguredError extends ServiceUnavailableError {
  static override readonly code = 'email_not_configured';
  constructor() {
    super('Email is not configured on this server (set SMTP_URL)', EmailNotConfiguredError.code);
  }
}

export class NotMerchantWalletError extends UnprocessableError {
  static override readonly code = 'not_merchant_wallet';
  constructor() {
    super('counterparty_wallet is not the payout wallet of any of your products', NotMerchantWalletError.code);
  }
}

export class NotMerchantTransactionError extends UnprocessableError {
  static override readonly code = 'not_merchant_transaction';
  constructor() {
    super('The transaction moved no funds to a wallet you use as merchant_wallet', NotMerchantTransactionError.code);
  }
}

export class AmountMismatchError extends UnprocessableError {
  static override readonly code = 'amount_mismatch';
  constructor(receivedAmount: bigint | number | string) {
    super(`amount_raw does not match the ${receivedAmount} base units received on chain`, AmountMismatchError.code);
  }
}

export class WalletNotSignerError extends UnprocessableError {
  static override readonly code = 'wallet_not_signer';
  constructor() {
    super('wallet did not sign the transaction', WalletNotSignerError.code);
  }
}

export class NoRecipientError extends UnprocessableError {
  static override readonly code = 'no_recipient';
  constructor() {
    super(
      'No email given and none on file for this buyer (invoice customer_email or an EMAIL identity): send email',
      NoRecipientError.code,
    );
  }
}
