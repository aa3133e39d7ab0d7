// What every API-client command shares: saved logins (one file per profile, mode 0600), which server and credential
// a command uses, the SDK client built from them, and the wrapper that turns API errors, unreachable servers and
// usage mistakes into a message and an exit code instead of a stack trace.
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Command, CommanderError, InvalidArgumentError } from 'commander';
import { HiltApiError, HiltClient } from '../../sdk/src/index.ts';
import type { CliIo } from './index.ts';

export const DEFAULT_API_URL = 'http://localhost:8080';
const USER_AGENT = 'hilt-cli/0.1.0';
const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_PROFILE = 'default';

export type Env = Record<string, string | undefined>;

/** The command cannot run as given (bad flag value, not logged in, no terminal to prompt on): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A saved login: a session token or an API key, for one server. */
export type StoredLogin = { api_url: string } & (
  | { token: string; api_key?: undefined }
  | { api_key: string; token?: undefined }
);

export function configDir(env: Env): string {
  if (env.HILT_CONFIG_DIR) return env.HILT_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'hilt');
}

/** `cli.json` for the default profile, `profiles/<name>.json` for the others. */
export function configFile(env: Env, profile = DEFAULT_PROFILE): string {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(profile)) {
    throw new UsageError(`profile "${profile}" must be 1-40 letters, digits, - or _`);
  }
  const dir = configDir(env);
  return profile === DEFAULT_PROFILE ? join(dir, 'cli.json') : join(dir, 'profiles', `${profile}.json`);
}

export function readStoredLogin(env: Env, profile = DEFAULT_PROFILE): StoredLogin | null {
  const file = configFile(env, profile);
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
  const o = parsed as { api_url?: unknown; token?: unknown; api_key?: unknown } | null;
  if (!o || typeof o.api_url !== 'string') return null;
  const api_url = normalizeApiUrl(o.api_url);
  if (typeof o.token === 'string' && o.token !== '') return { api_url, token: o.token };
  if (typeof o.api_key === 'string' && o.api_key !== '') return { api_url, api_key: o.api_key };
  return null;
}

/** Writes the login readable by its owner only: a 0600 temporary file renamed over the old one. */
export function writeStoredLogin(env: Env, login: StoredLogin, profile = DEFAULT_PROFILE): string {
  const file = configFile(env, profile);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const body = login.token
    ? { api_url: login.api_url, token: login.token }
    : { api_url: login.api_url, api_key: login.api_key };
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
  return file;
}

/** Deletes the saved login; true when there was one. */
export function deleteStoredLogin(env: Env, profile = DEFAULT_PROFILE): boolean {
  try {
    rmSync(configFile(env, profile));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** The profiles with a saved login, default first. */
export function listProfiles(env: Env): { profile: string; login: StoredLogin | null }[] {
  const names = [DEFAULT_PROFILE];
  try {
    for (const f of readdirSync(join(configDir(env), 'profiles')).sort()) {
      if (f.endsWith('.json')) names.push(f.slice(0, -5));
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return names
    .map((profile) => ({ profile, login: readStoredLogin(env, profile) }))
    .filter((p) => p.profile !== DEFAULT_PROFILE || p.login !== null);
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
  | { kind: 'bearer'; token: string; source: string }
  | { kind: 'key'; key: string; source: string };

export interface Connection {
  apiUrl: string;
  profile: string;
  credentials: Credentials | null;
  /** The profile's saved login, also when it is for another server than `apiUrl`. */
  stored: StoredLogin | null;
}

export const isSandboxCredential = (c: Credentials | null) => c?.kind === 'key' && c.key.startsWith('hk_sandbox_');

/**
 * Where to talk to and as whom. Profile: `--profile`, then HILT_PROFILE, then `default`. URL: `--api-url`, then
 * HILT_API_URL, then the profile's saved login, then the default. Credentials: HILT_TOKEN (Bearer), then
 * HILT_API_KEY (X-Hilt-Key), then the saved token or key, which is only ever sent to the server it was saved for.
 */
export function resolveConnection(env: Env, flags: { apiUrl?: string; profile?: string }): Connection {
  const profile = flags.profile || env.HILT_PROFILE || DEFAULT_PROFILE;
  const stored = readStoredLogin(env, profile);
  const apiUrl = normalizeApiUrl(flags.apiUrl || env.HILT_API_URL || stored?.api_url || DEFAULT_API_URL);
  const source = profile === DEFAULT_PROFILE ? 'saved login' : `profile ${profile}`;
  let credentials: Credentials | null = null;
  if (env.HILT_TOKEN) credentials = { kind: 'bearer', token: env.HILT_TOKEN, source: 'HILT_TOKEN' };
  else if (env.HILT_API_KEY) credentials = { kind: 'key', key: env.HILT_API_KEY, source: 'HILT_API_KEY' };
  else if (stored && stored.api_url === apiUrl) {
    credentials = stored.token
      ? { kind: 'bearer', token: stored.token, source }
      : { kind: 'key', key: stored.api_key as string, source };
  }
  return { apiUrl, profile, credentials, stored };
}

/** An SDK client that also says which server and credential it uses. */
export type CliClient = HiltClient & { readonly credentials: Credentials | null };

export interface Run {
  json: boolean;
  /** Sandbox data: the --sandbox flag, or a sandbox key as the credential. */
  sandbox: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  env: Env;
  io: CliIo;
  connection: () => Connection;
  /** A client for the resolved server; with `auth` (default) it refuses to run without credentials. */
  client: (opts?: { auth?: boolean; credentials?: Credentials | null; apiUrl?: string }) => CliClient;
  /** `data` as JSON with --json, otherwise whatever `human` prints. */
  show: (data: unknown, human: () => void) => void;
}

/** Commander's own complaints about how a command was typed: exit 2 like other usage errors. */
const USAGE_CODES = new Set([
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.conflictingOption',
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.excessArguments',
  'commander.invalidArgument',
  'commander.invalidOptionArgument',
  'commander.help',
]);

export function usageExit(err: CommanderError): never {
  if (USAGE_CODES.has(err.code)) throw new CommanderError(2, err.code, err.message);
  throw err;
}

/** A command group whose usage mistakes exit 2 (subcommands inherit the override). */
export const group = (parent: Command, name: string, description: string) =>
  parent.command(name).description(description).exitOverride(usageExit);

export function intOption(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(
        `must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`,
      );
    }
    return n;
  };
}

/** Repeatable, comma-separated list option. */
export const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** Repeatable, comma-separated list of whole numbers. */
export const collectInts = (value: string, previous: number[] = []) => [
  ...previous,
  ...collect(value).map((s) => intOption(1)(s)),
];

/** `detail` is a sentence, or for schema failures a list of `{loc, msg}`. */
export function describeDetail(err: HiltApiError): string {
  const detail = err.detail;
  if (Array.isArray(detail)) {
    return detail
      .map((d) => {
        const loc = Array.isArray(d.loc) ? d.loc.filter((p) => p !== 'body' && p !== 'query').join('.') : '';
        return loc ? `${loc}: ${d.msg ?? ''}` : String(d.msg ?? JSON.stringify(d));
      })
      .join('; ');
  }
  return typeof detail === 'string' ? detail : err.message;
}

type GlobalOptions = { json?: boolean; apiUrl?: string; sandbox?: boolean; profile?: string };

/** Makes the `action(fn)` wrapper: gives fn a Run, and turns failures into messages and exit codes. */
export function actionFactory(io: CliIo, env: Env) {
  function report(err: unknown, json: boolean, url: string | undefined): unknown {
    if (err instanceof HiltApiError && err.statusCode === 0) {
      const cause = (err.cause as { cause?: { code?: string; message?: string }; message?: string } | undefined)?.cause;
      const why = cause?.code ?? cause?.message;
      const message =
        err.errorCode === 'request_timeout'
          ? `no answer from the Hilt API at ${url} in time; is it overloaded? (HILT_API_TIMEOUT_MS)`
          : `cannot reach the Hilt API at ${url}${why ? ` (${why})` : ''}; is it running? (--api-url)`;
      if (json) io.err(JSON.stringify({ status: 0, detail: message, code: err.errorCode, request_id: null }));
      else io.err(`hilt: ${message}`);
      return new CommanderError(1, 'hilt.connection', message);
    }
    if (err instanceof HiltApiError) {
      const detail = describeDetail(err);
      if (json) {
        io.err(
          JSON.stringify({
            status: err.statusCode,
            detail: err.detail,
            code: err.errorCode,
            request_id: err.requestId,
          }),
        );
      } else {
        io.err(`hilt: ${detail}`);
        io.err(`  code ${err.errorCode}, HTTP ${err.statusCode}${err.requestId ? `, request ${err.requestId}` : ''}`);
      }
      return new CommanderError(1, 'hilt.apiError', detail);
    }
    if (err instanceof UsageError) {
      io.err(`hilt: ${err.message}`);
      return new CommanderError(2, 'hilt.usage', err.message);
    }
    return err;
  }

  return function action<A extends unknown[]>(fn: (run: Run, ...args: A) => Promise<void>) {
    return async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const globals = cmd.optsWithGlobals() as GlobalOptions;
      const json = Boolean(globals.json);
      let conn: Connection | undefined;
      let lastUrl: string | undefined;
      const connection = () => {
        conn ??= resolveConnection(env, { apiUrl: globals.apiUrl, profile: globals.profile });
        return conn;
      };
      const run: Run = {
        json,
        get sandbox() {
          return Boolean(globals.sandbox) || isSandboxCredential(connection().credentials);
        },
        out: io.out,
        err: io.err,
        env,
        io,
        connection,
        client: (opts = {}) => {
          const c = connection();
          const credentials = opts.credentials !== undefined ? opts.credentials : c.credentials;
          if ((opts.auth ?? true) && !credentials) {
            const login = `hilt login${c.profile === DEFAULT_PROFILE ? '' : ` --profile ${c.profile}`}`;
            throw new UsageError(
              c.stored && c.stored.api_url !== c.apiUrl
                ? `Not logged in to ${c.apiUrl} (the saved login is for ${c.stored.api_url}); run \`${login} --api-url ${c.apiUrl}\``
                : `Not logged in to ${c.apiUrl}: run \`${login}\`, or set HILT_TOKEN or HILT_API_KEY`,
            );
          }
          const client = new HiltClient({
            baseUrl: opts.apiUrl ? normalizeApiUrl(opts.apiUrl) : c.apiUrl,
            apiKey: credentials?.kind === 'key' ? credentials.key : undefined,
            bearerToken: credentials?.kind === 'bearer' ? credentials.token : undefined,
            mode: globals.sandbox ? 'sandbox' : undefined,
            timeoutMs: env.HILT_API_TIMEOUT_MS ? Number(env.HILT_API_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS,
            userAgent: USER_AGENT,
          });
          lastUrl = client.baseUrl;
          return Object.assign(client, { credentials });
        },
        show: (data, human) => {
          if (json) io.out(JSON.stringify(data, null, 2));
          else human();
        },
      };
      try {
        await fn(run, ...(args.slice(0, -1) as A));
      } catch (err) {
        throw report(err, json, lastUrl ?? conn?.apiUrl);
      }
    };
  };
}

export type Action = ReturnType<typeof actionFactory>;
