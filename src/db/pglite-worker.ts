// The embedded database's own thread: it opens PGlite on the data folder and answers the main thread's requests
// (pglite-thread.ts), so SQL runs on the second core while the event loop serves HTTP. PGlite runs one statement
// at a time; a transaction holds it from BEGIN to COMMIT/ROLLBACK, exactly as when it ran in process.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgliteOptions } from './pglite-options.ts';

export interface WorkerInit {
  dataDir?: string;
  /** A data folder tarball to start from (PGlite's loadDataDir), as bytes: a Blob does not cross threads. */
  loadDataDir?: ArrayBuffer;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' | 'commit' | 'rollback'; tx: number }
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

interface OpenTransaction {
  /** The PGlite transaction once BEGIN has run (it waits for any transaction before it). */
  ready: Promise<Transaction>;
  /** Ends the transaction: true commits, false rolls back. */
  finish: (commit: boolean) => void;
  /** Settles when COMMIT or ROLLBACK has run; rejects when COMMIT failed. */
  done: Promise<void>;
}

function beginTransaction(pglite: PGlite): OpenTransaction {
  let finish!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  let started!: (tx: Transaction) => void;
  let failed!: (err: unknown) => void;
  const ready = new Promise<Transaction>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  // The main thread may send the transaction's statements before BEGIN has run: they wait on `ready`.
  ready.catch(() => {});
  const done = pglite
    .transaction(async (tx) => {
      started(tx);
      if (!(await decided)) await tx.rollback();
    })
    .catch((err) => {
      failed(err);
      throw err;
    });
  return { ready, finish, done };
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

  const transactions = new Map<number, OpenTransaction>();
  const handle = async (req: WorkerRequest): Promise<unknown[] | undefined> => {
    switch (req.op) {
      case 'query': {
        const on = req.tx === undefined ? pglite : await transactionOf(req.tx).ready;
        return (await on.query(req.sql, req.params)).rows;
      }
      case 'exec': {
        const on = req.tx === undefined ? pglite : await transactionOf(req.tx).ready;
        await on.exec(req.sql);
        return undefined;
      }
      case 'begin':
        transactions.set(req.tx, beginTransaction(pglite));
        await transactionOf(req.tx).ready;
        return undefined;
      case 'commit':
      case 'rollback': {
        const tx = transactionOf(req.tx);
        transactions.delete(req.tx);
        tx.finish(req.op === 'commit');
        await tx.done;
        return undefined;
      }
      case 'close':
        // Waits for every queued statement and transaction, then shuts PostgreSQL down cleanly (checkpoint).
        await pglite.close();
        return undefined;
    }
  };
  const transactionOf = (id: number) => {
    const tx = transactions.get(id);
    if (!tx) throw new Error(`No open transaction ${id} on the embedded database`);
    return tx;
  };

  port.on('message', (req: WorkerRequest) => {
    const fail = (err: unknown) =>
      port.postMessage({ id: req.id, ok: false, error: serializeError(err) } satisfies WorkerReply);
    handle(req).then((rows) => {
      try {
        port.postMessage({ id: req.id, ok: true, rows } satisfies WorkerReply);
      } catch (err) {
        // A value structured clone cannot carry: that statement fails, the thread goes on.
        fail(err);
      }
      if (req.op === 'close') port.close();
    }, fail);
  });
  port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
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
