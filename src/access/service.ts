// The Pay API's rules: apps, access products (each backed by an ordinary product with its hosted checkout), rails,
// entitlements with atomic metered usage, payment sessions (hosted checkout, x402, sandbox), and x402 settlement.
//
// Settlement reuses the payment core: an x402 session owns an ordinary payment row; once the buyer's transaction
// has been verified, sent and seen on chain, `payments.settle` confirms that payment in one database transaction
// (payment/settlement.ts), whose access step (activation.ts) writes the payment proof, the entitlement and the
// `access.entitlement.activated` event — all committed together or not at all.
import { randomBytes, randomUUID } from 'node:crypto';
import bs58 from '../lib/base58.ts';
import type { Principal } from '../auth/principal.ts';
import { TransactionRejectedError } from '../chain/errors.ts';
import type { ChainClient, ChainTransaction } from '../chain/port.ts';
import { amountReceived } from '../chain/solana-pay.ts';
import { splitFee } from '../checkout/service.ts';
import type { CheckoutService } from '../checkout/service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Static } from 'typebox';
import type {
  AppCreate,
  EntitlementCheck,
  EntitlementConsume,
  PaymentProofCreate,
  PaymentSessionCreate,
  ProductCreate,
  RailSettingUpdate,
  ReadinessQuery,
  SandboxSessionCreate,
  X402Settle,
} from './schemas.ts';
import { recordEvent } from '../event/outbox.ts';
import { isSolanaAddress, sha256Hex } from '../lib/crypto.ts';
import type { PaymentService } from '../payment/service.ts';
import type { ProductRow } from '../product/repository.ts';
import { findProduct, type ProductService } from '../product/service.ts';
import { countActiveEndpoints } from '../webhook/service.ts';
import {
  AccessAmountRequiredError,
  AccessAppExistsError,
  AccessAppNotFoundError,
  AccessProductExistsError,
  AccessProductNotFoundError,
  CustomerIdentifierRequiredError,
  EntitlementNotActiveError,
  EntitlementNotFoundError,
  IdempotencyKeyRequiredError,
  IdempotencyKeyReusedError,
  InvalidBillingModelError,
  InvalidEmailError,
  InvalidPaymentProtocolError,
  InvalidPayoutAddressError,
  InvalidProofPayloadError,
  InvalidRailModeError,
  InvalidRenewalModeError,
  LiveModeUnconfirmedError,
  NativeSubscriptionsNotSupportedError,
  PaymentSessionExpiredError,
  PaymentSessionNotFoundError,
  PaymentSessionNotPendingError,
  PaymentSessionNotX402Error,
  PaymentSessionRequiredError,
  PaymentSessionSettlingError,
  PaymentVerificationError,
  PayoutWalletRequiredError,
  PriceMismatchError,
  ProductIdentifierRequiredError,
  RailMismatchError,
  RailNotAllowedError,
  RailNotAvailableError,
  RailNotFoundError,
  SandboxKeyRequiredError,
  SandboxModeUnconfirmedError,
  SandboxProofInvalidError,
  SandboxSessionNotFoundError,
  SetupNotReadyError,
  UsageBalanceInsufficientError,
  X402RequiresUsdcError,
} from './errors.ts';
import { ChainTimeoutError } from '../errors.ts';
import { ChainNotConfirmedError, InvalidWalletError } from '../payment/errors.ts';
import { ProductNotFoundError, ProductUnavailableError } from '../product/errors.ts';
import { AVAILABLE_RAILS, DEFAULT_RAIL, findRail, RAILS, type Rail } from './rails.ts';
import * as repo from './repository.ts';
import { effectiveStatus, isMetered, railView, toAccessProduct, toEntitlement, usageOf } from './views.ts';
import type { AccessProductRow, Customer, EntitlementRow, ProofRow, SessionRow } from './repository.ts';
import {
  type Acceptance,
  buildPaymentRequired,
  decodeSignedTransaction,
  encodeX402Header,
  PAYMENT_REQUIRED_HEADER,
  PAYMENT_RESPONSE_HEADER,
  PaymentRefusal,
  type PaymentRequired,
  parsePaymentSignature,
  plainFromChain,
  type RefusalReason,
  requiredTransfers,
  SOLANA_MAINNET_CAIP2,
  sameJson,
  verifyPaymentInstructions,
  X402_VERSION,
} from './x402.ts';

type Json = Record<string, unknown>;

/** How long an x402 requirement stays payable (the acceptance's `maxTimeoutSeconds`). */
export const X402_TIMEOUT_SECONDS = 300;
const SANDBOX_PROOF_PREFIX = 'hilt_sandbox_v1_';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

export interface CustomerInput {
  external_customer_id?: string | null;
  customer_reference?: string | null;
  wallet?: string | null;
  email?: string | null;
}

export interface ProductRefInput {
  product_id?: string | null;
  external_product_id?: string | null;
}

const livemodeOf = (p: Principal) => p.mode === 'live';
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export function requireIdempotencyKey(key: string | undefined): string {
  if (!key || !IDEMPOTENCY_KEY.test(key)) throw new IdempotencyKeyRequiredError();
  return key;
}

/** external_customer_id (or customer_reference) first, then wallet, then email. */
export function customerOf(input: CustomerInput): Customer | null {
  const wallet = input.wallet?.trim() || null;
  const email = input.email?.trim() || null;
  if (wallet && !isSolanaAddress(wallet)) throw new InvalidWalletError('wallet is not a Solana address');
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new InvalidEmailError();
  const ext = (input.external_customer_id ?? input.customer_reference)?.trim() || null;
  if (ext) return { key: `ext:${ext}`, external_customer_id: ext, wallet, email };
  if (wallet) return { key: `wallet:${wallet}`, external_customer_id: null, wallet, email };
  if (email) return { key: `email:${email.toLowerCase()}`, external_customer_id: null, wallet, email };
  return null;
}

function requireCustomer(input: CustomerInput): Customer {
  const c = customerOf(input);
  if (!c) {
    throw new CustomerIdentifierRequiredError();
  }
  return c;
}

export function createAccessService(deps: {
  db: Db;
  config: Config;
  products: ProductService;
  checkout: CheckoutService;
  payments: PaymentService;
  /** Told when a product starts backing an access product: confirmations read that with the product, cached. */
  publicProducts?: { invalidateOwner(ownerId: string): Promise<void> };
  now?: () => Date;
}) {
  const { db, config, products, checkout, payments } = deps;
  const now = deps.now ?? (() => new Date());
  const network = SOLANA_MAINNET_CAIP2;
  const settleUrl = `${config.publicUrl}/v1/access/x402/settle`;

  // ---- views ----

  function toRailSetting(railId: string, s: repo.RailSettingRow | undefined) {
    const fee = (s?.fee_collection ?? {}) as Json;
    return {
      id: s?.id ?? null,
      rail_id: railId,
      rail: railView(railId),
      enabled: s?.enabled ?? false,
      mode: s?.mode ?? 'live',
      status: s ? (s.enabled ? 'enabled' : 'disabled') : 'not_configured',
      payout_address: s?.payout_address ?? null,
      label: s?.label ?? null,
      // Payout addresses are checked as Solana addresses when saved; there is no manual review here.
      verification_status: s?.payout_address ? 'verified' : 'not_configured',
      metadata: s?.metadata ?? {},
      fee_collection: {
        mode: (fee.mode as string) ?? 'none',
        status: (fee.status as string) ?? 'not_required',
        fee_collector_address: (fee.fee_collector_address as string) ?? config.feeWallet ?? null,
        allowance_token_contract: (fee.allowance_token_contract as string) ?? null,
        allowance_limit_minor_units: (fee.allowance_limit_minor_units as number) ?? null,
        allowance_spent_minor_units: (fee.allowance_spent_minor_units as number) ?? 0,
        allowance_expires_at: (fee.allowance_expires_at as string) ?? null,
        allowance_tx_hash: (fee.allowance_tx_hash as string) ?? null,
        metadata: (fee.metadata as Json) ?? {},
      },
      pending_review_age_seconds: null,
      created_at: iso(s?.created_at),
      updated_at: iso(s?.updated_at),
    };
  }

  function toApp(a: repo.AppRow) {
    return {
      id: a.id,
      name: a.name,
      external_app_id: a.external_app_id,
      status: a.status,
      default_rail: a.default_rail,
      live_mode: a.live_mode,
      metadata: a.metadata,
      created_at: iso(a.created_at),
      updated_at: iso(a.updated_at),
    };
  }

  function toSession(s: SessionRow) {
    const rail = railView(s.rail_id);
    const requirement = s.payment_requirement as PaymentRequired | null;
    return {
      id: s.id,
      payment_id: s.payment_id,
      session_id: s.id,
      status: s.status === 'pending' && s.expires_at.getTime() <= now().getTime() ? 'expired' : s.status,
      rail: rail.id,
      rail_id: rail.id,
      checkout_url: s.checkout_url,
      expires_at: iso(s.expires_at),
      amount_minor_units: Number(s.amount_minor_units),
      asset_symbol: rail.settlement_asset,
      asset_decimals: rail.asset_decimals,
      merchant_wallet: s.merchant_wallet,
      payment_protocol: s.payment_protocol,
      settlement_rail_id: rail.id,
      settlement_network: s.payment_protocol === 'x402' ? network : 'solana',
      settlement_asset: s.token_mint ?? 'SOL',
      payment_requirement: requirement
        ? { ...requirement, headers: { [PAYMENT_REQUIRED_HEADER]: encodeX402Header(requirement) } }
        : null,
      phantom_mobile: null,
      adapter: { kind: s.payment_protocol, settle_url: s.payment_protocol === 'x402' ? settleUrl : null },
      confirmed_at: iso(s.confirmed_at),
      livemode: s.livemode,
    };
  }

  function toProof(p: ProofRow) {
    return {
      id: p.id,
      owner_id: p.owner_id,
      access_product_id: p.access_product_id,
      product_id: p.product_id,
      payment_id: p.payment_id,
      payment_session_id: p.payment_session_id,
      rail_id: p.rail_id,
      proof_type: p.proof_type,
      proof_fingerprint: p.proof_fingerprint,
      proof_reference: p.proof_reference,
      external_customer_id: p.external_customer_id,
      wallet: p.wallet,
      email: p.email,
      amount_minor_units: p.amount_minor_units === null ? null : Number(p.amount_minor_units),
      settlement_asset: p.settlement_asset,
      network: p.network,
      livemode: p.livemode,
      status: p.status,
      evidence: p.evidence,
      receipt_id: p.receipt_id,
      entitlement_id: p.entitlement_id,
      created_at: iso(p.created_at),
      updated_at: iso(p.updated_at),
    };
  }

  function effectiveRail(railId: string, setting: repo.RailSettingRow | undefined, product?: AccessProductRow) {
    const rail = railView(railId);
    const blockers: string[] = [];
    if (!(AVAILABLE_RAILS as readonly string[]).includes(rail.id)) blockers.push(rail.disabled_reason ?? 'not offered');
    if (product && !product.allowed_rails.includes(rail.id)) blockers.push('not an allowed rail of this product');
    if (setting && (!setting.enabled || setting.mode === 'disabled')) blockers.push('disabled in rail settings');
    return {
      rail_id: rail.id,
      available: blockers.length === 0,
      blockers,
      payout_address: setting?.payout_address ?? null,
      payout_address_source: setting?.payout_address ? 'rail_setting' : product ? 'product' : null,
      merchant_setting: setting ? toRailSetting(rail.id, setting) : null,
      platform_setting: null,
      rail,
      payment_session: {
        protocols: rail.id === 'solana_usdc' ? ['hosted_checkout', 'x402'] : ['hosted_checkout'],
      },
    };
  }

  async function settingsByRail(p: Principal) {
    const rows = await repo.listRailSettings(db, p.userId, livemodeOf(p));
    return new Map(rows.map((r) => [r.rail_id, r]));
  }

  async function productOrThrow(p: Principal, ref: ProductRefInput): Promise<AccessProductRow> {
    if (!ref.product_id && !ref.external_product_id) {
      throw new ProductIdentifierRequiredError();
    }
    if (ref.product_id && !UUID.test(ref.product_id)) throw new AccessProductNotFoundError();
    const product = await repo.findAccessProduct(db, p.userId, livemodeOf(p), {
      id: ref.product_id,
      externalId: ref.external_product_id,
    });
    if (!product) throw new AccessProductNotFoundError();
    return product;
  }

  function checkRail(id: string): Rail {
    const rail = findRail(id);
    if (!rail) throw new RailNotFoundError(`Unknown rail "${id}"`);
    if (!(AVAILABLE_RAILS as readonly string[]).includes(id)) {
      throw new RailNotAvailableError(`Rail ${id} is not available on this server: ${rail.disabled_reason}`);
    }
    return rail;
  }

  // ---- settlement core glue ----

  async function waitForTransaction(chain: ChainClient, signature: string): Promise<ChainTransaction | null> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const tx = await chain.getTransaction(signature, { commitment: config.solanaCommitment });
      if (tx) return tx;
      await new Promise((r) => setTimeout(r, 500));
    }
    return null;
  }

  const refused = (reason: RefusalReason, message: string) => new PaymentVerificationError(reason, message, network);

  function asRefusal(err: unknown): never {
    if (err instanceof PaymentRefusal) throw refused(err.reason, err.message);
    throw err;
  }

  async function loadX402Session(p: Principal, sessionId: string) {
    const session = UUID.test(sessionId) ? await repo.findSession(db, p.userId, livemodeOf(p), sessionId) : undefined;
    if (!session) throw new PaymentSessionNotFoundError();
    if (session.payment_protocol !== 'x402' || !session.payment_id || !session.payment_requirement) {
      throw new PaymentSessionNotX402Error();
    }
    return session;
  }

  function checkPending(session: SessionRow) {
    if (session.status !== 'pending') throw new PaymentSessionNotPendingError(session.status);
    if (session.expires_at.getTime() <= now().getTime()) throw new PaymentSessionExpiredError();
  }

  /**
   * A landed transaction for a session: checks it again as it landed, then confirms the session's payment through
   * the payment core (one database transaction: payment, receipt, proof, entitlement, events).
   */
  async function finalize(session: SessionRow, landed: ChainTransaction, acceptance: Acceptance, evidence: Json) {
    if (landed.meta?.err) throw refused('transaction_failed', 'The transaction failed on chain');
    const plain = plainFromChain(landed);
    const payer = await verifyPaymentInstructions(plain, acceptance).catch(asRefusal);
    let received = 0n;
    for (const t of requiredTransfers(acceptance)) {
      const got = amountReceived(landed, t.payTo as never, acceptance.asset as never);
      if (got !== t.amount) {
        throw refused('invalid_exact_svm_payload_amount_mismatch', `${t.role} received ${got}, ${t.amount} was due`);
      }
      if (t.role === 'merchant') received = got;
    }
    const paymentId = session.payment_id as string;
    const x402Evidence = {
      x402_version: X402_VERSION,
      scheme: acceptance.scheme,
      network,
      payer,
      slot: landed.slot.toString(),
      block_time: landed.blockTime === null ? null : Number(landed.blockTime),
      transfers: requiredTransfers(acceptance).map((t) => ({
        role: t.role,
        pay_to: t.payTo,
        amount: t.amount.toString(),
      })),
      ...evidence,
    };
    const outcome = { kind: 'ok' as const, received, excess: 0n, payer };
    const result = await payments.settle(paymentId, plain.signature, outcome, { x402Evidence });
    if (result.payment.status !== 'CONFIRMED' || result.payment.tx_signature !== plain.signature) {
      throw refused('transaction_failed', `The payment could not be confirmed (${result.payment.failure_reason})`);
    }
  }

  async function settlementResult(session: SessionRow, replay: boolean) {
    const proof = await repo.findProofBySession(db, session.id);
    const fresh = (await repo.findSession(db, session.owner_id, session.livemode, session.id)) as SessionRow;
    if (!proof) throw new PaymentSessionNotPendingError(fresh.status);
    const product = (await repo.findAccessProduct(db, session.owner_id, session.livemode, {
      id: session.access_product_id,
    })) as AccessProductRow;
    const entitlement = (await repo.findEntitlementById(
      db,
      session.owner_id,
      session.livemode,
      session.entitlement_id,
    )) as EntitlementRow;
    const paymentResponse = { success: true as const, transaction: proof.proof_fingerprint, network };
    const settlement = proof.settlement as Json;
    return {
      x402Version: X402_VERSION as 2,
      payment_session_id: session.id,
      payment_session: toSession(fresh),
      payment_proof: toProof(proof),
      settlement_evidence: {
        id: settlement.id as string,
        owner_id: proof.owner_id,
        proof_id: proof.id,
        verification_attempt_id: null,
        rail_id: proof.rail_id,
        status: 'settled',
        settlement_reference: proof.proof_fingerprint,
        finality_state: (settlement.finality_state as string) ?? config.solanaCommitment,
        confirmations: null,
        settled_at: (settlement.settled_at as string) ?? null,
        evidence: proof.evidence,
        created_at: iso(proof.created_at),
      },
      receipt: { id: proof.receipt_id, tx_sig: proof.proof_fingerprint, created: !replay },
      entitlement: toEntitlement(entitlement, product, now()),
      payment_response: paymentResponse,
      headers: { [PAYMENT_RESPONSE_HEADER]: encodeX402Header(paymentResponse) },
      idempotent_replay: replay,
    };
  }

  function sandboxView(s: SessionRow, product: AccessProductRow, customer?: Customer) {
    return {
      id: s.id,
      status: s.status === 'pending' && s.expires_at.getTime() <= now().getTime() ? 'expired' : s.status,
      livemode: false as const,
      sandbox_only: true as const,
      access_app_id: product.access_app_id,
      access_product_id: product.id,
      product_id: product.product_id,
      entitlement_id: s.entitlement_id,
      external_customer_id: customer?.external_customer_id ?? null,
      wallet: customer?.wallet ?? null,
      email: customer?.email ?? null,
      rail_id: s.rail_id,
      rail: railView(s.rail_id),
      proof_type: 'sandbox_proof',
      proof_reference_preview: `${SANDBOX_PROOF_PREFIX}…`,
      expires_at: iso(s.expires_at),
      confirmed_at: iso(s.confirmed_at),
      failed_reason: s.failed_reason,
      created_at: iso(s.created_at),
      updated_at: iso(s.updated_at),
    };
  }

  // ---- public operations ----

  return {
    listRails(p: Principal) {
      return { default_rail: DEFAULT_RAIL, rails: [...RAILS], caller: { user_id: p.userId, sandbox: !livemodeOf(p) } };
    },

    async listRailSettings(p: Principal) {
      const settings = await settingsByRail(p);
      return {
        rail_settings: RAILS.map((r) => ({
          rail_id: r.id,
          rail: r,
          setting: settings.has(r.id) ? toRailSetting(r.id, settings.get(r.id)) : null,
          platform_setting: null,
          configured: settings.has(r.id),
        })),
        generated_at: now().toISOString(),
      };
    },

    async putRailSetting(p: Principal, railId: string, body: Static<typeof RailSettingUpdate>) {
      checkRail(railId);
      const payout = body.payout_address?.trim() || null;
      if (payout && !isSolanaAddress(payout)) {
        throw new InvalidPayoutAddressError('payout_address is not a Solana address');
      }
      if (payout && config.feeWallet && payout === config.feeWallet) {
        throw new InvalidPayoutAddressError('payout_address cannot be the platform fee wallet');
      }
      const mode = body.mode ?? 'live';
      if (!['live', 'sandbox', 'disabled'].includes(mode)) {
        throw new InvalidRailModeError();
      }
      const row = await repo.putRailSetting(db, {
        owner_id: p.userId,
        livemode: livemodeOf(p),
        rail_id: railId,
        enabled: body.enabled ?? false,
        mode,
        payout_address: payout,
        label: body.label ?? null,
        fee_collection: {
          mode: body.fee_collection_mode ?? null,
          status: body.fee_collection_status ?? null,
          fee_collector_address: body.fee_collector_address ?? null,
          allowance_token_contract: body.fee_allowance_token_contract ?? null,
          allowance_limit_minor_units: body.fee_allowance_limit_minor_units ?? null,
          allowance_spent_minor_units: body.fee_allowance_spent_minor_units ?? 0,
          allowance_expires_at: body.fee_allowance_expires_at ?? null,
          allowance_tx_hash: body.fee_allowance_tx_hash ?? null,
          metadata: body.fee_collection_metadata ?? {},
        },
        metadata: body.metadata ?? {},
      });
      return { rail_setting: toRailSetting(railId, row), idempotent_replay: false };
    },

    async createApp(p: Principal, body: Static<typeof AppCreate>) {
      const rail = checkRail(body.rail ?? body.default_rail ?? DEFAULT_RAIL);
      if (body.live_mode && !body.confirm_live_mode) {
        throw new LiveModeUnconfirmedError();
      }
      const app = await repo.insertApp(db, {
        owner_id: p.userId,
        livemode: livemodeOf(p),
        name: body.name.trim(),
        external_app_id: body.external_app_id?.trim() || null,
        default_rail: rail.id,
        live_mode: body.live_mode ?? false,
        metadata: body.metadata ?? {},
      });
      if (!app) throw new AccessAppExistsError();
      return { app: toApp(app), rail, idempotent_replay: false };
    },

    async createProduct(p: Principal, body: Static<typeof ProductCreate>) {
      const livemode = livemodeOf(p);
      const rail = checkRail(body.rail ?? body.default_rail ?? DEFAULT_RAIL);
      const allowed = [...new Set(body.allowed_rails?.length ? body.allowed_rails : [rail.id])];
      for (const r of allowed) checkRail(r);
      // One asset per product: its backing product is priced in exactly one mint.
      if (allowed.some((r) => r !== rail.id)) {
        throw new RailNotAllowedError(
          'An access product settles in one asset: allowed_rails may only list its default rail',
        );
      }
      const renewal = body.renewal_mode ?? 'none';
      if (renewal === 'solana_native_subscription') {
        throw new NativeSubscriptionsNotSupportedError(
          'Native subscriptions need Hilt’s on-chain subscription program, which this server does not run; use ' +
            'billing_model "recurring" with renewal_mode "none" (the customer pays each period)',
        );
      }
      if (renewal !== 'none') throw new InvalidRenewalModeError();
      if (body.billing_model === 'recurring' && body.usage_units_per_payment) {
        throw new InvalidBillingModelError();
      }
      if (body.access_app_id && !(await repo.findApp(db, p.userId, livemode, body.access_app_id))) {
        throw new AccessAppNotFoundError();
      }
      const externalId = body.external_product_id?.trim() || null;
      if (externalId && (await repo.findAccessProduct(db, p.userId, livemode, { externalId }))) {
        throw new AccessProductExistsError('An access product with this external_product_id exists');
      }
      const settings = await settingsByRail(p);
      let backing: ProductRow | undefined;
      if (body.existing_product_id) {
        backing = await findProduct(db, p.userId, livemode, body.existing_product_id);
        if (!backing || backing.status === 'ARCHIVED') throw new ProductNotFoundError();
        if (backing.token_mint !== rail.token_mint) {
          throw new RailMismatchError(`The existing product is not priced in ${rail.settlement_asset}`);
        }
        if (await repo.findAccessProductByBackingProduct(db, backing.id)) {
          throw new AccessProductExistsError('This product already backs an access product');
        }
      } else {
        if (!body.amount_minor_units) {
          throw new AccessAmountRequiredError();
        }
        const wallet = body.merchant_wallet?.trim() || settings.get(rail.id)?.payout_address;
        if (!wallet) {
          throw new PayoutWalletRequiredError(
            `Give merchant_wallet, or set a payout address with PUT /v1/access/rail-settings/${rail.id}`,
          );
        }
        const created = await products.createProduct(p, {
          product_type: 'PAYMENT_LINK',
          token_mint: rail.token_mint,
          title: body.title?.trim() || externalId || 'Access',
          description: body.description ?? null,
          image_url: body.image_url ?? null,
          amount_minor_units: body.amount_minor_units,
          merchant_wallet: wallet,
        });
        backing = await findProduct(db, p.userId, livemode, created.id as string);
      }
      const product = backing as ProductRow;
      const row = await repo.insertAccessProduct(db, {
        owner_id: p.userId,
        livemode,
        access_app_id: body.access_app_id ?? null,
        product_id: product.id,
        external_product_id: externalId,
        status: body.status ?? 'paused',
        default_rail: rail.id,
        allowed_rails: allowed,
        billing_model: body.billing_model ?? 'one_off',
        renewal_mode: renewal,
        billing_interval_days: body.billing_interval_days ?? null,
        cancel_at_period_end: body.cancel_at_period_end ?? true,
        grace_period_days: body.grace_period_days ?? 0,
        entitlement_duration_days:
          body.billing_model === 'recurring'
            ? (body.billing_interval_days ?? body.entitlement_duration_days ?? 30)
            : body.entitlement_duration_days === undefined
              ? 30
              : body.entitlement_duration_days,
        usage_unit: body.usage_units_per_payment ? (body.usage_unit ?? 'request') : null,
        usage_units_per_payment: body.usage_units_per_payment ? BigInt(body.usage_units_per_payment) : null,
        live_mode_confirmed: body.live_mode_confirmed ?? false,
        metadata: body.metadata ?? {},
      });
      await deps.publicProducts?.invalidateOwner(p.userId);
      return {
        access_product: toAccessProduct(row),
        hilt_product: {
          id: product.id,
          slug: product.slug,
          status: product.status,
          title: product.title,
          token_mint: product.token_mint,
          amount_minor_units: Number(product.amount_minor_units),
          merchant_wallet: product.merchant_wallet,
          checkout_url: `${config.publicUrl}/p/${encodeURIComponent(product.slug)}`,
        },
        rail,
        idempotent_replay: false,
      };
    },

    async readiness(p: Principal, q: Static<typeof ReadinessQuery>) {
      const mode = q.mode === 'sandbox' ? 'sandbox' : 'live';
      const livemode = livemodeOf(p);
      const blockers: { code: string; message: string; action?: string }[] = [];
      const next: { method: string; path: string; purpose: string }[] = [];
      if ((mode === 'live') !== livemode) {
        blockers.push({
          code: 'key_mode_mismatch',
          message: `This ${p.mode} credential reads ${p.mode} data; call with a ${mode} key to check ${mode} readiness`,
        });
      }
      const app = q.access_app_id ? await repo.findApp(db, p.userId, livemode, q.access_app_id) : undefined;
      if (q.access_app_id && !app) blockers.push({ code: 'app_not_found', message: 'The access app does not exist' });
      let product: AccessProductRow | undefined;
      if (q.product_id || q.external_product_id) {
        product =
          q.product_id && !UUID.test(q.product_id)
            ? undefined
            : await repo.findAccessProduct(db, p.userId, livemode, {
                id: q.product_id,
                externalId: q.external_product_id,
              });
        if (!product) {
          blockers.push({ code: 'product_not_found', message: 'The access product does not exist' });
          next.push({ method: 'POST', path: '/v1/access/products', purpose: 'Create the access product' });
        }
      } else {
        blockers.push({ code: 'product_missing', message: 'Name a product (product_id or external_product_id)' });
      }
      const settings = await settingsByRail(p);
      const usdc = settings.get(DEFAULT_RAIL);
      const backing = product ? await findProduct(db, p.userId, livemode, product.product_id) : undefined;
      if (!usdc?.payout_address && !backing) {
        blockers.push({
          code: 'payout_wallet_missing',
          message: 'No payout wallet: set one for solana_usdc',
          action: 'PUT /v1/access/rail-settings/solana_usdc',
        });
        next.push({ method: 'PUT', path: '/v1/access/rail-settings/solana_usdc', purpose: 'Set the payout wallet' });
      }
      if (usdc && (!usdc.enabled || usdc.mode === 'disabled')) {
        blockers.push({ code: 'rail_not_enabled', message: 'The solana_usdc rail is disabled in rail settings' });
      }
      if (product && mode === 'live') {
        if (product.status !== 'active') {
          blockers.push({ code: 'product_paused', message: 'The access product is paused; set its status to active' });
        }
        if (!product.live_mode_confirmed) {
          blockers.push({ code: 'live_mode_unconfirmed', message: 'The product was not confirmed for live sessions' });
        }
      }
      const webhookCount = await countActiveEndpoints(db, p.userId, livemode);
      if (webhookCount === 0) {
        next.push({ method: 'POST', path: '/v1/access/webhooks', purpose: 'Receive access.entitlement.activated' });
      }
      if (blockers.length === 0) {
        next.push({ method: 'POST', path: '/v1/access/payment-sessions', purpose: 'Create a payment session' });
      }
      return {
        ready: blockers.length === 0,
        mode,
        app: app ? toApp(app) : {},
        product: product ? toAccessProduct(product) : {},
        rails: { default_rail: DEFAULT_RAIL, solana_usdc: toRailSetting(DEFAULT_RAIL, usdc) },
        webhooks: { active_endpoints: webhookCount, configured: webhookCount > 0 },
        blockers,
        next_actions: next,
        agent_setup: { bootstrap_path: '/v1/access/agent-bootstrap' },
        generated_at: now().toISOString(),
      };
    },

    async availableRails(p: Principal, ref: ProductRefInput, mode: string) {
      const product = await productOrThrow(p, ref);
      const settings = await settingsByRail(p);
      const entries = RAILS.map((r) => effectiveRail(r.id, settings.get(r.id), product));
      const available = entries.filter((e) => e.available);
      return {
        product: toAccessProduct(product),
        mode,
        default_rail: product.default_rail,
        allowed_rails: product.allowed_rails,
        available_rails: available,
        blocked_rails: entries.filter((e) => !e.available),
        payment_session_options: {
          session_creatable_rails: available.map((e) => e.rail_id),
          payment_protocols: available.flatMap((e) => e.payment_session.protocols),
        },
      };
    },

    async createPaymentSession(
      p: Principal,
      body: Static<typeof PaymentSessionCreate>,
      idempotencyKey: string | undefined,
    ) {
      requireIdempotencyKey(idempotencyKey);
      const product = await productOrThrow(p, body);
      const customer = requireCustomer(body);
      const livemode = livemodeOf(p);
      const railId = body.rail ?? body.settlement_rail ?? body.settlement_rail_id ?? product.default_rail;
      const rail = checkRail(railId);
      if (!product.allowed_rails.includes(rail.id)) {
        throw new RailNotAllowedError(`Rail ${rail.id} is not allowed for this product`);
      }
      const protocol =
        body.payment_protocol === 'wallet_transfer' ? 'hosted_checkout' : (body.payment_protocol ?? 'hosted_checkout');
      if (protocol !== 'hosted_checkout' && protocol !== 'x402') {
        throw new InvalidPaymentProtocolError();
      }
      if (protocol === 'x402' && rail.id !== 'solana_usdc') {
        throw new X402RequiresUsdcError();
      }
      if (livemode && (product.status !== 'active' || !product.live_mode_confirmed)) {
        throw new SetupNotReadyError(
          'The access product is not ready for live sessions (status active and live_mode_confirmed needed); see GET /v1/access/setup/readiness',
        );
      }
      const setting = (await settingsByRail(p)).get(rail.id);
      if (setting && (!setting.enabled || setting.mode === 'disabled')) {
        throw new SetupNotReadyError(`Rail ${rail.id} is disabled in rail settings`);
      }
      const backing = await findProduct(db, p.userId, livemode, product.product_id);
      if (backing?.status !== 'ACTIVE') {
        throw new ProductUnavailableError('The backing product is not on sale');
      }
      if (body.amount_minor_units != null && BigInt(body.amount_minor_units) !== backing.amount_minor_units) {
        throw new PriceMismatchError(`amount_minor_units must be the product's price (${backing.amount_minor_units})`);
      }
      const metadata = body.metadata ?? {};
      const sessionId = randomUUID();
      let session: SessionRow;
      if (protocol === 'x402') {
        const { merchant, fee } = splitFee(backing.amount_minor_units, config.platformFeeBps);
        const feeWallet = fee > 0n ? (config.feeWallet ?? null) : null;
        const requirement = buildPaymentRequired({
          sessionId,
          settleUrl,
          network,
          mint: backing.token_mint as string,
          merchantWallet: backing.merchant_wallet,
          merchantAmount: feeWallet ? merchant : backing.amount_minor_units,
          feeWallet,
          feeAmount: feeWallet ? fee : 0n,
          maxTimeoutSeconds: X402_TIMEOUT_SECONDS,
          resource: {
            url: typeof metadata.resource === 'string' ? metadata.resource : `${config.publicUrl}/p/${backing.slug}`,
            description: typeof metadata.description === 'string' ? metadata.description : backing.title,
            mimeType: typeof metadata.mime_type === 'string' ? metadata.mime_type : 'application/json',
          },
        });
        const expiresAt = new Date(now().getTime() + X402_TIMEOUT_SECONDS * 1000);
        session = await db.transaction(async (tx) => {
          const entitlement = await repo.ensureEntitlement(tx, product, customer, rail.id);
          const payment = await payments.openSession(tx, {
            product_id: backing.id,
            owner_id: p.userId,
            livemode,
            nonce: randomBytes(16).toString('hex'),
            reference: bs58.encode(randomBytes(32)),
            payer_wallet: customer.wallet,
            amount_minor_units: backing.amount_minor_units,
            merchant_amount_minor_units: feeWallet ? merchant : backing.amount_minor_units,
            fee_minor_units: feeWallet ? fee : 0n,
            fee_wallet: feeWallet,
            token_mint: backing.token_mint,
            merchant_wallet: backing.merchant_wallet,
            customer_reference_type: customer.external_customer_id ? 'CUSTOM' : customer.wallet ? 'WALLET' : 'EMAIL',
            customer_reference_value: customer.external_customer_id ?? customer.wallet ?? customer.email,
            customer_reference_display: null,
            identity_locked: true,
            identity_session_id: null,
            expires_at: expiresAt,
          });
          return repo.insertSession(tx, {
            id: sessionId,
            owner_id: p.userId,
            livemode,
            access_product_id: product.id,
            product_id: backing.id,
            entitlement_id: entitlement.id,
            payment_id: payment.id,
            customer_key: customer.key,
            rail_id: rail.id,
            payment_protocol: 'x402',
            amount_minor_units: backing.amount_minor_units,
            token_mint: backing.token_mint,
            merchant_wallet: backing.merchant_wallet,
            payment_requirement: requirement as unknown as Json,
            checkout_url: null,
            sandbox_proof_hash: null,
            metadata,
            expires_at: expiresAt,
          });
        });
      } else {
        // A signed, expiring link to our checkout page, bound to this customer (the handoff locks the identity).
        const value = customer.external_customer_id ?? customer.wallet ?? (customer.email as string);
        const link = await checkout.createHandoffLink(p, backing.id, {
          identity_value: value,
          identity_display: value,
          identity_type: customer.external_customer_id ? 'CUSTOM' : customer.wallet ? 'WALLET' : 'EMAIL',
          expires_in_minutes: config.checkoutSessionMinutes,
          return_url: typeof metadata.return_url === 'string' ? metadata.return_url : null,
        });
        session = await db.transaction(async (tx) => {
          const entitlement = await repo.ensureEntitlement(tx, product, customer, rail.id);
          return repo.insertSession(tx, {
            id: sessionId,
            owner_id: p.userId,
            livemode,
            access_product_id: product.id,
            product_id: backing.id,
            entitlement_id: entitlement.id,
            payment_id: null,
            customer_key: customer.key,
            rail_id: rail.id,
            payment_protocol: 'hosted_checkout',
            amount_minor_units: backing.amount_minor_units,
            token_mint: backing.token_mint,
            merchant_wallet: backing.merchant_wallet,
            payment_requirement: null,
            checkout_url: link.checkout_url,
            sandbox_proof_hash: null,
            metadata,
            expires_at: new Date(link.expires_at),
          });
        });
      }
      const entitlement = (await repo.findEntitlementById(db, p.userId, livemode, session.entitlement_id))!;
      const settings = await settingsByRail(p);
      const available = AVAILABLE_RAILS.map((r) => effectiveRail(r, settings.get(r), product)).filter(
        (e) => e.available,
      );
      return {
        payment_session: toSession(session),
        pending_entitlement: toEntitlement(entitlement, product, now()),
        rail,
        selected_rail: effectiveRail(rail.id, settings.get(rail.id), product),
        available_rails: available,
        payment_session_options: { session_creatable_rails: available.map((e) => e.rail_id) },
        idempotent_replay: false,
      };
    },

    async checkEntitlement(p: Principal, body: Static<typeof EntitlementCheck>) {
      const product = await productOrThrow(p, body);
      const customer = requireCustomer(body);
      const e = await repo.findEntitlement(db, product.id, customer.key);
      const status = e ? effectiveStatus(e, now()) : 'none';
      const usage = e ? usageOf(e, product) : null;
      let reason = 'active';
      if (!e) reason = 'no_entitlement';
      else if (status === 'pending') reason = 'payment_pending';
      else if (status !== 'active') reason = status;
      else if (usage && usage.remaining <= 0) reason = 'usage_exhausted';
      return {
        has_access: reason === 'active',
        status,
        entitlement_id: e?.id ?? null,
        product_id: product.product_id,
        access_product_id: product.id,
        external_product_id: product.external_product_id,
        rail_id: e?.rail_id ?? product.default_rail,
        rail: railView(e?.rail_id ?? product.default_rail),
        livemode: product.livemode,
        external_customer_id: customer.external_customer_id,
        wallet: e?.wallet ?? customer.wallet,
        email: e?.email ?? customer.email,
        active_from: iso(e?.active_from),
        expires_at: iso(e?.expires_at),
        receipt_id: e?.receipt_id ?? null,
        receipt: e?.receipt_id ? { id: e.receipt_id, rail_id: e.rail_id } : null,
        reason,
        last_payment_id: e?.last_payment_id ?? null,
        source: e ? (e.source ?? 'entitlement') : 'none',
        usage,
      };
    },

    /**
     * Burns units atomically and at most once per Idempotency-Key: the burn and its usage event commit together,
     * and a replay finds the event instead of burning again.
     */
    async consume(p: Principal, body: Static<typeof EntitlementConsume>, idempotencyKey: string | undefined) {
      const key = requireIdempotencyKey(idempotencyKey);
      const product = await productOrThrow(p, body);
      const customer = requireCustomer(body);
      const livemode = livemodeOf(p);
      const units = body.units ?? 1;
      const result = (replay: boolean, e: EntitlementRow, event: repo.UsageEventRow) => ({
        consumed: true,
        units: Number(event.units),
        usage_event: {
          id: event.id,
          units: Number(event.units),
          usage_unit: event.usage_unit ?? 'request',
          created_at: iso(event.created_at),
        },
        entitlement: toEntitlement(e, product, now()),
        usage: usageOf(e, product),
        idempotent_replay: replay,
      });
      const replayOf = async () => {
        const prior = await repo.findUsageEventByKey(db, p.userId, livemode, key);
        if (!prior) return null;
        const e = (await repo.findEntitlementById(db, p.userId, livemode, prior.entitlement_id))!;
        if (e.access_product_id !== product.id || e.customer_key !== customer.key) {
          throw new IdempotencyKeyReusedError();
        }
        return result(true, e, prior);
      };
      const replay = await replayOf();
      if (replay) return replay;
      try {
        return await db.transaction(async (tx) => {
          const e = await repo.findEntitlement(tx, product.id, customer.key);
          if (!e) throw new EntitlementNotFoundError();
          const burnt = await repo.burnUnits(tx, e.id, units, isMetered(product), now());
          if (!burnt) {
            if (effectiveStatus(e, now()) !== 'active') throw new EntitlementNotActiveError();
            throw new UsageBalanceInsufficientError(e.usage_granted - e.usage_consumed, units);
          }
          const event = await repo.insertUsageEvent(tx, {
            ownerId: p.userId,
            livemode,
            entitlementId: e.id,
            units,
            usageUnit: product.usage_unit,
            key,
            metadata: body.metadata ?? {},
          });
          return result(false, burnt, event);
        });
      } catch (err) {
        // The same key consumed concurrently: the other request's burn won; answer with it.
        if ((err as { code?: string }).code === '23505') {
          const again = await replayOf();
          if (again) return again;
        }
        throw err;
      }
    },

    async getEntitlement(p: Principal, id: string) {
      const e = UUID.test(id) ? await repo.findEntitlementById(db, p.userId, livemodeOf(p), id) : undefined;
      if (!e) throw new EntitlementNotFoundError('Entitlement not found');
      const product = (await repo.findAccessProduct(db, p.userId, livemodeOf(p), { id: e.access_product_id }))!;
      return { entitlement: toEntitlement(e, product, now()) };
    },

    /** x402 verify + settle in one call, keyed by the payment session the requirement was issued for. */
    async settleX402(
      p: Principal,
      body: Static<typeof X402Settle>,
      headerSignature: string | undefined,
      idempotencyKey: string | undefined,
    ) {
      requireIdempotencyKey(idempotencyKey);
      const raw = body.payment_signature ?? headerSignature;
      if (!raw) throw refused('invalid_payload', 'Send payment_signature in the body or a PAYMENT-SIGNATURE header');
      let payload: ReturnType<typeof parsePaymentSignature>;
      try {
        payload = parsePaymentSignature(raw);
      } catch (err) {
        asRefusal(err);
      }
      const session = await loadX402Session(p, body.payment_session_id);
      if (payload.sessionId !== session.id) {
        throw refused('invalid_payment_requirements', 'accepted.extra.hilt.paymentSessionId names another session');
      }
      let decoded: ReturnType<typeof decodeSignedTransaction>;
      try {
        decoded = decodeSignedTransaction(payload.transaction);
      } catch (err) {
        asRefusal(err);
      }
      // The same transaction again (a retried request): the stored outcome, never a second settlement.
      if (session.status === 'confirmed') {
        const proof = await repo.findProofBySession(db, session.id);
        if (proof?.proof_fingerprint === decoded.signature) return settlementResult(session, true);
      }
      checkPending(session);
      const acceptance = (session.payment_requirement as unknown as PaymentRequired).accepts[0];
      if (!sameJson(payload.accepted, acceptance)) {
        throw refused('invalid_payment_requirements', 'The accepted requirement differs from the one issued');
      }
      const landed = await repo.findProofByFingerprint(db, decoded.signature);
      if (landed) {
        // Settled meanwhile by a concurrent request for this very session: its outcome, never a second charge.
        if (landed.payment_session_id === session.id) return settlementResult(session, true);
        throw refused('duplicate_settlement', 'This transaction already settled a payment');
      }
      await verifyPaymentInstructions(decoded, acceptance).catch(asRefusal);
      if (!(await repo.claimSession(db, session.id, decoded.signature))) {
        throw new PaymentSessionSettlingError();
      }
      const chain = payments.chainFor(session);
      try {
        let landed = await chain.getTransaction(decoded.signature, { commitment: config.solanaCommitment });
        if (!landed) {
          const sim = await chain.simulateTransaction(decoded.wire, { sigVerify: true });
          // Landed meanwhile (a concurrent settle of the same transaction sent it): read it below.
          if (sim.err === 'AlreadyProcessed') landed = await waitForTransaction(chain, decoded.signature);
          else if (sim.err) {
            const broke = sim.logs.some((l) => /insufficient (funds|lamports)/i.test(l));
            throw refused(
              broke ? 'insufficient_funds' : 'transaction_simulation_failed',
              `Simulation failed: ${typeof sim.err === 'string' ? sim.err : JSON.stringify(sim.err)}`,
            );
          }
        }
        if (!landed) {
          await payments.recordBroadcast(session.payment_id as string, decoded.signature, decoded.feePayer, 'x402');
          try {
            await chain.sendRawTransaction(decoded.wire);
          } catch (err) {
            if (!(err instanceof TransactionRejectedError)) throw err;
            // Refused as already processed when a concurrent settle of the same transaction sent it first.
            if (!(await chain.getTransaction(decoded.signature, { commitment: config.solanaCommitment }))) {
              throw refused('transaction_failed', err.message);
            }
          }
          landed = await waitForTransaction(chain, decoded.signature);
          if (!landed) {
            throw new ChainNotConfirmedError(
              'The transaction was sent but is not confirmed yet; retry with the same request',
            );
          }
        }
        await finalize(session, landed, acceptance, { settled_via: 'x402_settle' });
      } catch (err) {
        // A sent transaction that is not confirmed yet keeps the session until its reservation lapses: another
        // transaction must not pay it meanwhile. Anything refused before sending frees it.
        if (!(err instanceof ChainTimeoutError)) await repo.releaseSession(db, session.id, decoded.signature);
        throw err;
      }
      return settlementResult(session, false);
    },

    /** An already-sent transaction for an x402 session, checked the same way before it settles the session. */
    async submitProof(p: Principal, body: Static<typeof PaymentProofCreate>, idempotencyKey: string | undefined) {
      requireIdempotencyKey(idempotencyKey);
      if ((body.rail ?? DEFAULT_RAIL) !== 'solana_usdc') {
        throw new RailNotAvailableError('Payment proofs are accepted for the solana_usdc rail');
      }
      if (!body.payment_session_id) {
        throw new PaymentSessionRequiredError();
      }
      const signature = body.proof_payload.tx_signature ?? body.proof_payload.signature;
      if (typeof signature !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{64,88}$/.test(signature)) {
        throw new InvalidProofPayloadError();
      }
      const session = await loadX402Session(p, body.payment_session_id);
      const view = async (replay: boolean) => {
        const r = await settlementResult(session, replay);
        return {
          payment_proof: r.payment_proof,
          rail: railView(session.rail_id),
          proof_submission: {
            status: 'settled',
            payment_session_id: session.id,
            payment_requirement_bound: true,
            payment_requirement_record: session.payment_requirement,
            verification_status: 'verified',
            settlement_status: 'settled',
            receipt_mapping_status: r.receipt.id ? 'mapped' : 'not_mapped',
            entitlement_activation_status: 'activated',
            next_step: 'check_entitlement',
          },
          settlement_evidence: r.settlement_evidence,
          receipt: r.receipt,
          entitlement: r.entitlement,
          idempotent_replay: replay,
        };
      };
      if (session.status === 'confirmed') {
        const proof = await repo.findProofBySession(db, session.id);
        if (proof?.proof_fingerprint === signature) return view(true);
      }
      checkPending(session);
      const settled = await repo.findProofByFingerprint(db, signature);
      if (settled) {
        if (settled.payment_session_id === session.id) return view(true);
        throw refused('duplicate_settlement', 'This transaction already settled a payment');
      }
      const chain = payments.chainFor(session);
      const landed = await chain.getTransaction(signature, { commitment: config.solanaCommitment });
      if (!landed) throw new ChainNotConfirmedError('The transaction is not confirmed on chain yet; retry later');
      if (
        landed.blockTime !== null &&
        Number(landed.blockTime) * 1000 > session.expires_at.getTime() + config.expiryToleranceSeconds * 1000
      ) {
        throw new PaymentSessionExpiredError();
      }
      if (!(await repo.claimSession(db, session.id, signature))) {
        throw new PaymentSessionSettlingError();
      }
      const acceptance = (session.payment_requirement as unknown as PaymentRequired).accepts[0];
      try {
        await finalize(session, landed, acceptance, {
          settled_via: 'payment_proof',
          proof_type: body.proof_type ?? null,
        });
      } catch (err) {
        await repo.releaseSession(db, session.id, signature);
        throw err;
      }
      return view(false);
    },

    async createSandboxSession(p: Principal, body: Static<typeof SandboxSessionCreate>) {
      if (livemodeOf(p)) {
        throw new SandboxKeyRequiredError();
      }
      if (!body.confirm_sandbox_mode) {
        throw new SandboxModeUnconfirmedError();
      }
      const product = await productOrThrow(p, body);
      const customer = requireCustomer(body);
      const rail = checkRail(body.rail ?? product.default_rail);
      const backing = (await findProduct(db, p.userId, false, product.product_id))!;
      const proof = SANDBOX_PROOF_PREFIX + randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + (body.ttl_minutes ?? 30) * 60_000);
      const { session, entitlement } = await db.transaction(async (tx) => {
        const entitlement = await repo.ensureEntitlement(tx, product, customer, rail.id);
        const session = await repo.insertSession(tx, {
          id: randomUUID(),
          owner_id: p.userId,
          livemode: false,
          access_product_id: product.id,
          product_id: product.product_id,
          entitlement_id: entitlement.id,
          payment_id: null,
          customer_key: customer.key,
          rail_id: rail.id,
          payment_protocol: 'sandbox',
          amount_minor_units: backing.amount_minor_units,
          token_mint: backing.token_mint,
          merchant_wallet: backing.merchant_wallet,
          payment_requirement: null,
          checkout_url: null,
          sandbox_proof_hash: sha256Hex(proof),
          metadata: body.metadata ?? {},
          expires_at: expiresAt,
        });
        return { session, entitlement };
      });
      return {
        sandbox_session: { ...sandboxView(session, product, customer), proof },
        pending_entitlement: toEntitlement(entitlement, product, now()),
        rail,
        payment_session_adapter: null,
        livemode: false as const,
        sandbox_only: true as const,
        message: 'Sandbox session: confirm it with the proof; nothing moves on chain',
        proof,
        idempotent_replay: false,
      };
    },

    async confirmSandboxSession(p: Principal, id: string, proof: string) {
      if (livemodeOf(p)) {
        throw new SandboxKeyRequiredError();
      }
      const session = UUID.test(id) ? await repo.findSession(db, p.userId, false, id) : undefined;
      if (session?.payment_protocol !== 'sandbox') {
        throw new SandboxSessionNotFoundError();
      }
      const product = (await repo.findAccessProduct(db, p.userId, false, { id: session.access_product_id }))!;
      if (sha256Hex(proof) !== session.sandbox_proof_hash) {
        throw new SandboxProofInvalidError();
      }
      const view = async (replay: boolean) => {
        const s = (await repo.findSession(db, p.userId, false, id))!;
        const e = (await repo.findEntitlementById(db, p.userId, false, s.entitlement_id))!;
        return {
          sandbox_session: sandboxView(s, product, {
            key: e.customer_key,
            external_customer_id: e.external_customer_id,
            wallet: e.wallet,
            email: e.email,
          }),
          entitlement: toEntitlement(e, product, now()),
          livemode: false as const,
          sandbox_only: true as const,
          message: replay ? 'Already confirmed' : 'Sandbox session confirmed; the entitlement is active',
          idempotent_replay: replay,
        };
      };
      if (session.status === 'confirmed') return view(true);
      checkPending(session);
      await db.transaction(async (tx) => {
        const activated = await repo.activateEntitlement(tx, session.entitlement_id, {
          durationDays: product.entitlement_duration_days,
          units: product.usage_units_per_payment,
          paymentId: null,
          receiptId: null,
          source: 'sandbox',
          now: now(),
        });
        await repo.markSessionConfirmed(tx, session.id, null);
        await recordEvent(tx, {
          ownerId: p.userId,
          livemode: false,
          type: 'access.entitlement.activated',
          data: {
            entitlement: toEntitlement(activated, product, now()),
            access_product: toAccessProduct(product),
            payment_session_id: session.id,
            payment_proof_id: null,
            payment_id: null,
            receipt_id: null,
          },
          productId: product.product_id,
        });
      });
      return view(false);
    },

    /** Access product ids are accepted where webhook filters take product ids (they name the backing product). */
    async backingProductIds(p: Principal, ids: string[]): Promise<string[]> {
      const out: string[] = [];
      for (const id of ids) {
        const access = UUID.test(id) ? await repo.findAccessProduct(db, p.userId, livemodeOf(p), { id }) : undefined;
        out.push(access?.product_id ?? id);
      }
      return out;
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
