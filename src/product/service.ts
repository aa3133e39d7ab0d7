import { assertPayoutWallet } from '../payout-wallet/service.ts';
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import {
  AmountRequiredError,
  ImmutableFieldError,
  InvalidDeliveryValueError,
  InvalidImageUrlError,
  InvalidMembershipConfigError,
  InvalidMerchantWalletError,
  ProductArchivedError,
  ProductNotFoundError,
  SlugUnavailableError,
  UnsupportedProductTypeError,
} from './errors.ts';
import { isSolanaAddress, randomToken } from '../lib/crypto.ts';
import type { AssetRegistry } from './assets.ts';
import * as repo from './repository.ts';
import {
  type DeliveryType,
  PRODUCT_TYPES,
  type ProductCreate,
  type ProductListQuery,
  type ProductUpdate,
} from './schemas.ts';
import type { Static } from 'typebox';

type MembershipConfigInput = Record<string, unknown> & {
  enabled?: boolean | null;
  identity_type?: string | null;
  identity_label?: string | null;
  identity_required?: boolean | null;
  platform?: string | null;
  renewal_mode?: string | null;
  billing_interval_days?: number | null;
  grace_period_days?: number | null;
};

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function isHttpUrl(value: string): boolean {
  if (!HTTP_URL.test(value)) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks that delivery_value fits its delivery_type; returns the normalised value. */
export function checkDelivery(type: DeliveryType, value: string | null | undefined): string | null {
  const v = value?.trim() || null;
  const fail = (msg: string) => {
    throw new InvalidDeliveryValueError(msg);
  };
  switch (type) {
    case 'NONE':
    case 'CUSTOM':
      // Shown to the buyer as a link once paid: only ever an http(s) URL, never javascript:, data: or another scheme.
      if (v && !isHttpUrl(v)) fail(`${type} delivery_value must be empty or an http(s) URL`);
      return v;
    case 'REDIRECT':
    case 'DOWNLOAD':
      if (!v || !isHttpUrl(v)) fail(`${type} needs delivery_value to be an http(s) URL`);
      return v;
    case 'TELEGRAM_INVITE':
      // A fixed invite link, or the chat the bot creates single-use invites for (id or @username).
      if (!v || !(/^https:\/\/(t\.me|telegram\.me)\/\S+$/.test(v) || /^-?\d{5,20}$/.test(v) || /^@\w{4,64}$/.test(v))) {
        fail('TELEGRAM_INVITE needs a https://t.me/… invite link, a chat id or an @channel');
      }
      return v;
    case 'DISCORD_INVITE':
      if (!v || !/^https:\/\/(discord\.gg|discord\.com\/invite|discordapp\.com\/invite)\/[\w-]+$/.test(v)) {
        fail('DISCORD_INVITE needs a https://discord.gg/… invite link');
      }
      return v;
    case 'DISCORD_ROLE':
      if (!v || !/^\d{15,22}:\d{15,22}$/.test(v)) fail('DISCORD_ROLE needs delivery_value "<guild_id>:<role_id>"');
      return v;
  }
  return v;
}

function checkWallet(wallet: string, feeWallet?: string) {
  if (!isSolanaAddress(wallet)) {
    throw new InvalidMerchantWalletError();
  }
  // With one wallet for both, the fee and the price could not be told apart on chain.
  if (feeWallet && wallet === feeWallet) {
    throw new InvalidMerchantWalletError('merchant_wallet cannot be the platform fee wallet');
  }
}

function checkImageUrl(url: string | null | undefined) {
  if (url && !isHttpUrl(url)) throw new InvalidImageUrlError();
}

const AUTOMATIC_RENEWAL_NOTE =
  'AUTOMATIC renewal is not available on this server yet: memberships renew like MANUAL, through a renewal ' +
  'link, with the configured reminders.';

/** How renewals really happen for a stored renewal_mode (AUTOMATIC is accepted but runs as MANUAL). */
export function effectiveRenewalMode(mode: string | null | undefined): { mode: string; note: string | null } {
  if (mode === 'AUTOMATIC') return { mode: 'MANUAL', note: AUTOMATIC_RENEWAL_NOTE };
  return { mode: mode ?? 'MANUAL', note: null };
}

function normaliseMembership(input: MembershipConfigInput | null | undefined): Record<string, unknown> | null {
  if (!input) return null;
  // A null field takes its default, exactly like an absent one.
  const config = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as MembershipConfigInput;
  if (config.identity_required && !config.identity_type) {
    throw new InvalidMembershipConfigError(
      'membership_config.identity_type is required when identity_required is true',
    );
  }
  // Defaults live here rather than in the schema: a nullable object does not get schema defaults applied.
  return {
    enabled: true,
    platform: null,
    access_mode: null,
    identity_type: null,
    identity_label: null,
    identity_required: false,
    renewal_mode: 'MANUAL',
    billing_interval_days: 30,
    grace_period_days: 3,
    renewal_reminder_offsets_days: [],
    platform_target_id: null,
    platform_target_label: null,
    allow_multiple_active: false,
    settings_json: {},
    ...config,
  };
}

function slugify(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return base || 'product';
}

// Other domains read products through these, not the repository.

/** A workspace's product in one mode. */
export function findProduct(db: Queryable, ownerId: string, livemode: boolean, productId: string) {
  return repo.findProduct(db, ownerId, livemode, productId);
}

/** A product by its public checkout slug (any workspace). */
export function findProductBySlug(db: Queryable, slug: string) {
  return repo.findProductBySlug(db, slug);
}

/** A product as a confirmation settles against it: with the workspace's display name and whether it backs access. */
export function findProductForSettlement(db: Queryable, ownerId: string, livemode: boolean, productId: string) {
  return repo.findProductForSettlement(db, ownerId, livemode, productId);
}

export function createProductService(deps: {
  db: Db;
  config: Config;
  assets: AssetRegistry;
  /** Told when a workspace's products change, so cached public payloads are dropped. */
  publicProducts?: { invalidateOwner(ownerId: string): Promise<void> };
}) {
  const { db, config, assets } = deps;

  function toResponse(row: repo.ProductRow) {
    const asset = assets.describe(row.token_mint);
    const m = row.membership_config as MembershipConfigInput | null;
    const amount = Number(row.amount_minor_units);
    return {
      id: row.id,
      owner_id: row.owner_id,
      livemode: row.livemode,
      product_type: row.product_type,
      status: row.status,
      title: row.title,
      description: row.description,
      image_url: row.image_url,
      amount_minor_units: amount,
      fixed_amount_lamports: amount,
      token_mint: row.token_mint,
      asset_symbol: asset.symbol,
      asset_decimals: asset.decimals,
      merchant_wallet: row.merchant_wallet,
      delivery_type: row.delivery_type,
      delivery_value: row.delivery_value,
      tip_presets_lamports: row.tip_presets_lamports?.map(Number) ?? null,
      atomic_fee_pct: config.platformFeeBps / 100,
      atomic_fee_flat_usd_cents: 0,
      atomic_fee_cap_usd: null,
      max_payments: row.max_payments,
      slug: row.slug,
      payment_count: row.payment_count,
      total_volume_lamports: Number(row.total_volume),
      membership_config: row.membership_config,
      membership_enabled: Boolean(m?.enabled),
      membership_platform: m?.platform ?? null,
      membership_identity_type: m?.identity_type ?? null,
      membership_identity_label: m?.identity_label ?? null,
      membership_identity_required: Boolean(m?.identity_required),
      membership_renewal_mode: m?.renewal_mode ?? null,
      membership_effective_renewal_mode: m ? effectiveRenewalMode(m.renewal_mode).mode : null,
      membership_renewal_note: m ? effectiveRenewalMode(m.renewal_mode).note : null,
      membership_billing_interval_days: m?.billing_interval_days ?? null,
      checkout_config: row.checkout_config,
      checkout_url: `${config.publicUrl}/p/${row.slug}`,
      created_at: row.created_at.toISOString(),
      updated_at: row.updated_at.toISOString(),
    };
  }

  async function load(principal: Principal, id: string) {
    const row = await repo.findProduct(db, principal.userId, principal.mode === 'live', id);
    if (!row) throw new ProductNotFoundError();
    return row;
  }

  return {
    toResponse,

    async createProduct(principal: Principal, body: Static<typeof ProductCreate>) {
      // Any letter case, stored canonical (an unknown type stays Hilt's 400, not a schema 422).
      const productType = PRODUCT_TYPES.find((t) => t === body.product_type.toUpperCase());
      if (!productType) {
        throw new UnsupportedProductTypeError(body.product_type, PRODUCT_TYPES);
      }
      const input = { ...body, product_type: productType };
      const amount = input.amount_minor_units ?? input.fixed_amount_lamports ?? null;
      if (amount === null && input.product_type === 'PAYMENT_LINK') {
        throw new AmountRequiredError();
      }
      checkWallet(input.merchant_wallet, config.feeWallet);
      checkImageUrl(input.image_url);
      const asset = assets.resolve(input.token_mint);
      const deliveryType = (input.delivery_type ?? 'NONE') as DeliveryType;
      const fields: repo.ProductWrite = {
        title: input.title.trim() || input.title,
        description: input.description ?? null,
        image_url: input.image_url ?? null,
        // A tip jar without a minimum accepts any amount of at least one minor unit.
        amount_minor_units: BigInt(amount ?? 1),
        merchant_wallet: input.merchant_wallet,
        delivery_type: deliveryType,
        delivery_value: checkDelivery(deliveryType, input.delivery_value),
        tip_presets_lamports: input.tip_presets_lamports?.map((t) => BigInt(t)) ?? null,
        max_payments: input.max_payments ?? null,
        membership_config: normaliseMembership(input.membership_config),
      };
      // Last of the checks: the input is valid, but does this workspace control the wallet it wants paid?
      await assertPayoutWallet(db, principal.userId, principal.mode === 'live', input.merchant_wallet);
      const base = slugify(fields.title);
      for (let attempt = 0; attempt < 8; attempt++) {
        const slug =
          attempt === 0
            ? base
            : `${base}-${
                randomToken(4)
                  .toLowerCase()
                  .replace(/[^a-z0-9]/g, '')
                  .slice(0, 5) || 'x'
              }`;
        const row = await repo.insertProduct(db, {
          ...fields,
          owner_id: principal.userId,
          livemode: principal.mode === 'live',
          product_type: input.product_type,
          token_mint: asset.mint,
          slug,
        });
        if (row) return toResponse(row);
      }
      throw new SlugUnavailableError();
    },

    async listProducts(principal: Principal, q: Static<typeof ProductListQuery>) {
      const rows = await repo.listProducts(db, principal.userId, principal.mode === 'live', q);
      return rows.map(toResponse);
    },

    async getProduct(principal: Principal, id: string) {
      return toResponse(await load(principal, id));
    },

    /** The row itself, for other domains that act on a product of the caller's workspace. */
    loadProduct: load,

    async updateProduct(principal: Principal, id: string, body: Static<typeof ProductUpdate>) {
      const row = await load(principal, id);
      // Fields where null means "leave it as it is": drop them, so they read exactly like absent ones.
      const input = { ...body };
      for (const f of ['title', 'status', 'delivery_type', 'merchant_wallet'] as const) {
        if (input[f] === null) delete input[f];
      }
      const immutable = (['product_type', 'token_mint'] as const).filter((f) => input[f] !== undefined);
      if (immutable.length > 0) {
        throw new ImmutableFieldError(immutable);
      }
      if (row.status === 'ARCHIVED') throw new ProductArchivedError();
      const amount = input.amount_minor_units ?? input.fixed_amount_lamports;
      if (input.merchant_wallet != null) checkWallet(input.merchant_wallet, config.feeWallet);
      if (input.image_url !== undefined) checkImageUrl(input.image_url);
      const deliveryType = (input.delivery_type ?? row.delivery_type) as DeliveryType;
      const deliveryValue = input.delivery_value !== undefined ? input.delivery_value : row.delivery_value;
      if (amount === null && row.product_type === 'PAYMENT_LINK') {
        throw new AmountRequiredError('amount_minor_units cannot be removed from a PAYMENT_LINK product');
      }
      if (input.merchant_wallet != null && input.merchant_wallet !== row.merchant_wallet) {
        await assertPayoutWallet(db, principal.userId, principal.mode === 'live', input.merchant_wallet);
      }
      const ok = await repo.updateProduct(db, principal.userId, principal.mode === 'live', id, {
        title: input.title != null ? input.title.trim() || input.title : row.title,
        description: input.description !== undefined ? input.description : row.description,
        image_url: input.image_url !== undefined ? input.image_url : row.image_url,
        amount_minor_units: amount != null ? BigInt(amount) : row.amount_minor_units,
        merchant_wallet: input.merchant_wallet ?? row.merchant_wallet,
        delivery_type: deliveryType,
        delivery_value: checkDelivery(deliveryType, deliveryValue),
        tip_presets_lamports:
          input.tip_presets_lamports !== undefined
            ? (input.tip_presets_lamports?.map((t) => BigInt(t)) ?? null)
            : row.tip_presets_lamports,
        max_payments: input.max_payments !== undefined ? input.max_payments : row.max_payments,
        membership_config:
          input.membership_config !== undefined ? normaliseMembership(input.membership_config) : row.membership_config,
        status: input.status ?? row.status,
      });
      if (!ok) throw new ProductArchivedError();
      await deps.publicProducts?.invalidateOwner(principal.userId);
      return toResponse(await load(principal, id));
    },

    async archiveProduct(principal: Principal, id: string) {
      const ok = await repo.archiveProduct(db, principal.userId, principal.mode === 'live', id);
      if (!ok) throw new ProductNotFoundError();
      await deps.publicProducts?.invalidateOwner(principal.userId);
      return toResponse(await load(principal, id));
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
