// Receiving Hilt webhooks: the `X-Hilt-Signature: t=<unix>,v1=<hex>` check (HMAC-SHA256 of "<t>.<raw body>" keyed
// with the whole `whsec_…` string), the parsed event, and a small router by event type. WebCrypto only, so the same
// code runs in Node 20+, Deno, Bun, workers and browsers.
import { type components, HiltApiError } from './core.js';

type Envelope = components['schemas']['EventEnvelope'];

/** The JSON body of every webhook delivery. */
export type HiltEvent<D = Record<string, unknown>> = Omit<Envelope, 'data'> & { data: D };

/** A raw request body exactly as received: a string, a Buffer or any byte view, or an ArrayBuffer. */
export type RawBody = string | ArrayBuffer | ArrayBufferView;

export interface VerifyOptions {
  /** How far the signed timestamp may be from now, default 300 seconds. */
  toleranceSeconds?: number;
  /** The time to check against: a Date, or a number of milliseconds (or seconds, below 10^11) since the epoch. */
  now?: Date | number;
}

/** A delivery that does not carry a valid signature for this secret: answer it with 400. */
export class HiltWebhookSignatureError extends HiltApiError {
  constructor(message: string) {
    super(400, message, 'webhook_signature_failed', null, { retryable: false });
    this.name = 'HiltWebhookSignatureError';
  }
}

const encoder = new TextEncoder();

function bodyBytes(raw: RawBody): Uint8Array {
  if (typeof raw === 'string') return encoder.encode(raw);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  if (ArrayBuffer.isView(raw)) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  throw new HiltWebhookSignatureError('The raw body must be a string, a Buffer or an ArrayBuffer');
}

function nowSeconds(now: Date | number | undefined): number {
  if (now === undefined) return Math.floor(Date.now() / 1000);
  if (now instanceof Date) return Math.floor(now.getTime() / 1000);
  return now < 1e11 ? Math.floor(now) : Math.floor(now / 1000);
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Checks the signature header against the raw body; resolves to true or rejects with HiltWebhookSignatureError.
 * Every `v1=` value is tried (a rotated secret signs with both), each compared by WebCrypto's HMAC verify.
 */
export async function verifyWebhookSignature(
  rawBody: RawBody,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<true> {
  const { toleranceSeconds = 300 } = options;
  const header = Array.isArray(signatureHeader) ? signatureHeader.join(',') : signatureHeader;
  if (!header) throw new HiltWebhookSignatureError('Missing X-Hilt-Signature header');
  if (!secret) throw new HiltWebhookSignatureError('Missing webhook signing secret');
  const parts = header.split(',').map((p) => {
    const i = p.indexOf('=');
    return i < 0 ? [p.trim(), ''] : [p.slice(0, i).trim(), p.slice(i + 1).trim()];
  });
  const tRaw = parts.find(([k]) => k === 't')?.[1] ?? '';
  const t = /^\d+$/.test(tRaw) ? Number(tRaw) : Number.NaN;
  if (!Number.isSafeInteger(t)) throw new HiltWebhookSignatureError('X-Hilt-Signature has no valid timestamp');
  if (Math.abs(nowSeconds(options.now) - t) > toleranceSeconds) {
    throw new HiltWebhookSignatureError('X-Hilt-Signature timestamp is outside the tolerance');
  }
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  const signed = concat(encoder.encode(`${t}.`), bodyBytes(rawBody));
  for (const [k, v] of parts) {
    if (k !== 'v1') continue;
    const sig = hexBytes(v);
    if (sig && (await crypto.subtle.verify('HMAC', key, sig, signed))) return true;
  }
  throw new HiltWebhookSignatureError('No X-Hilt-Signature v1 signature matches the body');
}

/** Verifies the delivery, then parses it. Pass the raw bytes as received, never re-serialised JSON. */
export async function constructWebhookEvent<D = Record<string, unknown>>(
  rawBody: RawBody,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<HiltEvent<D>> {
  await verifyWebhookSignature(rawBody, signatureHeader, secret, options);
  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(bodyBytes(rawBody));
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new HiltWebhookSignatureError('Signed body is not JSON');
  }
  if (!event || typeof event !== 'object' || typeof (event as { type?: unknown }).type !== 'string') {
    throw new HiltWebhookSignatureError('Signed body is not a Hilt event');
  }
  return event as HiltEvent<D>;
}

export type WebhookHandler<D = Record<string, unknown>> = (event: HiltEvent<D>) => unknown;

/** Runs handlers by event type: `router.on('payment.confirmed', grant).on('*', log)`. */
export class HiltWebhookRouter {
  private readonly handlers = new Map<string, WebhookHandler<never>[]>();

  on<D = Record<string, unknown>>(type: string, handler: WebhookHandler<D>): this {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as WebhookHandler<never>);
    this.handlers.set(type, list);
    return this;
  }

  /** Calls the handlers of `event.type`, then the `'*'` ones, in order; resolves to how many ran. */
  async dispatch(event: HiltEvent<unknown>): Promise<number> {
    const list = [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])];
    for (const handler of list) await handler(event as never);
    return list.length;
  }

  /** Verifies a raw delivery and dispatches it; resolves to the event. */
  async handle(
    rawBody: RawBody,
    signatureHeader: string | string[] | null | undefined,
    secret: string,
    options?: VerifyOptions,
  ): Promise<HiltEvent> {
    const event = await constructWebhookEvent(rawBody, signatureHeader, secret, options);
    await this.dispatch(event);
    return event;
  }
}

export function createWebhookRouter(): HiltWebhookRouter {
  return new HiltWebhookRouter();
}
