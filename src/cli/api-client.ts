// The HTTP side of the `hilt` API-client commands: where the server is, which credentials to send, the saved login
// (`$HILT_CONFIG_DIR/cli.json` or `~/.config/hilt/cli.json`, mode 0600) and the API's `{detail, code, request_id}`
// errors as a typed exception.
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const DEFAULT_API_URL = 'http://localhost:8080';
const USER_AGENT = 'hilt-cli/0.1.0';
const DEFAULT_TIMEOUT_MS = 30_000;

type Env = Record<string, string | undefined>;

/** An error answer from the API. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly requestId: string | null;
  /** The body as the API sent it (for --json), or null when it was not JSON. */
  readonly body: unknown;

  constructor(status: number, code: string, detail: string, requestId: string | null, body: unknown) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.requestId = requestId;
    this.body = body;
  }
}

/** The command cannot run as given (bad flag value, not logged in, no terminal to prompt on): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The server could not be reached or timed out: exit 1. */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

export interface StoredLogin {
  api_url: string;
  token: string;
}

export function configFile(env: Env): string {
  if (env.HILT_CONFIG_DIR) return join(env.HILT_CONFIG_DIR, 'cli.json');
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'hilt', 'cli.json');
}

export function readStoredLogin(env: Env): StoredLogin | null {
  const file = configFile(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON; delete it and run \`hilt login\` again`);
  }
  const o = parsed as Partial<StoredLogin> | null;
  if (!o || typeof o.token !== 'string' || typeof o.api_url !== 'string' || o.token === '') return null;
  return { api_url: normalizeApiUrl(o.api_url), token: o.token };
}

/** Writes the login readable by its owner only: a 0600 temporary file renamed over the old one. */
export function writeStoredLogin(env: Env, login: StoredLogin): string {
  const file = configFile(env);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ api_url: login.api_url, token: login.token }, null, 2)}\n`, {
    mode: 0o600,
  });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
  return file;
}

/** Deletes the saved login; true when there was one. */
export function deleteStoredLogin(env: Env): boolean {
  const file = configFile(env);
  try {
    rmSync(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

export function normalizeApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`API URL "${value}" is not a URL (e.g. ${DEFAULT_API_URL})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`API URL "${value}" must start with http:// or https://`);
  }
  return url.toString().replace(/\/+$/, '');
}

export type Credentials =
  | { kind: 'bearer'; token: string; source: 'HILT_TOKEN' | 'saved login' }
  | { kind: 'key'; key: string; source: 'HILT_API_KEY' };

export interface Connection {
  apiUrl: string;
  credentials: Credentials | null;
  /** The saved login, also when it is for another server than `apiUrl`. */
  stored: StoredLogin | null;
}

/**
 * Where to talk to and as whom. URL: `--api-url`, then HILT_API_URL, then the saved login's, then the default.
 * Credentials: HILT_TOKEN (Bearer), then HILT_API_KEY (X-Hilt-Key), then the saved token, which is only ever sent to
 * the server that issued it.
 */
export function resolveConnection(env: Env, flags: { apiUrl?: string }): Connection {
  const stored = readStoredLogin(env);
  const apiUrl = normalizeApiUrl(flags.apiUrl || env.HILT_API_URL || stored?.api_url || DEFAULT_API_URL);
  let credentials: Credentials | null = null;
  if (env.HILT_TOKEN) credentials = { kind: 'bearer', token: env.HILT_TOKEN, source: 'HILT_TOKEN' };
  else if (env.HILT_API_KEY) credentials = { kind: 'key', key: env.HILT_API_KEY, source: 'HILT_API_KEY' };
  else if (stored && stored.api_url === apiUrl)
    credentials = { kind: 'bearer', token: stored.token, source: 'saved login' };
  return { apiUrl, credentials, stored };
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface ApiClientOptions {
  apiUrl: string;
  credentials: Credentials | null;
  /** Send `X-Hilt-Mode: sandbox`. */
  sandbox?: boolean;
  timeoutMs?: number;
}

export class ApiClient {
  readonly apiUrl: string;
  readonly credentials: Credentials | null;
  private readonly sandbox: boolean;
  private readonly timeoutMs: number;

  constructor(opts: ApiClientOptions) {
    this.apiUrl = opts.apiUrl;
    this.credentials = opts.credentials;
    this.sandbox = Boolean(opts.sandbox);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, { body: body ?? {} });
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: string, path: string, opts: { query?: Query; body?: unknown } = {}): Promise<T> {
    const url = new URL(this.apiUrl + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) {
      if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    }
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': USER_AGENT };
    if (this.credentials?.kind === 'bearer') headers.authorization = `Bearer ${this.credentials.token}`;
    if (this.credentials?.kind === 'key') headers['x-hilt-key'] = this.credentials.key;
    if (this.sandbox) headers['x-hilt-mode'] = 'sandbox';
    let payload: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(opts.body);
    }

    let res: Response;
    try {
      res = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError') {
        throw new ConnectionError(
          `${method} ${url.pathname}: no answer from ${this.apiUrl} within ${this.timeoutMs} ms`,
        );
      }
      const why = e.cause?.code ?? e.cause?.message ?? e.message;
      throw new ConnectionError(`cannot reach the Hilt API at ${this.apiUrl} (${why}); is it running? (--api-url)`);
    }

    const text = await res.text();
    let body: unknown = null;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
    }
    if (res.ok) return (body ?? undefined) as T;

    const requestId = res.headers.get('x-request-id');
    const b = (body ?? {}) as { detail?: unknown; code?: unknown; request_id?: unknown };
    const code = typeof b.code === 'string' ? b.code : `http_${res.status}`;
    const detail =
      b.detail === undefined
        ? `${res.status} ${res.statusText}${text ? `: ${text.slice(0, 200)}` : ''}`
        : formatDetail(b.detail);
    throw new ApiError(res.status, code, detail, typeof b.request_id === 'string' ? b.request_id : requestId, body);
  }
}

/** `detail` is a sentence, or for schema failures a list of `{loc, msg}`. */
function formatDetail(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((d: { loc?: unknown[]; msg?: string }) => {
        const loc = Array.isArray(d.loc) ? d.loc.filter((p) => p !== 'body' && p !== 'query').join('.') : '';
        return loc ? `${loc}: ${d.msg ?? ''}` : String(d.msg ?? JSON.stringify(d));
      })
      .join('; ');
  }
  return JSON.stringify(detail);
}
