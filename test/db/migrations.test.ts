import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openPglite } from '../../src/db/index.ts';
import { MIGRATIONS_DIR, MigrationChecksumError, migrate } from '../../src/db/migrate.ts';

describe('migrations', () => {
  test('an applied migration edited afterwards stops the migrator; an untouched set migrates again as a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hilt-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const db = await openPglite(undefined);
    try {
      assert.ok((await migrate(db, dir)).length > 0);
      assert.deepEqual(await migrate(db, dir), [], 'nothing left to apply');
      const [row] = await db.query<{ checksum: string }>(
        "SELECT checksum FROM schema_migrations WHERE version = '0001_foundation'",
      );
      assert.match(row.checksum, /^[0-9a-f]{64}$/);
      const file = join(dir, '0001_foundation.sql');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited after the fact\n`);
      await assert.rejects(migrate(db, dir), (err) => {
        assert.ok(err instanceof MigrationChecksumError);
        assert.match(err.message, /0001_foundation was edited after it was applied/);
        return true;
      });
    } finally {
      await db.close();
    }
  });
});
