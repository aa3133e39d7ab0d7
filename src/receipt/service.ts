// Receipts: issued in the confirmation transaction of every payment (settlement's receipt step) or on request for any
// transaction that paid one of the merchant's wallets; signed once, stored as the exact canonical text, never
// re-signed. Invoice metadata is kept beside the signed body, so editing it never breaks a proof.
import { isPayoutWallet } from '../payout-wallet/service.ts';
import { findProduct } from '../product/service.ts';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import { formatUnits } from '../chain/amount.ts';
import type { Address, ChainClient, ChainTransaction } from '../chain/port.ts';
import { amountReceived, transactionKeys } from '../chain/solana-pay.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import { ChainNotConfirmedError, InvalidWalletError, TransactionFailedError } from '../payment/errors.ts';
import { PayoutWalletUnverifiedError } from '../payout-wallet/errors.ts';
import {
  AmountMismatchError,
  EmailNotConfiguredError,
  NoRecipientError,
  NotMerchantTransactionError,
  NotMerchantWalletError,
  ReceiptNotFoundError,
  WalletNotSignerError,
} from './errors.ts';
import { type EventInput, recordEvent } from '../event/outbox.ts';
import { enqueue, type Job } from '../jobs/queue.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import { checkSignature } from '../payment/verification.ts';
import { findPayment, findPaymentIdBySignature } from '../payment/records.ts';
import type { PaymentRow } from '../payment/repository.ts';
import type { AssetRegistry } from '../product/assets.ts';
import { type ReceiptPdfInput, renderReceiptPdf } from './pdf.ts';
import { ALGORITHM, checkReceiptProof, SCHEMA_VERSION, signingKeyFromSeed, signReceipt } from './proof.ts';
import * as repo from './repository.ts';
import type { Static } from 'typebox';
import type { ReceiptExportQuery, SendProof } from './schemas.ts';
import type { InvoiceMetadata, ReceiptRow } from './repository.ts';
import { sendMail } from './smtp.ts';

export interface IssueInput {
  tx_sig: string;
  wallet?: string | null;
  counterparty_wallet?: string | null;
  token_mint?: string | null;
  amount_raw?: number | string | null;
  memo?: string | null;
}

export interface OnChainAnchor {
  status: 'confirmed' | 'not_found' | 'mismatch' | 'unavailable';
  tx_sig: string;
  slot: string | null;
  block_time: string | null;
  detail: string;
}

const CSV_COLUMNS = [
  'receipt_id',
  'created_at',
  'tx_sig',
  'payment_id',
  'product_id',
  'product_title',
  'payer_wallet',
  'merchant_wallet',
  'token_mint',
  'asset',
  'amount_minor_units',
  'amount_display',
  'receipt_hash',
  'invoice_number',
  'customer_name',
  'customer_email',
  'billing_reference',
  'verify_url',
] as const;

function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  // Spreadsheets run cells that start like a formula; a leading quote keeps them text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const safeNumber = (v: bigint | null) => (v !== null && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null);

export const PROOF_QUEUE = 'receipt.send_proof';
const PROOF_MAX_ATTEMPTS = 6;
/** Retries of a proof email: 30 s, 2 min, 10 min, 30 min, 2 h. */
export const proofBackoff = (attempts: number) => [30_000, 120_000, 600_000, 1_800_000][attempts - 1] ?? 7_200_000;

export function createReceiptService(deps: {
  db: Db;
  config: Config;
  assets: AssetRegistry;
  receiptSigningSeed: Uint8Array;
  chainFor: (p: { livemode: boolean }) => ChainClient;
  now?: () => Date;
}) {
  const { db, config, assets, chainFor } = deps;
  const now = deps.now ?? (() => new Date());
  const key = signingKeyFromSeed(deps.receiptSigningSeed);
  const base = config.publicUrl;
  const pdfCache = new Map<string, Buffer>(); // rendered receipt PDFs by everything printed on them, oldest first
  const PDF_CACHE_SIZE = 200;
  const urls = (id: string) => ({
    verify_url: `${base}/v1/receipt/${id}/verify`,
    verify_api_url: `${base}/v1/receipt/${id}/verify`,
    public_url: `${base}/v1/receipt/${id}/public`,
    pdf_url: `${base}/v1/receipt/${id}/pdf`,
  });

  function parsedJson(r: ReceiptRow): Record<string, unknown> {
    try {
      return JSON.parse(r.receipt_json) as Record<string, unknown>;
    } catch {
      return {};
    }
  }

  function amountDisplay(amount: bigint | null, mint: string | null, decimals?: number) {
    if (amount === null) return null;
    const asset = assets.describe(mint);
    return `${formatUnits(amount, decimals ?? asset.decimals)} ${asset.symbol}`;
  }

  function invoiceOf(r: ReceiptRow) {
    const m = r.invoice_metadata ?? {};
    return {
      invoice_number: m.invoice_number ?? null,
      customer_name: m.customer_name ?? null,
      customer_email: m.customer_email ?? null,
      billing_reference: m.billing_reference ?? null,
      notes: m.notes ?? null,
      metadata_json: m.metadata_json ?? null,
    };
  }

  function toResponse(r: ReceiptRow, replay = false) {
    const body = parsedJson(r);
    return {
      receipt_id: r.id,
      receipt_json: body,
      receipt_hash: r.receipt_hash,
      ed25519_sig: r.ed25519_sig,
      key_id: r.key_id,
      schema_version: r.schema_version,
      created_at: r.created_at.toISOString(),
      generated_at: typeof body.generated_at === 'string' ? body.generated_at : r.created_at.toISOString(),
      ...urls(r.id),
      livemode: r.livemode,
      tx_sig: r.tx_sig,
      payment_id: r.payment_id,
      product_id: r.product_id,
      product_title: r.product_title,
      product_slug: r.product_slug,
      payer_wallet: r.payer_wallet,
      merchant_wallet: r.merchant_wallet,
      amount_minor_units: safeNumber(r.amount_minor_units),
      amount_display: typeof body.amount_display === 'string' ? body.amount_display : null,
      token_mint: r.token_mint,
      invoice_metadata: invoiceOf(r),
      owner_display_name: r.owner_display_name,
      brand_name: typeof r.owner_settings?.brand_name === 'string' ? r.owner_settings.brand_name : null,
      owner_email: r.owner_email,
      credits_burned: 0,
      idempotent_replay: replay,
    };
  }

  function toListItem(r: ReceiptRow) {
    const body = parsedJson(r);
    return {
      receipt_id: r.id,
      tx_sig: r.tx_sig,
      receipt_hash: r.receipt_hash,
      schema_version: r.schema_version,
      created_at: r.created_at.toISOString(),
      verify_url: urls(r.id).verify_url,
      payment_id: r.payment_id,
      product_id: r.product_id,
      product_title: r.product_title,
      payer_wallet: r.payer_wallet,
      merchant_wallet: r.merchant_wallet,
      token_mint: r.token_mint,
      amount_minor_units: safeNumber(r.amount_minor_units),
      amount_display: typeof body.amount_display === 'string' ? body.amount_display : null,
      invoice_number: r.invoice_metadata?.invoice_number ?? null,
    };
  }

  async function publicKeys(tx: Queryable = db) {
    return (await repo.listSigningKeys(tx)).map((k) => ({
      key_id: k.key_id,
      algorithm: ALGORITHM,
      public_key: k.public_key,
      created_at: k.created_at.toISOString(),
      retired_at: k.retired_at?.toISOString() ?? null,
    }));
  }

  interface ReceiptFacts {
    ownerId: string;
    livemode: boolean;
    txSig: string;
    paymentId: string | null;
    product: { id: string; slug: string; title: string } | null;
    payerWallet: string | null;
    merchantWallet: string;
    tokenMint: string | null;
    decimals?: number;
    amount: bigint;
    confirmedAt: Date | null;
    slot: bigint | null;
    source: 'checkout' | 'transaction';
    memo?: string | null;
    /** The workspace's display name as the caller has it loaded; read here when not given. */
    merchantName?: string | null;
  }

  /** The signed receipt of `f`, as a row to store. */
  async function signed(tx: Queryable, f: ReceiptFacts): Promise<repo.ReceiptInsert> {
    const id = randomUUID();
    const generatedAt = now();
    const merchantName =
      f.merchantName !== undefined ? f.merchantName : ((await repo.findOwner(tx, f.ownerId))?.display_name ?? null);
    const asset = assets.describe(f.tokenMint);
    const decimals = f.decimals ?? asset.decimals;
    const signature = signReceipt(
      {
        receipt_id: id,
        issuer: base,
        livemode: f.livemode,
        source: f.source,
        generated_at: generatedAt.toISOString(),
        confirmed_at: f.confirmedAt?.toISOString() ?? null,
        tx_sig: f.txSig,
        slot: f.slot === null ? null : f.slot.toString(),
        payment_id: f.paymentId,
        product: f.product ? { id: f.product.id, slug: f.product.slug, title: f.product.title } : null,
        merchant: { workspace_id: f.ownerId, display_name: merchantName },
        payer_wallet: f.payerWallet,
        merchant_wallet: f.merchantWallet,
        token_mint: f.tokenMint,
        asset_symbol: asset.symbol,
        decimals,
        // A string: u64 amounts do not all fit a JSON number that every parser reads exactly.
        amount_minor_units: f.amount.toString(),
        amount_display: `${formatUnits(f.amount, decimals)} ${asset.symbol}`,
        memo: f.memo ?? null,
        verify_url: urls(id).verify_url,
      },
      key,
    );
    return {
      id,
      ownerId: f.ownerId,
      livemode: f.livemode,
      txSig: f.txSig,
      paymentId: f.paymentId,
      productId: f.product?.id ?? null,
      payerWallet: f.payerWallet,
      merchantWallet: f.merchantWallet,
      tokenMint: f.tokenMint,
      amountMinor: f.amount,
      receiptJson: signature.receiptJson,
      receiptHash: signature.receiptHash,
      signature: signature.signature,
      keyId: key.keyId,
      schemaVersion: SCHEMA_VERSION,
      createdAt: generatedAt,
    };
  }

  /** The `receipt.created` event of a receipt just stored. */
  function createdEvent(r: repo.ReceiptSummary, ownerId: string, livemode: boolean): EventInput {
    return {
      ownerId,
      livemode,
      type: 'receipt.created',
      data: { receipt: eventReceipt(r) },
      productId: r.product_id,
      paymentId: r.payment_id,
    };
  }

  /** Signs and stores a receipt with its `receipt.created` event, in the caller's transaction. */
  async function issue(tx: Queryable, f: ReceiptFacts): Promise<{ row: ReceiptRow; created: boolean }> {
    const { row, created } = await repo.insertReceipt(tx, await signed(tx, f));
    if (created) await recordEvent(tx, createdEvent(row, f.ownerId, f.livemode));
    return { row, created };
  }

  function eventReceipt(r: repo.ReceiptSummary) {
    return {
      id: r.id,
      receipt_id: r.id,
      verify_url: urls(r.id).verify_url,
      pdf_url: urls(r.id).pdf_url,
      schema_version: r.schema_version,
      receipt_hash: r.receipt_hash,
      tx_sig: r.tx_sig,
      payment_id: r.payment_id,
      product_id: r.product_id,
      amount_minor_units: safeNumber(r.amount_minor_units),
      token_mint: r.token_mint,
      created_at: r.created_at.toISOString(),
    };
  }

  /**
   * Settlement's receipt step: the receipt of a payment just confirmed, in its transaction. Answers the receipt
   * as `receipt.created` and `payment.confirmed` carry it, and the `receipt.created` event for settlement to record
   * with its own (null when the transaction had a receipt already).
   */
  async function issueForPayment(
    tx: Queryable,
    payment: PaymentRow,
    product: { id: string; slug: string; title: string } | null,
    merchantName?: string | null,
  ): Promise<{ receipt: ReturnType<typeof eventReceipt>; event: EventInput | null } | null> {
    if (!payment.tx_signature) return null;
    const receipt = await signed(tx, {
      ownerId: payment.owner_id,
      livemode: payment.livemode,
      txSig: payment.tx_signature,
      paymentId: payment.id,
      product: product ? { id: product.id, slug: product.slug, title: product.title } : null,
      payerWallet: payment.payer_wallet,
      merchantWallet: payment.merchant_wallet,
      tokenMint: payment.token_mint,
      amount: payment.received_minor_units ?? payment.amount_minor_units,
      confirmedAt: payment.confirmed_at,
      slot: null,
      source: 'checkout',
      merchantName,
    });
    const { row, created } = await repo.insertReceiptSummary(tx, receipt);
    return {
      receipt: eventReceipt(row),
      event: created ? createdEvent(row, payment.owner_id, payment.livemode) : null,
    };
  }

  async function fetchTransaction(livemode: boolean, sig: string): Promise<ChainTransaction | null> {
    return chainFor({ livemode }).getTransaction(sig, { commitment: config.solanaCommitment });
  }

  /** What the merchant's wallets received in `tx`: the first wallet and asset with a positive net gain. */
  function findIncoming(
    tx: ChainTransaction,
    wallets: string[],
    mintFilter: string | null | undefined,
  ): { wallet: string; mint: string | null; amount: bigint; decimals?: number } | null {
    const mints = new Map<string | null, number | undefined>();
    if (mintFilter === undefined || mintFilter === null) mints.set(null, undefined);
    for (const b of [...(tx.meta?.preTokenBalances ?? []), ...(tx.meta?.postTokenBalances ?? [])]) {
      if (mintFilter === undefined || mintFilter === b.mint) mints.set(b.mint, b.uiTokenAmount.decimals);
    }
    if (mintFilter === null && mints.size > 1) {
      for (const k of [...mints.keys()]) if (k !== null) mints.delete(k);
    }
    for (const [mint, decimals] of mints) {
      for (const wallet of wallets) {
        const amount = amountReceived(tx, wallet as Address, mint === null ? undefined : (mint as Address));
        if (amount > 0n) return { wallet, mint, amount, decimals };
      }
    }
    return null;
  }

  async function receiptFor(principal: Principal, id: string): Promise<ReceiptRow> {
    const r = await repo.findReceipt(db, principal.userId, principal.mode === 'live', id);
    if (!r) throw new ReceiptNotFoundError();
    return r;
  }

  async function publicReceipt(id: string): Promise<ReceiptRow> {
    const r = await repo.findReceiptById(db, id);
    if (!r) throw new ReceiptNotFoundError();
    return r;
  }

  async function anchor(r: ReceiptRow): Promise<OnChainAnchor> {
    const base = { tx_sig: r.tx_sig, slot: null, block_time: null };
    let tx: ChainTransaction | null;
    try {
      tx = await fetchTransaction(r.livemode, r.tx_sig);
    } catch {
      return {
        ...base,
        status: 'unavailable',
        detail: 'The chain could not be reached; the proof was checked offline',
      };
    }
    if (!tx) return { ...base, status: 'not_found', detail: 'The transaction was not found on chain' };
    const found = {
      tx_sig: r.tx_sig,
      slot: tx.slot.toString(),
      block_time: tx.blockTime === null ? null : new Date(Number(tx.blockTime) * 1000).toISOString(),
    };
    if (tx.meta?.err) return { ...found, status: 'mismatch', detail: 'The transaction failed on chain' };
    if (r.merchant_wallet && r.amount_minor_units !== null) {
      const got = amountReceived(
        tx,
        r.merchant_wallet as Address,
        r.token_mint === null ? undefined : (r.token_mint as Address),
      );
      if (got < r.amount_minor_units) {
        return {
          ...found,
          status: 'mismatch',
          detail: 'The transaction did not move the receipt amount to the merchant',
        };
      }
    }
    if (r.payer_wallet && !transactionKeys(tx).includes(r.payer_wallet as Address)) {
      return { ...found, status: 'mismatch', detail: 'The payer wallet is not part of the transaction' };
    }
    return { ...found, status: 'confirmed', detail: 'The transaction exists on chain and matches the receipt' };
  }

  async function verification(r: ReceiptRow, withAnchor: boolean) {
    const keys = await publicKeys();
    const check = checkReceiptProof(r, new Map(keys.map((k) => [k.key_id, k.public_key])));
    const onChain = withAnchor ? await anchor(r) : null;
    const key = keys.find((k) => k.key_id === check.key_id) ?? null;
    return {
      valid: check.valid && onChain?.status !== 'mismatch',
      hash_valid: check.hash_valid,
      signature_valid: check.signature_valid,
      signature_required: true,
      computed_hash: check.computed_hash,
      stored_hash: check.stored_hash,
      on_chain_anchor: onChain,
      checked_at: now().toISOString(),
      key_id: check.key_id,
      algorithm: ALGORITHM,
      public_key: key?.public_key ?? null,
      problems: check.problems,
    };
  }

  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  async function buyerEmail(r: ReceiptRow): Promise<string | null> {
    const onInvoice = r.invoice_metadata?.customer_email;
    if (typeof onInvoice === 'string' && EMAIL.test(onInvoice)) return onInvoice;
    const identity = r.payment_id ? await repo.findBuyerEmailIdentity(db, r.payment_id) : null;
    return identity && EMAIL.test(identity) ? identity : null;
  }

  function mailer() {
    if (!config.smtpUrl) {
      throw new EmailNotConfiguredError();
    }
    return config.smtpUrl;
  }

  return {
    signingKey: key,
    issueForPayment,
    publicKeys,

    /** Records the configured key as the active one (a new seed retires the previous key). */
    async activateSigningKey() {
      try {
        await repo.activateSigningKey(db, key.keyId, key.publicKey);
      } catch (err) {
        // An unmigrated database (the OpenAPI generator's) has no key table; nothing is signed there.
        if ((err as { code?: string }).code !== '42P01') throw err;
      }
    },

    async issueForTransaction(principal: Principal, input: IssueInput) {
      checkSignature(input.tx_sig);
      const livemode = principal.mode === 'live';
      for (const [name, v] of [
        ['wallet', input.wallet],
        ['counterparty_wallet', input.counterparty_wallet],
        ['token_mint', input.token_mint],
      ] as const) {
        if (v && !isSolanaAddress(v)) throw new InvalidWalletError(`${name} is not a Solana address`);
      }
      const existing = await repo.findReceiptByTx(db, principal.userId, livemode, input.tx_sig);
      if (existing) return toResponse(existing, true);

      const tx = await fetchTransaction(livemode, input.tx_sig);
      if (!tx) {
        throw new ChainNotConfirmedError('The transaction is not confirmed on chain (yet)');
      }
      if (tx.meta?.err) throw new TransactionFailedError();
      let wallets = await repo.merchantWallets(db, principal.userId, livemode);
      if (input.counterparty_wallet) {
        if (!wallets.includes(input.counterparty_wallet)) {
          throw new NotMerchantWalletError();
        }
        wallets = [input.counterparty_wallet];
      }
      const incoming = findIncoming(tx, wallets, input.token_mint === undefined ? undefined : input.token_mint);
      if (!incoming) {
        throw new NotMerchantTransactionError();
      }
      if (input.amount_raw !== undefined && input.amount_raw !== null) {
        if (!/^\d+$/.test(String(input.amount_raw)) || BigInt(input.amount_raw) !== incoming.amount) {
          throw new AmountMismatchError(incoming.amount);
        }
      }
      const keys = transactionKeys(tx);
      const signers = keys.slice(0, tx.transaction.message.header.numRequiredSignatures);
      if (input.wallet && !signers.includes(input.wallet as Address)) {
        throw new WalletNotSignerError();
      }
      const payer = input.wallet ?? signers.find((s) => s !== incoming.wallet) ?? signers[0] ?? null;

      // A transaction that settled a checkout of this workspace is linked to its payment and product.
      const paymentId = await findPaymentIdBySignature(db, input.tx_sig);
      const payment = paymentId ? await findPayment(db, paymentId) : undefined;
      const own = payment && payment.owner_id === principal.userId && payment.livemode === livemode ? payment : null;
      const product = own ? ((await findProduct(db, own.owner_id, own.livemode, own.product_id)) ?? null) : null;
      // Without a checkout session of this workspace behind it, a receipt names the workspace as merchant only when
      // the receiving wallet is one it proved it controls: naming someone else's wallet proves nothing.
      if (!own && !(await isPayoutWallet(db, principal.userId, livemode, incoming.wallet))) {
        throw new PayoutWalletUnverifiedError(
          `The receiving wallet ${incoming.wallet} is not a proven payout wallet of this workspace and no checkout ` +
            'session of yours settled this transaction: prove the wallet first (POST /v1/payout-wallets/challenge)',
        );
      }
      const result = await db.transaction(async (t) => {
        const taken = own ? await repo.findReceiptIdByPayment(t, own.id) : undefined;
        return issue(t, {
          ownerId: principal.userId,
          livemode,
          txSig: input.tx_sig,
          paymentId: own && !taken ? own.id : null,
          product,
          payerWallet: payer,
          merchantWallet: incoming.wallet,
          tokenMint: incoming.mint,
          decimals: incoming.decimals,
          amount: incoming.amount,
          confirmedAt: tx.blockTime === null ? null : new Date(Number(tx.blockTime) * 1000),
          slot: tx.slot,
          source: 'transaction',
          memo: input.memo ?? null,
        });
      });
      return toResponse(result.row, !result.created);
    },

    async getReceipt(principal: Principal, id: string) {
      return toResponse(await receiptFor(principal, id));
    },

    async getPublicReceipt(id: string) {
      const r = await publicReceipt(id);
      const full = toResponse(r);
      return {
        ...full,
        owner_email: null,
        invoice_metadata: { ...full.invoice_metadata, customer_email: null, notes: null, metadata_json: null },
        verification: await verification(r, false),
      };
    },

    async verify(id: string) {
      const r = await publicReceipt(id);
      return { receipt_id: r.id, generated_at: toResponse(r).generated_at, ...(await verification(r, true)) };
    },

    async pdf(id: string): Promise<Buffer> {
      const r = await publicReceipt(id);
      const body = parsedJson(r);
      const confirmed = typeof body.confirmed_at === 'string' ? body.confirmed_at : r.created_at.toISOString();
      const brand = (k: string) => (typeof r.owner_settings?.[k] === 'string' ? (r.owner_settings[k] as string) : null);
      const { public_key } = await verification(r, false);
      const input: ReceiptPdfInput = {
        receiptId: r.id,
        merchant: r.owner_display_name ?? `Workspace ${r.owner_id}`,
        brandName: brand('brand_name'),
        accentColor: brand('brand_accent_color'),
        publicKey: public_key,
        invoice: r.invoice_metadata,
        product: r.product_title ?? '-',
        amount:
          (typeof body.amount_display === 'string' ? body.amount_display : null) ??
          amountDisplay(r.amount_minor_units, r.token_mint) ??
          '-',
        payerWallet: r.payer_wallet ?? '-',
        merchantWallet: r.merchant_wallet ?? '-',
        txSignature: r.tx_sig,
        time: confirmed.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        receiptHash: r.receipt_hash,
        keyId: r.key_id,
        verifyUrl: urls(r.id).verify_url,
        livemode: r.livemode,
      };
      // Rendering embeds a CJK font subset (about half a second of CPU): the same document is served from memory
      // until anything printed on it changes.
      const cacheKey = JSON.stringify(input);
      const cached = pdfCache.get(cacheKey);
      if (cached) return cached;
      const pdf = await renderReceiptPdf(input);
      pdfCache.set(cacheKey, pdf);
      if (pdfCache.size > PDF_CACHE_SIZE) pdfCache.delete(pdfCache.keys().next().value as string);
      return pdf;
    },

    async list(
      principal: Principal,
      q: { page?: number; per_page?: number; wallet?: string; q?: string; product_id?: string },
    ) {
      const page = q.page ?? 1;
      const perPage = q.per_page ?? 20;
      const { total, receipts } = await repo.listReceipts(db, principal.userId, principal.mode === 'live', {
        wallet: q.wallet,
        q: q.q,
        productId: q.product_id,
        limit: perPage,
        offset: (page - 1) * perPage,
      });
      return { total, page, per_page: perPage, receipts: receipts.map(toListItem) };
    },

    async exportCsv(principal: Principal, q: Static<typeof ReceiptExportQuery>): Promise<string> {
      const lines = [CSV_COLUMNS.join(',')];
      const batch = 500;
      for (let offset = 0; ; offset += batch) {
        const { receipts } = await repo.listReceipts(db, principal.userId, principal.mode === 'live', {
          wallet: q.wallet,
          q: q.q,
          productId: q.product_id,
          limit: batch,
          offset,
        });
        for (const r of receipts) {
          const item = toListItem(r);
          const inv = invoiceOf(r);
          const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
            receipt_id: r.id,
            created_at: item.created_at,
            tx_sig: r.tx_sig,
            payment_id: r.payment_id,
            product_id: r.product_id,
            product_title: r.product_title,
            payer_wallet: r.payer_wallet,
            merchant_wallet: r.merchant_wallet,
            token_mint: r.token_mint,
            asset: assets.describe(r.token_mint).symbol,
            amount_minor_units: r.amount_minor_units?.toString() ?? '',
            amount_display: item.amount_display,
            receipt_hash: r.receipt_hash,
            invoice_number: inv.invoice_number,
            customer_name: inv.customer_name,
            customer_email: inv.customer_email,
            billing_reference: inv.billing_reference,
            verify_url: item.verify_url,
          };
          lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
        }
        if (receipts.length < batch) break;
      }
      return `${lines.join('\r\n')}\r\n`;
    },

    async updateInvoiceMetadata(principal: Principal, id: string, patch: InvoiceMetadata) {
      const livemode = principal.mode === 'live';
      const updated = await repo.updateInvoiceMetadata(db, principal.userId, livemode, id, patch);
      if (!updated) throw new ReceiptNotFoundError();
      return { receipt: toResponse((await repo.findReceipt(db, principal.userId, livemode, id))!) };
    },

    /**
     * Queues the proof email (a job with retries, so a slow or flaky mail server never holds the request). Without
     * `email` it goes to the buyer's email on file: the invoice metadata's customer_email, else an EMAIL identity
     * given at checkout; with neither, 422 no_recipient.
     */
    async sendProof(principal: Principal, id: string, input: Static<typeof SendProof>) {
      const r = await receiptFor(principal, id);
      mailer();
      const email = input.email ?? (await buyerEmail(r));
      if (!email) {
        throw new NoRecipientError();
      }
      await enqueue(
        db,
        PROOF_QUEUE,
        { receipt_id: r.id, email, note: input.note ?? null },
        { maxAttempts: PROOF_MAX_ATTEMPTS },
      );
      const u = urls(r.id);
      return {
        sent: false,
        status: 'queued' as const,
        email,
        email_source: input.email ? ('request' as const) : ('on_file' as const),
        verify_url: u.verify_url,
        pdf_url: u.pdf_url,
      };
    },

    /** The job behind send-proof: one attempt to mail the proof; a failure is retried with backoff. */
    async handleSendProofJob(job: Job) {
      const p = job.payload as { receipt_id: string; email: string; note: string | null };
      const r = await repo.findReceiptById(db, p.receipt_id);
      if (!r) return;
      const smtpUrl = mailer();
      const u = urls(r.id);
      const merchant = r.owner_display_name ?? 'the merchant';
      const lines = [
        `Here is the proof of your payment to ${merchant}${r.product_title ? ` for ${r.product_title}` : ''}.`,
        '',
        ...(p.note ? [p.note, ''] : []),
        `Verify it: ${u.verify_url}`,
        `PDF: ${u.pdf_url}`,
        `Transaction: ${r.tx_sig}`,
        `Receipt hash (SHA-256): ${r.receipt_hash}`,
      ];
      await sendMail(smtpUrl, {
        to: p.email,
        subject: `Your payment receipt${r.product_title ? ` for ${r.product_title}` : ''}`,
        text: lines.join('\n'),
        fallbackFrom: `receipts@${new URL(base).hostname}`,
      });
    },
  };
}

/** The receipt issued for a payment, if any (other domains ask here, not the repository). */
export function findReceiptIdByPayment(db: Queryable, paymentId: string): Promise<string | undefined> {
  return repo.findReceiptIdByPayment(db, paymentId);
}

export type ReceiptService = ReturnType<typeof createReceiptService>;
