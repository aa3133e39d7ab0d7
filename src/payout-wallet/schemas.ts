import { Type } from 'typebox';
import { SolanaAddress } from '../auth/schemas.ts';
import { Timestamp } from '../http/schemas.ts';

export const PayoutWalletChallengeRequest = Type.Object(
  { wallet_address: SolanaAddress },
  { $id: 'PayoutWalletChallengeRequest', title: 'PayoutWalletChallengeRequest' },
);

export const PayoutWalletChallenge = Type.Object(
  {
    message: Type.String({ description: 'The exact text the wallet must sign (UTF-8)' }),
    message_nonce: Type.String(),
    expires_at: Timestamp(),
  },
  { $id: 'PayoutWalletChallenge', title: 'PayoutWalletChallenge' },
);

export const PayoutWalletProof = Type.Object(
  {
    wallet_address: SolanaAddress,
    signed_message: Type.String({ minLength: 1, maxLength: 128, description: 'Base58 Ed25519 signature of message' }),
    message_nonce: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { $id: 'PayoutWalletProof', title: 'PayoutWalletProof' },
);

export const PayoutWallet = Type.Object(
  {
    wallet_address: Type.String(),
    livemode: Type.Boolean(),
    verified_at: Timestamp(),
  },
  { $id: 'PayoutWallet', title: 'PayoutWallet' },
);

export const PayoutWalletParams = Type.Object({ wallet_address: SolanaAddress });
