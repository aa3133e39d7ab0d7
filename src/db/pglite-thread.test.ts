// The embedded database on its own thread keeps every promise the in-process engine made: types, PostgreSQL error
// fields, serialised transactions, a clean close, and a thread that dies loudly instead of leaving callers waiting.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type Db, EmbeddedDatabaseStoppedError, isDatabaseUnavailable, openPglite, PgliteError } from './index.ts';
import { openPgliteThread } from './pglite-thread.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hilt-pglite-thread-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs a script as its own Node process (with tsx), printing what it writes to stdout. */
function runNode(script: string, onLine?: (line: string, kill: () => void) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
    for (const line of String(d).split('\n').filter(Boolean)) onLine?.(line, () => child.kill('SIGKILL'));
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, out, err })),
  );
}

describe('PGlite on its own thread', { timeout: 600_000 }, () => {
  let db: Db;
  after(async () => {
    await db?.close();
  });

  test('opens and answers with the types the in-process engine gave', async () => {
    db = await openPglite(undefined);
    assert.equal(db.kind, 'pglite');
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT 9007199254740993::int8 AS big, '2026-01-02T03:04:05.678Z'::timestamptz AS at, '{"a":[1,"x"]}'::jsonb AS j,
              '\\x00ff'::bytea AS bin, 12.50::numeric AS num, 3::int AS small, true AS flag, NULL::text AS nothing,
              ARRAY['a','b'] AS list, $1::int8 AS param_big, $2::timestamptz AS param_at, $3::jsonb AS param_json`,
      [123n, new Date('2030-05-06T07:08:09.000Z'), { k: 'v', n: [1, 2] }],
    );
    assert.equal(row.big, 9007199254740993n);
    assert.ok(row.at instanceof Date);
    assert.equal((row.at as Date).toISOString(), '2026-01-02T03:04:05.678Z');
    assert.deepEqual(row.j, { a: [1, 'x'] });
    assert.ok(row.bin instanceof Uint8Array);
    assert.deepEqual([...(row.bin as Uint8Array)], [0, 255]);
    assert.equal(row.num, '12.50');
    assert.equal(row.small, 3);
    assert.equal(row.flag, true);
    assert.equal(row.nothing, null);
    assert.deepEqual(row.list, ['a', 'b']);
    assert.equal(row.param_big, 123n);
    assert.equal((row.param_at as Date).toISOString(), '2030-05-06T07:08:09.000Z');
    assert.deepEqual(row.param_json, { k: 'v', n: [1, 2] });
  });

  test('a refused statement rejects with PostgreSQL’s code and fields', async () => {
    await db.exec('CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL); INSERT INTO item VALUES (1, $$one$$)');
    const dup = await db.query('INSERT INTO item VALUES (1, $1)', ['again']).catch((e: unknown) => e);
    assert.ok(dup instanceof PgliteError);
    assert.equal(dup.code, '23505');
    assert.equal(dup.constraint, 'item_pkey');
    assert.equal(dup.table, 'item');
    assert.match(dup.detail ?? '', /Key \(id\)=\(1\) already exists/);
    assert.match(dup.message, /duplicate key value violates unique constraint "item_pkey"/);
    assert.equal(dup.params, undefined, 'parameters stay in the database thread');
    assert.equal(isDatabaseUnavailable(dup), false);
    const syntax = await db.query('SELEC 1').catch((e: unknown) => e);
    assert.equal((syntax as PgliteError).code, '42601');
    // The engine carries on after an error.
    assert.deepEqual(await db.query('SELECT name FROM item'), [{ name: 'one' }]);
  });

  test('a transaction commits as one, rolls back as one, and keeps the error code', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO item VALUES (2, $1)', ['two']);
      await tx.exec('INSERT INTO item VALUES (3, $$three$$)');
      return (await tx.query<{ n: bigint }>('SELECT count(*) AS n FROM item'))[0].n;
    });
    assert.equal(value, 3n);
    const failed = await db
      .transaction(async (tx) => {
        await tx.query('INSERT INTO item VALUES (4, $1)', ['four']);
        await tx.query('INSERT INTO item VALUES (1, $1)', ['dup']);
      })
      .catch((e: unknown) => e);
    assert.equal((failed as PgliteError).code, '23505');
    const thrown = await db
      .transaction(async (tx) => {
        await tx.query('INSERT INTO item VALUES (5, $1)', ['five']);
        throw new Error('changed my mind');
      })
      .catch((e: unknown) => e);
    assert.equal((thrown as Error).message, 'changed my mind');
    // A statement error swallowed inside the callback still fails the commit: nothing of it is kept.
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO item VALUES (6, $1)', ['six']);
        await tx.query('INSERT INTO item VALUES (1, $1)', ['dup']).catch(() => {});
      }),
    );
    assert.deepEqual(
      (await db.query<{ id: number }>('SELECT id FROM item ORDER BY id')).map((r) => r.id),
      [1, 2, 3],
    );
    // A transaction's handle is dead once it ended.
    let kept: { query: Db['query'] } | undefined;
    await db.transaction(async (tx) => {
      kept = tx;
    });
    await assert.rejects(kept!.query('SELECT 1'), /Transaction is closed/);
  });

  test('transactions run one at a time, and a statement outside waits for the open one', async () => {
    await db.exec('CREATE TABLE counter (n int NOT NULL); INSERT INTO counter VALUES (0)');
    // Read-modify-write with the main thread yielding in between: only serialised transactions count to 50.
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async (tx) => {
          const [{ n }] = await tx.query<{ n: number }>('SELECT n FROM counter');
          await new Promise((resolve) => setImmediate(resolve));
          await tx.query('UPDATE counter SET n = $1', [n + 1]);
        }),
      ),
    );
    assert.deepEqual(await db.query('SELECT n FROM counter'), [{ n: 50 }]);

    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const open = db.transaction(async (tx) => {
      await tx.query('UPDATE counter SET n = 100');
      inserted();
      await held;
    });
    await didInsert;
    let outsideDone = false;
    const outside = db.query<{ n: number }>('SELECT n FROM counter').then((rows) => {
      outsideDone = true;
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(outsideDone, false, 'the outside statement waits for the transaction');
    release();
    await open;
    assert.deepEqual(await outside, [{ n: 100 }]);
  });

  test('many concurrent statements each get their own answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => db.query<{ v: number }>('SELECT $1::int * 2 AS v', [i])),
    );
    assert.deepEqual(
      answers.map((rows) => rows[0].v),
      Array.from({ length: 300 }, (_, i) => i * 2),
    );
  });

  test('the event loop stays free while a long statement runs', async () => {
    let ticked = false;
    const timer = setTimeout(() => {
      ticked = true;
    }, 5);
    // Long enough (hundreds of ms) that a timer due in 5 ms fires before it ends, which it cannot when PGlite
    // runs the statement synchronously on this thread.
    const [{ n }] = await db.query<{ n: bigint }>('SELECT count(*) AS n FROM generate_series(1, 3000000) AS s(i)');
    clearTimeout(timer);
    assert.equal(n, 3_000_000n);
    assert.equal(ticked, true);
  });

  test('close flushes to the data folder; a reopened folder has the data; calls after close are refused', async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    await first.exec('CREATE TABLE kept (v text)');
    await first.transaction((tx) => tx.query('INSERT INTO kept VALUES ($1)', ['hello']));
    await first.close();
    await first.close();
    const late = await first.query('SELECT 1').catch((e: unknown) => e);
    assert.ok(late instanceof EmbeddedDatabaseStoppedError);
    assert.equal(isDatabaseUnavailable(late), true);
    const again = await openPglite(dir);
    try {
      assert.deepEqual(await again.query('SELECT v FROM kept'), [{ v: 'hello' }]);
    } finally {
      await again.close();
    }
  });

  test('a thread that dies rejects what was waiting and everything after, and close still returns', async () => {
    const doomed = await openPgliteThread(undefined);
    const waiting = doomed.query('SELECT count(*) FROM generate_series(1, 20000000)');
    const queued = doomed.query('SELECT 1');
    await doomed.worker.terminate();
    for (const p of [waiting, queued]) {
      const err = await p.catch((e: unknown) => e);
      assert.ok(err instanceof EmbeddedDatabaseStoppedError);
      assert.match(err.message, /embedded database thread exited/);
      assert.equal(isDatabaseUnavailable(err), true);
    }
    await assert.rejects(doomed.query('SELECT 1'), /embedded database thread exited/);
    await assert.rejects(
      doomed.transaction((tx) => tx.query('SELECT 1')),
      /embedded database thread exited/,
    );
    await doomed.close();
  });

  test('an idle thread does not keep the process alive', async () => {
    const result = await runNode(`
      import { openPglite } from './src/db/index.ts';
      const db = await openPglite(undefined);
      console.log(JSON.stringify(await db.query('SELECT 41 + 1 AS v')));
    `);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /\[\{"v":42\}\]/);
  });

  test('SIGKILL mid-write loses nothing committed and leaves a folder that opens', async () => {
    const dir = tempDir();
    const result = await runNode(
      `
      import { openPglite } from './src/db/index.ts';
      const db = await openPglite(${JSON.stringify(join(dir, 'db'))});
      await db.exec('CREATE TABLE t (i int PRIMARY KEY)');
      for (let i = 1; i <= 20; i++) await db.transaction((tx) => tx.query('INSERT INTO t VALUES ($1)', [i]));
      console.log('committed');
      for (let i = 21; ; i++) await db.query('INSERT INTO t VALUES ($1)', [i]);
    `,
      (line, kill) => {
        if (line === 'committed') setTimeout(kill, 100);
      },
    );
    assert.equal(result.signal, 'SIGKILL', result.err);
    const reopened = await openPglite(join(dir, 'db'));
    try {
      const rows = await reopened.query<{ i: number }>('SELECT i FROM t ORDER BY i');
      assert.ok(rows.length >= 20);
      assert.deepEqual(
        rows.map((r) => r.i),
        Array.from({ length: rows.length }, (_, k) => k + 1),
      );
      await reopened.query('INSERT INTO t VALUES (0)');
    } finally {
      await reopened.close();
    }
  });
});
