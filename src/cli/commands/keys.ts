// `hilt keys list|create|revoke`: the workspace's API keys.
import type { Command } from 'commander';
import { type Action, collect, group } from '../context.ts';
import { printTable, time, truncate } from '../format.ts';

export function registerKeyCommands(program: Command, action: Action): void {
  const keys = group(program, 'keys', 'API keys of the workspace');
  keys
    .command('list')
    .description('list API keys')
    .option('--all', 'include revoked keys')
    .action(
      action(async (run, opts: { all?: boolean }) => {
        const rows = await run.client().keys.list(opts.all ? { include_revoked: true } : undefined);
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
        // --sandbox is also the global flag, which commander hands to the program first; either way (or a sandbox
        // key as the credential) it means a sandbox key here.
        const res = await run.client().keys.create({
          name: opts.name,
          sandbox_mode: Boolean(opts.sandbox || run.sandbox),
          ...(opts.permissions ? { permissions: opts.permissions } : {}),
        });
        run.show(res, () => {
          run.out(
            `Created ${res.key.sandbox_mode ? 'sandbox' : 'live'} key ${res.key.id} "${res.key.name}" (${res.key.permissions.join(', ')})`,
          );
          if (res.raw_key) {
            run.out(res.raw_key);
            run.out('Copy it now: the key is not shown again.');
          } else {
            run.out('This was a replay of an earlier request: the key was shown then and is not shown again.');
          }
        });
      }),
    );

  keys
    .command('revoke')
    .description('revoke an API key at once')
    .argument('<key-id>', 'the key id')
    .action(
      action(async (run, id: string) => {
        await run.client().keys.revoke(id);
        run.show({ id, revoked: true }, () => run.out(`Revoked key ${id}`));
      }),
    );
}
