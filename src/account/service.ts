import { revokeAllKeys } from '../api-key/service.ts';
import type { Principal } from '../auth/principal.ts';
import type { PrincipalCache } from '../auth/principal-cache.ts';
import { entitlementClaims, findUser, hashPassword, revokeSessions, verifyPassword } from '../auth/service.ts';
import type { Plan } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Static } from 'typebox';
import { EmailAlreadyRegisteredError } from '../auth/errors.ts';
import {
  AccountNotFoundError,
  CurrentPasswordRequiredError,
  InvalidBrandingError,
  InvalidCurrentPasswordError,
  InvalidTimezoneError,
  NothingToUpdateError,
  PasswordRequiredError,
} from './errors.ts';
import type { AccountUpdate, SecurityUpdate } from './schemas.ts';
import * as repo from './repository.ts';
import { dropNulls } from '../lib/patch.ts';

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function createAccountService(deps: {
  db: Db;
  cache: PrincipalCache;
  /** Told when a workspace's name or branding changes, so cached public checkout payloads are dropped. */
  publicProducts?: { invalidateOwner(ownerId: string): Promise<void> };
}) {
  const { db, cache } = deps;

  async function loadUser(userId: string) {
    const user = await findUser(db, userId);
    if (!user || user.status === 'deleted') throw new AccountNotFoundError();
    return user;
  }

  return {
    async getMe(principal: Principal) {
      const user = await loadUser(principal.userId);
      const providers = [...(user.password_hash ? ['password'] : []), ...(user.wallet_address ? ['wallet'] : [])];
      return {
        user_id: user.id,
        email: user.email,
        wallet_address: user.wallet_address,
        display_name: user.display_name,
        tier: user.tier,
        status: user.status,
        email_verified: user.email_verified,
        timezone: user.timezone,
        created_at: user.created_at.toISOString(),
        key_id: principal.keyId ?? null,
        sandbox: principal.mode === 'sandbox',
        notification_prefs: user.notification_prefs,
        merchant_settings: user.merchant_settings,
        claims: entitlementClaims(user),
        has_password: user.password_hash !== null,
        auth_providers: providers,
      };
    },

    async updateMe(principal: Principal, body: Static<typeof AccountUpdate>) {
      const input = dropNulls(body, ['timezone', 'notification_prefs', 'merchant_settings']);
      if (input.timezone !== undefined && !isTimeZone(input.timezone)) {
        throw new InvalidTimezoneError(input.timezone);
      }
      if (input.merchant_settings) checkBranding(input.merchant_settings);
      await repo.updateProfile(db, principal.userId, input);
      await deps.publicProducts?.invalidateOwner(principal.userId);
      const updated = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
      return { detail: 'Account updated', updated_fields: updated };
    },

    async updateSecurity(principal: Principal, body: Static<typeof SecurityUpdate>) {
      const input = dropNulls(body, ['email', 'current_password', 'new_password']);
      if (input.email === undefined && input.new_password === undefined) {
        throw new NothingToUpdateError();
      }
      const user = await loadUser(principal.userId);
      if (user.password_hash) {
        if (!input.current_password) {
          throw new CurrentPasswordRequiredError();
        }
        if (!(await verifyPassword(user.password_hash, input.current_password))) {
          throw new InvalidCurrentPasswordError();
        }
      } else if (input.new_password === undefined && !user.email) {
        throw new PasswordRequiredError();
      }
      const passwordHash = input.new_password ? await hashPassword(input.new_password) : undefined;
      // Two accounts racing for one email: the unique index decides, and the loser gets the same 409.
      const ok = await repo.updateCredentials(db, user.id, { email: input.email, passwordHash }).catch((err) => {
        if ((err as { code?: string }).code === '23505') return false;
        throw err;
      });
      if (!ok) throw new EmailAlreadyRegisteredError();
      if (passwordHash) {
        // Other sessions end when the password changes; this one stays.
        await revokeSessions(db, user.id, principal.sessionId);
        await cache.invalidateUser(user.id);
      }
      const updated = [...(input.email !== undefined ? ['email'] : []), ...(passwordHash ? ['password'] : [])];
      return { detail: 'Security settings updated', updated_fields: updated };
    },

    async deleteAccount(principal: Principal) {
      await db.transaction(async (tx) => {
        await repo.pseudonymiseUser(tx, principal.userId);
        await revokeSessions(tx, principal.userId);
        await revokeAllKeys(tx, principal.userId);
      });
      await cache.invalidateUser(principal.userId);
      await deps.publicProducts?.invalidateOwner(principal.userId);
      return { detail: 'Account deleted' };
    },

    listWorkspaces: (includeDeleted = false) => repo.listWorkspaces(db, includeDeleted),

    async setPlan(who: string, plan: Plan) {
      const id = await repo.setPlanByEmailOrWallet(db, who, plan);
      if (!id) throw new AccountNotFoundError(`No workspace for "${who}"`);
      await cache.invalidateUser(id);
      return id;
    },

    async setStatus(who: string, status: 'active' | 'suspended') {
      const id = await repo.setStatus(db, who, status);
      if (!id) throw new AccountNotFoundError(`No workspace for "${who}"`);
      await cache.invalidateUser(id);
      return id;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

/**
 * The workspace branding the checkout page shows, kept in merchant_settings: a name, a logo link and an accent colour
 * (`#rrggbb`). Each may be null to clear it; anything else is refused before it reaches a buyer's page.
 */
function checkBranding(settings: Record<string, unknown>) {
  const bad = (field: string, why: string) => {
    throw new InvalidBrandingError(field, why);
  };
  const { brand_name: name, brand_logo_url: logo, brand_accent_color: accent } = settings;
  if (name !== undefined && name !== null && (typeof name !== 'string' || name.length > 80)) {
    bad('brand_name', 'must be text of at most 80 characters');
  }
  if (logo !== undefined && logo !== null && logo !== '') {
    let ok = typeof logo === 'string' && logo.length <= 500;
    if (ok) {
      try {
        ok = ['https:', 'http:'].includes(new URL(logo as string).protocol);
      } catch {
        ok = false;
      }
    }
    if (!ok) bad('brand_logo_url', 'must be an http(s) link of at most 500 characters');
  }
  if (accent !== undefined && accent !== null && (typeof accent !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(accent))) {
    bad('brand_accent_color', 'must be a colour like #5b5bd6');
  }
}
