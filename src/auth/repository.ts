import type { Queryable } from '../db/index.ts';
import type { Plan } from '../config.ts';

export interface UserRow {
  id: string;
  email: string | null;
  password_hash: string | null;
  wallet_address: string | null;
  display_name: string | null;
  tier: Plan;
  status: 'active' | 'suspended' | 'deleted';
  is_staff: boolean;
  email_verified: boolean;
  timezone: string;
  notification_prefs: Record<string, unknown>;
  merchant_settings: Record<string, unknown>;
  created_at: Date;
}

const USER_COLUMNS = `id, email, password_hash, wallet_address, display_name, tier, status, is_staff, email_verified,
  timezone, notification_prefs, merchant_settings, created_at`;

export async function insertUser(
  db: Queryable,
  user: { email?: string; passwordHash?: string; walletAddress?: string; displayName?: string | null },
): Promise<UserRow | undefined> {
  // ON CONFLICT covers both unique indexes, so a concurrent duplicate registration is a clean miss, not a 500.
  const rows = await db.query<UserRow>(
    `INSERT INTO users (email, password_hash, wallet_address, display_name) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING ${USER_COLUMNS}`,
    [user.email ?? null, user.passwordHash ?? null, user.walletAddress ?? null, user.displayName ?? null],
  );
  return rows[0];
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
  return rows[0];
}

export async function findUserByWallet(db: Queryable, wallet: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE wallet_address = $1`, [wallet]);
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0];
}

export async function insertSession(db: Queryable, userId: string, expiresAt: Date): Promise<string> {
  const rows = await db.query<{ id: string }>(
    'INSERT INTO auth_sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id',
    [userId, expiresAt],
  );
  return rows[0].id;
}

export interface SessionPrincipalRow {
  session_id: string;
  user_id: string;
  tier: Plan;
  status: 'active' | 'suspended' | 'deleted';
  is_staff: boolean;
}

export async function findLiveSession(db: Queryable, sessionId: string): Promise<SessionPrincipalRow | undefined> {
  const rows = await db.query<SessionPrincipalRow>(
    `SELECT s.id AS session_id, u.id AS user_id, u.tier, u.status, u.is_staff
       FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [sessionId],
  );
  return rows[0];
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<boolean> {
  const rows = await db.query(
    'UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [sessionId],
  );
  return rows.length > 0;
}

export async function revokeUserSessions(db: Queryable, userId: string, exceptSessionId?: string): Promise<void> {
  await db.query(
    `UPDATE auth_sessions SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2)`,
    [userId, exceptSessionId ?? null],
  );
}

export async function insertWalletChallenge(
  db: Queryable,
  c: { nonce: string; walletAddress: string; message: string; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO wallet_challenges (nonce, wallet_address, message, expires_at) VALUES ($1, $2, $3, $4)', [
    c.nonce,
    c.walletAddress,
    c.message,
    c.expiresAt,
  ]);
}

/** Marks an unexpired, unused challenge as used and returns it; a second call for the same nonce gets nothing. */
export async function consumeWalletChallenge(
  db: Queryable,
  nonce: string,
  walletAddress: string,
): Promise<{ message: string } | undefined> {
  const rows = await db.query<{ message: string }>(
    `UPDATE wallet_challenges SET used_at = now()
      WHERE nonce = $1 AND wallet_address = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING message`,
    [nonce, walletAddress],
  );
  return rows[0];
}

export async function deleteExpiredWalletChallenges(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM wallet_challenges WHERE expires_at < now() - interval '1 hour'`);
}
