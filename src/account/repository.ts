import type { Plan } from '../config.ts';
import type { Queryable } from '../db/index.ts';

export async function updateProfile(
  db: Queryable,
  userId: string,
  fields: {
    display_name?: string | null;
    timezone?: string;
    notification_prefs?: Record<string, unknown>;
    merchant_settings?: Record<string, unknown>;
  },
): Promise<void> {
  await db.query(
    `UPDATE users SET
        display_name = CASE WHEN $2 THEN $3 ELSE display_name END,
        timezone = COALESCE($4, timezone),
        notification_prefs = COALESCE($5::jsonb, notification_prefs),
        merchant_settings = COALESCE(merchant_settings || $6::jsonb, merchant_settings),
        updated_at = now()
      WHERE id = $1`,
    [
      userId,
      'display_name' in fields,
      fields.display_name ?? null,
      fields.timezone ?? null,
      fields.notification_prefs ? JSON.stringify(fields.notification_prefs) : null,
      fields.merchant_settings ? JSON.stringify(fields.merchant_settings) : null,
    ],
  );
}

export async function updateCredentials(
  db: Queryable,
  userId: string,
  fields: { email?: string; passwordHash?: string },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET email = COALESCE($2, email), password_hash = COALESCE($3, password_hash),
            email_verified = CASE WHEN $2::text IS NOT NULL AND lower($2) IS DISTINCT FROM lower(email) THEN false
                                  ELSE email_verified END,
            updated_at = now()
      WHERE id = $1
        AND NOT EXISTS (SELECT 1 FROM users o WHERE $2::text IS NOT NULL AND lower(o.email) = lower($2) AND o.id <> $1)
      RETURNING id`,
    [userId, fields.email ?? null, fields.passwordHash ?? null],
  );
  return rows.length > 0;
}

/** Soft delete: the row stays for the payment trail, personal data is removed. */
export async function pseudonymiseUser(db: Queryable, userId: string): Promise<void> {
  await db.query(
    `UPDATE users SET status = 'deleted', deleted_at = now(), updated_at = now(), email = NULL, password_hash = NULL,
            wallet_address = NULL, display_name = NULL, notification_prefs = '{}'::jsonb,
            merchant_settings = '{}'::jsonb
      WHERE id = $1`,
    [userId],
  );
}

export interface WorkspaceRow {
  id: string;
  email: string | null;
  wallet_address: string | null;
  display_name: string | null;
  tier: Plan;
  status: string;
  created_at: Date;
  active_keys: bigint;
}

export async function listWorkspaces(db: Queryable, includeDeleted: boolean): Promise<WorkspaceRow[]> {
  return db.query<WorkspaceRow>(
    `SELECT u.id, u.email, u.wallet_address, u.display_name, u.tier, u.status, u.created_at,
            (SELECT count(*) FROM api_keys k WHERE k.user_id = u.id AND k.revoked_at IS NULL) AS active_keys
       FROM users u WHERE $1 OR u.status <> 'deleted' ORDER BY u.created_at`,
    [includeDeleted],
  );
}

export async function setPlanByEmailOrWallet(db: Queryable, who: string, plan: Plan): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `UPDATE users SET tier = $2, updated_at = now()
      WHERE (lower(email) = lower($1) OR wallet_address = $1 OR id::text = $1) AND status <> 'deleted'
      RETURNING id`,
    [who, plan],
  );
  return rows[0]?.id;
}

export async function setStatus(
  db: Queryable,
  who: string,
  status: 'active' | 'suspended',
): Promise<string | undefined> {
  const rows = await db.query<{ id: string }>(
    `UPDATE users SET status = $2, updated_at = now()
      WHERE (lower(email) = lower($1) OR wallet_address = $1 OR id::text = $1) AND status <> 'deleted'
      RETURNING id`,
    [who, status],
  );
  return rows[0]?.id;
}
