// The `hilt` commands that talk to a Hilt server over HTTP as a merchant: login/whoami/logout, keys, webhooks,
// testing and pay (products, members, receipts). Readable output by default, the API's JSON with --json; API
// errors go to stderr with their detail, code and request id and exit 1; usage mistakes exit 2.
import { type Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  ApiClient,
  ApiError,
  type Connection,
  ConnectionError,
  type Credentials,
  deleteStoredLogin,
  resolveConnection,
  UsageError,
  writeStoredLogin,
} from './api-client.ts';
import { amount, dash, printFields, printTable, time, truncate } from './format.ts';
import type { CliIo } from './index.ts';
import { type CliInput, promptHidden, promptLine, readAll } from './prompt.ts';

type Env = Record<string, string | undefined>;

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

function usageExit(err: CommanderError): never {
  if (USAGE_CODES.has(err.code)) throw new CommanderError(2, err.code, err.message);
  throw err;
}

function intOption(min: number, max = Number.MAX_SAFE_INTEGER) {
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

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

const enc = encodeURIComponent;

interface Run {
  json: boolean;
  /** The global --sandbox flag. */
  sandbox: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  connection: () => Connection;
  /** A client for the resolved server; with `auth` (default) it refuses to run without credentials. */
  client: (opts?: { auth?: boolean; credentials?: Credentials | null }) => ApiClient;
  /** `data` as JSON with --json, otherwise whatever `human` prints. */
  show: (data: unknown, human: () => void) => void;
}

export function registerRemoteCommands(program: Command, io: CliIo, env: Env): void {
  program
    .option(
      '--api-url <url>',
      'Hilt server for the API commands (default: HILT_API_URL, the saved login, or http://localhost:8080)',
    )
    .option('--sandbox', 'API commands act on sandbox data (sends X-Hilt-Mode: sandbox)');

  const stdin = (): CliInput => io.stdin ?? process.stdin;

  /** Wraps an action: gives it a Run, and turns API, connection and usage errors into messages and exit codes. */
  function action<A extends unknown[]>(fn: (run: Run, ...args: A) => Promise<void>) {
    return async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const globals = cmd.optsWithGlobals() as { json?: boolean; apiUrl?: string; sandbox?: boolean };
      const json = Boolean(globals.json);
      let conn: Connection | undefined;
      const run: Run = {
        json,
        sandbox: Boolean(globals.sandbox),
        out: io.out,
        err: io.err,
        connection: () => {
          conn ??= resolveConnection(env, { apiUrl: globals.apiUrl });
          return conn;
        },
        client: (opts = {}) => {
          const c = run.connection();
          const credentials = opts.credentials !== undefined ? opts.credentials : c.credentials;
          if ((opts.auth ?? true) && !credentials) {
            throw new UsageError(
              c.stored && c.stored.api_url !== c.apiUrl
                ? `Not logged in to ${c.apiUrl} (the saved login is for ${c.stored.api_url}); run \`hilt login --api-url ${c.apiUrl}\``
                : `Not logged in to ${c.apiUrl}: run \`hilt login\`, or set HILT_TOKEN or HILT_API_KEY`,
            );
          }
          return new ApiClient({
            apiUrl: c.apiUrl,
            credentials,
            sandbox: globals.sandbox,
            timeoutMs: env.HILT_API_TIMEOUT_MS ? Number(env.HILT_API_TIMEOUT_MS) : undefined,
          });
        },
        show: (data, human) => {
          if (json) io.out(JSON.stringify(data, null, 2));
          else human();
        },
      };
      try {
        await fn(run, ...(args.slice(0, -1) as A));
      } catch (err) {
        throw report(err, json);
      }
    };
  }

  function report(err: unknown, json: boolean): unknown {
    if (err instanceof ApiError) {
      if (json) {
        io.err(
          JSON.stringify({
            status: err.status,
            detail: err.detail,
            code: err.code,
            request_id: err.requestId,
          }),
        );
      } else {
        io.err(`hilt: ${err.detail}`);
        io.err(`  code ${err.code}, HTTP ${err.status}${err.requestId ? `, request ${err.requestId}` : ''}`);
      }
      return new CommanderError(1, 'hilt.apiError', err.detail);
    }
    if (err instanceof ConnectionError) {
      io.err(`hilt: ${err.message}`);
      return new CommanderError(1, 'hilt.connection', err.message);
    }
    if (err instanceof UsageError) {
      io.err(`hilt: ${err.message}`);
      return new CommanderError(2, 'hilt.usage', err.message);
    }
    return err;
  }

  /** A command group whose usage mistakes exit 2 (subcommands inherit the override). */
  const group = (parent: Command, name: string, description: string) =>
    parent.command(name).description(description).exitOverride(usageExit);

  // ---- login, whoami, logout ----------------------------------------------------------------------------------

  program
    .command('login')
    .description('log in to a Hilt server and save the session token (asks for email and password if not given)')
    .option('--email <email>', 'account email')
    .option('--password-stdin', 'read the password from stdin (for scripts)')
    .option('--token <token>', 'save an existing session token instead of logging in')
    .exitOverride(usageExit)
    .action(
      action(async (run, opts: { email?: string; passwordStdin?: boolean; token?: string }) => {
        const conn = run.connection();
        let token: string;
        let who: { user_id: string; email: string | null; tier: string; expires_at?: string };
        if (opts.token !== undefined) {
          if (opts.email || opts.passwordStdin)
            throw new UsageError('--token cannot be combined with --email or --password-stdin');
          token = opts.token.trim();
          if (!token) throw new UsageError('--token is empty');
          // Checked before it is saved: a token the server refuses is never stored.
          const me = await run
            .client({ credentials: { kind: 'bearer', token, source: 'saved login' } })
            .get<{ user_id: string; email: string | null; wallet_address: string | null; tier: string }>(
              '/v1/account/me',
            );
          who = { user_id: me.user_id, email: me.email ?? me.wallet_address, tier: me.tier };
        } else {
          const input = stdin();
          const tty = Boolean(input.isTTY);
          let email = opts.email?.trim();
          if (!email) {
            if (!tty || opts.passwordStdin)
              throw new UsageError('--email is required when not prompting on a terminal');
            email = (await promptLine(input, process.stderr, 'Email: ')).trim();
            if (!email) throw new UsageError('an email is required');
          }
          let password: string;
          if (opts.passwordStdin) password = await readAll(input);
          else if (tty) password = await promptHidden(input, process.stderr, 'Password: ');
          else throw new UsageError('stdin is not a terminal: pass --password-stdin and pipe the password in');
          if (!password) throw new UsageError('the password is empty');
          const res = await run
            .client({ auth: false, credentials: null })
            .post<{ token: string; user_id: string; email: string | null; tier: string; expires_at: string }>(
              '/v1/auth/login',
              { email, password },
            );
          token = res.token;
          who = { user_id: res.user_id, email: res.email, tier: res.tier, expires_at: res.expires_at };
        }
        const file = writeStoredLogin(env, { api_url: conn.apiUrl, token });
        // The token itself is never printed, not even with --json: it is in the 0600 file.
        run.show({ api_url: conn.apiUrl, ...who, config_file: file }, () => {
          run.out(
            `Logged in to ${conn.apiUrl} as ${who.email ?? who.user_id} (workspace ${who.user_id}, ${who.tier} plan)`,
          );
          if (who.expires_at) run.out(`Session expires ${time(who.expires_at)} UTC; saved to ${file}`);
          else run.out(`Saved to ${file}`);
        });
        if (env.HILT_TOKEN || env.HILT_API_KEY) {
          run.err(
            `note: ${env.HILT_TOKEN ? 'HILT_TOKEN' : 'HILT_API_KEY'} is set and takes precedence over this login`,
          );
        }
      }),
    );

  program
    .command('whoami')
    .description('show the account the API commands act as')
    .exitOverride(usageExit)
    .action(
      action(async (run) => {
        const client = run.client();
        const me = await client.get<{
          user_id: string;
          email: string | null;
          wallet_address: string | null;
          display_name: string | null;
          tier: string;
          status: string;
          key_id: string | null;
          sandbox: boolean;
        }>('/v1/account/me');
        run.show(me, () => {
          const cred = client.credentials!;
          run.out(`Logged in to ${client.apiUrl} as ${me.email ?? me.wallet_address ?? me.user_id}`);
          printFields(run.out, [
            ['Workspace', me.user_id],
            ['Name', me.display_name],
            ['Plan', me.tier],
            ['Status', me.status],
            ['Mode', me.sandbox ? 'sandbox' : 'live'],
            [
              'Credentials',
              cred.kind === 'key' ? `API key ${me.key_id} (${cred.source})` : `session token (${cred.source})`,
            ],
          ]);
        });
      }),
    );

  program
    .command('logout')
    .description('end the saved session on the server and delete it from this machine')
    .exitOverride(usageExit)
    .action(
      action(async (run) => {
        const conn = run.connection();
        const stored = conn.stored;
        if (!stored || stored.api_url !== conn.apiUrl) {
          run.show({ logged_out: false, api_url: conn.apiUrl }, () =>
            run.out(
              stored
                ? `Not logged in to ${conn.apiUrl} (the saved login is for ${stored.api_url}); nothing to do`
                : 'Not logged in; nothing to do',
            ),
          );
          return;
        }
        let serverError: Error | null = null;
        try {
          await run
            .client({ credentials: { kind: 'bearer', token: stored.token, source: 'saved login' } })
            .post('/v1/auth/logout');
        } catch (err) {
          // 401: the session had already ended. Anything else: still forget the token here, then say so.
          if (!(err instanceof ApiError && err.status === 401)) serverError = err as Error;
        }
        deleteStoredLogin(env);
        if (serverError) {
          run.err('hilt: the saved token was deleted, but the server did not confirm the session ended:');
          throw serverError;
        }
        run.show({ logged_out: true, api_url: conn.apiUrl }, () => run.out(`Logged out of ${conn.apiUrl}`));
        if (env.HILT_TOKEN || env.HILT_API_KEY) {
          run.err(`note: ${env.HILT_TOKEN ? 'HILT_TOKEN' : 'HILT_API_KEY'} is still set in the environment`);
        }
      }),
    );

  // ---- keys ---------------------------------------------------------------------------------------------------

  interface Key {
    id: string;
    name: string;
    key_prefix: string;
    permissions: string[];
    sandbox_mode: boolean;
    last_used_at: string | null;
    created_at: string;
    revoked_at: string | null;
  }

  const keys = group(program, 'keys', 'API keys of the workspace');
  keys
    .command('list')
    .description('list API keys')
    .option('--all', 'include revoked keys')
    .action(
      action(async (run, opts: { all?: boolean }) => {
        const rows = await run.client().get<Key[]>('/v1/keys', { include_revoked: opts.all ? true : undefined });
        run.show(rows, () => {
          if (rows.length === 0) return run.out('No API keys yet. Create one with `hilt keys create --name NAME`.');
          printTable(
            run.out,
            ['ID', 'NAME', 'PREFIX', 'MODE', 'PERMISSIONS', 'LAST USED', 'CREATED', ...(opts.all ? ['REVOKED'] : [])],
            rows.map((k) => [
              k.id,
              truncate(k.name, 40),
              k.key_prefix,
              k.sandbox_mode ? 'sandbox' : 'live',
              k.permissions.join(','),
              time(k.last_used_at),
              time(k.created_at),
              ...(opts.all ? [time(k.revoked_at)] : []),
            ]),
          );
        });
      }),
    );

  keys
    .command('create')
    .description('create an API key; the secret is shown once')
    .requiredOption('--name <name>', 'what the key is for')
    .option('--sandbox', 'a sandbox key (hk_sandbox_…): acts on sandbox data only')
    .option('--permissions <list>', 'comma-separated: read, execute, admin, billing (default read,execute)', collect)
    .action(
      action(async (run, opts: { name: string; sandbox?: boolean; permissions?: string[] }) => {
        // --sandbox is also the global flag, which commander hands to the program first; either way it means a
        // sandbox key here.
        const sandbox = Boolean(opts.sandbox || run.sandbox);
        const res = await run.client().post<{ key: Key; raw_key: string }>('/v1/keys', {
          name: opts.name,
          sandbox_mode: sandbox,
          ...(opts.permissions ? { permissions: opts.permissions } : {}),
        });
        run.show(res, () => {
          run.out(
            `Created ${res.key.sandbox_mode ? 'sandbox' : 'live'} key ${res.key.id} "${res.key.name}" (${res.key.permissions.join(', ')})`,
          );
          run.out(res.raw_key);
          run.out('Copy it now: the key is not shown again.');
        });
      }),
    );

  keys
    .command('revoke')
    .description('revoke an API key at once')
    .argument('<key-id>', 'the key id')
    .action(
      action(async (run, id: string) => {
        await run.client().delete(`/v1/keys/${enc(id)}`);
        run.show({ id, revoked: true }, () => run.out(`Revoked key ${id}`));
      }),
    );

  // ---- webhooks -----------------------------------------------------------------------------------------------

  interface Endpoint {
    id: string;
    label: string;
    url: string;
    status: string;
    subscribed_events: string[];
    product_ids: string[];
    consecutive_failures: number;
    last_error: string | null;
    disabled_reason: string | null;
  }
  interface Delivery {
    id: number;
    event_id: string;
    endpoint_id: string;
    test: boolean;
    status: string;
    attempt_count: number;
    response_status: number | null;
    last_error: string | null;
    next_attempt_at: string | null;
    created_at: string;
    event_type: string;
    endpoint_label: string;
    url: string;
  }
  interface EventRow {
    id: string;
    event_type: string;
    created_at: string;
    payment_id: string | null;
    membership_id: string | null;
    receipt_id: string | null;
    deliveries: Delivery[];
  }

  const deliverySummary = (ds: Delivery[]) => {
    if (ds.length === 0) return '-';
    const counts = new Map<string, number>();
    for (const d of ds) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
    return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
  };

  const webhooks = group(program, 'webhooks', 'outbound webhook endpoints, deliveries and events');
  webhooks
    .command('list')
    .description('list webhook endpoints')
    .action(
      action(async (run) => {
        const res = await run.client().get<{ endpoints: Endpoint[] }>('/v1/webhooks/endpoints');
        run.show(res, () => {
          if (res.endpoints.length === 0) {
            return run.out('No webhook endpoints. Add one with `hilt webhooks create --label L --url URL`.');
          }
          printTable(
            run.out,
            ['ID', 'LABEL', 'STATUS', 'EVENTS', 'FAILURES', 'URL'],
            res.endpoints.map((e) => [
              e.id,
              truncate(e.label, 30),
              e.status,
              e.subscribed_events.length ? e.subscribed_events.join(',') : 'all',
              String(e.consecutive_failures),
              e.url,
            ]),
          );
        });
      }),
    );

  webhooks
    .command('create')
    .description('add a webhook endpoint; its signing secret is shown once')
    .requiredOption('--label <label>', 'a name for the endpoint')
    .requiredOption('--url <url>', 'where events are POSTed (https)')
    .option('--event <type>', 'an event type to subscribe to; repeat or comma-separate (default: all)', collect)
    .option('--product <id>', 'only events of this product; repeat or comma-separate', collect)
    .action(
      action(async (run, opts: { label: string; url: string; event?: string[]; product?: string[] }) => {
        const res = await run.client().post<{ endpoint: Endpoint; signing_secret: string }>('/v1/webhooks/endpoints', {
          label: opts.label,
          url: opts.url,
          ...(opts.event ? { subscribed_events: opts.event } : {}),
          ...(opts.product ? { product_ids: opts.product } : {}),
        });
        run.show(res, () => {
          const e = res.endpoint;
          run.out(`Created endpoint ${e.id} "${e.label}" → ${e.url}`);
          run.out(`Events: ${e.subscribed_events.length ? e.subscribed_events.join(', ') : 'all'}`);
          run.out(`Signing secret (shown once): ${res.signing_secret}`);
        });
      }),
    );

  webhooks
    .command('test')
    .description('send one signed test event to an endpoint now and show its answer (exit 1 if not delivered)')
    .argument('<endpoint-id>', 'the endpoint id')
    .option('--event <type>', 'event type to send', 'payment.confirmed')
    .action(
      action(async (run, id: string, opts: { event: string }) => {
        const res = await run.client().post<{
          delivered: boolean;
          delivery: Delivery;
          result: { status_code: number | null; error: string | null; duration_ms: number };
        }>(`/v1/webhooks/endpoints/${enc(id)}/test`, { event_type: opts.event });
        run.show(res, () => {
          const r = res.result;
          const answer = r.status_code ? `HTTP ${r.status_code}` : 'no answer';
          run.out(
            res.delivered
              ? `Delivered test ${opts.event} to ${res.delivery.url}: ${answer} in ${r.duration_ms} ms (delivery ${res.delivery.id})`
              : `Test ${opts.event} to ${res.delivery.url} failed: ${answer}${r.error ? ` (${r.error})` : ''} (delivery ${res.delivery.id})`,
          );
        });
        if (!res.delivered) throw new CommanderError(1, 'hilt.webhookTestFailed', 'test delivery failed');
      }),
    );

  webhooks
    .command('deliveries')
    .description('list webhook deliveries, newest first')
    .option('--status <status>', 'pending, delivered, failed or dead_letter')
    .option('--endpoint <id>', 'only this endpoint')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(async (run, opts: { status?: string; endpoint?: string; page?: number; perPage?: number }) => {
        const res = await run
          .client()
          .get<{ total: number; page: number; deliveries: Delivery[] }>('/v1/webhooks/deliveries', {
            status: opts.status,
            endpoint_id: opts.endpoint,
            page: opts.page,
            per_page: opts.perPage,
          });
        run.show(res, () => {
          if (res.deliveries.length === 0) {
            return run.out(opts.status ? `No ${opts.status} deliveries.` : 'No webhook deliveries yet.');
          }
          printTable(
            run.out,
            ['ID', 'EVENT', 'STATUS', 'ATTEMPTS', 'HTTP', 'ENDPOINT', 'CREATED', 'ERROR'],
            res.deliveries.map((d) => [
              String(d.id),
              d.event_type + (d.test ? ' (test)' : ''),
              d.status,
              String(d.attempt_count),
              dash(d.response_status),
              truncate(d.endpoint_label, 24),
              time(d.created_at),
              truncate(d.last_error ?? '', 50),
            ]),
          );
          run.out(`Page ${res.page}: ${res.deliveries.length} of ${res.total}`);
        });
      }),
    );

  webhooks
    .command('replay')
    .description('send a finished (delivered, failed or dead-lettered) delivery again')
    .argument('<delivery-id>', 'the delivery id', intOption(1))
    .action(
      action(async (run, id: number) => {
        const res = await run.client().post<{ delivery: Delivery }>(`/v1/webhooks/deliveries/${id}/replay`);
        run.show(res, () =>
          run.out(
            `Delivery ${id} (${res.delivery.event_type}) queued again to ${res.delivery.url}: ${res.delivery.status}`,
          ),
        );
      }),
    );

  webhooks
    .command('events')
    .description('list events recorded for the workspace, with their deliveries')
    .option('--type <type>', 'only this event type, e.g. receipt.created')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(async (run, opts: { type?: string; page?: number; perPage?: number }) => {
        const res = await run.client().get<{ total: number; page: number; events: EventRow[] }>('/v1/webhooks/events', {
          event_type: opts.type,
          page: opts.page,
          per_page: opts.perPage,
        });
        run.show(res, () => {
          if (res.events.length === 0) return run.out(opts.type ? `No ${opts.type} events.` : 'No events yet.');
          printTable(
            run.out,
            ['ID', 'TYPE', 'CREATED', 'DELIVERIES'],
            res.events.map((e) => [e.id, e.event_type, time(e.created_at), deliverySummary(e.deliveries)]),
          );
          run.out(`Page ${res.page}: ${res.events.length} of ${res.total}`);
        });
      }),
    );

  webhooks
    .command('timeline')
    .description("a payment's or membership's events in order, with their deliveries")
    .option('--payment <id>', 'payment id')
    .option('--membership <id>', 'membership id')
    .option('--limit <n>', 'at most this many events', intOption(1, 500))
    .action(
      action(async (run, opts: { payment?: string; membership?: string; limit?: number }) => {
        if (!opts.payment && !opts.membership) throw new UsageError('give --payment <id> or --membership <id>');
        const res = await run.client().get<{ timeline: EventRow[]; count: number }>('/v1/webhooks/timeline', {
          payment_id: opts.payment,
          membership_id: opts.membership,
          limit: opts.limit,
        });
        run.show(res, () => {
          if (res.timeline.length === 0) return run.out('No events for it.');
          printTable(
            run.out,
            ['TIME', 'EVENT', 'DELIVERIES', 'ID'],
            res.timeline.map((e) => [time(e.created_at), e.event_type, deliverySummary(e.deliveries), e.id]),
          );
        });
      }),
    );

  // ---- testing ------------------------------------------------------------------------------------------------

  interface Scenario {
    id: string;
    title: string;
    summary: string;
    events: string[];
  }
  interface Session {
    id: string;
    scenario: string;
    status: string;
    livemode: boolean;
    product_id: string | null;
    fake_payment_id: string;
    fake_membership_id: string;
    fake_receipt_id: string;
    fake_support_ticket_id: string;
    event_count: number;
    delivery_count: number;
    timeline: { id: string; type: string; created_at: string }[];
    created_at: string;
  }
  const sessionFields = (s: Session): [string, string | number | null][] => [
    ['Session', s.id],
    ['Scenario', s.scenario],
    ['Status', s.status],
    ['Mode', s.livemode ? 'live' : 'sandbox'],
    ['Product', s.product_id],
    ['Fake payment', s.fake_payment_id],
    ['Fake membership', s.fake_membership_id],
    ['Fake receipt', s.fake_receipt_id],
    ['Fake ticket', s.fake_support_ticket_id],
    ['Events', s.event_count],
    ['Deliveries', s.delivery_count],
    ['Created', time(s.created_at)],
  ];

  const testing = group(
    program,
    'testing',
    'scenarios that send signed test webhooks with fake ids (nothing on chain)',
  );
  testing
    .command('scenarios')
    .description('list the scenarios')
    .action(
      action(async (run) => {
        const res = await run.client().get<{ scenarios: Scenario[] }>('/v1/testing/scenarios');
        run.show(res, () =>
          printTable(
            run.out,
            ['ID', 'EVENTS', 'TITLE'],
            res.scenarios.map((s) => [s.id, s.events.join(','), s.title]),
          ),
        );
      }),
    );

  testing
    .command('run')
    .description("run a scenario: its events go to the workspace's webhook endpoints")
    .requiredOption('--scenario <id>', 'scenario id (see `hilt testing scenarios`)')
    .option('--product <id>', 'tell the story about this product')
    .option('--amount <minor-units>', 'amount in minor units', intOption(1))
    .option('--wallet <address>', 'payer wallet to put in the events')
    .option('--identity <display>', 'buyer identity to put in the events, e.g. @buyer')
    .action(
      action(
        async (
          run,
          opts: { scenario: string; product?: string; amount?: number; wallet?: string; identity?: string },
        ) => {
          const res = await run.client().post<{
            session: Session;
            emitted_events: { id: string; type: string }[];
            delivery_results: { event_id: string; endpoint_id: string; delivery_id: number; status: string }[];
          }>('/v1/testing/sessions', {
            scenario: opts.scenario,
            ...(opts.product ? { product_id: opts.product } : {}),
            ...(opts.amount ? { amount_minor_units: opts.amount } : {}),
            ...(opts.wallet ? { payer_wallet: opts.wallet } : {}),
            ...(opts.identity ? { identity_display: opts.identity } : {}),
          });
          run.show(res, () => {
            run.out(
              `Ran ${res.session.scenario}: ${res.emitted_events.length} events, ${res.delivery_results.length} deliveries queued`,
            );
            printFields(run.out, sessionFields(res.session));
            if (res.emitted_events.length) {
              run.out('');
              printTable(
                run.out,
                ['EVENT', 'ID', 'DELIVERIES'],
                res.emitted_events.map((e) => {
                  const ds = res.delivery_results.filter((d) => d.event_id === e.id);
                  return [e.type, e.id, ds.length ? ds.map((d) => `${d.delivery_id}:${d.status}`).join(' ') : '-'];
                }),
              );
            }
            if (res.delivery_results.length === 0) {
              run.out('No endpoint matched: add one with `hilt webhooks create` to receive these events.');
            }
          });
        },
      ),
    );

  testing
    .command('list')
    .description('list scenario runs, newest first')
    .option('--limit <n>', 'at most this many', intOption(1, 100))
    .action(
      action(async (run, opts: { limit?: number }) => {
        const res = await run.client().get<{ sessions: Session[] }>('/v1/testing/sessions', { limit: opts.limit });
        run.show(res, () => {
          if (res.sessions.length === 0) return run.out('No scenario runs yet. Try `hilt testing run --scenario …`.');
          printTable(
            run.out,
            ['ID', 'SCENARIO', 'STATUS', 'EVENTS', 'DELIVERIES', 'CREATED'],
            res.sessions.map((s) => [
              s.id,
              s.scenario,
              s.status,
              String(s.event_count),
              String(s.delivery_count),
              time(s.created_at),
            ]),
          );
        });
      }),
    );

  testing
    .command('get')
    .description('one scenario run with its timeline')
    .argument('<session-id>', 'the session id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().get<{ session: Session }>(`/v1/testing/sessions/${enc(id)}`);
        run.show(res, () => {
          printFields(run.out, sessionFields(res.session));
          if (res.session.timeline.length) {
            run.out('');
            printTable(
              run.out,
              ['TIME', 'EVENT', 'ID'],
              res.session.timeline.map((e) => [time(e.created_at), e.type, e.id]),
            );
          }
        });
      }),
    );

  // ---- pay: products, members, receipts -----------------------------------------------------------------------

  const pay = group(program, 'pay', 'products, members and receipts');

  interface Product {
    id: string;
    title: string;
    product_type: string;
    status: string;
    livemode: boolean;
    amount_minor_units: number;
    asset_symbol: string;
    asset_decimals: number;
    token_mint: string | null;
    merchant_wallet: string;
    delivery_type: string;
    slug: string;
    payment_count: number;
    max_payments: number | null;
    membership_enabled: boolean;
    membership_billing_interval_days: number | null;
    checkout_url: string;
    created_at: string;
    updated_at: string;
  }
  const price = (p: Product) =>
    p.amount_minor_units > 0 ? amount(p.amount_minor_units, p.asset_decimals, p.asset_symbol) : `any ${p.asset_symbol}`;

  const products = group(pay, 'products', 'products (payment links, tip jars, memberships)');
  products
    .command('list')
    .description('list products')
    .option('--status <status>', 'ACTIVE, PAUSED or ARCHIVED')
    .option('--type <type>', 'product type, e.g. PAYMENT_LINK')
    .option('--limit <n>', 'at most this many', intOption(1, 200))
    .option('--offset <n>', 'skip this many', intOption(0))
    .action(
      action(async (run, opts: { status?: string; type?: string; limit?: number; offset?: number }) => {
        const rows = await run.client().get<Product[]>('/v1/products', {
          status: opts.status,
          product_type: opts.type,
          limit: opts.limit,
          offset: opts.offset,
        });
        run.show(rows, () => {
          if (rows.length === 0) return run.out(opts.status ? `No ${opts.status} products.` : 'No products yet.');
          printTable(
            run.out,
            ['ID', 'TITLE', 'TYPE', 'STATUS', 'PRICE', 'PAYMENTS', 'SLUG'],
            rows.map((p) => [
              p.id,
              truncate(p.title, 40),
              p.product_type,
              p.status,
              price(p),
              String(p.payment_count),
              p.slug,
            ]),
          );
        });
      }),
    );

  products
    .command('get')
    .description('one product')
    .argument('<product-id>', 'the product id')
    .action(
      action(async (run, id: string) => {
        const p = await run.client().get<Product>(`/v1/products/${enc(id)}`);
        run.show(p, () =>
          printFields(run.out, [
            ['Product', p.id],
            ['Title', p.title],
            ['Type', p.product_type],
            ['Status', p.status],
            ['Mode', p.livemode ? 'live' : 'sandbox'],
            ['Price', price(p)],
            ['Payout wallet', p.merchant_wallet],
            ['Delivery', p.delivery_type],
            ['Membership', p.membership_enabled ? `every ${p.membership_billing_interval_days ?? '?'} days` : 'no'],
            ['Payments', p.max_payments ? `${p.payment_count} of ${p.max_payments}` : p.payment_count],
            ['Checkout', p.checkout_url],
            ['Created', time(p.created_at)],
            ['Updated', time(p.updated_at)],
          ]),
        );
      }),
    );

  products
    .command('archive')
    .description('archive a product: its checkout stops selling')
    .argument('<product-id>', 'the product id')
    .action(
      action(async (run, id: string) => {
        const p = await run.client().delete<Product>(`/v1/products/${enc(id)}`);
        run.show(p, () => run.out(`Archived product ${p.id} "${p.title}" (status ${p.status})`));
      }),
    );

  interface Membership {
    id: string;
    product_id: string;
    product_title: string;
    platform: string;
    platform_display: string;
    customer_identity_type: string;
    customer_identity_value: string;
    payer_wallet: string | null;
    status: string;
    current_period_start_at: string;
    current_period_end_at: string;
    grace_ends_at: string | null;
    latest_payment_id: string | null;
    delivery_status: string;
    delivery_last_error: string | null;
    renewal_count: number;
    notes: string;
    created_at: string;
  }
  const memberTable = (run: Run, items: Membership[], empty: string) => {
    if (items.length === 0) return run.out(empty);
    printTable(
      run.out,
      ['ID', 'MEMBER', 'PRODUCT', 'STATUS', 'DELIVERY', 'PERIOD ENDS'],
      items.map((m) => [
        m.id,
        truncate(m.platform_display || m.customer_identity_value, 32),
        truncate(m.product_title, 32),
        m.status,
        m.delivery_status,
        time(m.current_period_end_at),
      ]),
    );
  };

  const members = group(pay, 'members', 'memberships: who has access, until when, and delivery');
  members
    .command('list')
    .description('list memberships')
    .option('--product <id>', 'only this product')
    .option('--status <status>', 'ACTIVE, GRACE_PERIOD, EXPIRED, DELIVERY_FAILED, …')
    .option('--platform <platform>', 'TELEGRAM, DISCORD or CUSTOM')
    .option('--query <text>', 'search identity, wallet or notes')
    .option('--limit <n>', 'at most this many', intOption(1, 200))
    .option('--offset <n>', 'skip this many', intOption(0))
    .action(
      action(
        async (
          run,
          opts: {
            product?: string;
            status?: string;
            platform?: string;
            query?: string;
            limit?: number;
            offset?: number;
          },
        ) => {
          const res = await run.client().get<{ items: Membership[]; count: number }>('/v1/memberships', {
            product_id: opts.product,
            status: opts.status,
            platform: opts.platform,
            q: opts.query,
            limit: opts.limit,
            offset: opts.offset,
          });
          run.show(res, () => memberTable(run, res.items, 'No memberships.'));
        },
      ),
    );

  members
    .command('lookup')
    .description('find memberships by wallet, buyer identity (e.g. @buyer) or transaction signature')
    .option('--wallet <address>', 'payer wallet')
    .option('--identity <identity>', 'buyer identity, e.g. @buyer or a Discord user id')
    .option('--tx <signature>', 'transaction signature')
    .option('--product <id>', 'only this product')
    .action(
      action(async (run, opts: { wallet?: string; identity?: string; tx?: string; product?: string }) => {
        if (!opts.wallet && !opts.identity && !opts.tx) throw new UsageError('give --wallet, --identity or --tx');
        const res = await run.client().get<{ items: Membership[]; count: number }>('/v1/memberships/lookup', {
          wallet: opts.wallet,
          identity: opts.identity,
          tx_signature: opts.tx,
          product_id: opts.product,
        });
        run.show(res, () => memberTable(run, res.items, 'No membership matches.'));
      }),
    );

  members
    .command('get')
    .description('one membership with its periods and history')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().get<{
          membership: Membership;
          periods: { period_start_at: string; period_end_at: string; status: string; payment_id: string | null }[];
          events: { event_type: string; actor_type: string; created_at: string }[];
        }>(`/v1/memberships/${enc(id)}`);
        run.show(res, () => {
          const m = res.membership;
          printFields(run.out, [
            ['Membership', m.id],
            ['Member', m.platform_display || m.customer_identity_value],
            ['Identity', `${m.customer_identity_type} ${m.customer_identity_value}`],
            ['Platform', m.platform],
            ['Wallet', m.payer_wallet],
            ['Product', `${m.product_title} (${m.product_id})`],
            ['Status', m.status],
            ['Period', `${time(m.current_period_start_at)} → ${time(m.current_period_end_at)}`],
            ['Grace ends', m.grace_ends_at ? time(m.grace_ends_at) : null],
            ['Delivery', m.delivery_status + (m.delivery_last_error ? ` (${m.delivery_last_error})` : '')],
            ['Renewals', m.renewal_count],
            ['Latest payment', m.latest_payment_id],
            ['Notes', m.notes],
          ]);
          if (res.periods.length) {
            run.out('');
            printTable(
              run.out,
              ['PERIOD START', 'PERIOD END', 'STATUS', 'PAYMENT'],
              res.periods.map((p) => [time(p.period_start_at), time(p.period_end_at), p.status, dash(p.payment_id)]),
            );
          }
          if (res.events.length) {
            run.out('');
            printTable(
              run.out,
              ['TIME', 'EVENT', 'BY'],
              res.events.map((e) => [time(e.created_at), e.event_type, e.actor_type]),
            );
          }
        });
      }),
    );

  members
    .command('renewal-intelligence')
    .description('memberships expiring soon, and counts per product')
    .option('--window-days <n>', 'look this many days ahead', intOption(1, 365))
    .option('--limit <n>', 'at most this many expiring memberships', intOption(1, 200))
    .action(
      action(async (run, opts: { windowDays?: number; limit?: number }) => {
        const res = await run.client().get<{
          summary: Record<string, number>;
          expiring_memberships: (Membership & { days_left: number })[];
          product_reports: { product_title: string; active: number; in_grace: number; expiring_in_window: number }[];
        }>('/v1/memberships/renewal-intelligence', { window_days: opts.windowDays, limit: opts.limit });
        run.show(res, () => {
          const s = res.summary;
          run.out(
            `Next ${s.window_days} days: ${s.expiring_in_window} expiring, ${s.renewals_in_window} renewed; ` +
              `${s.active} active, ${s.in_grace} in grace, ${s.expired} expired, ${s.delivery_failed} delivery failed`,
          );
          if (res.expiring_memberships.length) {
            run.out('');
            printTable(
              run.out,
              ['ID', 'MEMBER', 'PRODUCT', 'STATUS', 'ENDS', 'DAYS LEFT'],
              res.expiring_memberships.map((m) => [
                m.id,
                truncate(m.platform_display || m.customer_identity_value, 32),
                truncate(m.product_title, 32),
                m.status,
                time(m.current_period_end_at),
                String(m.days_left),
              ]),
            );
          }
          if (res.product_reports.length) {
            run.out('');
            printTable(
              run.out,
              ['PRODUCT', 'ACTIVE', 'IN GRACE', 'EXPIRING'],
              res.product_reports.map((p) => [
                truncate(p.product_title, 40),
                String(p.active),
                String(p.in_grace),
                String(p.expiring_in_window),
              ]),
            );
          }
        });
      }),
    );

  members
    .command('retry-delivery')
    .description('push access delivery again now (exit 1 if it fails again)')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().post<{
          membership: Membership;
          delivery: { status: string; value: string | null; error: string | null; retry_after_seconds: number | null };
        }>(`/v1/memberships/${enc(id)}/retry-delivery`);
        run.show(res, () => {
          const d = res.delivery;
          run.out(`Delivery for membership ${id}: ${d.status}${d.error ? ` (${d.error})` : ''}`);
          if (d.value) run.out(`Access: ${d.value}`);
          if (d.retry_after_seconds) run.out(`Next automatic retry in ${d.retry_after_seconds} s`);
        });
        if (res.delivery.status === 'FAILED') {
          throw new CommanderError(1, 'hilt.deliveryFailed', res.delivery.error ?? 'delivery failed');
        }
      }),
    );

  members
    .command('delivery-diagnostics')
    .description("why a membership's access delivery works or not, check by check")
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run.client().get<{
          overall_status: string;
          summary: string;
          delivery_status: string;
          delivery_last_error: string | null;
          checks: { key: string; label: string; status: string; detail: string }[];
        }>(`/v1/memberships/${enc(id)}/delivery-diagnostics`);
        run.show(res, () => {
          run.out(`${res.overall_status}: ${res.summary}`);
          run.out(`Delivery ${res.delivery_status}${res.delivery_last_error ? ` (${res.delivery_last_error})` : ''}`);
          if (res.checks.length) {
            run.out('');
            printTable(
              run.out,
              ['CHECK', 'STATUS', 'DETAIL'],
              res.checks.map((c) => [c.label, c.status, c.detail]),
            );
          }
        });
      }),
    );

  members
    .command('delivery-support-ticket')
    .description('open (or find) the support ticket for a failed delivery')
    .argument('<membership-id>', 'the membership id')
    .action(
      action(async (run, id: string) => {
        const res = await run
          .client()
          .post<{ ticket_id: string; created: boolean }>(`/v1/memberships/${enc(id)}/delivery-support-ticket`);
        run.show(res, () =>
          run.out(
            res.created
              ? `Opened support ticket ${res.ticket_id}`
              : `Support ticket ${res.ticket_id} is already open for this membership`,
          ),
        );
      }),
    );

  interface ReceiptRow {
    receipt_id: string;
    tx_sig: string;
    created_at: string;
    product_title: string | null;
    payer_wallet: string | null;
    amount_display: string | null;
    invoice_number: string | null;
  }

  const receipts = group(pay, 'receipts', 'signed payment receipts');
  receipts
    .command('list')
    .description('list receipts, newest first')
    .option('--product <id>', 'only this product')
    .option('--query <text>', 'search invoice number, customer, transaction…')
    .option('--wallet <address>', 'only this payer wallet')
    .option('--page <n>', 'page', intOption(1))
    .option('--per-page <n>', 'rows per page', intOption(1, 100))
    .action(
      action(
        async (run, opts: { product?: string; query?: string; wallet?: string; page?: number; perPage?: number }) => {
          const res = await run.client().get<{ total: number; page: number; receipts: ReceiptRow[] }>('/v1/receipts', {
            product_id: opts.product,
            q: opts.query,
            wallet: opts.wallet,
            page: opts.page,
            per_page: opts.perPage,
          });
          run.show(res, () => {
            if (res.receipts.length === 0) return run.out('No receipts.');
            printTable(
              run.out,
              ['RECEIPT', 'PRODUCT', 'AMOUNT', 'PAYER', 'INVOICE', 'CREATED'],
              res.receipts.map((r) => [
                r.receipt_id,
                truncate(r.product_title ?? '-', 32),
                dash(r.amount_display),
                dash(r.payer_wallet),
                dash(r.invoice_number),
                time(r.created_at),
              ]),
            );
            run.out(`Page ${res.page}: ${res.receipts.length} of ${res.total}`);
          });
        },
      ),
    );

  receipts
    .command('get')
    .description('one receipt')
    .argument('<receipt-id>', 'the receipt id')
    .action(
      action(async (run, id: string) => {
        const r = await run.client().get<
          ReceiptRow & {
            receipt_hash: string;
            key_id: string;
            payment_id: string | null;
            merchant_wallet: string | null;
            verify_url: string;
            pdf_url: string;
            invoice_metadata: { invoice_number: string | null; customer_email: string | null };
          }
        >(`/v1/receipt/${enc(id)}`);
        run.show(r, () =>
          printFields(run.out, [
            ['Receipt', r.receipt_id],
            ['Product', r.product_title],
            ['Amount', r.amount_display],
            ['Payer', r.payer_wallet],
            ['Merchant', r.merchant_wallet],
            ['Transaction', r.tx_sig],
            ['Payment', r.payment_id],
            ['Invoice', r.invoice_metadata.invoice_number],
            ['Customer email', r.invoice_metadata.customer_email],
            ['Hash', r.receipt_hash],
            ['Signing key', r.key_id],
            ['Verify', r.verify_url],
            ['PDF', r.pdf_url],
            ['Created', time(r.created_at)],
          ]),
        );
      }),
    );

  receipts
    .command('send-proof')
    .description('email the proof of payment (verify link and PDF) to someone')
    .argument('<receipt-id>', 'the receipt id')
    .requiredOption('--email <email>', 'recipient')
    .option('--note <text>', 'a note to include')
    .action(
      action(async (run, id: string, opts: { email: string; note?: string }) => {
        const res = await run
          .client()
          .post<{ sent: boolean; email: string; verify_url: string }>(`/v1/receipt/${enc(id)}/send-proof`, {
            email: opts.email,
            ...(opts.note ? { note: opts.note } : {}),
          });
        run.show(res, () =>
          run.out(
            res.sent
              ? `Sent proof of receipt ${id} to ${res.email} (verify: ${res.verify_url})`
              : `Proof of receipt ${id} was not sent`,
          ),
        );
        if (!res.sent) throw new CommanderError(1, 'hilt.proofNotSent', 'proof not sent');
      }),
    );
}
