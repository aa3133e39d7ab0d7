// What one statement costs on the embedded engine, the floor under CPU per confirmation: the same statements run
// in this thread through PGlite's own query (parsed and planned every time) and through the prepared statements the
// server uses (src/db/pglite-statements.ts), both in memory, then through the database thread on a data folder
// (what the server does: the thread's messages, the write-ahead log on disk). CPU is this process's, all threads.
//
//   node bench/pglite-statements.ts [--rows 2000] [--n 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../src/db/index.ts';
import { wrapPglite } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { pgliteOptions } from '../src/db/pglite-options.ts';
import { openPgliteThread } from '../src/db/pglite-thread.ts';
import { PgliteStatements } from '../src/db/pglite-statements.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '2000' }, n: { type: 'string', default: '1000' } },
});
const ROWS = Number(values.rows);
const N = Number(values.n);

async function seed(db: Db): Promise<{ ids: string[]; productId: string; ownerId: string }> {
  const [u] = await db.query<{ id: string }>(
    `INSERT INTO users (email, password_hash) VALUES ('bench@example.com', 'x') RETURNING id`,
  );
  const [p] = await db.query<{ id: string }>(
    `INSERT INTO products (owner_id, livemode, product_type, title, amount_minor_units, merchant_wallet, slug)
     VALUES ($1, false, 'PAYMENT_LINK', 'Bench', 1000, 'wallet', 'bench') RETURNING id`,
    [u.id],
  );
  const ids: string[] = [];
  for (let i = 0; i < ROWS; i++) ids.push((await insertPayment(db, p.id, u.id, `seed${i}`))[0].id);
  return { ids, productId: p.id, ownerId: u.id };
}

function insertPayment(db: Db, productId: string, ownerId: string, tag: string) {
  return db.query<{ id: string }>(
    `INSERT INTO payments (product_id, owner_id, livemode, nonce, reference, amount_minor_units,
        merchant_amount_minor_units, fee_minor_units, merchant_wallet, expires_at)
     VALUES ($1, $2, false, $3, $4, 1000, 1000, 0, 'wallet', now() + interval '1 hour') RETURNING id`,
    [productId, ownerId, `${tag}-${Math.random()}`, `${tag}-${Math.random()}`],
  );
}

async function measure(engine: string, db: Db) {
  const { ids, productId, ownerId } = await seed(db);
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['SELECT 1', () => db.query('SELECT 1')],
    ['payment by id, one column', (i) => db.query('SELECT id FROM payments WHERE id = $1', [ids[i % ROWS]])],
    ['payment by id, all 45 columns', (i) => db.query('SELECT * FROM payments WHERE id = $1', [ids[i % ROWS]])],
    ['UPDATE one payment', (i) => db.query('UPDATE payments SET next_check_at = now() WHERE id = $1', [ids[i % ROWS]])],
    ['INSERT one payment (12 indexes)', (i) => insertPayment(db, productId, ownerId, `m${i}`)],
    ['SELECT 1 in a transaction (BEGIN, COMMIT)', () => db.transaction((tx) => tx.query('SELECT 1'))],
  ];
  const rows = [];
  for (const [name, f] of cases) {
    for (let i = 0; i < 50; i++) await f(i);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await f(i);
    const cpu = process.cpuUsage(cpu0);
    rows.push({
      engine,
      statement: name,
      'wall ms': ((performance.now() - t0) / N).toFixed(3),
      'CPU ms (all threads)': ((cpu.user + cpu.system) / 1000 / N).toFixed(3),
    });
  }
  return rows;
}

const inProcess = await PGlite.create(pgliteOptions(PGlite.defaultStartParams, undefined, undefined));
const here = wrapPglite(inProcess);
await migrate(here);
const table = await measure("PGlite's query, this thread, in memory", here);
await here.close();

// The same engine through the prepared statements the database thread uses (src/db/pglite-statements.ts).
const preparedEngine = await PGlite.create(pgliteOptions(PGlite.defaultStartParams, undefined, undefined));
await migrate(wrapPglite(preparedEngine));
const statements = new PgliteStatements(preparedEngine);
const prepared: Db = {
  kind: 'pglite',
  query: (sql, params) => statements.query(sql, params) as never,
  exec: async (sql) => {
    await statements.simple(sql);
  },
  async transaction(fn) {
    await statements.simple('BEGIN');
    try {
      const result = await fn(prepared);
      await statements.simple('COMMIT');
      return result;
    } catch (err) {
      await statements.simple('ROLLBACK');
      throw err;
    }
  },
  close: () => preparedEngine.close(),
};
table.push(...(await measure('prepared statements, this thread, in memory', prepared)));
await prepared.close();

const dir = mkdtempSync(join(tmpdir(), 'hilt-bench-statements-'));
const thread = await openPgliteThread(join(dir, 'db'));
table.push(...(await measure('database thread (prepared), data folder', thread)));
await thread.close();
rmSync(dir, { recursive: true, force: true });
console.table(table);
