import type { Principal, Scope } from '../auth/principal.ts';
import { SCOPES } from '../auth/principal.ts';
import type { PrincipalCache } from '../auth/principal-cache.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { Static } from 'typebox';
import {
  KeyModeMismatchError,
  KeyNotFoundError,
  PermissionEscalationError,
  UnsupportedPermissionsError,
} from './errors.ts';
import type { KeyCreate } from './schemas.ts';
import { randomToken, sha256Hex } from '../lib/crypto.ts';
import * as repo from './repository.ts';

const RECENT_ACTIVITY_PER_KEY = 5;
const KEY_PATTERN = /^hk_(live|sandbox)_[A-Za-z0-9_-]{43}$/;

export function isApiKeyFormat(raw: string): boolean {
  return KEY_PATTERN.test(raw);
}

/** Keys carry 256 bits of entropy, so one SHA-256 is as good as a slow hash and keeps lookups to one index probe. */
export function hashApiKey(raw: string): string {
  return sha256Hex(raw);
}

/** The unrevoked key with this hash and its owner, for authentication (other domains read keys through here). */
export function findKeyPrincipal(db: Queryable, keyHash: string) {
  return repo.findKeyPrincipalByHash(db, keyHash);
}

function toSummary(row: repo.ApiKeyRow, activity: Omit<repo.KeyActivityRow, 'key_id'>[]) {
  return {
    id: row.id,
    name: row.name,
    key_prefix: row.key_prefix,
    permissions: row.permissions,
    sandbox_mode: row.sandbox_mode,
    last_used_at: row.last_used_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    revoked_at: row.revoked_at?.toISOString() ?? null,
    usage_summary: {
      total_calls: Number(row.total_calls),
      success_calls: Number(row.success_calls),
      error_calls: Number(row.error_calls),
      credits_burned: 0,
      latest_activity_at: row.latest_activity_at?.toISOString() ?? null,
      latest_endpoint: row.latest_endpoint,
    },
    recent_activity: activity.map((a) => ({
      endpoint: a.endpoint,
      http_method: a.http_method,
      status_code: a.status_code,
      credits_burned: 0,
      duration_ms: a.duration_ms,
      error_message: a.error_message,
      created_at: a.created_at.toISOString(),
    })),
  };
}

/** A key sees and manages only keys of its own mode; a dashboard session sees both. */
function modeFilter(principal: Principal): boolean | undefined {
  return principal.kind === 'key' ? principal.mode === 'sandbox' : undefined;
}

/** Revokes every key of a user (a deleted account), in the caller's transaction when `db` is one. */
export function revokeAllKeys(db: Queryable, userId: string): Promise<void> {
  return repo.revokeUserApiKeys(db, userId);
}

export function createApiKeyService(deps: { db: Db; cache: PrincipalCache }) {
  const { db, cache } = deps;
  return {
    async listKeys(principal: Principal, includeRevoked: boolean) {
      // One statement: the keys and their recent calls (a second query here cost a database round trip per listing).
      const rows = await repo.listApiKeysWithActivity(db, principal.userId, {
        sandbox: modeFilter(principal),
        includeRevoked,
        perKey: RECENT_ACTIVITY_PER_KEY,
      });
      return rows.map((r) =>
        toSummary(
          r,
          r.recent_activity.map((a) => ({ ...a, created_at: new Date(a.created_at) })),
        ),
      );
    },

    async createKey(principal: Principal, body: Static<typeof KeyCreate>) {
      // Any letter case ("READ"), stored canonical (lower case).
      const input = { ...body, permissions: body.permissions.map((p) => p.toLowerCase()) };
      const unknown = input.permissions.filter((p) => !(SCOPES as readonly string[]).includes(p));
      if (unknown.length > 0) {
        throw new UnsupportedPermissionsError(unknown, SCOPES);
      }
      const permissions = SCOPES.filter((s) => input.permissions.includes(s));
      if (principal.kind === 'key') {
        const extra = permissions.filter((p: Scope) => !principal.scopes.includes(p));
        if (extra.length > 0) {
          throw new PermissionEscalationError(extra);
        }
        if (input.sandbox_mode !== (principal.mode === 'sandbox')) {
          throw new KeyModeMismatchError(principal.mode);
        }
      }
      const prefix = input.sandbox_mode ? 'hk_sandbox_' : 'hk_live_';
      const raw = prefix + randomToken(32);
      const row = await repo.insertApiKey(db, {
        userId: principal.userId,
        name: input.name,
        keyPrefix: raw.slice(0, prefix.length + 6),
        keyHash: hashApiKey(raw),
        permissions,
        sandbox: input.sandbox_mode,
      });
      return { key: toSummary(row, []), raw_key: raw };
    },

    async revokeKey(principal: Principal, keyId: string) {
      const found = await repo.revokeApiKey(db, principal.userId, keyId, modeFilter(principal));
      if (!found) throw new KeyNotFoundError();
      await cache.invalidateUser(principal.userId);
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
