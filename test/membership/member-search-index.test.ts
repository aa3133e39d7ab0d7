import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { type Db, openPglite, type Queryable, wrapPglite } from '../../src/db/index.ts';
import { listMigrations, MIGRATIONS_DIR, migrate } from '../../src/db/migrate.ts';
import { listMemberships } from '../../src/membership/repository.ts';
import { createTestApp, registerMerchant, type TestApp, usingPostgres } from '../helpers/app.ts';

const TRIGRAM_INDEXES = ['memberships_display_trgm', 'memberships_identity_trgm', 'memberships_platform_user_trgm'];

async function trigramIndexes(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ indexname: string }>(
    "SELECT indexname FROM pg_indexes WHERE tablename = 'memberships' AND indexname LIKE '%_trgm' ORDER BY indexname",
  );
  return rows.map((r) => r.indexname);
}

describe('member search trigram indexes on the embedded database', {
  skip: usingPostgres && 'embedded engine only',
}, () => {
  let hilt: TestApp;
  let ownerId: string;

  before(async () => {
    hilt = await createTestApp();
    ownerId = (await registerMerchant(hilt)).userId;
  });
  after(() => hilt?.dispose());

  test('a new data folder has them, and they serve the text arms of a member search', async () => {
    assert.deepEqual(await trigramIndexes(hilt.db), TRIGRAM_INDEXES);
    // At a test's size the planner rightly reads a workspace's few members through the owner index, so the full
    // search never shows a trigram index here. Each text arm on its own, with scans priced out, shows the index
    // answers a substring ILIKE (the extension's operator class works in this engine).
    const arms = {
      memberships_identity_trgm: 'customer_identity_value',
      memberships_display_trgm: 'platform_display',
      memberships_platform_user_trgm: 'platform_user_id',
    };
    for (const [index, column] of Object.entries(arms)) {
      const plan = await hilt.db.transaction(async (tx) => {
        await tx.exec('SET LOCAL enable_seqscan = off');
        const rows = await tx.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT id FROM memberships WHERE ${column} ILIKE $1`,
          ['%alice%'],
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      assert.match(plan, new RegExp(`Bitmap Index Scan on ${index}`), plan);
    }
    assert.equal(
      (await listMemberships(hilt.db, { ownerId, livemode: true }, { q: 'alice', limit: 20, offset: 0 })).length,
      0,
    );
  });

  test('a data folder migrated before the extension was loaded gets them from a later migration', async () => {
    // The migrations up to 0019 on PGlite without pg_trgm: what an existing embedded data folder holds.
    const dir = mkdtempSync(join(tmpdir(), 'hilt-migrations-'));
    let old: Db | undefined;
    let reopened: Db | undefined;
    try {
      for (const m of listMigrations()) {
        if (m.version < '0020') cpSync(join(MIGRATIONS_DIR, `${m.version}.sql`), join(dir, `${m.version}.sql`));
      }
      const before = await PGlite.create();
      old = wrapPglite(before);
      await migrate(old, dir);
      assert.deepEqual(await trigramIndexes(old), [], '0018 skipped them without the extension');
      const dump = await before.dumpDataDir('gzip');
      await old.close();
      old = undefined;

      reopened = await openPglite(undefined, dump);
      assert.ok((await migrate(reopened)).includes('0020_membership_search_embedded'));
      assert.deepEqual(await trigramIndexes(reopened), TRIGRAM_INDEXES);
    } finally {
      await old?.close();
      await reopened?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
