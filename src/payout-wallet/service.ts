// Payout wallets: a workspace proves it controls a wallet by signing a challenge with it, as wallet sign-in does.
// Live products pay only proven wallets, and a receipt for a transaction no checkout session of the workspace
// settled names the workspace only when the receiving wallet is proven: nobody gets receipts for someone else's
// incoming payments by naming their wallet.
import type { Principal } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import { InvalidNonceError, MalformedSignatureError, SignatureMismatchError } from '../auth/errors.ts';
import { PayoutWalletNotFoundError, PayoutWalletUnverifiedError } from './errors.ts';
import type { PayoutWalletProof } from './schemas.ts';
import type { Static } from 'typebox';
import { ed25519Verify, randomToken, tryBase58Decode } from '../lib/crypto.ts';
import * as repo from './repository.ts';

const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export function payoutChallengeMessage(m: {
  host: string;
  wallet: string;
  workspaceId: string;
  livemode: boolean;
  nonce: string;
  issuedAt: Date;
  expiresAt: Date;
}) {
  return [
    `${m.host} asks you to prove this Solana account receives payouts for a Hilt workspace:`,
    m.wallet,
    '',
    `Workspace: ${m.workspaceId} (${m.livemode ? 'live' : 'sandbox'})`,
    'Signing proves you own this wallet. It costs nothing and sends no transaction.',
    '',
    `Nonce: ${m.nonce}`,
    `Issued At: ${m.issuedAt.toISOString()}`,
    `Expiration Time: ${m.expiresAt.toISOString()}`,
  ].join('\n');
}

export function createPayoutWalletService(deps: { db: Db; config: Config; now?: () => Date }) {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const toResponse = (r: repo.PayoutWalletRow) => ({
    wallet_address: r.wallet_address,
    livemode: r.livemode,
    verified_at: r.verified_at.toISOString(),
  });

  return {
    /** A sandbox wallet this server made for the workspace: it holds the key, so no signature is asked. */
    async adoptSandboxWallet(ownerId: string, walletAddress: string) {
      await repo.upsertPayoutWallet(db, { ownerId, livemode: false, walletAddress });
    },

    async createChallenge(principal: Principal, walletAddress: string) {
      const nonce = randomToken(24);
      const issuedAt = now();
      const expiresAt = new Date(issuedAt.getTime() + CHALLENGE_TTL_MS);
      const livemode = principal.mode === 'live';
      const message = payoutChallengeMessage({
        host: new URL(config.publicUrl).host,
        wallet: walletAddress,
        workspaceId: principal.userId,
        livemode,
        nonce,
        issuedAt,
        expiresAt,
      });
      await repo.insertChallenge(db, {
        nonce,
        ownerId: principal.userId,
        livemode,
        walletAddress,
        message,
        expiresAt,
      });
      return { message, message_nonce: nonce, expires_at: expiresAt.toISOString() };
    },

    async prove(principal: Principal, input: Static<typeof PayoutWalletProof>) {
      const signature = tryBase58Decode(input.signed_message);
      if (signature?.length !== 64) {
        throw new MalformedSignatureError();
      }
      const livemode = principal.mode === 'live';
      const challenge = await repo.consumeChallenge(db, {
        nonce: input.message_nonce,
        ownerId: principal.userId,
        livemode,
        walletAddress: input.wallet_address,
      });
      if (!challenge) {
        throw new InvalidNonceError();
      }
      const publicKey = tryBase58Decode(input.wallet_address);
      if (
        publicKey?.length !== 32 ||
        !ed25519Verify(publicKey, new TextEncoder().encode(challenge.message), signature)
      ) {
        throw new SignatureMismatchError();
      }
      return toResponse(
        await repo.upsertPayoutWallet(db, { ownerId: principal.userId, livemode, walletAddress: input.wallet_address }),
      );
    },

    async list(principal: Principal) {
      return (await repo.listPayoutWallets(db, principal.userId, principal.mode === 'live')).map(toResponse);
    },

    async remove(principal: Principal, walletAddress: string) {
      if (!(await repo.deletePayoutWallet(db, principal.userId, principal.mode === 'live', walletAddress))) {
        throw new PayoutWalletNotFoundError();
      }
    },
  };
}

/** A live product may only pay a wallet its workspace has proven it controls (sandbox wallets are play money). */
export async function assertPayoutWallet(db: Queryable, ownerId: string, livemode: boolean, wallet: string) {
  if (!livemode) return;
  if (!(await repo.isPayoutWallet(db, ownerId, livemode, wallet))) {
    throw new PayoutWalletUnverifiedError();
  }
}

/** Whether the workspace has verified this payout wallet (other domains ask here, not the repository). */
export function isPayoutWallet(db: Queryable, ownerId: string, livemode: boolean, wallet: string): Promise<boolean> {
  return repo.isPayoutWallet(db, ownerId, livemode, wallet);
}

export type PayoutWalletService = ReturnType<typeof createPayoutWalletService>;
