import { Type } from 'typebox';
import { Email, Password } from '../auth/schemas.ts';
import { ClearIfNull, KeepIfNull, Nullable, Timestamp, Uuid } from '../http/schemas.ts';

const Settings = Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 64 });

export const AccountResponse = Type.Object(
  {
    user_id: Uuid(),
    email: Nullable(Type.String()),
    wallet_address: Nullable(Type.String()),
    display_name: Nullable(Type.String()),
    tier: Type.String(),
    status: Type.String(),
    email_verified: Type.Boolean(),
    timezone: Type.String(),
    created_at: Timestamp(),
    key_id: Nullable(Uuid('The API key used for this call, if any')),
    sandbox: Type.Boolean({ description: 'Whether this call acts on sandbox data' }),
    notification_prefs: Settings,
    merchant_settings: Settings,
    claims: Type.Record(Type.String(), Type.Boolean()),
    has_password: Type.Boolean(),
    auth_providers: Type.Array(Type.String()),
  },
  { $id: 'AccountResponse', title: 'AccountResponse' },
);

export const AccountUpdate = Type.Object(
  {
    display_name: Type.Optional(ClearIfNull(Type.String({ maxLength: 120 }))),
    timezone: Type.Optional(KeepIfNull(Type.String({ minLength: 1, maxLength: 64 }), 'IANA time zone name')),
    notification_prefs: Type.Optional(KeepIfNull(Settings)),
    merchant_settings: Type.Optional(KeepIfNull(Settings)),
  },
  { $id: 'AccountUpdate', title: 'AccountUpdate', minProperties: 1 },
);

export const UpdatedFieldsResponse = Type.Object(
  { detail: Type.String(), updated_fields: Type.Array(Type.String()) },
  { $id: 'UpdatedFieldsResponse', title: 'UpdatedFieldsResponse' },
);

export const SecurityUpdate = Type.Object(
  {
    email: Type.Optional(KeepIfNull(Email)),
    current_password: Type.Optional(Nullable(Type.String({ maxLength: 256 }))),
    new_password: Type.Optional(KeepIfNull(Password)),
  },
  { $id: 'SecurityUpdate', title: 'SecurityUpdate' },
);
