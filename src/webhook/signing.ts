// Outbound webhook signatures. Every delivery carries Hilt's own header, `X-Hilt-Signature: t=<unix>,v1=<hex>` (HMAC-
// SHA256 keyed with the whole `whsec_…` string over "<t>.<body>"), and the Standard Webhooks headers, whose HMAC is
// keyed with the base64-decoded part of the same secret over "<id>.<t>.<body>", so receivers can use either.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function secretPreview(secret: string): string {
  return `${secret.slice(0, SECRET_PREFIX.length + 4)}…`;
}

export function hiltSignature(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export function standardSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The headers of one delivery attempt, signed at `timestamp` (unix seconds). */
export function signedHeaders(secret: string, eventId: string, timestamp: number, body: string) {
  return {
    'content-type': 'application/json',
    'user-agent': 'Hilt-Webhooks/1.0',
    'x-hilt-signature': hiltSignature(secret, timestamp, body),
    'webhook-id': eventId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardSignature(secret, eventId, timestamp, body),
  };
}

/**
 * Checks an `X-Hilt-Signature` header as a receiver would: any `v1` entry matching, timestamp within `toleranceSec`
 * of `nowSec`. Used by tests and offered to receivers written against this code base.
 */
export function verifyHiltSignature(
  secret: string,
  header: string,
  body: string,
  nowSec = Math.floor(Date.now() / 1000),
  toleranceSec = 300,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSec - t) > toleranceSec) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const got = Buffer.from(v ?? '');
      return got.length === expected.length && timingSafeEqual(got, expected);
    });
}
