// Support ticket refusals.
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../errors.ts';

export class TicketNotFoundError extends NotFoundError {
  static override readonly code = 'ticket_not_found';
  constructor() {
    super('Ticket not found', TicketNotFoundError.code);
  }
}

export class TicketClosedError extends ConflictError {
  static override readonly code = 'ticket_closed';
  constructor() {
    super('This ticket is closed', TicketClosedError.code);
  }
}

export class ContextNotFoundError extends UnprocessableError {
  static override readonly code = 'context_not_found';
  constructor(foreign: readonly string[]) {
    super(`context links to objects that are not in this workspace: ${foreign.join(', ')}`, ContextNotFoundError.code);
  }
}

export class PaymentProofInvalidError extends ForbiddenError {
  static override readonly code = 'payment_proof_invalid';
  constructor() {
    super(
      'The signature does not prove this payment: sign the challenge message with the wallet that paid',
      PaymentProofInvalidError.code,
    );
  }
}
