// Sandbox helpers: funded buyer wallets, a faucet, and a buyer's wallet paying a session on the local chain.
import { localFaucet, rpcFaucet, type SandboxFaucet } from './faucet.ts';
import { type Address, createKeyPairSignerFromBytes, type KeyPairSigner } from '@solana/kit';
import bs58 from '../lib/base58.ts';
import type { Principal } from '../auth/principal.ts';
import type { LocalChain } from '../chain/local/index.ts';
import { signPaymentTransaction, type PaymentTransfer } from '../chain/payment-transaction.ts';
import type { ChainClient } from '../chain/port.ts';
import type { Db } from '../db/index.ts';
import {
  InvalidWalletError,
  PaymentClosedError,
  PaymentNotFoundError,
  SessionExpiredError,
} from '../payment/errors.ts';
import { InvalidSecretKeyError, SandboxFaucetUnavailableError, SandboxOnlyError } from './errors.ts';
import { isSolanaAddress } from '../lib/crypto.ts';
import { SOL, USDC } from '../product/assets.ts';
import { findPayment } from '../payment/records.ts';
import type { PaymentRow } from '../payment/repository.ts';
import { memoFor } from '../payment/verification.ts';
import type { PayoutWalletService } from '../payout-wallet/service.ts';
import type { Static } from 'typebox';
import type { AirdropRequest, SandboxPayRequest, SandboxWalletRequest, Scenario } from './schemas.ts';

const DEFAULT_LAMPORTS = 10_000_000_000n;
const DEFAULT_USDC = 1_000_000_000n;

export function createSandboxService(deps: {
  db: Db;
  chain: ChainClient;
  local?: LocalChain;
  rpcUrl?: string;
  payoutWallets: Pick<PayoutWalletService, 'adoptSandboxWallet'>;
}) {
  const { db, chain, local, payoutWallets } = deps;
  const source = local ? localFaucet(local) : deps.rpcUrl ? rpcFaucet(deps.rpcUrl) : undefined;

  function requireSandbox(principal: Principal) {
    // Sandbox helpers do not exist in live mode.
    if (principal.mode !== 'sandbox') throw new SandboxOnlyError();
  }

  function faucet(): SandboxFaucet {
    if (!source) throw new SandboxFaucetUnavailableError();
    return source;
  }

  /** Signs and sends the session's payment from the payer's wallet, shaped by the scenario. */
  async function payAs(p: PaymentRow, payer: KeyPairSigner, scenario: Scenario): Promise<string> {
    const asset = p.token_mint ? USDC : SOL;
    const mint = (p.token_mint ?? undefined) as Address | undefined;
    const transfer = (recipient: string, amount: bigint, asSpl = Boolean(mint)): PaymentTransfer => ({
      recipient: recipient as Address,
      amountMinor: amount,
      splToken: asSpl ? ((mint ?? USDC.mint) as Address) : undefined,
      decimals: asSpl ? (mint ? asset.decimals : USDC.decimals) : undefined,
      createRecipientTokenAccount: asSpl,
    });
    let merchant: PaymentTransfer;
    switch (scenario) {
      case 'underpay':
        merchant = transfer(p.merchant_wallet, p.merchant_amount_minor_units - 1n);
        break;
      case 'wrong_mint':
        // SOL product paid in USDC, USDC product paid in SOL.
        merchant = transfer(p.merchant_wallet, p.merchant_amount_minor_units, !mint);
        break;
      case 'wrong_recipient':
        // Another funded account, so a small SOL amount does not trip the rent-exemption check.
        merchant = transfer(await faucet().faucetAddress(), p.merchant_amount_minor_units);
        break;
      default:
        merchant = transfer(p.merchant_wallet, p.merchant_amount_minor_units);
    }
    const transfers = [merchant];
    if (p.fee_minor_units > 0n && p.fee_wallet) transfers.push(transfer(p.fee_wallet, p.fee_minor_units));
    const tagged = scenario !== 'no_memo';
    const wire = await signPaymentTransaction({
      payer,
      transfers,
      references: tagged ? [p.reference as Address] : [],
      memo: tagged ? memoFor(p.nonce) : undefined,
      blockhash: await chain.getLatestBlockhash(),
    });
    return chain.sendRawTransaction(wire);
  }

  return {
    async createWallet(principal: Principal, input: Static<typeof SandboxWalletRequest>) {
      requireSandbox(principal);
      const lamports = BigInt(input.lamports ?? DEFAULT_LAMPORTS);
      const usdc = BigInt(input.usdc_minor_units ?? DEFAULT_USDC);
      const wallet = await faucet().createFundedWallet({ lamports, usdcMinor: usdc });
      // The workspace holds this wallet's secret key from the start: it is one of its sandbox payout wallets.
      await payoutWallets.adoptSandboxWallet(principal.userId, wallet.address);
      return {
        address: wallet.address,
        secret_key: wallet.secretKey,
        lamports: Number(lamports),
        usdc_minor_units: Number(usdc),
      };
    },

    async airdrop(principal: Principal, input: Static<typeof AirdropRequest>) {
      requireSandbox(principal);
      if (!isSolanaAddress(input.address)) throw new InvalidWalletError('address is not a valid Solana address');
      const lamports = input.lamports ?? (input.usdc_minor_units ? 0 : Number(DEFAULT_LAMPORTS));
      const signatures: string[] = [];
      if (lamports > 0) signatures.push(await faucet().fundSol(input.address, BigInt(lamports)));
      if (input.usdc_minor_units)
        signatures.push(await faucet().fundUsdc(input.address, BigInt(input.usdc_minor_units)));
      return {
        address: input.address,
        lamports,
        usdc_minor_units: input.usdc_minor_units ?? 0,
        signatures,
        balance_lamports: Number(await chain.getBalance(input.address)),
      };
    },

    async pay(principal: Principal, input: Static<typeof SandboxPayRequest>) {
      requireSandbox(principal);
      const p = await findPayment(db, input.payment_id);
      if (!p || p.livemode || p.owner_id !== principal.userId) throw new PaymentNotFoundError();
      let secret: Uint8Array;
      try {
        secret = bs58.decode(input.secret_key);
      } catch {
        secret = new Uint8Array();
      }
      if (secret.length !== 64) {
        throw new InvalidSecretKeyError('secret_key must be the base58 64-byte secret key of a sandbox wallet');
      }
      const payer = await createKeyPairSignerFromBytes(secret).catch(() => {
        throw new InvalidSecretKeyError('secret_key is not a valid Ed25519 key pair');
      });
      const scenario = input.scenario ?? 'exact';
      const signature = await payAs(p, payer, scenario);
      return { tx_signature: signature, payment_id: p.id, scenario };
    },

    /**
     * The checkout page's "Pay with a test wallet": a fresh wallet funded for this sandbox session pays it exactly,
     * like BTCPay's test checkout. Public like the session itself; live sessions do not have it (404).
     */
    async payWithTestWallet(paymentId: string) {
      const p = await findPayment(db, paymentId);
      if (!p || p.livemode) throw new PaymentNotFoundError();
      if (p.status !== 'PENDING_SIGNATURE' || p.tx_signature) {
        throw new PaymentClosedError('This checkout session is already paid or closed');
      }
      if (p.expires_at.getTime() <= Date.now()) throw new SessionExpiredError('This checkout session expired');
      const due = p.amount_minor_units;
      const wallet = await faucet().createFundedWallet({
        lamports: DEFAULT_LAMPORTS + (p.token_mint ? 0n : due),
        usdcMinor: p.token_mint ? due : 0n,
      });
      const payer = await createKeyPairSignerFromBytes(bs58.decode(wallet.secretKey));
      const signature = await payAs(p, payer, 'exact');
      return { tx_signature: signature, payment_id: p.id, payer_wallet: wallet.address };
    },
  };
}

export type SandboxService = ReturnType<typeof createSandboxService>;
