import { Type } from 'typebox';
import { Nullable, Ref, Timestamp, Uuid } from '../http/schemas.ts';

export const KeyActivity = Type.Object({
  endpoint: Type.String(),
  http_method: Type.String(),
  status_code: Type.Integer(),
  credits_burned: Type.Integer(),
  duration_ms: Type.Integer(),
  error_message: Nullable(Type.String()),
  created_at: Timestamp(),
});

export const KeySummary = Type.Object(
  {
    id: Uuid(),
    name: Type.String(),
    key_prefix: Type.String({ description: 'The first characters of the key, to recognise it' }),
    permissions: Type.Array(Type.String()),
    sandbox_mode: Type.Boolean(),
    last_used_at: Nullable(Timestamp()),
    created_at: Timestamp(),
    revoked_at: Nullable(Timestamp()),
    usage_summary: Type.Object({
      total_calls: Type.Integer(),
      success_calls: Type.Integer(),
      error_calls: Type.Integer(),
      credits_burned: Type.Integer({ description: 'Always 0: this server does not meter credits' }),
      latest_activity_at: Nullable(Timestamp()),
      latest_endpoint: Nullable(Type.String()),
    }),
    recent_activity: Type.Array(KeyActivity),
  },
  { $id: 'KeySummary', title: 'KeySummary' },
);

export const KeyCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    sandbox_mode: Type.Boolean({ default: false }),
    permissions: Type.Array(Type.String(), {
      default: ['read', 'execute'],
      minItems: 1,
      maxItems: 4,
      uniqueItems: true,
      description:
        'Any of read (every GET), execute (operational writes), admin (keys, webhooks, settings), billing (any letter case)',
    }),
  },
  { $id: 'KeyCreate', title: 'KeyCreate' },
);

export const KeyCreated = Type.Object(
  {
    key: Ref(KeySummary),
    raw_key: Type.Union([Type.String(), Type.Null()], {
      description: 'The key itself, shown only in this response (null in an idempotent replay of it)',
    }),
  },
  { $id: 'KeyCreated', title: 'KeyCreated' },
);

export const KeyListQuery = Type.Object({
  include_revoked: Type.Boolean({ default: false }),
});

/** The schemas other routes point at with Type.Ref, registered once on the app. */
export const API_KEY_SCHEMAS = [KeySummary];
