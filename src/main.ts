// Process entry: runs the CLI, turns failures into exit codes and signals into a graceful stop. The rest of the
// program is loaded only after the process has settled its malloc settings (see malloc-arenas.ts).
import { restartWithFewerMallocArenas } from './lib/malloc-arenas.ts';

restartWithFewerMallocArenas();

const { CommanderError } = await import('commander');
const { buildCli } = await import('./cli/index.ts');
const { ConfigError } = await import('./config.ts');
const { DataDirLockedError } = await import('./db/data-dir-lock.ts');
const { MigrationChecksumError } = await import('./db/migrate.ts');
const { AppError } = await import('./errors.ts');

const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });

const cli = buildCli({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stopSignal,
});

try {
  await cli.parseAsync(process.argv);
  process.exit(0);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof MigrationChecksumError ||
    err instanceof AppError
  ) {
    process.stderr.write(`hilt: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`hilt: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
}
