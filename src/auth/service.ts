import { type Algorithm, hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import bs58 from '../lib/base58.ts';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { findKeyPrincipal, hashApiKey, isApiKeyFormat } from '../api-key/service.ts';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/index.ts';
import type { Static } from 'typebox';
import { UnauthorizedError } from '../errors.ts';
import type { LoginRequest, RegisterRequest, WalletLoginRequest } from './schemas.ts';
import {
  AccountDeletedError,
  AccountSuspendedError,
  EmailAlreadyRegisteredError,
  InvalidApiKeyError,
  InvalidCredentialsError,
  InvalidModeError,
  InvalidNonceError,
  InvalidTokenError,
  MalformedSignatureError,
  SignatureMismatchError,
  TokenExpiredError,
  WalletAccountConflictError,
} from './errors.ts';
import { ed25519Verify, randomToken, tryBase58Decode } from '../lib/crypto.ts';
import type { Secrets } from '../secrets.ts';
import type { Principal } from './principal.ts';
import { SCOPES } from './principal.ts';
import type { PrincipalCache } from './principal-cache.ts';
import * as repo from './repository.ts';
import type { UserRow } from './repository.ts';

// Algorithm.Argon2id: a const enum, which Node's type stripping cannot inline.
const ARGON = { algorithm: 2 as Algorithm.Argon2id } as const;
const WALLET_CHALLENGE_TTL_MS = 5 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuthResult {
  token: string;
  user_id: string;
  tier: string;
  email: string | null;
  expires_at: string;
  claims: Record<string, boolean>;
}

export function entitlementClaims(user: Pick<UserRow, 'tier' | 'is_staff'>): Record<string, boolean> {
  const paid = user.tier !== 'free';
  return {
    hilt_score: false,
    hilt_pay: true,
    hilt_ops: paid,
    is_staff: user.is_staff,
    merchant_analytics: true,
    buy_notifications: true,
    receipt_exports: true,
    tax_exports: paid,
    custom_checkout_domains: false,
  };
}

/** A user by id (any status), for other domains: they read users through this service, not its repository. */
export function findUser(db: Queryable, userId: string) {
  return repo.findUserById(db, userId);
}

/** Ends every session of a user but `exceptSessionId`, in the caller's transaction when `db` is one. */
export function revokeSessions(db: Queryable, userId: string, exceptSessionId?: string): Promise<void> {
  return repo.revokeUserSessions(db, userId, exceptSessionId);
}

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, ARGON);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a real hash even when there is none, so response time does not reveal which accounts exist. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  try {
    if (!hash) {
      dummyHash ??= argonHash('no account has this password', ARGON);
      await argonVerify(await dummyHash, password);
      return false;
    }
    return await argonVerify(hash, password);
  } catch {
    return false;
  }
}

function assertCanSignIn(user: UserRow) {
  if (user.status === 'suspended') throw new AccountSuspendedError();
  if (user.status === 'deleted') throw new AccountDeletedError();
}

export function walletChallengeMessage(wallet: string, nonce: string, issuedAt: Date, expiresAt: Date, host: string) {
  return [
    `${host} wants you to sign in to Hilt with your Solana account:`,
    wallet,
    '',
    'Signing proves you own this wallet. It costs nothing and sends no transaction.',
    '',
    `Nonce: ${nonce}`,
    `Issued At: ${issuedAt.toISOString()}`,
    `Expiration Time: ${expiresAt.toISOString()}`,
  ].join('\n');
}

export function createAuthService(deps: { db: Db; config: Config; secrets: Secrets; cache: PrincipalCache }) {
  const { db, config, secrets, cache } = deps;
  const jwtKey = secrets.jwtSecret;

  async function issueSession(user: UserRow): Promise<AuthResult> {
    const expiresAt = new Date(Date.now() + config.jwtTtlSeconds * 1000);
    const sessionId = await repo.insertSession(db, user.id, expiresAt);
    const token = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('hilt')
      .sign(jwtKey);
    return {
      token,
      user_id: user.id,
      tier: user.tier,
      email: user.email,
      expires_at: expiresAt.toISOString(),
      claims: entitlementClaims(user),
    };
  }

  async function readToken(token: string): Promise<{ userId: string; sessionId: string }> {
    try {
      const { payload } = await jwtVerify(token, jwtKey, { issuer: 'hilt', algorithms: ['HS256'] });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        !UUID.test(payload.sid) ||
        !UUID.test(payload.sub)
      ) {
        throw new InvalidTokenError();
      }
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new TokenExpiredError();
      if (err instanceof UnauthorizedError) throw err;
      throw new InvalidTokenError();
    }
  }

  return {
    async register(input: Static<typeof RegisterRequest>): Promise<AuthResult> {
      if (await repo.findUserByEmail(db, input.email)) {
        throw new EmailAlreadyRegisteredError();
      }
      const passwordHash = await hashPassword(input.password);
      const user = await repo.insertUser(db, { email: input.email, passwordHash, displayName: input.display_name });
      if (!user) throw new EmailAlreadyRegisteredError();
      return issueSession(user);
    },

    async login(input: Static<typeof LoginRequest>): Promise<AuthResult> {
      const user = await repo.findUserByEmail(db, input.email);
      // Hash even when the user is unknown so timing does not tell which emails exist.
      const ok = await verifyPassword(user?.password_hash ?? null, input.password);
      if (!user || !ok) throw new InvalidCredentialsError();
      assertCanSignIn(user);
      return issueSession(user);
    },

    async createWalletChallenge(walletAddress: string) {
      const nonce = randomToken(24);
      const issuedAt = new Date();
      const expiresAt = new Date(issuedAt.getTime() + WALLET_CHALLENGE_TTL_MS);
      const host = new URL(config.publicUrl).host;
      const message = walletChallengeMessage(walletAddress, nonce, issuedAt, expiresAt, host);
      await repo.insertWalletChallenge(db, { nonce, walletAddress, message, expiresAt });
      return { message, message_nonce: nonce, expires_at: expiresAt.toISOString() };
    },

    async walletLogin(input: Static<typeof WalletLoginRequest>) {
      const signature = tryBase58Decode(input.signed_message);
      if (signature?.length !== 64) {
        throw new MalformedSignatureError();
      }
      const challenge = await repo.consumeWalletChallenge(db, input.message_nonce, input.wallet_address);
      if (!challenge) {
        throw new InvalidNonceError('Unknown, used or expired sign-in nonce; request a new challenge');
      }
      const publicKey = bs58.decode(input.wallet_address);
      if (!ed25519Verify(publicKey, new TextEncoder().encode(challenge.message), signature)) {
        throw new SignatureMismatchError();
      }
      let user = await repo.findUserByWallet(db, input.wallet_address);
      if (!user) {
        user =
          (await repo.insertUser(db, { walletAddress: input.wallet_address })) ??
          (await repo.findUserByWallet(db, input.wallet_address));
      }
      if (!user) throw new WalletAccountConflictError();
      assertCanSignIn(user);
      return issueSession(user);
    },

    async refresh(token: string): Promise<AuthResult> {
      const { userId, sessionId } = await readToken(token);
      const session = await repo.findLiveSession(db, sessionId);
      if (!session || session.user_id !== userId) throw new InvalidTokenError('Session is no longer valid');
      const user = await repo.findUserById(db, userId);
      if (!user) throw new InvalidTokenError('Session is no longer valid');
      if (user.status === 'deleted') throw new InvalidTokenError('Session is no longer valid');
      assertCanSignIn(user);
      // Rotation: the old token stops working once the new one is issued.
      await repo.revokeSession(db, sessionId);
      await cache.invalidateUser(userId);
      return issueSession(user);
    },

    /** A workspace with no credentials of its own (an agent's sandbox); undefined if the insert was refused. */
    async createWorkspace(displayName: string) {
      return repo.insertUser(db, { displayName });
    },

    async logout(principal: Principal): Promise<void> {
      if (principal.sessionId) {
        await repo.revokeSession(db, principal.sessionId);
        await cache.invalidateUser(principal.userId);
      }
    },

    /** Resolves `X-Hilt-Key` or a Bearer token to a principal; throws 401/403 for bad or disabled credentials. */
    async authenticate(headers: { key?: string; bearer?: string; mode?: string }): Promise<Principal> {
      if (headers.key !== undefined) {
        const raw = headers.key.trim();
        if (!isApiKeyFormat(raw)) throw new InvalidApiKeyError();
        const hash = hashApiKey(raw);
        const cacheKey = `k:${hash}`;
        const cached = cache.get(cacheKey);
        if (cached) return cached;
        const generation = cache.begin();
        const row = await findKeyPrincipal(db, hash);
        if (!row || row.status === 'deleted') throw new InvalidApiKeyError('Invalid or revoked API key');
        const principal: Principal = {
          kind: 'key',
          userId: row.user_id,
          tier: row.tier,
          status: row.status,
          isStaff: row.is_staff,
          scopes: row.permissions.filter((p): p is (typeof SCOPES)[number] =>
            (SCOPES as readonly string[]).includes(p),
          ),
          mode: row.sandbox_mode ? 'sandbox' : 'live',
          keyId: row.key_id,
        };
        cache.set(cacheKey, principal, generation);
        return principal;
      }
      if (headers.bearer !== undefined) {
        const mode = headers.mode === undefined || headers.mode === '' ? 'live' : headers.mode.toLowerCase();
        if (mode !== 'live' && mode !== 'sandbox') {
          throw new InvalidModeError();
        }
        const { userId, sessionId } = await readToken(headers.bearer);
        const cacheKey = `s:${sessionId}`;
        let principal = cache.get(cacheKey);
        if (!principal) {
          const generation = cache.begin();
          const row = await repo.findLiveSession(db, sessionId);
          if (!row || row.user_id !== userId || row.status === 'deleted') {
            throw new InvalidTokenError('Session is no longer valid');
          }
          principal = {
            kind: 'session',
            userId: row.user_id,
            tier: row.tier,
            status: row.status,
            isStaff: row.is_staff,
            scopes: SCOPES,
            mode: 'live',
            sessionId,
          };
          cache.set(cacheKey, principal, generation);
        }
        const explicit = headers.mode !== undefined && headers.mode !== '';
        return mode === principal.mode && !explicit ? principal : { ...principal, mode, modeExplicit: explicit };
      }
      throw new UnauthorizedError();
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
