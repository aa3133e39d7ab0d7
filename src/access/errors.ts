// The Pay API's refusals. Codes are part of the contract: Hilt's SDKs branch on the three entitlement codes (a
// 404 or 409 with one of them means "payment required"), and x402 refusals carry the x402 reason both in the
// message and in a `PAYMENT-RESPONSE` header with `success: false`.
import type { ErrorCode } from '../error-codes.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  GoneError,
  NotFoundError,
  UnauthorizedError,
  UnprocessableError,
} from '../errors.ts';
import { encodeX402Header, PAYMENT_RESPONSE_HEADER, type RefusalReason } from './x402.ts';

export class EntitlementNotFoundError extends NotFoundError {
  static override readonly code = 'entitlement_not_found';
  constructor(detail = 'No entitlement for this customer and product') {
    super(detail, 'entitlement_not_found');
  }
}

export class EntitlementNotActiveError extends ConflictError {
  static override readonly code = 'entitlement_not_active';
  constructor(detail = 'The entitlement is not active (never paid, expired or revoked)') {
    super(detail, 'entitlement_not_active');
  }
}

export class UsageBalanceInsufficientError extends ConflictError {
  static override readonly code = 'usage_balance_insufficient';
  constructor(remaining: bigint, units: number) {
    super(`The entitlement has ${remaining} usage units left; ${units} requested`, 'usage_balance_insufficient');
  }
}

export class IdempotencyKeyRequiredError extends AppError {
  static override readonly status = 400;
  static override readonly code = 'idempotency_key_required';
  constructor() {
    super(400, 'idempotency_key_required', 'This operation needs an Idempotency-Key header (8 to 255 characters)');
  }
}

/** A payment that fails verification: 402, as x402 answers a payment it will not settle. */
export class PaymentVerificationError extends AppError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message: string, network: string) {
    const status = reason === 'invalid_payload' || reason === 'invalid_x402_version' ? 400 : 402;
    const code = status === 400 ? 'payment_signature_invalid' : 'payment_verification_failed';
    super(status, code, `${message} (x402 reason: ${reason})`, {
      [PAYMENT_RESPONSE_HEADER]: encodeX402Header({ success: false, errorReason: reason, transaction: '', network }),
    });
    this.reason = reason;
  }
}

export class PaymentSessionNotFoundError extends NotFoundError {
  static override readonly code = 'payment_session_not_found';
  constructor() {
    super('Payment session not found', 'payment_session_not_found');
  }
}

export class PaymentSessionNotPendingError extends ConflictError {
  static override readonly code = 'payment_session_not_pending';
  constructor(status: string) {
    super(`The payment session is ${status}, not pending`, 'payment_session_not_pending');
  }
}

export class PaymentSessionExpiredError extends ConflictError {
  static override readonly code = 'payment_session_expired';
  constructor() {
    super('The payment session has expired; create a new one', 'payment_session_expired');
  }
}

export class AccessProductNotFoundError extends NotFoundError {
  static override readonly code = 'access_product_not_found';
  constructor() {
    super('Access product not found', 'access_product_not_found');
  }
}

/** For parts of Hilt's Pay API that need Hilt's own infrastructure (Stripe billing, its on-chain programs, EVM). */
export class NotOfferedError extends AppError {
  constructor(detail: string, code: ErrorCode, status = 501) {
    super(status, code, detail);
  }
}

export class RetiredError extends GoneError {
  constructor(detail: string, code: ErrorCode) {
    super(detail, code);
  }
}

export class AccessAmountRequiredError extends UnprocessableError {
  static override readonly code = 'amount_required';
  constructor() {
    super('amount_minor_units is required to create an access product', AccessAmountRequiredError.code);
  }
}

export class AccessAppExistsError extends ConflictError {
  static override readonly code = 'access_app_exists';
  constructor() {
    super('An app with this external_app_id already exists', AccessAppExistsError.code);
  }
}

export class AccessAppNotFoundError extends NotFoundError {
  static override readonly code = 'access_app_not_found';
  constructor() {
    super('Access app not found', AccessAppNotFoundError.code);
  }
}

export class AccessProductExistsError extends ConflictError {
  static override readonly code = 'access_product_exists';
  constructor(detail: string) {
    super(detail, AccessProductExistsError.code);
  }
}

export class AgentPermissionsUnsupportedError extends UnprocessableError {
  static override readonly code = 'unsupported_permissions';
  constructor(detail: string) {
    super(detail, AgentPermissionsUnsupportedError.code);
  }
}

export class CustomerIdentifierRequiredError extends UnprocessableError {
  static override readonly code = 'customer_identifier_required';
  constructor() {
    super('Identify the customer with external_customer_id, wallet or email', CustomerIdentifierRequiredError.code);
  }
}

export class IdempotencyKeyReusedError extends UnprocessableError {
  static override readonly code = 'idempotency_key_mismatch';
  constructor() {
    super('This Idempotency-Key was already used to consume another entitlement', IdempotencyKeyReusedError.code);
  }
}

export class InvalidBillingModelError extends UnprocessableError {
  static override readonly code = 'invalid_billing_model';
  constructor() {
    super('A recurring product cannot also be metered', InvalidBillingModelError.code);
  }
}

export class InvalidEmailError extends UnprocessableError {
  static override readonly code = 'invalid_email';
  constructor() {
    super('email is not valid', InvalidEmailError.code);
  }
}

export class InvalidPaymentProtocolError extends UnprocessableError {
  static override readonly code = 'invalid_payment_protocol';
  constructor() {
    super('payment_protocol must be hosted_checkout, wallet_transfer or x402', InvalidPaymentProtocolError.code);
  }
}

export class InvalidPayoutAddressError extends UnprocessableError {
  static override readonly code = 'invalid_payout_address';
  constructor(detail: string) {
    super(detail, InvalidPayoutAddressError.code);
  }
}

export class InvalidProofPayloadError extends UnprocessableError {
  static override readonly code = 'invalid_proof_payload';
  constructor() {
    super('proof_payload.tx_signature must be a transaction signature', InvalidProofPayloadError.code);
  }
}

export class InvalidRailModeError extends UnprocessableError {
  static override readonly code = 'invalid_rail_mode';
  constructor() {
    super('mode must be live, sandbox or disabled', InvalidRailModeError.code);
  }
}

export class InvalidRenewalModeError extends UnprocessableError {
  static override readonly code = 'invalid_renewal_mode';
  constructor() {
    super('renewal_mode must be "none"', InvalidRenewalModeError.code);
  }
}

export class InvalidSetupTokenError extends UnauthorizedError {
  static override readonly code = 'invalid_setup_token';
  constructor() {
    super('The setup token does not match this setup intent', InvalidSetupTokenError.code);
  }
}

export class LiveModeUnconfirmedError extends UnprocessableError {
  static override readonly code = 'live_mode_unconfirmed';
  constructor() {
    super('Set confirm_live_mode: true to create an app in live mode', LiveModeUnconfirmedError.code);
  }
}

export class NativeSubscriptionsNotSupportedError extends UnprocessableError {
  static override readonly code = 'native_subscriptions_not_supported';
  constructor(detail: string) {
    super(detail, NativeSubscriptionsNotSupportedError.code);
  }
}

export class OwnerConfirmationRequiredError extends UnprocessableError {
  static override readonly code = 'owner_confirmation_required';
  constructor() {
    super('Set confirm_owner_approval: true to approve', OwnerConfirmationRequiredError.code);
  }
}

export class PaymentSessionNotX402Error extends ConflictError {
  static override readonly code = 'payment_session_not_x402';
  constructor() {
    super('This payment session is not an x402 session', PaymentSessionNotX402Error.code);
  }
}

export class PaymentSessionRequiredError extends UnprocessableError {
  static override readonly code = 'payment_session_required';
  constructor() {
    super('payment_session_id is required: a proof settles one session', PaymentSessionRequiredError.code);
  }
}

export class PaymentSessionSettlingError extends ConflictError {
  static override readonly code = 'payment_session_settling';
  constructor() {
    super('Another transaction is being settled for this session', PaymentSessionSettlingError.code);
  }
}

export class PayoutWalletRequiredError extends UnprocessableError {
  static override readonly code = 'payout_wallet_required';
  constructor(detail: string) {
    super(detail, PayoutWalletRequiredError.code);
  }
}

export class PermissionNotRequestedError extends UnprocessableError {
  static override readonly code = 'permission_not_requested';
  constructor(detail: string) {
    super(detail, PermissionNotRequestedError.code);
  }
}

export class PriceMismatchError extends UnprocessableError {
  static override readonly code = 'amount_mismatch';
  constructor(detail: string) {
    super(detail, PriceMismatchError.code);
  }
}

export class ProductIdentifierRequiredError extends UnprocessableError {
  static override readonly code = 'product_identifier_required';
  constructor() {
    super('Give product_id or external_product_id', ProductIdentifierRequiredError.code);
  }
}

export class RailMismatchError extends UnprocessableError {
  static override readonly code = 'rail_mismatch';
  constructor(detail: string) {
    super(detail, RailMismatchError.code);
  }
}

export class RailNotAllowedError extends UnprocessableError {
  static override readonly code = 'rail_not_allowed';
  constructor(detail: string) {
    super(detail, RailNotAllowedError.code);
  }
}

export class RailNotAvailableError extends UnprocessableError {
  static override readonly code = 'rail_not_available';
  constructor(detail: string) {
    super(detail, RailNotAvailableError.code);
  }
}

export class RailNotFoundError extends UnprocessableError {
  static override readonly code = 'rail_not_found';
  constructor(detail: string) {
    super(detail, RailNotFoundError.code);
  }
}

export class SandboxKeyRequiredError extends ForbiddenError {
  static override readonly code = 'sandbox_key_required';
  constructor() {
    super('Sandbox sessions need a sandbox key (hk_sandbox_…)', SandboxKeyRequiredError.code);
  }
}

export class SandboxModeUnconfirmedError extends UnprocessableError {
  static override readonly code = 'sandbox_mode_unconfirmed';
  constructor() {
    super('Set confirm_sandbox_mode: true (nothing moves on chain)', SandboxModeUnconfirmedError.code);
  }
}

export class SandboxProofInvalidError extends UnprocessableError {
  static override readonly code = 'sandbox_proof_invalid';
  constructor() {
    super('The proof does not match this sandbox session', SandboxProofInvalidError.code);
  }
}

export class SandboxSessionNotFoundError extends NotFoundError {
  static override readonly code = 'sandbox_session_not_found';
  constructor() {
    super('Sandbox session not found', SandboxSessionNotFoundError.code);
  }
}

export class SandboxWorkspaceUnavailableError extends ConflictError {
  static override readonly code = 'sandbox_unavailable';
  constructor() {
    super('Could not create the sandbox workspace; retry', SandboxWorkspaceUnavailableError.code);
  }
}

export class SetupIntentExpiredError extends GoneError {
  static override readonly code = 'setup_intent_expired';
  constructor() {
    super('This setup intent has expired', SetupIntentExpiredError.code);
  }
}

export class SetupIntentNotFoundError extends NotFoundError {
  static override readonly code = 'setup_intent_not_found';
  constructor() {
    super('Setup intent not found', SetupIntentNotFoundError.code);
  }
}

export class SetupIntentNotPendingError extends ConflictError {
  static override readonly code = 'setup_intent_not_pending';
  constructor(detail: string) {
    super(detail, SetupIntentNotPendingError.code);
  }
}

export class SetupNotReadyError extends ConflictError {
  static override readonly code = 'setup_not_ready';
  constructor(detail: string) {
    super(detail, SetupNotReadyError.code);
  }
}

export class X402RequiresUsdcError extends UnprocessableError {
  static override readonly code = 'x402_requires_usdc';
  constructor() {
    super('x402 sessions settle in USDC: use rail solana_usdc', X402RequiresUsdcError.code);
  }
}
