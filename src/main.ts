// Process entry: runs the CLI, turns failures into exit codes and signals into a graceful stop.
import { CommanderError } from 'commander';
import { buildCli } from './cli/index.ts';
import { ConfigError } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { MigrationChecksumError } from './db/migrate.ts';
import { AppError } from './errors.ts';

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
