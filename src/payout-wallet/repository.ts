import type { Queryable } from '../db/index.ts';

export interface PayoutWalletRow {
  wallet_address: string;
  livemode: boolean;
  verified_at: Date;
}

export async function insertChallenge(
  db: Queryable,
  c: { nonce: string; ownerId: string; livemode: boolean; walletAddress: string; message: string; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO payout_wallet_challenges (nonce, owner_id, livemode, wallet_address, message, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [c.nonce, c.ownerId, c.livemode, c.walletAddress, c.message, c.expiresAt],
  );
}

/** Marks an unexpired, unused challenge of this workspace and mode as used and returns its message. */
export async function consumeChallenge(
  db: Queryable,
  c: { nonce: string; ownerId: string; livemode: boolean; walletAddress: string },
): Promise<{ message: string } | undefined> {
  const rows = await db.query<{ message: string }>(
    `UPDATE payout_wallet_challenges SET used_at = now()
      WHERE nonce = $1 AND owner_id = $2 AND livemode = $3 AND wallet_address = $4
        AND used_at IS NULL AND expires_at > now()
      RETURNING message`,
    [c.nonce, c.ownerId, c.livemode, c.walletAddress],
  );
  return rows[0];
}

export async function deleteExpiredChallenges(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM payout_wallet_challenges WHERE expires_at < now() - interval '1 hour'`);
}

export async function upsertPayoutWallet(
  db: Queryable,
  w: { ownerId: string; livemode: boolean; walletAddress: string },
): Promise<PayoutWalletRow> {
  const rows = await db.query<PayoutWalletRow>(
    `INSERT INTO payout_wallets (owner_id, livemode, wallet_address) VALUES ($1, $2, $3)
     ON CONFLICT (owner_id, livemode, wallet_address) DO UPDATE SET verified_at = payout_wallets.verified_at
     RETURNING wallet_address, livemode, verified_at`,
    [w.ownerId, w.livemode, w.walletAddress],
  );
  return rows[0];
}

export async function listPayoutWallets(db: Queryable, ownerId: string, livemode: boolean): Promise<PayoutWalletRow[]> {
  return db.query<PayoutWalletRow>(
    `SELECT wallet_address, livemode, verified_at FROM payout_wallets
      WHERE owner_id = $1 AND livemode = $2 ORDER BY verified_at, wallet_address`,
    [ownerId, livemode],
  );
}

export async function isPayoutWallet(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  walletAddress: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM payout_wallets WHERE owner_id = $1 AND livemode = $2 AND wallet_address = $3',
    [ownerId, livemode, walletAddress],
  );
  return rows.length > 0;
}

export async function deletePayoutWallet(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
  walletAddress: string,
): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM payout_wallets WHERE owner_id = $1 AND livemode = $2 AND wallet_address = $3 RETURNING owner_id',
    [ownerId, livemode, walletAddress],
  );
  return rows.length > 0;
}
