// Payment refusals: lookups, confirmation and the checks of a transaction against its session.
import { NotFoundError } from '../errors.ts';

export class PaymentNotFoundError extends NotFoundError {
  static override readonly code = 'payment_not_found';
  constructor(detail = 'Payment not found') {
    super(detail, PaymentNotFoundError.code);
  }
}
