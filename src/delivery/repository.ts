import type { Queryable } from '../db/index.ts';
import type { Provider } from './port.ts';

export interface BotRow {
  provider: Provider;
  token_sealed: string;
  updated_at: Date;
}

export async function listBots(db: Queryable, ownerId: string): Promise<BotRow[]> {
  return db.query<BotRow>('SELECT provider, token_sealed, updated_at FROM delivery_bots WHERE owner_id = $1', [
    ownerId,
  ]);
}

export async function upsertBot(db: Queryable, ownerId: string, provider: Provider, sealed: string): Promise<void> {
  await db.query(
    `INSERT INTO delivery_bots (owner_id, provider, token_sealed) VALUES ($1, $2, $3)
     ON CONFLICT (owner_id, provider) DO UPDATE SET token_sealed = EXCLUDED.token_sealed, updated_at = now()`,
    [ownerId, provider, sealed],
  );
}

export async function deleteBot(db: Queryable, ownerId: string, provider: Provider): Promise<void> {
  await db.query('DELETE FROM delivery_bots WHERE owner_id = $1 AND provider = $2', [ownerId, provider]);
}

export async function merchantProfile(
  db: Queryable,
  ownerId: string,
): Promise<
  { display_name: string | null; email: string | null; merchant_settings: Record<string, unknown> } | undefined
> {
  const rows = await db.query<{
    display_name: string | null;
    email: string | null;
    merchant_settings: Record<string, unknown>;
  }>('SELECT display_name, email, merchant_settings FROM users WHERE id = $1', [ownerId]);
  return rows[0];
}

/** Membership-enabled products of a workspace mode, with what delivery needs to know about them. */
export async function membershipProducts(
  db: Queryable,
  ownerId: string,
  livemode: boolean,
): Promise<
  {
    id: string;
    title: string;
    delivery_type: string;
    delivery_value: string | null;
    membership_config: Record<string, unknown>;
  }[]
> {
  return db.query(
    `SELECT id, title, delivery_type, delivery_value, membership_config FROM products
      WHERE owner_id = $1 AND livemode = $2 AND status = 'ACTIVE'
        AND membership_config IS NOT NULL AND (membership_config->>'enabled')::boolean
      ORDER BY created_at`,
    [ownerId, livemode],
  );
}
