// Idempotency-Key on every POST: the first request with a key runs and its response is stored (encrypted, since it
// may hold a raw API key); a replay with the same body gets that response with `Idempotent-Replayed: true`, a
// replay with another body is 422, and one that arrives while the first still runs is 409. Keys are scoped per
// workspace and mode (or to the public surface) and pruned after the configured hours. 5xx responses are not
// kept, so the client can retry. A route's `secretFields` (a raw API key, a signing secret) are shown once: they are
// blanked (null) in the stored copy, so a replay says what was created but never hands the secret out again.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db, Queryable } from '../db/index.ts';
import { ConflictError, UnprocessableError } from '../errors.ts';
import { decrypt, encrypt, sha256Hex } from '../lib/crypto.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    secretFields?: string[];
  }
  interface FastifyRequest {
    rawBody?: string;
    idempotency?: { scope: string; key: string; replayed: boolean };
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const IN_FLIGHT_LEASE_SECONDS = 60;

function scopeOf(request: FastifyRequest): string {
  const p = request.principal;
  // Buyers have no workspace: their keys are scoped to the client address, so two buyers never share a response.
  return p ? `${p.userId}:${p.mode}` : `public:${request.ip}`;
}

function withoutSecrets(body: string, fields: string[] | undefined): string {
  if (!fields?.length || body === '') return body;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!parsed || typeof parsed !== 'object') return body;
  for (const field of fields) if (field in parsed) parsed[field] = null;
  return JSON.stringify(parsed);
}

export function registerIdempotency(app: FastifyInstance, deps: { db: Db; encryptionKey: Buffer }) {
  const { db, encryptionKey } = deps;

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const header = request.headers['idempotency-key'];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw new UnprocessableError(
        'Idempotency-Key must be 1 to 255 visible ASCII characters',
        'invalid_idempotency_key',
      );
    }
    const scope = scopeOf(request);
    const requestHash = sha256Hex(`${request.method} ${request.url}\n${request.rawBody ?? ''}`);
    const inserted = await db.query(
      `INSERT INTO idempotency_keys (scope, idempotency_key, request_hash, state, locked_until)
       VALUES ($1, $2, $3, 'in_flight', now() + make_interval(secs => $4))
       ON CONFLICT (scope, idempotency_key) DO NOTHING RETURNING scope`,
      [scope, header, requestHash, IN_FLIGHT_LEASE_SECONDS],
    );
    if (inserted.length > 0) {
      request.idempotency = { scope, key: header, replayed: false };
      return;
    }
    const [existing] = await db.query<{
      request_hash: string;
      state: string;
      response_status: number | null;
      response_body: string | null;
      stale: boolean;
    }>(
      `SELECT request_hash, state, response_status, response_body, locked_until < now() AS stale
         FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2`,
      [scope, header],
    );
    if (!existing) {
      throw new ConflictError('A request with this Idempotency-Key was just discarded; retry', 'idempotency_race');
    }
    if (existing.request_hash !== requestHash) {
      throw new UnprocessableError(
        'This Idempotency-Key was already used with a different request',
        'idempotency_key_mismatch',
      );
    }
    if (existing.state === 'in_flight') {
      // A lease left by a crashed process may be taken over; a live one means the first request still runs.
      const taken = existing.stale
        ? await db.query(
            `UPDATE idempotency_keys SET locked_until = now() + make_interval(secs => $3)
              WHERE scope = $1 AND idempotency_key = $2 AND state = 'in_flight' AND locked_until < now()
              RETURNING scope`,
            [scope, header, IN_FLIGHT_LEASE_SECONDS],
          )
        : [];
      if (taken.length === 0) {
        throw new ConflictError('A request with this Idempotency-Key is still in progress', 'idempotency_in_progress');
      }
      request.idempotency = { scope, key: header, replayed: false };
      return;
    }
    request.idempotency = { scope, key: header, replayed: true };
    const stored = JSON.parse(decrypt(encryptionKey, existing.response_body ?? '')) as {
      body: string;
      contentType?: string;
    };
    reply.code(existing.response_status ?? 200).header('idempotent-replayed', 'true');
    if (stored.contentType) reply.type(stored.contentType);
    return reply.send(stored.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem || idem.replayed) return payload;
    if (reply.statusCode >= 500) {
      await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2', [idem.scope, idem.key]);
      return payload;
    }
    const body = typeof payload === 'string' ? payload : payload == null ? '' : String(payload);
    const sealed = encrypt(
      encryptionKey,
      JSON.stringify({
        body: withoutSecrets(body, request.routeOptions.config.secretFields),
        contentType: reply.getHeader('content-type') as string | undefined,
      }),
    );
    await db.query(
      `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_body = $4
        WHERE scope = $1 AND idempotency_key = $2`,
      [idem.scope, idem.key, reply.statusCode, sealed],
    );
    return payload;
  });
}

/**
 * Forgets a request's key so the same key may be sent again (a route whose refusals are not to be replayed, such as
 * the Pay API's 4xx: the caller fixes the request and retries with its key).
 */
export async function releaseIdempotencyKey(db: Queryable, idem: { scope: string; key: string }): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2', [idem.scope, idem.key]);
}

export async function pruneIdempotencyKeys(db: Db, ttlHours: number): Promise<void> {
  await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [ttlHours]);
}
