// The Helius settlement callback: authenticates the call (the Authorization value configured in Helius, and an
// HMAC of the raw body when a secret is set), then settles each `HILT:{nonce}` it finds through the same pipeline
// as /v1/pay/confirm. Replays, unknown nonces and unrelated transactions change nothing.
import { createHmac } from 'node:crypto';
import type { Config } from '../config.ts';
import { HeliusNotConfiguredError, HeliusSignatureInvalidError, HeliusUnauthorizedError } from './errors.ts';
import { safeEqual } from '../lib/crypto.ts';
import type { PaymentService } from '../payment/service.ts';
import { extractHiltMemos } from './payload.ts';

export function createHeliusService(deps: { config: Config; payments: PaymentService }) {
  const { config, payments } = deps;

  function authenticate(headers: Record<string, string | string[] | undefined>, rawBody: string) {
    const expected = config.heliusAuthSecret;
    if (!expected) throw new HeliusNotConfiguredError();
    const given = headers.authorization;
    const value = typeof given === 'string' ? given.trim() : '';
    const bare = value.replace(/^Bearer\s+/i, '');
    if (!(safeEqual(value, expected) || safeEqual(bare, expected))) {
      throw new HeliusUnauthorizedError();
    }
    if (config.heliusHmacSecret) {
      const sig = headers['helius-signature'];
      const raw = (typeof sig === 'string' ? sig.trim() : '').replace(/^sha256=/i, '');
      const mac = createHmac('sha256', config.heliusHmacSecret).update(rawBody).digest();
      const ok = safeEqual(raw.toLowerCase(), mac.toString('hex')) || safeEqual(raw, mac.toString('base64'));
      if (!ok) throw new HeliusSignatureInvalidError();
    }
  }

  return {
    authenticate,

    async handle(payload: unknown) {
      const { transactions, matches } = extractHiltMemos(payload);
      const results = [];
      for (const m of matches) {
        results.push({
          signature: m.signature,
          nonce: m.nonce,
          ...(await payments.confirmByNonce(m.nonce, m.signature)),
        });
      }
      return {
        received: true,
        transactions,
        matched: matches.length,
        confirmed: results.filter((r) => r.outcome === 'confirmed').length,
        results,
      };
    },
  };
}

export type HeliusService = ReturnType<typeof createHeliusService>;
