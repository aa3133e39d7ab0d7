import type { Queryable } from '../db/index.ts';

export interface IdentitySessionRow {
  id: string;
  product_id: string;
  wallet_address: string;
  wallet_source: string | null;
  identity_type: string;
  identity_value: string;
  identity_display: string | null;
  challenge_message: string;
  status: 'PENDING' | 'VERIFIED';
  verified_at: Date | null;
  expires_at: Date;
}

const COLUMNS = `id, product_id, wallet_address, wallet_source, identity_type, identity_value, identity_display,
  challenge_message, status, verified_at, expires_at`;

export async function insertIdentitySession(
  db: Queryable,
  s: Omit<IdentitySessionRow, 'id' | 'status' | 'verified_at'>,
): Promise<IdentitySessionRow> {
  const rows = await db.query<IdentitySessionRow>(
    `INSERT INTO identity_sessions (product_id, wallet_address, wallet_source, identity_type, identity_value,
        identity_display, challenge_message, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [
      s.product_id,
      s.wallet_address,
      s.wallet_source,
      s.identity_type,
      s.identity_value,
      s.identity_display,
      s.challenge_message,
      s.expires_at,
    ],
  );
  return rows[0];
}

export async function findIdentitySession(db: Queryable, id: string): Promise<IdentitySessionRow | undefined> {
  const rows = await db.query<IdentitySessionRow>(`SELECT ${COLUMNS} FROM identity_sessions WHERE id = $1`, [id]);
  return rows[0];
}

export async function markIdentityVerified(db: Queryable, id: string): Promise<IdentitySessionRow> {
  const rows = await db.query<IdentitySessionRow>(
    `UPDATE identity_sessions SET status = 'VERIFIED', verified_at = COALESCE(verified_at, now())
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id],
  );
  return rows[0];
}
