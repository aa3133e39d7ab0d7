import { Type } from 'typebox';
import { StringEnum, Uuid } from '../http/schemas.ts';

export const SCENARIOS = ['exact', 'underpay', 'wrong_mint', 'wrong_recipient', 'no_memo'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const Lamports = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000_000 });

export const SandboxWalletRequest = Type.Object({
  lamports: Type.Optional(Lamports),
  usdc_minor_units: Type.Optional(Lamports),
});

export const SandboxWallet = Type.Object({
  address: Type.String(),
  secret_key: Type.String({ description: 'Base58 of the 64-byte secret key (sandbox only)' }),
  lamports: Type.Integer(),
  usdc_minor_units: Type.Integer(),
});

export const AirdropRequest = Type.Object({
  address: Type.String({ minLength: 1, maxLength: 64 }),
  lamports: Type.Optional(Lamports),
  usdc_minor_units: Type.Optional(Lamports),
});

export const Airdrop = Type.Object({
  address: Type.String(),
  lamports: Type.Integer(),
  usdc_minor_units: Type.Integer(),
  signatures: Type.Array(Type.String()),
  balance_lamports: Type.Integer(),
});

export const SandboxPayRequest = Type.Object({
  payment_id: Uuid(),
  secret_key: Type.String({ minLength: 1, maxLength: 128 }),
  scenario: Type.Optional(StringEnum(SCENARIOS)),
});

export const SandboxPayment = Type.Object({ tx_signature: Type.String(), payment_id: Uuid(), scenario: Type.String() });

export const TestWalletPayment = Type.Object({
  tx_signature: Type.String(),
  payment_id: Uuid(),
  payer_wallet: Type.String(),
});
