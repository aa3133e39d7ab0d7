// The buyer side of checkout: the public product payload, starting a session (connect), merchant handoff links,
// the wallet identity handshake, and the Solana Pay transaction request a wallet signs.
import { randomBytes } from 'node:crypto';
import type { Static } from 'typebox';
import { type Address, createNoopSigner } from '@solana/kit';
import bs58 from '../lib/base58.ts';
import type { Principal } from '../auth/principal.ts';
import { findUser } from '../auth/service.ts';
import { unsignedPaymentTransaction } from '../chain/payment-transaction.ts';
import { encodeTransactionRequestUrl, encodeTransferRequestUrl } from '../chain/solana-pay.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import {
  InvalidWalletError,
  PaymentClosedError,
  PaymentNotFoundError,
  SessionExpiredError,
} from '../payment/errors.ts';
import { ProductNotFoundError, ProductUnavailableError, SoldOutError } from '../product/errors.ts';
import {
  AmountBelowMinimumError,
  HandoffProductArchivedError,
  IdentitySessionExpiredError,
  IdentitySessionNotFoundError,
  IdentitySignatureInvalidError,
  IdentityVerificationRequiredError,
  IdentityWalletDiffersError,
  InvalidReturnUrlError,
} from './errors.ts';
import { ed25519Verify, isSolanaAddress } from '../lib/crypto.ts';
import type { AssetRegistry } from '../product/assets.ts';
import type { ProductRow } from '../product/repository.ts';
import type { PublicProduct } from '../product/schemas.ts';
import type { ConnectRequest, HandoffCreate, IdentityCompleteRequest, IdentityStartRequest } from './schemas.ts';
import type { ProductCounters } from '../product/counters.ts';
import { effectiveRenewalMode, findProduct, findProductBySlug } from '../product/service.ts';
import type { PaymentRow } from '../payment/repository.ts';
import { findPayment, type PaymentRecords } from '../payment/records.ts';
import type { ChainFor } from '../payment/settlement.ts';
import { memoFor } from '../payment/verification.ts';
import { handoffKey, signHandoff, verifyHandoff } from './handoff.ts';
import type { PublicProductCache } from './public-cache.ts';
import * as identityRepo from './repository.ts';

const IDENTITY_SESSION_MINUTES = 15;

interface MembershipSettings {
  enabled?: boolean;
  identity_type?: string | null;
  identity_label?: string | null;
  identity_required?: boolean;
  platform?: string | null;
  billing_interval_days?: number;
  renewal_mode?: string;
  grace_period_days?: number;
}

/** The body of POST /v1/products/p/{slug}/connect. */
export type ConnectInput = Static<typeof ConnectRequest>;

/** The membership settings of a product sold as a membership, else null. */
export function membershipSettings(product: ProductRow): MembershipSettings | null {
  const m = product.membership_config as MembershipSettings | null;
  return m?.enabled ? m : null;
}

export function splitFee(amount: bigint, feeBps: number): { merchant: bigint; fee: bigint } {
  const fee = (amount * BigInt(feeBps)) / 10_000n;
  return { merchant: amount - fee, fee };
}

/** A cached public payload, the product whose page views it counts, and the product row sessions are opened on. */
export interface CachedPublicProduct {
  productId: string;
  product: ProductRow;
  payload: Static<typeof PublicProduct>;
}

export function createCheckoutService(deps: {
  db: Db;
  config: Config;
  assets: AssetRegistry;
  chainFor: ChainFor;
  jwtSecret: Uint8Array;
  /** Where page views are counted (in memory, flushed off the request path). */
  counters: ProductCounters;
  /** Public payloads kept in memory until their product or workspace branding changes. */
  publicCache?: PublicProductCache;
  /** Where new sessions are written (the payment domain's records). */
  payments: Pick<PaymentRecords, 'openSession'>;
  now?: () => Date;
}) {
  const { db, config, assets, chainFor } = deps;
  const now = deps.now ?? (() => new Date());
  const key = handoffKey(deps.jwtSecret);

  async function productBySlug(slug: string): Promise<ProductRow> {
    const product = await findProductBySlug(db, slug);
    if (!product || product.status === 'ARCHIVED') throw new ProductNotFoundError();
    return product;
  }

  function checkoutUrl(product: ProductRow, handoffToken?: string) {
    const base = `${config.publicUrl}/p/${encodeURIComponent(product.slug)}`;
    return handoffToken ? `${base}?handoff=${encodeURIComponent(handoffToken)}` : base;
  }

  function sessionResponse(p: PaymentRow, product: ProductRow) {
    const asset = assets.describe(p.token_mint);
    const memo = memoFor(p.nonce);
    const transactionUrl = `${config.publicUrl}/v1/pay/transaction/${p.id}`;
    let solanaPayUrl: string | null = null;
    if (p.fee_minor_units === 0n) {
      solanaPayUrl = encodeTransferRequestUrl(
        {
          recipient: p.merchant_wallet as Address,
          amountMinor: p.amount_minor_units,
          splToken: (p.token_mint ?? undefined) as Address | undefined,
          references: [p.reference as Address],
          label: product.title.slice(0, 100),
          message: `Payment ${p.id}`,
          memo,
        },
        { decimals: asset.decimals },
      );
    } else if (transactionUrl.startsWith('https:')) {
      // A transfer request has one recipient, so a fee split needs the transaction request instead.
      solanaPayUrl = encodeTransactionRequestUrl(transactionUrl);
    }
    return {
      payment_id: p.id,
      nonce: p.nonce,
      amount_minor_units: Number(p.amount_minor_units),
      merchant_amount_minor_units: Number(p.merchant_amount_minor_units),
      fee_minor_units: Number(p.fee_minor_units),
      fee_wallet: p.fee_wallet,
      token_mint: p.token_mint,
      asset_symbol: asset.symbol,
      asset_decimals: asset.decimals,
      merchant_wallet: p.merchant_wallet,
      expires_at: p.expires_at.toISOString(),
      status: p.status,
      phantom_mobile: null,
      reference: p.reference,
      memo,
      solana_pay_url: solanaPayUrl,
      transaction_url: transactionUrl,
      livemode: p.livemode,
      identity_locked: p.identity_locked,
      customer_reference_type: p.customer_reference_type,
      customer_reference_value: p.customer_reference_value,
      customer_reference_display: p.customer_reference_display,
    };
  }

  async function loadVerifiedIdentity(sessionId: string, productId: string) {
    const s = await identityRepo.findIdentitySession(db, sessionId);
    if (!s || s.product_id !== productId) throw new IdentitySessionNotFoundError();
    if (s.status !== 'VERIFIED') {
      throw new IdentityVerificationRequiredError();
    }
    if (s.expires_at.getTime() < now().getTime()) throw new IdentitySessionExpiredError();
    return s;
  }

  /** The buyer-safe payload of a product's hosted checkout (cached by the caller; see public-cache.ts). */
  async function loadPublicProduct(slug: string) {
    const product = await productBySlug(slug);
    const owner = await findUser(db, product.owner_id);
    const settings = (owner?.merchant_settings ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof settings[k] === 'string' ? (settings[k] as string) : null);
    const asset = assets.describe(product.token_mint);
    const m = membershipSettings(product);
    const payload: Static<typeof PublicProduct> = {
      slug: product.slug,
      product_type: product.product_type,
      status: product.status,
      livemode: product.livemode,
      title: product.title,
      description: product.description,
      image_url: product.image_url,
      amount_minor_units: Number(product.amount_minor_units),
      token_mint: product.token_mint,
      asset_symbol: asset.symbol,
      asset_decimals: asset.decimals,
      tip_presets_lamports: product.tip_presets_lamports?.map(Number) ?? null,
      delivery_type: product.delivery_type,
      merchant_wallet: product.merchant_wallet,
      platform_fee_bps: config.platformFeeBps,
      identity: {
        required: Boolean(m?.identity_required),
        identity_type: m?.identity_type ?? null,
        identity_label: m?.identity_label ?? null,
        platform: m?.platform ?? null,
      },
      membership: m
        ? {
            billing_interval_days: m.billing_interval_days ?? 30,
            renewal_mode: m.renewal_mode ?? 'MANUAL',
            effective_renewal_mode: effectiveRenewalMode(m.renewal_mode).mode,
            grace_period_days: m.grace_period_days ?? 3,
          }
        : null,
      branding: {
        merchant_name: owner?.display_name ?? null,
        brand_name: str('brand_name'),
        logo_url: str('brand_logo_url'),
        hero_image_url: str('hero_image_url'),
        accent_color: str('brand_accent_color'),
        support_url: str('support_url'),
      },
    };
    return { productId: product.id, product, payload };
  }

  /** The public payload of `slug` from the cache, or loaded and cached. */
  async function cachedPublicProduct(slug: string): Promise<CachedPublicProduct> {
    const cached = deps.publicCache?.page(slug);
    if (cached) return cached;
    const generation = deps.publicCache?.begin() ?? 0;
    const entry = await loadPublicProduct(slug);
    deps.publicCache?.setPage(slug, entry, generation);
    return entry;
  }

  return {
    async getPublicProduct(slug: string) {
      const { productId, payload } = await cachedPublicProduct(slug);
      deps.counters.recordOpen(productId);
      return payload;
    },

    async connect(slug: string, input: ConnectInput) {
      // The product as its page showed it (cached until it changes); a product with a cap is read afresh for its
      // payment count (the cap itself is enforced exactly at confirmation).
      let { product } = await cachedPublicProduct(slug);
      if (product.max_payments !== null) product = await productBySlug(slug);
      if (product.status !== 'ACTIVE') throw new ProductUnavailableError();
      if (product.max_payments !== null && product.payment_count >= product.max_payments) {
        throw new SoldOutError();
      }
      if (input.payer_wallet && !isSolanaAddress(input.payer_wallet)) {
        throw new InvalidWalletError('payer_wallet is not a valid Solana address');
      }
      let amount = product.amount_minor_units;
      if (product.product_type === 'TIP_JAR' && input.amount_minor_units != null) {
        amount = BigInt(input.amount_minor_units);
        if (amount < product.amount_minor_units) {
          throw new AmountBelowMinimumError(product.amount_minor_units);
        }
      }
      let identity = {
        type: input.customer_reference_type ?? null,
        value: input.customer_reference_value ?? null,
        display: input.customer_reference_display ?? null,
        locked: false,
        sessionId: null as string | null,
      };
      if (input.handoff_token) {
        const h = await verifyHandoff(key, input.handoff_token, product.id);
        identity = {
          type: h.identityType,
          value: h.identityValue,
          display: h.identityDisplay,
          locked: true,
          sessionId: null,
        };
      } else if (input.identity_session_id) {
        const s = await loadVerifiedIdentity(input.identity_session_id, product.id);
        identity = {
          type: s.identity_type,
          value: s.identity_value,
          display: s.identity_display,
          locked: true,
          sessionId: s.id,
        };
      }
      const { merchant, fee } = splitFee(amount, config.platformFeeBps);
      const payment = await deps.payments.openSession({
        product_id: product.id,
        owner_id: product.owner_id,
        livemode: product.livemode,
        nonce: randomBytes(16).toString('hex'),
        reference: bs58.encode(randomBytes(32)),
        payer_wallet: input.payer_wallet ?? null,
        amount_minor_units: amount,
        merchant_amount_minor_units: merchant,
        fee_minor_units: fee,
        fee_wallet: fee > 0n ? (config.feeWallet ?? null) : null,
        token_mint: product.token_mint,
        merchant_wallet: product.merchant_wallet,
        customer_reference_type: identity.type,
        customer_reference_value: identity.value,
        customer_reference_display: identity.display,
        identity_locked: identity.locked,
        identity_session_id: identity.sessionId,
        expires_at: new Date(now().getTime() + config.checkoutSessionMinutes * 60_000),
      });
      return sessionResponse(payment, product);
    },

    async createHandoffLink(principal: Principal, productId: string, input: Static<typeof HandoffCreate>) {
      const product = await findProduct(db, principal.userId, principal.mode === 'live', productId);
      if (!product) throw new ProductNotFoundError();
      if (product.status === 'ARCHIVED') throw new HandoffProductArchivedError();
      if (input.return_url && !/^https?:\/\//.test(input.return_url)) {
        throw new InvalidReturnUrlError();
      }
      const expiresAt = new Date(now().getTime() + input.expires_in_minutes * 60_000);
      const identityType = input.identity_type ?? membershipSettings(product)?.identity_type ?? null;
      const token = await signHandoff(key, {
        productId: product.id,
        identityType,
        identityValue: input.identity_value,
        identityDisplay: input.identity_display ?? null,
        returnUrl: input.return_url ?? null,
        expiresAt,
      });
      return {
        handoff_token: token,
        expires_at: expiresAt.toISOString(),
        identity_type: identityType,
        identity_value: input.identity_value,
        identity_display: input.identity_display ?? null,
        return_url: input.return_url ?? null,
        checkout_url: checkoutUrl(product, token),
        product_id: product.id,
        slug: product.slug,
      };
    },

    async resolveHandoff(slug: string, token: string) {
      const product = await productBySlug(slug);
      const h = await verifyHandoff(key, token, product.id);
      return {
        handoff_token: token,
        expires_at: h.expiresAt.toISOString(),
        identity_type: h.identityType,
        identity_value: h.identityValue,
        identity_display: h.identityDisplay,
        return_url: h.returnUrl,
        checkout_url: checkoutUrl(product, token),
        product_id: product.id,
        slug: product.slug,
      };
    },

    async startIdentity(input: Static<typeof IdentityStartRequest>) {
      const product = await productBySlug(input.slug);
      if (!isSolanaAddress(input.wallet_address)) {
        throw new InvalidWalletError('wallet_address is not a valid Solana address');
      }
      const identityType = input.customer_reference_type ?? membershipSettings(product)?.identity_type ?? 'CUSTOM';
      const expiresAt = new Date(now().getTime() + IDENTITY_SESSION_MINUTES * 60_000);
      const challenge = [
        `Hilt checkout: ${product.title}`,
        `I confirm that wallet ${input.wallet_address} pays for ${identityType} ${input.customer_reference_value}.`,
        `Nonce: ${randomBytes(12).toString('hex')}`,
        `Expires: ${expiresAt.toISOString()}`,
      ].join('\n');
      const s = await identityRepo.insertIdentitySession(db, {
        product_id: product.id,
        wallet_address: input.wallet_address,
        wallet_source: input.wallet_source ?? null,
        identity_type: identityType,
        identity_value: input.customer_reference_value,
        identity_display: input.customer_reference_display ?? null,
        challenge_message: challenge,
        expires_at: expiresAt,
      });
      return {
        session_id: s.id,
        status: s.status,
        wallet_address: s.wallet_address,
        wallet_source: s.wallet_source,
        identity_type: s.identity_type,
        identity_value: s.identity_value,
        identity_display: s.identity_display,
        challenge_message: s.challenge_message,
        expires_at: s.expires_at.toISOString(),
      };
    },

    async completeIdentity(input: Static<typeof IdentityCompleteRequest>) {
      const s = await identityRepo.findIdentitySession(db, input.session_id);
      if (!s) throw new IdentitySessionNotFoundError();
      if (s.expires_at.getTime() < now().getTime()) throw new IdentitySessionExpiredError();
      if (s.wallet_address !== input.wallet_address) {
        throw new IdentityWalletDiffersError();
      }
      const signature = Buffer.from(input.signed_message_b64, 'base64');
      const ok = ed25519Verify(bs58.decode(s.wallet_address), new TextEncoder().encode(s.challenge_message), signature);
      if (!ok) throw new IdentitySignatureInvalidError();
      const verified = await identityRepo.markIdentityVerified(db, s.id);
      return {
        session_id: verified.id,
        status: verified.status,
        wallet_address: verified.wallet_address,
        wallet_source: verified.wallet_source,
        identity_type: verified.identity_type,
        identity_value: verified.identity_value,
        identity_display: verified.identity_display,
        verified_at: verified.verified_at!.toISOString(),
        expires_at: verified.expires_at.toISOString(),
      };
    },

    /** A verified wallet identity session of the product, for a confirmation that names one. */
    verifiedIdentity: loadVerifiedIdentity,

    async transactionRequestInfo(paymentId: string) {
      const p = await findPayment(db, paymentId);
      if (!p) throw new PaymentNotFoundError();
      const product = await findProduct(db, p.owner_id, p.livemode, p.product_id);
      return { label: (product?.title ?? 'Hilt checkout').slice(0, 100), icon: `${config.publicUrl}/favicon.svg` };
    },

    async buildTransaction(paymentId: string, account: string) {
      const p = await findPayment(db, paymentId);
      if (!p) throw new PaymentNotFoundError();
      if (!isSolanaAddress(account)) throw new InvalidWalletError('account is not a valid Solana address');
      if (p.status === 'CONFIRMED' || p.status === 'FAILED') {
        throw new PaymentClosedError(`This payment is already ${p.status.toLowerCase()}`);
      }
      if (p.expires_at.getTime() < now().getTime()) throw new SessionExpiredError();
      const asset = assets.describe(p.token_mint);
      const mint = (p.token_mint ?? undefined) as Address | undefined;
      const transfers = [
        {
          recipient: p.merchant_wallet as Address,
          amountMinor: p.merchant_amount_minor_units,
          splToken: mint,
          decimals: mint ? asset.decimals : undefined,
          createRecipientTokenAccount: Boolean(mint),
        },
      ];
      if (p.fee_minor_units > 0n && p.fee_wallet) {
        transfers.push({
          recipient: p.fee_wallet as Address,
          amountMinor: p.fee_minor_units,
          splToken: mint,
          decimals: mint ? asset.decimals : undefined,
          createRecipientTokenAccount: Boolean(mint),
        });
      }
      const blockhash = await chainFor(p).getLatestBlockhash();
      const transaction = await unsignedPaymentTransaction({
        payer: createNoopSigner(account as Address),
        transfers,
        references: [p.reference as Address],
        memo: memoFor(p.nonce),
        blockhash,
      });
      // The payer is learned from the landed transaction, never from who asked for one: asking binds nothing.
      const product = await findProduct(db, p.owner_id, p.livemode, p.product_id);
      return { transaction, message: `Pay for ${product?.title ?? 'your order'}`.slice(0, 200) };
    },
  };
}

export type CheckoutService = ReturnType<typeof createCheckoutService>;
