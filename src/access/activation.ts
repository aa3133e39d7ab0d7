// The access step of settlement: when a confirmed payment pays for an access product (x402, an agent's session or
// the product's hosted checkout) it activates the customer's entitlement, records the payment proof and emits
// `access.entitlement.activated`, inside settlement's transaction. Humans and agents end in the same entitlement.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/index.ts';
import { recordEvent } from '../event/outbox.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import type { PaymentRow } from '../payment/repository.ts';
import * as repo from './repository.ts';
import type { EntitlementRow } from './repository.ts';
import { customerOf } from './service.ts';
import { toAccessProduct, toEntitlement } from './views.ts';
import { SOLANA_MAINNET_CAIP2 } from './x402.ts';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export async function linkAccessEntitlement(
  tx: Queryable,
  payment: PaymentRow,
  f: {
    /** The receipt settlement issued for this payment, linked from the entitlement and the proof. */
    receiptId: string | null;
    /** What the x402 facilitator saw, when the payment settled an x402 requirement. */
    x402Evidence: Record<string, unknown> | null;
    /** The commitment the payment was confirmed at (the proof's finality). */
    commitment: string;
    now: () => Date;
  },
): Promise<void> {
  const { receiptId, now } = f;
  const x402 = f.x402Evidence;
  const product = await repo.findAccessProductByBackingProduct(tx, payment.product_id);
  if (!product || !payment.tx_signature) return;
  let session = await repo.findSessionByPayment(tx, payment.id);
  let entitlement: EntitlementRow;
  if (session) {
    entitlement = (await repo.findEntitlementById(tx, session.owner_id, session.livemode, session.entitlement_id))!;
  } else {
    // A hosted checkout payment: the customer comes from the checkout's identity, else the paying wallet.
    const type = payment.customer_reference_type;
    const value = payment.customer_reference_value;
    const customer =
      value && type === 'WALLET' && isSolanaAddress(value)
        ? customerOf({ wallet: value })
        : value && type === 'EMAIL'
          ? customerOf({ email: value })
          : value
            ? customerOf({ external_customer_id: value })
            : payment.payer_wallet
              ? customerOf({ wallet: payment.payer_wallet })
              : null;
    if (!customer) return;
    session = await repo.findOpenHostedSession(tx, product.product_id, customer.key);
    entitlement = await repo.ensureEntitlement(
      tx,
      product,
      customer,
      payment.token_mint ? 'solana_usdc' : 'solana_sol',
    );
  }
  const activated = await repo.activateEntitlement(tx, entitlement.id, {
    durationDays: product.entitlement_duration_days,
    units: product.usage_units_per_payment,
    paymentId: payment.id,
    receiptId,
    source: session?.payment_protocol ?? 'hosted_checkout',
    now: now(),
  });
  if (session) await repo.markSessionConfirmed(tx, session.id, payment.id);
  const proof = await repo.insertProof(tx, {
    owner_id: payment.owner_id,
    livemode: payment.livemode,
    access_product_id: product.id,
    product_id: product.product_id,
    payment_id: payment.id,
    payment_session_id: session?.id ?? null,
    entitlement_id: activated.id,
    receipt_id: receiptId,
    rail_id: payment.token_mint ? 'solana_usdc' : 'solana_sol',
    proof_type: x402 ? 'x402_solana_transaction' : 'solana_transaction',
    proof_fingerprint: payment.tx_signature,
    proof_reference: payment.tx_signature,
    external_customer_id: activated.external_customer_id,
    wallet: activated.wallet ?? payment.payer_wallet,
    email: activated.email,
    amount_minor_units: payment.received_minor_units ?? payment.amount_minor_units,
    settlement_asset: payment.token_mint ?? 'SOL',
    network: x402 ? SOLANA_MAINNET_CAIP2 : 'solana',
    status: 'settled',
    evidence: { payer_wallet: payment.payer_wallet, payment_id: payment.id, ...(x402 ?? {}) },
    settlement: {
      id: randomUUID(),
      status: 'settled',
      settlement_reference: payment.tx_signature,
      finality_state: f.commitment,
      settled_at: iso(payment.confirmed_at),
    },
  });
  await recordEvent(tx, {
    ownerId: payment.owner_id,
    livemode: payment.livemode,
    type: 'access.entitlement.activated',
    data: {
      entitlement: toEntitlement(activated, product, now()),
      access_product: toAccessProduct(product),
      payment_session_id: session?.id ?? null,
      payment_proof_id: proof.id,
      payment_id: payment.id,
      receipt_id: receiptId,
    },
    productId: product.product_id,
    paymentId: payment.id,
  });
}
