// Every error code the API answers with, in one table: the `code` of `{detail, code, request_id, docs_url}`.
// AppError only accepts a key of this table (a typo or a new code without an entry fails the type check), and the
// error reference page (GET /v1/docs/errors) is rendered from it, so the two cannot drift.

export interface ErrorCodeDoc {
  /** The HTTP statuses this code comes with. */
  statuses: readonly number[];
  /** What happened, and what the caller can do about it. */
  description: string;
}

export const ERROR_CODES = {
  // -- request shape and HTTP
  validation_error: {
    statuses: [422],
    description:
      'The request does not match the schema. `detail` is a list of `{loc, msg, type}`; an enum field lists its allowed values in `msg`.',
  },
  invalid_json: { statuses: [400], description: 'The body is not valid JSON.' },
  invalid_content_length: { statuses: [400], description: 'Content-Length does not match the body.' },
  invalid_value: {
    statuses: [422],
    description: 'A value cannot be stored (a NUL character, a number out of range).',
  },
  payload_too_large: { statuses: [413], description: 'The body is larger than the server’s limit.' },
  unsupported_media_type: { statuses: [415], description: 'Send request bodies as application/json.' },
  bad_url: { statuses: [400], description: 'The URL is malformed (bad percent-encoding, an over-long parameter).' },
  bad_request: { statuses: [400], description: 'The request cannot be processed as sent.' },
  route_not_found: { statuses: [404], description: 'No route has this method and path.' },
  not_found: {
    statuses: [404],
    description:
      'Not found. Sandbox helper routes answer this in live mode (use a sandbox key or X-Hilt-Mode: sandbox).',
  },
  internal_error: {
    statuses: [500],
    description: 'An unexpected error; the details are in the server log under the request id. Safe to retry reads.',
  },
  rate_limited: {
    statuses: [429],
    description: 'Over the workspace’s (or client IP’s) budget for the window: wait Retry-After seconds.',
  },
  service_unavailable: { statuses: [503], description: 'A dependency of this action is unavailable; retry later.' },
  database_unavailable: {
    statuses: [503],
    description: 'The database cannot be reached right now; retry after the Retry-After seconds.',
  },
  shutting_down: {
    statuses: [503],
    description: 'This server instance is shutting down and takes no new requests; retry (on another instance).',
  },
  chain_unavailable: {
    statuses: [503],
    description: 'The Solana RPC endpoint failed, timed out or answered garbage; retry later.',
  },

  // -- idempotency
  invalid_idempotency_key: {
    statuses: [422],
    description: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
  },
  idempotency_key_mismatch: {
    statuses: [422],
    description: 'This Idempotency-Key was already used with a different request; use a new key.',
  },
  idempotency_in_progress: {
    statuses: [409],
    description: 'The first request with this Idempotency-Key is still running; retry shortly.',
  },
  idempotency_race: {
    statuses: [409],
    description: 'A request with this Idempotency-Key was just discarded; retry with the same key.',
  },

  // -- authentication and permissions
  unauthenticated: { statuses: [401], description: 'No credentials: send X-Hilt-Key or Authorization: Bearer.' },
  invalid_authorization: { statuses: [401], description: 'The Authorization header must be "Bearer <token>".' },
  invalid_api_key: { statuses: [401], description: 'The API key is unknown, malformed or revoked.' },
  invalid_token: { statuses: [401], description: 'The session or refresh token is invalid or revoked.' },
  token_expired: { statuses: [401], description: 'The session token expired: refresh it or sign in again.' },
  invalid_credentials: { statuses: [401], description: 'Wrong email or password.' },
  invalid_nonce: {
    statuses: [401],
    description: 'The wallet sign-in nonce is unknown, used or expired: request a new challenge.',
  },
  invalid_signature: {
    statuses: [401, 422],
    description: 'A wallet signature is malformed (422) or does not match the wallet and message (401).',
  },
  invalid_mode: { statuses: [400], description: 'X-Hilt-Mode must be "live" or "sandbox".' },
  forbidden: { statuses: [403], description: 'Authenticated, but this action is not allowed.' },
  account_suspended: { statuses: [403], description: 'The workspace is suspended.' },
  account_deleted: { statuses: [403], description: 'The account has been deleted.' },
  insufficient_permissions: {
    statuses: [403],
    description: 'The API key lacks the permission (read, execute, admin, billing) the route needs.',
  },
  session_required: { statuses: [403], description: 'This action needs a dashboard session, not an API key.' },
  permission_escalation: {
    statuses: [403],
    description: 'A key cannot create a key with permissions it does not have itself.',
  },
  mode_mismatch: { statuses: [403], description: 'A key can only create keys of its own mode (live or sandbox).' },
  invalid_current_password: { statuses: [403], description: 'The current password is wrong.' },
  wallet_account_conflict: { statuses: [409], description: 'The wallet account could not be created; try again.' },
  helius_not_configured: { statuses: [401], description: 'The Helius callback is not configured on this server.' },
  helius_signature_invalid: { statuses: [401], description: 'The helius-signature header does not match the body.' },
  helius_unauthorized: { statuses: [401], description: 'The Helius Authorization header is wrong.' },

  // -- account and keys
  payout_wallet_unverified: {
    statuses: [422],
    description:
      'The wallet is not a proven payout wallet of this workspace: sign a challenge with it (POST /v1/payout-wallets/challenge, then POST /v1/payout-wallets).',
  },
  payout_wallet_not_found: { statuses: [404], description: 'No payout wallet with this address in this workspace.' },
  account_not_found: { statuses: [404], description: 'The account does not exist (or was deleted).' },
  email_already_registered: { statuses: [409], description: 'An account with this email already exists.' },
  current_password_required: {
    statuses: [422],
    description: 'Changing email or password needs current_password.',
  },
  password_required: { statuses: [422], description: 'Set a new_password together with the email.' },
  nothing_to_update: { statuses: [422], description: 'Give a new email or a new_password.' },
  invalid_timezone: { statuses: [422], description: 'timezone must be an IANA name such as Europe/London.' },
  key_not_found: { statuses: [404], description: 'No such API key in this workspace.' },
  unsupported_permissions: {
    statuses: [422],
    description: 'Key permissions must be among read, execute, admin and billing.',
  },

  invalid_branding: {
    statuses: [422],
    description: 'merchant_settings brand_name, brand_logo_url (https) or brand_accent_color (#rrggbb) is not valid.',
  },
  invalid_metrics_token: { statuses: [401], description: '/metrics needs the bearer token set in HILT_METRICS_TOKEN.' },

  // -- products
  product_not_found: { statuses: [404], description: 'No such product in this workspace and mode.' },
  unsupported_product_type: { statuses: [400], description: 'product_type must be PAYMENT_LINK or TIP_JAR.' },
  amount_required: {
    statuses: [400, 422],
    description:
      'A PAYMENT_LINK product needs amount_minor_units, and it cannot be removed (400); a new access product needs ' +
      'one for its backing product (422).',
  },
  invalid_merchant_wallet: {
    statuses: [422],
    description: 'merchant_wallet is not a Solana address, or it is the platform fee wallet.',
  },
  invalid_image_url: { statuses: [422], description: 'image_url must be an http(s) URL.' },
  invalid_delivery_value: { statuses: [422], description: 'delivery_value does not fit the delivery_type.' },
  invalid_membership_config: { statuses: [422], description: 'membership_config is inconsistent.' },
  immutable_field: { statuses: [422], description: 'product_type and token_mint cannot change after creation.' },
  product_archived: {
    statuses: [409, 422],
    description: 'The product is archived: it cannot change (422) or sell (409).',
  },
  slug_unavailable: { statuses: [422], description: 'No free slug could be made from this title; change it.' },
  unsupported_token_mint: {
    statuses: [422],
    description: 'token_mint is not an asset this server accepts (null for SOL, or a configured mint such as USDC).',
  },

  // -- checkout and payments
  product_unavailable: { statuses: [409], description: 'The product is not on sale right now (paused).' },
  sold_out: { statuses: [409], description: 'The product reached max_payments.' },
  amount_below_minimum: { statuses: [422], description: 'A tip-jar amount is below the product’s minimum.' },
  invalid_wallet: { statuses: [422], description: 'A wallet field is not a valid Solana address.' },
  invalid_address: { statuses: [422], description: 'A value is not a valid Solana address.' },
  invalid_return_url: { statuses: [422], description: 'return_url must be an http(s) URL.' },
  invalid_handoff_token: {
    statuses: [422],
    description: 'The handoff token is invalid, tampered with or for another product.',
  },
  handoff_expired: { statuses: [410], description: 'The handoff link expired; ask the merchant for a new one.' },
  identity_session_not_found: { statuses: [404], description: 'No such identity session.' },
  identity_session_expired: { statuses: [410], description: 'The identity session expired; start a new one.' },
  identity_verification_required: {
    statuses: [422],
    description: 'The identity session is not verified yet (sign the challenge first).',
  },
  identity_required: {
    statuses: [422],
    description: 'The product needs the buyer’s identity (e.g. Telegram user id) before confirmation.',
  },
  identity_wallet_mismatch: {
    statuses: [422],
    description: 'The verified identity belongs to another wallet than the one that paid.',
  },
  wallet_mismatch: { statuses: [422], description: 'wallet_address does not match the identity session.' },
  payment_not_found: { statuses: [404], description: 'No such payment (session).' },
  payment_session_not_found: {
    statuses: [404],
    description:
      'POST /v1/pay/confirm without payment_id: the transaction matches no open checkout session of that product (by its HILT:{nonce} memo or reference key).',
  },
  payment_closed: { statuses: [409], description: 'The payment is already confirmed or failed.' },
  session_expired: { statuses: [410], description: 'The checkout session expired; start a fresh one.' },
  session_already_paid: {
    statuses: [409],
    description: 'The session is already linked to a different transaction.',
  },
  signature_already_used: { statuses: [409], description: 'The transaction already paid another session.' },
  signature_required: { statuses: [422], description: 'Give tx_signature (or signed_transaction).' },
  signature_mismatch: { statuses: [422], description: 'tx_signature does not match the signed transaction.' },
  chain_not_confirmed: {
    statuses: [408],
    description: 'The transaction is not confirmed on chain yet: retry later with the same payment_id.',
  },
  transaction_failed: { statuses: [422], description: 'The transaction failed on chain; the session stays open.' },
  transaction_not_for_session: {
    statuses: [422],
    description: 'The transaction carries neither the session’s HILT:{nonce} memo nor its reference key.',
  },
  transaction_rejected: {
    statuses: [422],
    description: 'The cluster refused the transaction (failed preflight, bad signature, expired blockhash).',
  },
  invalid_transaction: { statuses: [422], description: 'The signed transaction is malformed.' },
  payment_incomplete: {
    statuses: [422],
    description:
      'The transaction paid less than the session asks, or in another asset: it is recorded on the session (refundable) and the session stays open for a full payment until it expires.',
  },
  invalid_solana_pay_url: { statuses: [422], description: 'A solana: URL does not follow the Solana Pay spec.' },
  payment_failed: {
    statuses: [422],
    description: 'The payment failed verification; `detail` names the failure_reason (underpaid, wrong_mint…).',
  },
  sandbox_faucet_unavailable: {
    statuses: [503],
    description:
      'The sandbox chain runs outside this server (HILT_SANDBOX_RPC_URL): fund wallets through its requestAirdrop.',
  },
  sandbox_chain_unavailable: {
    statuses: [503],
    description: 'The shared sandbox chain (HILT_SANDBOX_RPC_URL) did not answer; retry shortly.',
  },
  invalid_secret_key: {
    statuses: [422],
    description: 'Sandbox: secret_key must be the base58 64-byte secret key of a sandbox wallet.',
  },

  // -- memberships and delivery
  membership_not_found: { statuses: [404], description: 'No such membership in this workspace and mode.' },
  membership_expired: {
    statuses: [409],
    description: 'The membership has expired: gift days or send a renewal link first.',
  },
  delivery_in_progress: {
    statuses: [409],
    description: 'A delivery attempt (or webhook retry) for this object is already running.',
  },
  lookup_key_required: { statuses: [422], description: 'Give one of wallet, identity or tx_signature.' },

  // -- receipts
  receipt_not_found: { statuses: [404], description: 'No such receipt.' },
  amount_mismatch: { statuses: [422], description: 'amount_raw does not match what the transaction moved.' },
  not_merchant_transaction: {
    statuses: [422],
    description: 'The transaction moved no funds to a wallet you use as merchant_wallet.',
  },
  not_merchant_wallet: {
    statuses: [422],
    description: 'counterparty_wallet is not the payout wallet of any of your products.',
  },
  wallet_not_signer: { statuses: [422], description: 'wallet did not sign the transaction.' },
  no_recipient: {
    statuses: [422],
    description:
      'send-proof without email: the receipt has no buyer email on file (invoice metadata or identity). Give email.',
  },
  email_not_configured: { statuses: [503], description: 'Email is not configured on this server (SMTP_URL).' },
  email_failed: { statuses: [503], description: 'The mail server refused the message.' },

  // -- support
  ticket_not_found: { statuses: [404], description: 'No such support ticket.' },
  ticket_closed: { statuses: [409], description: 'The ticket is closed; open a new one.' },
  context_not_found: {
    statuses: [422],
    description: 'A ticket context link (product, payment…) is not in this workspace.',
  },
  payment_proof_invalid: {
    statuses: [403],
    description: 'The buyer’s signature does not prove the payment: sign the challenge with the paying wallet.',
  },

  // -- webhooks and testing
  webhook_endpoint_not_found: { statuses: [404], description: 'No such webhook endpoint.' },
  webhook_delivery_not_found: { statuses: [404], description: 'No such webhook delivery.' },
  unknown_event_type: { statuses: [422], description: 'An event type is not in the catalog (see supported_events).' },
  endpoint_mode_not_allowed: {
    statuses: [422],
    description:
      'A webhook endpoint’s mode: an API key or a session with X-Hilt-Mode can only choose its own mode; "all" needs a dashboard session without X-Hilt-Mode.',
  },
  unknown_product: { statuses: [422], description: 'product_ids must be products of this workspace.' },
  invalid_webhook_url: { statuses: [422], description: 'url is not a valid absolute URL.' },
  webhook_url_not_https: { statuses: [422], description: 'Webhook URLs must use https.' },
  webhook_url_unresolvable: { statuses: [422], description: 'The webhook host does not resolve.' },
  webhook_url_not_allowed: {
    statuses: [422],
    description: 'The webhook URL points at a private, loopback, link-local or cloud-metadata address.',
  },
  timeline_subject_required: { statuses: [422], description: 'Give payment_id or membership_id.' },
  testing_session_not_found: { statuses: [404], description: 'No such testing session.' },
  unknown_scenario: { statuses: [422], description: 'The testing scenario is unknown (see /v1/testing/scenarios).' },
  unprocessable: { statuses: [422], description: 'The request is well formed but breaks a business rule.' },
  conflict: { statuses: [409], description: 'The request conflicts with the current state.' },
  expired: { statuses: [410], description: 'The session has expired.' },
  // -- Pay API (/v1/access/*) and x402
  access_app_exists: { statuses: [409], description: 'An access app with this external_app_id already exists.' },
  access_app_not_found: { statuses: [404], description: 'No access app with this id in this workspace.' },
  access_product_exists: {
    statuses: [409],
    description: 'An access product with this external_product_id already exists.',
  },
  access_product_not_found: { statuses: [404], description: 'No access product with this id in this workspace.' },
  customer_identifier_required: {
    statuses: [422],
    description: 'Identify the customer with external_customer_id, wallet or email.',
  },
  entitlement_not_found: {
    statuses: [404],
    description: 'No entitlement for this customer and product: payment is required (Hilt’s SDKs answer with a 402).',
  },
  entitlement_not_active: {
    statuses: [409],
    description: 'The entitlement exists but is not active (never paid, expired or revoked): payment is required.',
  },
  usage_balance_insufficient: {
    statuses: [409],
    description: 'The entitlement has fewer usage units left than requested: payment is required.',
  },
  idempotency_key_required: {
    statuses: [400],
    description: 'This operation needs an Idempotency-Key header (8 to 255 characters).',
  },
  invalid_billing_model: { statuses: [422], description: 'The billing model does not fit the product’s settings.' },
  invalid_email: { statuses: [422], description: 'The email address is not valid.' },
  invalid_payment_protocol: {
    statuses: [422],
    description: 'payment_protocol must be hosted_checkout, wallet_transfer or x402.',
  },
  invalid_payout_address: { statuses: [422], description: 'payout_address is not a Solana address.' },
  invalid_proof_payload: {
    statuses: [422],
    description: 'proof_payload.tx_signature must be a transaction signature.',
  },
  invalid_rail_mode: { statuses: [422], description: 'mode must be live, sandbox or disabled.' },
  invalid_renewal_mode: {
    statuses: [422],
    description: 'Access products renew by paying again: renewal_mode is "none".',
  },
  invalid_setup_token: { statuses: [401], description: 'The setup token does not match this setup intent.' },
  live_mode_unconfirmed: {
    statuses: [422],
    description: 'Creating live access objects needs confirm_live_mode: true.',
  },
  sandbox_mode_unconfirmed: {
    statuses: [422],
    description: 'Sandbox sessions need confirm_sandbox_mode: true (nothing moves on chain).',
  },
  owner_confirmation_required: { statuses: [422], description: 'Approving needs confirm_owner_approval: true.' },
  payment_session_expired: { statuses: [409], description: 'The payment session has expired; create a new one.' },
  payment_session_not_pending: { statuses: [409], description: 'The payment session is already paid or closed.' },
  payment_session_not_x402: { statuses: [409], description: 'This payment session is not an x402 session.' },
  payment_session_required: {
    statuses: [422],
    description: 'payment_session_id is required: a proof settles one session.',
  },
  payment_session_settling: {
    statuses: [409],
    description: 'Another transaction is being settled for this session; retry shortly.',
  },
  payment_signature_invalid: {
    statuses: [400],
    description: 'The PAYMENT-SIGNATURE payload cannot be read (x402 reason invalid_payload or invalid_x402_version).',
  },
  payment_verification_failed: {
    statuses: [402],
    description:
      'The signed payment does not meet the requirement (amount, mint, destination, extra instructions, reused or expired); `detail` and the PAYMENT-RESPONSE header name the x402 reason.',
  },
  payout_wallet_required: {
    statuses: [422],
    description: 'Give merchant_wallet, or set a payout address with PUT /v1/access/rail-settings/{rail_id}.',
  },
  permission_not_requested: {
    statuses: [422],
    description: 'An approval may only grant permissions the agent asked for.',
  },
  product_identifier_required: { statuses: [422], description: 'Give product_id or external_product_id.' },
  rail_mismatch: { statuses: [422], description: 'The existing product is not priced in this rail’s asset.' },
  rail_not_allowed: {
    statuses: [422],
    description: 'An access product settles in one asset: allowed_rails may only list its default rail.',
  },
  rail_not_available: { statuses: [422], description: 'This rail is listed but not available on this server.' },
  rail_not_found: { statuses: [422], description: 'Unknown rail id.' },
  x402_requires_usdc: { statuses: [422], description: 'x402 sessions settle in USDC: use the rail solana_usdc.' },
  sandbox_key_required: { statuses: [403], description: 'Sandbox sessions need a sandbox key (hk_sandbox_…).' },
  sandbox_proof_invalid: { statuses: [422], description: 'The proof does not match this sandbox session.' },
  sandbox_session_not_found: { statuses: [404], description: 'No sandbox session with this id.' },
  sandbox_unavailable: { statuses: [409], description: 'The sandbox workspace could not be created; retry.' },
  setup_intent_expired: { statuses: [410], description: 'This agent setup intent has expired.' },
  setup_intent_not_found: { statuses: [404], description: 'No agent setup intent with this id.' },
  setup_intent_not_pending: { statuses: [409], description: 'This agent setup intent is already approved or expired.' },
  setup_not_ready: {
    statuses: [409],
    description:
      'The access product is not ready for live sessions (status active and live mode confirmed); see GET /v1/access/setup/readiness.',
  },
  stripe_checkout_retired: {
    statuses: [410],
    description: 'Stripe plan checkout is retired; a self-hosted server has no plan to buy.',
  },
  native_subscriptions_not_supported: {
    // 404 on the subscription routes; 422 for an access product asking for native renewal.
    statuses: [404, 422],
    description: 'Native subscriptions need Hilt’s on-chain program, which this server does not run.',
  },
  mpp_sessions_not_supported: { statuses: [404], description: 'Metered MPP sessions are not offered by this server.' },
  evm_rails_not_supported: { statuses: [404], description: 'EVM rails are not offered by this server.' },
} as const satisfies Record<string, ErrorCodeDoc>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The public link to a code's entry in the error reference. */
export function errorDocsUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/v1/docs/errors#${code}`;
}
