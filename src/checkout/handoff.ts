// Handoff tokens: the merchant's backend vouches for a buyer identity before checkout. A token is an HS256 JWT
// under a key derived from the server secret, bound to one product and expiring; the identity it carries is
// locked into any session started from it.
import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { HandoffExpiredError, InvalidHandoffTokenError } from './errors.ts';

export interface HandoffClaims {
  productId: string;
  identityType: string | null;
  identityValue: string;
  identityDisplay: string | null;
  returnUrl: string | null;
  expiresAt: Date;
}

const AUDIENCE = 'hilt:checkout-handoff';

export function handoffKey(serverSecret: Uint8Array): Uint8Array {
  return createHmac('sha256', serverSecret).update('checkout-handoff-v1').digest();
}

export async function signHandoff(key: Uint8Array, c: HandoffClaims): Promise<string> {
  return new SignJWT({
    it: c.identityType,
    iv: c.identityValue,
    id: c.identityDisplay,
    ru: c.returnUrl,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(c.productId)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(c.expiresAt.getTime() / 1000))
    .sign(key);
}

export async function verifyHandoff(key: Uint8Array, token: string, productId: string): Promise<HandoffClaims> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { audience: AUDIENCE, algorithms: ['HS256'] }));
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_JWT_EXPIRED') {
      throw new HandoffExpiredError();
    }
    throw new InvalidHandoffTokenError('The handoff token is invalid or was tampered with');
  }
  if (payload.sub !== productId) {
    throw new InvalidHandoffTokenError('The handoff token belongs to another product');
  }
  return {
    productId,
    identityType: (payload.it as string | null) ?? null,
    identityValue: String(payload.iv),
    identityDisplay: (payload.id as string | null) ?? null,
    returnUrl: (payload.ru as string | null) ?? null,
    expiresAt: new Date(Number(payload.exp) * 1000),
  };
}
