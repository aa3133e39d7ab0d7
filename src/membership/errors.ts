// Membership refusals.
import { ConflictError, NotFoundError, UnprocessableError } from '../errors.ts';

export class MembershipNotFoundError extends NotFoundError {
  static override readonly code = 'membership_not_found';
  constructor() {
    super('Membership not found', MembershipNotFoundError.code);
  }
}

export class LookupKeyRequiredError extends UnprocessableError {
  static override readonly code = 'lookup_key_required';
  constructor() {
    super('Give one of wallet, identity or tx_signature', LookupKeyRequiredError.code);
  }
}

export class MembershipExpiredError extends ConflictError {
  static override readonly code = 'membership_expired';
  constructor() {
    super('This membership has expired; gift days or send a renewal link first', MembershipExpiredError.code);
  }
}

export class MembershipDeliveryInProgressError extends ConflictError {
  static override readonly code = 'delivery_in_progress';
  constructor() {
    super('A delivery attempt for this membership is already running', MembershipDeliveryInProgressError.code);
  }
}
