// One SQL dialect over two engines: PostgreSQL (pg.Pool) when DATABASE_URL is set, otherwise an embedded PGlite
// database in the data folder, run on its own thread (pglite-thread.ts). Repositories take a `Queryable`; services
// that need atomicity call `db.transaction(tx => …)` and pass `tx` down — inside a transaction only `tx` may be used
// (on PGlite, using the outer handle there would wait for the transaction forever).
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { EmbeddedDatabaseStoppedError, openPgliteThread } from './pglite-thread.ts';
import { pgliteOptions } from './pglite-options.ts';

export { EmbeddedDatabaseStoppedError, PgliteError } from './pglite-thread.ts';

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements with no parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const int8 = (v: string) => BigInt(v);

/**
 * The embedded database (in memory when `dataDir` is undefined), on its own thread: the default. A new data folder
 * comes back already migrated (`appliedOnCreate` lists what was applied): see initDataDir in pglite-thread.ts.
 */
export function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Db & { appliedOnCreate: string[] }> {
  return openPgliteThread(dataDir, loadDataDir);
}

/**
 * The embedded database on the calling thread, as it ran before it had its own: for tools that want the PGlite
 * object itself (a data folder dump) and as the control in bench/embedded-memory.ts. Loaded on demand, so a process
 * using the thread never holds a second copy of PGlite.
 */
export async function openPgliteHere(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Db & { pglite: PGlite }> {
  const { PGlite } = await import('@electric-sql/pglite');
  return wrapPglite(await PGlite.create(pgliteOptions(PGlite.defaultStartParams, dataDir, loadDataDir)));
}

export function wrapPglite(pglite: PGlite): Db & { pglite: PGlite } {
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(text: string, params?: unknown[]) {
      const res = await q.query<T>(text, params as never);
      return res.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  const base = wrap(pglite);
  return {
    kind: 'pglite',
    pglite,
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    close: () => pglite.close(),
  };
}

export function openPostgres(connectionString: string, max = 10): Db & { pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    max,
    // An unreachable database fails requests quickly (503) instead of queueing them until the client gives up.
    connectionTimeoutMillis: 5000,
    // Connections stay open between bursts: each new one costs PostgreSQL a backend to start and its caches to
    // warm (pg's default closed them after 10 idle seconds, so a spike reopened them again and again).
    idleTimeoutMillis: 300_000,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === 20 ? int8 : pg.types.getTypeParser(oid, format as 'text')) as never,
    },
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const wrapClient = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(text: string, params?: unknown[]) {
      const res = await c.query(text, params);
      return res.rows as T[];
    },
    async exec(text: string) {
      await c.query(text);
    },
  });
  const base = wrapClient(pool);
  return {
    kind: 'postgres',
    pool,
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no error listener of the pool's: a connection lost mid-transaction would be an
      // unhandled 'error' event and end the process. Keep it here; the failing query rejects on its own, and the
      // broken client is destroyed on release instead of going back to the pool.
      let lost: Error | undefined;
      const onError = (err: Error) => {
        lost ??= err;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrapClient(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        if (!lost) await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.removeListener('error', onError);
        client.release(lost ?? undefined);
      }
    },
    close: () => pool.end(),
  };
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
// Server shutting down or starting, too many connections: the database is away, not the request at fault.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Whether an error means the database cannot be reached right now (answered 503, retried by the client). */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof EmbeddedDatabaseStoppedError) return true;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown[] };
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.has(code) || /^08/.test(code)) return true;
  if (Array.isArray(e.errors) && e.errors.some(isDatabaseUnavailable)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Client was closed/i.test(
    message,
  );
}
