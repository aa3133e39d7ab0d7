import { UnprocessableError } from '../errors.ts';
import type { TransactionError } from './port.ts';

/** The cluster refused a transaction before it landed (failed preflight, bad signature, expired blockhash). */
export class TransactionRejectedError extends UnprocessableError {
  static override readonly code = 'transaction_rejected';
  readonly rpcCode: number;
  readonly transactionError: TransactionError | null;
  readonly logs: readonly string[];

  constructor(detail: string, rpcCode: number, transactionError: TransactionError | null, logs: readonly string[]) {
    super(detail, 'transaction_rejected');
    this.rpcCode = rpcCode;
    this.transactionError = transactionError;
    this.logs = logs;
  }
}

/** A `solana:` URL that does not follow the Solana Pay specification. */
export class SolanaPayUrlError extends UnprocessableError {
  static override readonly code = 'invalid_solana_pay_url';
  constructor(detail: string) {
    super(detail, 'invalid_solana_pay_url');
  }
}
