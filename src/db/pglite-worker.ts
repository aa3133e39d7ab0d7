// The embedded database's own thread: it opens PGlite on the data folder and answers the main thread's requests
// (pglite-thread.ts), so SQL runs on the second core while the event loop serves HTTP. PGlite runs one statement
// at a time; a transaction holds it from BEGIN to COMMIT/ROLLBACK, exactly as when it ran in process.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { PGlite, TransactionAbortedError } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.ts';
import { PgliteStatements } from './pglite-statements.ts';
import { collectStartupGarbage } from '../lib/startup-garbage.ts';

export interface WorkerInit {
  dataDir?: string;
  /** A data folder tarball to start from (PGlite's loadDataDir), as bytes: a Blob does not cross threads. */
  loadDataDir?: ArrayBuffer;
}

/**
 * A statement of transaction `tx` is sent with `begin` when it is the transaction's first: BEGIN runs just before it
 * (one message instead of two). A transaction that sent no statement sends nothing at all.
 */
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number; begin?: boolean }
  | { id: number; op: 'exec'; sql: string; tx?: number; begin?: boolean }
  | { id: number; op: 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'close' };

/** A thrown error as data: structured clone keeps only an Error's message, so PostgreSQL's fields travel apart. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number | boolean>;
}

export type WorkerReply =
  | { id: number; ok: true; rows?: unknown[] }
  | { id: number; ok: false; error: SerializedError }
  | { id: 0; ready: true }
  | { id: 0; ready: false; error: SerializedError };

// The query text stays (useful in logs); the parameters stay here: they may hold secrets and need not be cloneable.
const DROPPED_FIELDS = new Set(['params', 'queryOptions']);

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: SerializedError['fields'] = {};
  for (const [key, value] of Object.entries(err)) {
    if (DROPPED_FIELDS.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
  }
  return { name: err.name, message: err.message, stack: err.stack, fields };
}

/**
 * The thread's queue: requests run one at a time in the order they came, except that while a transaction is open
 * only its own statements run (everything else waits for its COMMIT or ROLLBACK, as PGlite's transaction lock made
 * it wait before). Whether a transaction is open is the engine's own answer after each request: open once a
 * statement sent with `begin` has run BEGIN, closed once COMMIT or ROLLBACK has run (or BEGIN failed).
 */
export class RequestQueue {
  readonly #waiting: WorkerRequest[] = [];
  #openTx: number | undefined;
  #running = false;
  /** Runs one request and answers it. */
  readonly #run: (req: WorkerRequest) => Promise<void>;
  readonly #inTransaction: () => boolean;

  constructor(run: (req: WorkerRequest) => Promise<void>, inTransaction: () => boolean) {
    this.#run = run;
    this.#inTransaction = inTransaction;
  }

  /** The transaction holding the engine, if any. */
  get openTransaction(): number | undefined {
    return this.#openTx;
  }

  push(req: WorkerRequest) {
    this.#waiting.push(req);
    void this.#drain();
  }

  #next(): WorkerRequest | undefined {
    const open = this.#openTx;
    if (open === undefined) return this.#waiting.shift();
    const i = this.#waiting.findIndex((r) => 'tx' in r && r.tx === open && !('begin' in r && r.begin));
    return i < 0 ? undefined : this.#waiting.splice(i, 1)[0];
  }

  async #drain() {
    if (this.#running) return;
    this.#running = true;
    try {
      for (let req = this.#next(); req; req = this.#next()) {
        await this.#run(req);
        const tx = 'tx' in req ? req.tx : undefined;
        this.#openTx = this.#inTransaction() ? (this.#openTx ?? tx) : undefined;
      }
    } finally {
      this.#running = false;
    }
  }
}

async function serve(port: MessagePort, init: WorkerInit) {
  let pglite: PGlite;
  try {
    const load = init.loadDataDir ? new Blob([init.loadDataDir]) : undefined;
    pglite = await PGlite.create(pgliteOptions(PGlite.defaultStartParams, init.dataDir, load));
  } catch (err) {
    port.postMessage({ id: 0, ready: false, error: serializeError(err) } satisfies WorkerReply);
    return;
  }
  const statements = new PgliteStatements(pglite);

  const handle = async (req: WorkerRequest): Promise<unknown[] | undefined> => {
    if ('begin' in req && req.begin) {
      await statements.simple('BEGIN');
    } else if ('tx' in req && req.tx !== undefined && req.tx !== queue.openTransaction) {
      throw new Error(`No open transaction ${req.tx} on the embedded database`);
    }
    switch (req.op) {
      case 'query':
        try {
          return await statements.query(req.sql, req.params);
        } catch (err) {
          // As PGlite's own query did: the statement's text on its error (the parameters are left out).
          if (err && typeof err === 'object') Object.assign(err, { query: req.sql });
          throw err;
        }
      case 'exec':
        await statements.simple(req.sql);
        return undefined;
      case 'commit':
        // COMMIT of a transaction a failed statement aborted rolls it back: the caller must hear it did not commit.
        if ((await statements.simple('COMMIT')).at(-1) === 'ROLLBACK') throw new TransactionAbortedError();
        return undefined;
      case 'rollback':
        await statements.simple('ROLLBACK');
        return undefined;
      case 'close':
        // Runs once every request before it has (the queue holds it behind an open transaction), then shuts
        // PostgreSQL down cleanly (checkpoint).
        await pglite.close();
        return undefined;
    }
  };

  const queue = new RequestQueue(
    async (req) => {
      let rows: unknown[] | undefined;
      try {
        rows = await handle(req);
      } catch (err) {
        port.postMessage({ id: req.id, ok: false, error: serializeError(err) } satisfies WorkerReply);
        return;
      }
      try {
        port.postMessage({ id: req.id, ok: true, rows } satisfies WorkerReply);
      } catch (err) {
        // A value structured clone cannot carry: that statement fails, the thread goes on.
        port.postMessage({ id: req.id, ok: false, error: serializeError(err) } satisfies WorkerReply);
      }
      if (req.op === 'close') port.close();
    },
    () => pglite.isInTransaction(),
  );
  port.on('message', (req: WorkerRequest) => queue.push(req));
  port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
  setTimeout(collectStartupGarbage, 1000).unref();
}

// Run as a process (`pglite-worker.js --init <dataDir>`), it only creates a new data folder's database and brings it
// to the current schema, printing the migrations applied as JSON: see initDataDir in pglite-thread.ts.
async function initDataDir(dataDir: string) {
  const pglite = await PGlite.create(pgliteOptions(PGlite.defaultStartParams, dataDir, undefined));
  const { wrapPglite } = await import('./index.ts');
  const { migrate } = await import('./migrate.ts');
  const applied = await migrate(wrapPglite(pglite));
  await pglite.close();
  process.stdout.write(`${JSON.stringify(applied)}\n`);
}

if (parentPort) await serve(parentPort, workerData as WorkerInit);
else if (process.argv[2] === '--init' && process.argv[3]) await initDataDir(process.argv[3]);
else throw new Error('pglite-worker runs as the database thread of pglite-thread.ts');
