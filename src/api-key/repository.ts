import type { Plan } from '../config.ts';
import type { Queryable } from '../db/index.ts';

export interface KeyPrincipalRow {
  key_id: string;
  permissions: string[];
  sandbox_mode: boolean;
  user_id: string;
  tier: Plan;
  status: 'active' | 'suspended' | 'deleted';
  is_staff: boolean;
}

export async function findKeyPrincipalByHash(db: Queryable, keyHash: string): Promise<KeyPrincipalRow | undefined> {
  const rows = await db.query<KeyPrincipalRow>(
    `SELECT k.id AS key_id, k.permissions, k.sandbox_mode, u.id AS user_id, u.tier, u.status, u.is_staff
       FROM api_keys k JOIN users u ON u.id = k.user_id
      WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
    [keyHash],
  );
  return rows[0];
}

export interface ApiKeyRow {
  id: string;
  name: string;
  key_prefix: string;
  permissions: string[];
  sandbox_mode: boolean;
  last_used_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  total_calls: bigint;
  success_calls: bigint;
  error_calls: bigint;
  latest_endpoint: string | null;
  latest_activity_at: Date | null;
}

const KEY_COLUMNS = `id, name, key_prefix, permissions, sandbox_mode, last_used_at, created_at, revoked_at,
  total_calls, success_calls, error_calls, latest_endpoint, latest_activity_at`;

export async function insertApiKey(
  db: Queryable,
  k: { userId: string; name: string; keyPrefix: string; keyHash: string; permissions: string[]; sandbox: boolean },
): Promise<ApiKeyRow> {
  const rows = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (user_id, name, key_prefix, key_hash, permissions, sandbox_mode)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${KEY_COLUMNS}`,
    [k.userId, k.name, k.keyPrefix, k.keyHash, k.permissions, k.sandbox],
  );
  return rows[0];
}

export async function listApiKeys(
  db: Queryable,
  userId: string,
  opts: { sandbox?: boolean; includeRevoked: boolean },
): Promise<ApiKeyRow[]> {
  return db.query<ApiKeyRow>(
    `SELECT ${KEY_COLUMNS} FROM api_keys
      WHERE user_id = $1 AND ($2::boolean IS NULL OR sandbox_mode = $2) AND ($3 OR revoked_at IS NULL)
      ORDER BY created_at DESC, id DESC`,
    [userId, opts.sandbox ?? null, opts.includeRevoked],
  );
}

export interface ApiKeyWithActivityRow extends ApiKeyRow {
  /** The key's latest calls, newest first; `created_at` as PostgreSQL renders a timestamp in JSON. */
  recent_activity: (Omit<KeyActivityRow, 'key_id' | 'created_at'> & { created_at: string })[];
}

/**
 * `listApiKeys` with each key's latest `perKey` calls (what `recentKeyActivity` returns), joined in the database so a
 * listing costs one round trip. Both parts use their index: api_keys_user_idx, api_key_activity_key_idx per key.
 */
export async function listApiKeysWithActivity(
  db: Queryable,
  userId: string,
  opts: { sandbox?: boolean; includeRevoked: boolean; perKey: number },
): Promise<ApiKeyWithActivityRow[]> {
  return db.query<ApiKeyWithActivityRow>(
    `SELECT k.id, k.name, k.key_prefix, k.permissions, k.sandbox_mode, k.last_used_at, k.created_at, k.revoked_at,
            k.total_calls, k.success_calls, k.error_calls, k.latest_endpoint, k.latest_activity_at,
            COALESCE(a.recent, '[]'::json) AS recent_activity
       FROM api_keys k
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object(
                  'endpoint', x.endpoint, 'http_method', x.http_method, 'status_code', x.status_code,
                  'duration_ms', x.duration_ms, 'error_message', x.error_message, 'created_at', x.created_at
                ) ORDER BY x.id DESC) AS recent
           FROM (SELECT * FROM api_key_activity WHERE key_id = k.id ORDER BY id DESC LIMIT $4) x
       ) a ON true
      WHERE k.user_id = $1 AND ($2::boolean IS NULL OR k.sandbox_mode = $2) AND ($3 OR k.revoked_at IS NULL)
      ORDER BY k.created_at DESC, k.id DESC`,
    [userId, opts.sandbox ?? null, opts.includeRevoked, opts.perKey],
  );
}

export interface KeyActivityRow {
  key_id: string;
  endpoint: string;
  http_method: string;
  status_code: number;
  duration_ms: number;
  error_message: string | null;
  created_at: Date;
}

/** Revokes a key of the workspace (revoking twice is harmless); false when the workspace has no such key. */
export async function revokeApiKey(db: Queryable, userId: string, keyId: string, sandbox?: boolean): Promise<boolean> {
  const rows = await db.query(
    `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now())
      WHERE id = $1 AND user_id = $2 AND ($3::boolean IS NULL OR sandbox_mode = $3) RETURNING id`,
    [keyId, userId, sandbox ?? null],
  );
  return rows.length > 0;
}

export async function revokeUserApiKeys(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE api_keys SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
}

export interface KeyUsageDelta {
  keyId: string;
  total: number;
  success: number;
  errors: number;
  lastUsedAt: Date;
  latestEndpoint: string;
  activity: Omit<KeyActivityRow, 'key_id'>[];
}

export async function applyKeyUsage(db: Queryable, deltas: KeyUsageDelta[]): Promise<void> {
  for (const d of deltas) {
    // One statement per key, so a reader never sees the counters without the activity rows they count.
    await db.query(
      `WITH counters AS (
         UPDATE api_keys SET total_calls = total_calls + $2, success_calls = success_calls + $3,
                error_calls = error_calls + $4, last_used_at = GREATEST(last_used_at, $5),
                latest_activity_at = GREATEST(latest_activity_at, $5), latest_endpoint = $6
          WHERE id = $1 RETURNING id)
       INSERT INTO api_key_activity (key_id, endpoint, http_method, status_code, duration_ms, error_message, created_at)
       SELECT c.id, a.* FROM counters c,
              unnest($7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::timestamptz[])
                AS a(endpoint, http_method, status_code, duration_ms, error_message, created_at)`,
      [
        d.keyId,
        d.total,
        d.success,
        d.errors,
        d.lastUsedAt,
        d.latestEndpoint,
        d.activity.map((a) => a.endpoint),
        d.activity.map((a) => a.http_method),
        d.activity.map((a) => a.status_code),
        d.activity.map((a) => a.duration_ms),
        d.activity.map((a) => a.error_message),
        d.activity.map((a) => a.created_at),
      ],
    );
  }
}

export async function pruneKeyActivity(db: Queryable, keepDays: number): Promise<void> {
  await db.query(`DELETE FROM api_key_activity WHERE created_at < now() - make_interval(days => $1)`, [keepDays]);
}
