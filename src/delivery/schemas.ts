import { Type } from 'typebox';
import { Nullable, StringEnum, Timestamp } from '../http/schemas.ts';

const BotState = Type.Object({ configured: Type.Boolean(), updated_at: Nullable(Timestamp()) });

export const DeliveryBots = Type.Object(
  { telegram: BotState, discord: BotState },
  { $id: 'DeliveryBots', title: 'DeliveryBotsResponse', description: 'Tokens are never returned' },
);

export const DeliveryBotsUpdate = Type.Object(
  {
    telegram_bot_token: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'null or "" removes it' }))),
    discord_bot_token: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'null or "" removes it' }))),
  },
  { minProperties: 1 },
);

const Check = Type.Object({ key: Type.String(), status: Type.String(), detail: Type.String() });

export const DeliveryReadiness = Type.Object({
  merchant_name: Type.String(),
  overall_status: Type.String({ description: 'ready, attention or blocked' }),
  active_membership_templates: Type.Integer(),
  defaults: Type.Object({
    payout_wallet_configured: Type.Boolean(),
    default_redirect_url_configured: Type.Boolean(),
    default_support_url_configured: Type.Boolean(),
  }),
  platforms: Type.Record(
    Type.String(),
    Type.Object({
      configured: Type.Boolean(),
      reachable: Type.Boolean(),
      bot_username: Nullable(Type.String()),
      templates: Type.Integer(),
      automated_templates: Type.Integer(),
      status: Type.String(),
      checks: Type.Array(Check),
    }),
  ),
  blockers: Type.Array(Type.String()),
  warnings: Type.Array(Type.String()),
  checked_at: Timestamp(),
});

export const DeliveryTestRequest = Type.Object({
  provider: StringEnum(['TELEGRAM', 'DISCORD'] as const),
});

export const DeliveryTestResponse = Type.Object({
  provider: Type.String(),
  status: Type.String({ description: 'ok or failed' }),
  summary: Type.String(),
  checks: Type.Array(Check),
  checked_at: Timestamp(),
});
