// The `hilt` command line: serving, migrations and operator tasks on the configured database here; the commands
// that talk to a Hilt server through the SDK (login, keys, products, payments, memberships, receipts, webhooks,
// testing) live in commands/, one file per group, sharing context.ts.
import { join } from 'node:path';
import { collectStartupGarbage } from '../lib/startup-garbage.ts';
import { Command, InvalidArgumentError } from 'commander';
import { createApp, openDatabase } from '../app.ts';
import { createAccountService } from '../account/service.ts';
import { PrincipalCache } from '../auth/principal-cache.ts';
import { type Config, dataDirOf, loadConfig, PLANS, type Plan } from '../config.ts';
import type { Db } from '../db/index.ts';
import { generateSecretValues } from '../secrets.ts';
import { registerCompletionCommand } from './commands/completion.ts';
import { registerKeyCommands } from './commands/keys.ts';
import { registerMembershipCommands } from './commands/memberships.ts';
import { registerPaymentCommands } from './commands/payments.ts';
import { registerProductCommands } from './commands/products.ts';
import { registerReceiptCommands } from './commands/receipts.ts';
import { registerSessionCommands } from './commands/session.ts';
import { registerTestingCommands } from './commands/testing.ts';
import { registerWebhookCommands } from './commands/webhooks.ts';
import { actionFactory, group } from './context.ts';
import type { CliInput } from './prompt.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the process is asked to stop (SIGTERM/SIGINT). */
  stopSignal: () => Promise<string>;
  /** Where `hilt login` reads a password from (default process.stdin). */
  stdin?: CliInput;
}

function parsePlan(value: string): Plan {
  if (!(PLANS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`plan must be one of ${PLANS.join(', ')}`);
  }
  return value as Plan;
}

async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const { db, release } = await openDatabase(config);
  try {
    return await fn(db);
  } finally {
    await db.close();
    release();
  }
}

export function buildCli(io: CliIo, env: Record<string, string | undefined> = process.env): Command {
  const program = new Command('hilt')
    .description('Hilt: sell access for SOL and USDC on Solana, self-hosted')
    .version('0.1.0', '-v, --version')
    .option('--json', 'print machine-readable JSON')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  const json = () => Boolean(program.opts().json);

  program
    .command('serve')
    .description('start the API server (migrations run first)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)')
    .action(async (opts: { port?: string }) => {
      const config = loadConfig(opts.port ? { ...env, PORT: opts.port } : env);
      const hilt = await createApp(config);
      const address = await hilt.app.listen({ host: config.host, port: config.port });
      io.out(
        `Hilt API listening on ${address} (${hilt.db.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
      );
      io.out(`API docs: ${config.publicUrl}/v1/docs`);
      // A second after listening, start-up's garbage goes back to the system at once (lib/startup-garbage.ts).
      setTimeout(collectStartupGarbage, 1000).unref();
      const signal = await io.stopSignal();
      io.out(`${signal} received, finishing in-flight requests`);
      await hilt.close();
    });

  program
    .command('migrate')
    .description('apply database migrations and exit')
    .action(async () => {
      const config = loadConfig(env);
      const { db, release, applied } = await openDatabase(config);
      await db.close();
      release();
      io.out(applied.length === 0 ? 'Database is up to date' : `Applied ${applied.join(', ')}`);
    });

  const workspaces = program.command('workspaces').description('merchant workspaces (one per account)');
  workspaces
    .command('list')
    .description('list workspaces with their plan and status')
    .option('--all', 'include deleted workspaces')
    .action(async (opts: { all?: boolean }) => {
      const config = loadConfig(env);
      const rows = await withDatabase(config, (db) =>
        createAccountService({ db, cache: new PrincipalCache(db, 0) }).listWorkspaces(Boolean(opts.all)),
      );
      if (json()) {
        io.out(
          JSON.stringify(
            rows.map((r) => ({
              id: r.id,
              email: r.email,
              wallet_address: r.wallet_address,
              display_name: r.display_name,
              plan: r.tier,
              status: r.status,
              active_keys: Number(r.active_keys),
              created_at: r.created_at.toISOString(),
            })),
            null,
            2,
          ),
        );
        return;
      }
      if (rows.length === 0) {
        io.out('No workspaces yet. Register one with POST /v1/auth/register.');
        return;
      }
      const table = rows.map((r) => [
        r.id,
        r.email ?? r.wallet_address ?? '-',
        r.tier,
        r.status,
        String(r.active_keys),
        r.created_at.toISOString().slice(0, 19).replace('T', ' '),
      ]);
      const head = ['ID', 'ACCOUNT', 'PLAN', 'STATUS', 'KEYS', 'CREATED (UTC)'];
      const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
      for (const row of [head, ...table])
        io.out(
          row
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd(),
        );
    });

  workspaces
    .command('set-plan')
    .description(`set a workspace's plan (${PLANS.join(', ')}); the new rate limit applies at once`)
    .argument('<account>', 'email, wallet address or workspace id')
    .argument('<plan>', 'plan', parsePlan)
    .action(async (account: string, plan: Plan) => {
      const config = loadConfig(env);
      const id = await withDatabase(config, async (db) => {
        const cache = new PrincipalCache(db, 0);
        return createAccountService({ db, cache }).setPlan(account, plan);
      });
      io.out(json() ? JSON.stringify({ id, plan }) : `Workspace ${id} is now on the ${plan} plan`);
    });

  for (const [name, status] of [
    ['suspend', 'suspended'],
    ['unsuspend', 'active'],
  ] as const) {
    workspaces
      .command(name)
      .description(status === 'suspended' ? 'suspend a workspace: its sessions and keys get 403' : 'lift a suspension')
      .argument('<account>', 'email, wallet address or workspace id')
      .action(async (account: string) => {
        const config = loadConfig(env);
        const id = await withDatabase(config, (db) =>
          createAccountService({ db, cache: new PrincipalCache(db, 0) }).setStatus(account, status),
        );
        io.out(json() ? JSON.stringify({ id, status }) : `Workspace ${id} is now ${status}`);
      });
  }

  program
    .command('chain')
    .description('run the local sandbox Solana chain alone, answering standard JSON-RPC')
    .option('-p, --port <port>', 'port to listen on', '8899')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--data-dir <dir>', 'where the ledger is kept (default: $HILT_DATA_DIR/chain)')
    .option('--memory', 'keep nothing on disk')
    .action(async (opts: { port: string; host: string; dataDir?: string; memory?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('port must be 0-65535');
      // Not the server's own in-process chain folder (sandbox-chain): both can run side by side on one data folder.
      // Only the data folder from the settings: the chain runs in production without the server's secrets.
      const dataDir = opts.memory ? undefined : (opts.dataDir ?? join(dataDirOf(env), 'chain'));
      const { startLocalChainServer } = await import('../chain/local/server.ts');
      const server = await startLocalChainServer({ port, host: opts.host, dataDir });
      io.out(`Sandbox chain JSON-RPC on ${server.url} (${dataDir ? `ledger in ${dataDir}` : 'in memory'})`);
      io.out(`USDC mint ${server.chain.usdcMint}; point HILT_SANDBOX_RPC_URL or any Solana client at it`);
      const signal = await io.stopSignal();
      io.out(`${signal} received, closing the chain`);
      await server.close();
    });

  program
    .command('secrets')
    .description('server secrets')
    .command('generate')
    .description('print fresh values for HILT_JWT_SECRET, HILT_RECEIPT_SIGNING_KEY and HILT_ENCRYPTION_KEY')
    .action(() => {
      const s = generateSecretValues();
      io.out(`HILT_JWT_SECRET=${s.jwt_secret}`);
      io.out(`HILT_RECEIPT_SIGNING_KEY=${s.receipt_signing_key}`);
      io.out(`HILT_ENCRYPTION_KEY=${s.encryption_key}`);
    });

  program
    .option(
      '--api-url <url>',
      'Hilt server for the API commands (default: HILT_API_URL, the saved login, or http://localhost:8080)',
    )
    .option('--profile <name>', 'use this saved login (default: HILT_PROFILE or "default")')
    .option('--sandbox', 'API commands act on sandbox data (sends X-Hilt-Mode: sandbox; implied by a sandbox key)');
  const action = actionFactory(io, env);
  registerSessionCommands(program, action);
  registerKeyCommands(program, action);
  registerProductCommands(program, action);
  registerPaymentCommands(program, action);
  registerMembershipCommands(program, action, 'memberships', 'members');
  registerReceiptCommands(program, action);
  registerWebhookCommands(program, action);
  registerTestingCommands(program, action);
  // Hilt's own CLI spells these `hilt pay products|members|receipts …`.
  const pay = group(program, 'pay', "products, members and receipts (the names of Hilt's CLI)");
  registerProductCommands(pay, action);
  registerMembershipCommands(pay, action, 'members');
  registerReceiptCommands(pay, action);
  registerCompletionCommand(program, io.out);

  return program;
}
