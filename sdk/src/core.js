// The one HTTP client for Hilt's API, shared by the SDK, the CLI and the web pages (served as-is to browsers, so it
// is plain JavaScript with its types in core.d.ts). It turns the generated operation table into one method per
// operationId, adds credentials, idempotency keys and timeouts, retries 429 and 5xx with backoff honouring
// Retry-After, and turns every error answer into a HiltApiError.
import { operations } from './generated/operations.js';

export const DEFAULT_BASE_URL = 'http://localhost:8080';

/** Base class of every error the client throws: timeouts, network failures, misuse. */
export class HiltError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'HiltError';
  }
}

const RETRYABLE_CODES = new Set(['rate_limited', 'idempotency_in_progress', 'idempotency_race', 'request_timeout']);

/** Hilt's rule: 408, 409, 425, 429, 5xx and the transient idempotency codes are worth retrying. */
export function isRetryable(statusCode, errorCode) {
  return (
    RETRYABLE_CODES.has(errorCode) ||
    statusCode === 0 ||
    statusCode === 408 ||
    statusCode === 409 ||
    statusCode === 425 ||
    statusCode === 429 ||
    statusCode >= 500
  );
}

/** An error answer of the API, or a request that got none (statusCode 0: timeout or network failure). */
export class HiltApiError extends HiltError {
  constructor(statusCode, message, errorCode, details, extra = {}) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'HiltApiError';
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.code = errorCode;
    this.details = details ?? null;
    this.requestId = extra.requestId ?? null;
    this.retryable = extra.retryable ?? isRetryable(statusCode, errorCode);
    this.docsUrl = extra.docsUrl ?? null;
    this.rawResponse = extra.rawResponse ?? null;
    this.retryAfterSeconds = extra.retryAfterSeconds ?? null;
    /** The server's `detail` as sent: a sentence, or the list of field problems of a 422. */
    this.detail = extra.rawResponse?.detail ?? message;
  }
}

function resolve(value) {
  return typeof value === 'function' ? value() : value;
}

function buildPath(template, params, operationId) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new HiltError(`${operationId}: path parameter "${name}" is required`);
    }
    return encodeURIComponent(String(value));
  });
}

function appendQuery(url, query) {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.set(key, String(value));
  }
}

function sleep(ms, signal) {
  return new Promise((resolveSleep, reject) => {
    const timer = setTimeout(resolveSleep, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

async function readError(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {}
  const requestId =
    body?.request_id ?? response.headers.get('x-hilt-request-id') ?? response.headers.get('x-request-id');
  const detail = body?.detail;
  const message =
    typeof detail === 'string'
      ? detail
      : Array.isArray(detail)
        ? detail.map((d) => `${(d.loc ?? []).join('.')}: ${d.msg}`).join('; ')
        : text || `HTTP ${response.status}`;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new HiltApiError(
    response.status,
    message,
    body?.code ?? `http_${response.status}`,
    Array.isArray(detail) ? detail : (body ?? null),
    {
      requestId,
      docsUrl: body?.docs_url ?? null,
      rawResponse: body ?? text,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
    },
  );
}

async function readSuccess(response, kind) {
  if (response.status === 204 || kind === 'empty') {
    await response.body?.cancel();
    return undefined;
  }
  if (kind === 'binary') return response.arrayBuffer();
  if (kind === 'text') return response.text();
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

function credentialHeaders(options, auth) {
  if (auth === 'none') return {};
  const apiKey = resolve(options.apiKey);
  const bearer = resolve(options.bearerToken);
  const mode = resolve(options.mode);
  // 'key' and 'bearer' prefer one credential and fall back to the other; by default both are sent.
  const useKey = apiKey && !(auth === 'bearer' && bearer);
  const useBearer = bearer && !(auth === 'key' && apiKey);
  const headers = {};
  if (useKey) headers['x-hilt-key'] = apiKey;
  if (useBearer) headers.authorization = `Bearer ${bearer}`;
  if (mode && useBearer && !useKey) headers['x-hilt-mode'] = mode;
  return headers;
}

/**
 * Makes a client: `client.listProducts({ query: { limit: 5 } })`, `client.getProduct({ path: { product_id } })`,
 * `client.createProduct({ body }, { idempotencyKey })`. Credentials may be functions, read before every request.
 * `client.send({ method, path, query, body })` reaches any path through the same pipeline.
 */
export function createClient(options = {}) {
  const baseUrl = String(options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRetries = options.maxRetries ?? 2;

  async function send(req, operationId = null) {
    const method = String(req.method ?? 'GET').toUpperCase();
    if (req.idempotencyKey !== undefined && req.idempotencyKey !== null) {
      if (typeof req.idempotencyKey !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(req.idempotencyKey)) {
        throw new HiltError('idempotencyKey must be 1 to 255 visible ASCII characters');
      }
      if (method !== 'POST') throw new HiltError(`idempotencyKey applies to POST requests, not ${method}`);
    }
    const url = new URL(baseUrl + (req.path.startsWith('/') ? req.path : `/${req.path}`));
    appendQuery(url, req.query);

    const headers = {
      accept: 'application/json',
      ...resolve(options.headers),
      ...credentialHeaders(options, req.auth),
    };
    if (options.userAgent) headers['user-agent'] = options.userAgent;
    if (req.idempotencyKey) headers['idempotency-key'] = req.idempotencyKey;
    Object.assign(headers, req.headers);
    let body;
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.body);
    }

    const retries = req.maxRetries ?? maxRetries;
    for (let attempt = 0; ; attempt++) {
      const signals = [AbortSignal.timeout(req.timeoutMs ?? timeoutMs)];
      if (req.signal) signals.push(req.signal);
      let response;
      try {
        response = await fetchImpl(url, { method, headers, body, signal: AbortSignal.any(signals) });
      } catch (cause) {
        if (req.signal?.aborted) throw cause;
        const timedOut = cause?.name === 'TimeoutError';
        const why = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? String(cause);
        throw new HiltApiError(
          0,
          timedOut ? `no answer from ${baseUrl} in time` : `could not reach ${baseUrl} (${why})`,
          timedOut ? 'request_timeout' : 'network_error',
          null,
          { cause },
        );
      }
      options.onResponse?.(response, operationId);
      if (response.ok) return readSuccess(response, req.responseType ?? 'json');
      const error = await readError(response);
      // A 429 was not processed; a failed POST is repeated only under an idempotency key, so it cannot act twice.
      const safeToRepeat = method !== 'POST' || Boolean(req.idempotencyKey);
      const again = attempt < retries && (response.status === 429 || (response.status >= 500 && safeToRepeat));
      if (!again) throw error;
      const waitMs = error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : 250 * 2 ** attempt;
      await sleep(Math.min(waitMs, 10_000), req.signal);
    }
  }

  function request(operationId, args = {}, callOptions = {}) {
    const op = operations[operationId];
    if (!op) return Promise.reject(new HiltError(`unknown operation ${operationId}`));
    let path;
    try {
      path = buildPath(op.path, args.path, operationId);
    } catch (err) {
      return Promise.reject(err);
    }
    return send(
      {
        ...callOptions,
        method: op.method,
        path,
        query: args.query,
        body: args.body,
        headers: { ...args.headers, ...callOptions.headers },
        responseType: op.response,
      },
      operationId,
    );
  }

  const client = { request, send, baseUrl };
  for (const operationId of Object.keys(operations)) {
    client[operationId] = (args, callOptions) => request(operationId, args, callOptions);
  }
  return client;
}
