// Numbered SQL migrations, the same files for PGlite and PostgreSQL, recorded in `schema_migrations` with a checksum
// of their text: a migration edited after it was applied stops the migrator instead of leaving schemas that differ.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './index.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function listMigrations(dir = MIGRATIONS_DIR): { version: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

// Any fixed number: serialises concurrent migrators of several instances on one PostgreSQL.
const MIGRATION_LOCK_KEY = 726_110_001;

export class MigrationChecksumError extends Error {}

const checksumOf = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');

export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    await tx.exec('ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text');
    const done = new Map(
      (
        await tx.query<{ version: string; checksum: string | null }>('SELECT version, checksum FROM schema_migrations')
      ).map((r) => [r.version, r.checksum]),
    );
    for (const m of listMigrations(dir)) {
      const checksum = checksumOf(m.sql);
      if (done.has(m.version)) {
        const recorded = done.get(m.version);
        // Applied before checksums were kept: record it now.
        if (recorded === null) {
          await tx.query('UPDATE schema_migrations SET checksum = $2 WHERE version = $1', [m.version, checksum]);
        } else if (recorded !== checksum) {
          throw new MigrationChecksumError(
            `Migration ${m.version} was edited after it was applied (checksum ${recorded?.slice(0, 12)} recorded, ` +
              `${checksum.slice(0, 12)} now). Restore the file and put the change in a new migration.`,
          );
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [m.version, checksum]);
      applied.push(m.version);
    }
  });
  return applied;
}
