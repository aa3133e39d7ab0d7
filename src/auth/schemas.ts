import { Type } from 'typebox';
import { Nullable, Timestamp, Uuid } from '../http/schemas.ts';

export const SolanaAddress = Type.String({
  minLength: 32,
  maxLength: 44,
  pattern: '^[1-9A-HJ-NP-Za-km-z]+$',
  description: 'Base58 Solana address',
});

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: 8, maxLength: 256 });

export const RegisterRequest = Type.Object(
  {
    email: Email,
    password: Password,
    display_name: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
  },
  { $id: 'RegisterRequest', title: 'RegisterRequest' },
);

export const LoginRequest = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { $id: 'LoginRequest', title: 'LoginRequest' },
);

export const WalletChallengeRequest = Type.Object(
  { wallet_address: SolanaAddress },
  { $id: 'WalletChallengeRequest', title: 'WalletChallengeRequest' },
);

export const WalletChallengeResponse = Type.Object(
  {
    message: Type.String({ description: 'The exact text the wallet must sign (UTF-8)' }),
    message_nonce: Type.String(),
    expires_at: Timestamp(),
  },
  { $id: 'WalletChallengeResponse', title: 'WalletChallengeResponse' },
);

export const WalletLoginRequest = Type.Object(
  {
    wallet_address: SolanaAddress,
    signed_message: Type.String({ minLength: 1, maxLength: 128, description: 'Base58 Ed25519 signature of message' }),
    message_nonce: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { $id: 'WalletLoginRequest', title: 'WalletLoginRequest' },
);

export const RefreshRequest = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 4096 }) },
  { $id: 'RefreshRequest', title: 'RefreshRequest' },
);

export const AuthResponse = Type.Object(
  {
    token: Type.String({ description: 'JWT for Authorization: Bearer' }),
    user_id: Uuid(),
    tier: Type.String(),
    email: Nullable(Type.String()),
    expires_at: Timestamp(),
    claims: Type.Record(Type.String(), Type.Boolean()),
  },
  { $id: 'AuthResponse', title: 'AuthResponse' },
);
