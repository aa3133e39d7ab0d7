// `hilt login`, `whoami`, `logout` and `profiles`: a session token or an API key saved per profile.
import type { Command } from 'commander';
import { HiltApiError } from '../../../sdk/src/index.ts';
import {
  type Action,
  DEFAULT_PROFILE,
  deleteStoredLogin,
  group,
  listProfiles,
  UsageError,
  usageExit,
  writeStoredLogin,
} from '../context.ts';
import { printFields, printTable, time } from '../format.ts';
import { type CliInput, promptHidden, promptLine, readAll } from '../prompt.ts';

export function registerSessionCommands(program: Command, action: Action): void {
  program
    .command('login')
    .description('log in to a Hilt server and save the session token (asks for email and password if not given)')
    .option('--email <email>', 'account email')
    .option('--password-stdin', 'read the password from stdin (for scripts)')
    .option('--token <token>', 'save an existing session token instead of logging in')
    .option('--api-key <key>', 'save an API key (hk_live_… or hk_sandbox_…) instead of a session')
    .exitOverride(usageExit)
    .action(
      action(async (run, opts: { email?: string; passwordStdin?: boolean; token?: string; apiKey?: string }) => {
        const conn = run.connection();
        let saved: { token: string } | { api_key: string };
        let who: { user_id: string; email: string | null; tier: string; expires_at?: string; sandbox?: boolean };
        if (opts.token !== undefined || opts.apiKey !== undefined) {
          if (opts.email || opts.passwordStdin || (opts.token !== undefined && opts.apiKey !== undefined)) {
            throw new UsageError('--token and --api-key each stand alone (no --email or --password-stdin)');
          }
          const value = (opts.token ?? opts.apiKey ?? '').trim();
          if (!value) throw new UsageError(`${opts.token !== undefined ? '--token' : '--api-key'} is empty`);
          const credentials =
            opts.token !== undefined
              ? ({ kind: 'bearer', token: value, source: 'saved login' } as const)
              : ({ kind: 'key', key: value, source: 'saved login' } as const);
          // Checked before it is saved: a credential the server refuses is never stored.
          const me = await run.client({ credentials }).account.me();
          who = { user_id: me.user_id, email: me.email ?? me.wallet_address, tier: me.tier, sandbox: me.sandbox };
          saved = opts.token !== undefined ? { token: value } : { api_key: value };
        } else {
          const input: CliInput = run.io.stdin ?? process.stdin;
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
          const res = await run.client({ auth: false, credentials: null }).auth.login({ email, password });
          saved = { token: res.token };
          who = { user_id: res.user_id, email: res.email, tier: res.tier, expires_at: res.expires_at };
        }
        const file = writeStoredLogin(run.env, { api_url: conn.apiUrl, ...saved }, conn.profile);
        const profile = conn.profile === DEFAULT_PROFILE ? undefined : conn.profile;
        // The secret itself is never printed, not even with --json: it is in the 0600 file.
        run.show({ api_url: conn.apiUrl, profile: conn.profile, ...who, config_file: file }, () => {
          const kind = 'api_key' in saved ? ` with ${who.sandbox ? 'a sandbox' : 'a live'} API key` : '';
          run.out(
            `Logged in to ${conn.apiUrl} as ${who.email ?? who.user_id} (workspace ${who.user_id}, ${who.tier} plan)${kind}`,
          );
          if (who.expires_at) run.out(`Session expires ${time(who.expires_at)} UTC; saved to ${file}`);
          else run.out(`Saved to ${file}${profile ? ` (use it with --profile ${profile})` : ''}`);
          if (who.sandbox) run.out('Commands act on sandbox data with this key.');
        });
        if (run.env.HILT_TOKEN || run.env.HILT_API_KEY) {
          run.err(
            `note: ${run.env.HILT_TOKEN ? 'HILT_TOKEN' : 'HILT_API_KEY'} is set and takes precedence over this login`,
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
        const me = await client.account.me();
        run.show(me, () => {
          const cred = client.credentials!;
          run.out(`Logged in to ${client.baseUrl} as ${me.email ?? me.wallet_address ?? me.user_id}`);
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
        if (stored.token) {
          try {
            await run
              .client({ credentials: { kind: 'bearer', token: stored.token, source: 'saved login' } })
              .auth.logout();
          } catch (err) {
            // 401: the session had already ended. Anything else: still forget the token here, then say so.
            if (!(err instanceof HiltApiError && err.statusCode === 401)) serverError = err as Error;
          }
        }
        deleteStoredLogin(run.env, conn.profile);
        if (serverError) {
          run.err('hilt: the saved token was deleted, but the server did not confirm the session ended:');
          throw serverError;
        }
        run.show({ logged_out: true, api_url: conn.apiUrl }, () => run.out(`Logged out of ${conn.apiUrl}`));
        if (run.env.HILT_TOKEN || run.env.HILT_API_KEY) {
          run.err(`note: ${run.env.HILT_TOKEN ? 'HILT_TOKEN' : 'HILT_API_KEY'} is still set in the environment`);
        }
      }),
    );

  group(program, 'profiles', 'saved logins, one per profile (--profile NAME or HILT_PROFILE)')
    .command('list')
    .description('list saved profiles with their server and credential')
    .action(
      action(async (run) => {
        const rows = listProfiles(run.env).map(({ profile, login }) => ({
          profile,
          api_url: login?.api_url ?? null,
          credential: login?.token
            ? 'session'
            : login?.api_key?.startsWith('hk_sandbox_')
              ? 'sandbox key'
              : login
                ? 'live key'
                : null,
        }));
        run.show(rows, () => {
          if (rows.length === 0) return run.out('No saved logins. Run `hilt login` (add --profile NAME for another).');
          printTable(
            run.out,
            ['PROFILE', 'SERVER', 'CREDENTIAL'],
            rows.map((r) => [r.profile, r.api_url ?? '-', r.credential ?? '-']),
          );
        });
      }),
    );
}
