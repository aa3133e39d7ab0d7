// Prepared statements on the embedded engine answer exactly as PGlite's own query does, stay bounded, survive a
// schema change, and leave the session usable after every kind of failure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.ts';
import { PgliteStatements } from './pglite-statements.ts';

describe('prepared statements on PGlite', () => {
  let pg: PGlite;
  before(async () => {
    pg = await PGlite.create(pgliteOptions(PGlite.defaultStartParams, undefined, undefined));
    await pg.exec(`CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, data jsonb, bin bytea, at timestamptz,
                                   big int8, tags text[])`);
  });
  after(async () => {
    await pg.close();
  });

  test('values and rows are those of PGlite’s query, and a statement is prepared once', async () => {
    const statements = new PgliteStatements(pg);
    const params = [
      1,
      'ünï',
      { a: [1, 'x'], n: null },
      new Uint8Array([0, 255]),
      new Date('2030-01-02T03:04:05Z'),
      2n ** 60n,
      ['a', 'b,c'],
    ];
    const insert = `INSERT INTO t (id, name, data, bin, at, big, tags) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`;
    const [inserted] = await statements.query(insert, params);
    const expected = (await pg.query('SELECT * FROM t WHERE id = $1', [1])).rows[0];
    assert.deepEqual(inserted, expected);
    assert.equal(inserted.big, 2n ** 60n);
    assert.deepEqual(inserted.tags, ['a', 'b,c']);

    const select = 'SELECT id, name, data FROM t WHERE id = $1';
    for (let i = 0; i < 5; i++)
      assert.deepEqual(await statements.query(select, [1]), [{ id: 1, name: 'ünï', data: params[2] }]);
    assert.deepEqual(await statements.query(select, [2]), []);
    assert.equal(statements.size, 2);
    const [{ n }] = (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows;
    assert.equal(n, 2);
    // Null and undefined are SQL NULL; statements returning no rows answer [].
    assert.deepEqual(
      await statements.query('UPDATE t SET data = $2, bin = $3 WHERE id = $1', [1, null, undefined]),
      [],
    );
    assert.deepEqual(await statements.query('SELECT data, bin FROM t WHERE id = 1'), [{ data: null, bin: null }]);
  });

  test('the least recently used statements beyond the limit are closed, and prepared again when needed', async () => {
    const count = async () =>
      (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n;
    const before = await count();
    const statements = new PgliteStatements(pg, 3);
    for (let i = 0; i < 10; i++) assert.deepEqual(await statements.query(`SELECT ${i} AS v`), [{ v: i }]);
    assert.equal(statements.size, 3);
    await statements.query('SELECT 9 AS v'); // still prepared: sends the pending closes
    assert.equal(await count(), before + 3);
    assert.deepEqual(await statements.query('SELECT 0 AS v'), [{ v: 0 }]);
    assert.equal(statements.size, 3);
  });

  test('a statement whose columns a schema change altered is prepared again', async () => {
    const statements = new PgliteStatements(pg);
    assert.deepEqual(Object.keys((await statements.query('SELECT * FROM t WHERE id = 1'))[0]), [
      'id',
      'name',
      'data',
      'bin',
      'at',
      'big',
      'tags',
    ]);
    await statements.simple('ALTER TABLE t ADD COLUMN extra int DEFAULT 7');
    const [row] = await statements.query('SELECT * FROM t WHERE id = 1');
    assert.equal(row.extra, 7);
  });

  test('PostgreSQL’s errors come through with their fields, and the session goes on', async () => {
    const statements = new PgliteStatements(pg);
    await assert.rejects(statements.query('INSERT INTO t (id, name) VALUES ($1, $2)', [1, 'dup']), {
      code: '23505',
      constraint: 't_pkey',
    });
    await assert.rejects(statements.query('SELEC 1'), { code: '42601' });
    await assert.rejects(statements.query('SELECT * FROM t WHERE id = $1', ['not a number']), { code: '22P02' });
    assert.deepEqual(await statements.query('SELECT count(*)::int AS n FROM t'), [{ n: 1 }]);

    // In a transaction, a failure aborts it until ROLLBACK, as with any client; COMMIT then reports a rollback.
    await statements.simple('BEGIN');
    await statements.query('INSERT INTO t (id, name) VALUES ($1, $2)', [2, 'two']);
    await assert.rejects(statements.query('INSERT INTO t (id, name) VALUES ($1, $2)', [1, 'dup']), { code: '23505' });
    await assert.rejects(statements.query('SELECT 1'), { code: '25P02' });
    assert.deepEqual(await statements.simple('COMMIT'), ['ROLLBACK']);
    assert.deepEqual(await statements.query('SELECT count(*)::int AS n FROM t'), [{ n: 1 }]);
  });
});
