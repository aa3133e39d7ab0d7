// The embedded database on its own thread, behind the same `Db` as everywhere else. A worker (pglite-worker.ts)
// owns PGlite and the data folder; this side sends it statements and gets rows back, so the event loop keeps serving
// while SQL runs on the other core. What callers relied on in process still holds:
// - one statement at a time, and a transaction owns the engine from BEGIN to COMMIT (statements outside it wait);
// - rows come back with the same types (structured clone keeps bigint, Date, parsed JSON and Uint8Array);
// - a failed statement rejects with PostgreSQL's fields (`code`, `constraint`, `detail`…) on the error;
// - the data folder is still one process's (the pid lock is taken by the caller, in this process).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Db, Queryable } from './index.ts';
import type { SerializedError, WorkerInit, WorkerReply, WorkerRequest } from './pglite-worker.ts';

/** A statement PostgreSQL refused: the fields of its error message, as PGlite's own error carried them. */
export class PgliteError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
  [field: string]: unknown;
}

/** The database thread is gone (closed, or it crashed): nothing more can run until the process restarts. */
export class EmbeddedDatabaseStoppedError extends Error {}

function toError(e: SerializedError): PgliteError {
  const err = new PgliteError(e.message);
  Object.assign(err, e.fields);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

// From the sources (development, tests) the worker is TypeScript, run by Node's own type stripping (no loader, whatever
// the parent runs under); compiled (dist/), it is plain JavaScript.
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './pglite-worker.ts' : './pglite-worker.js';

function startWorker(init: WorkerInit): Worker {
  const transferList = init.loadDataDir ? [init.loadDataDir] : [];
  return new Worker(new URL(WORKER_FILE, import.meta.url), {
    name: 'hilt-db',
    execArgv: [],
    workerData: init,
    transferList,
    // The thread's garbage is short-lived rows; a small young generation keeps ~20 MB less resident at no cost
    // measured in the launch spike (bench/README.md).
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
}

/**
 * Creates a new data folder's database and migrates it in a short-lived process of its own, returning the
 * migrations applied. initdb runs a second WASM instance, and the first migrations grow PostgreSQL's heap inside
 * WASM memory, which never shrinks: done in the database thread they left it 290 MB on a first start instead of the
 * 210 MB of a restart. The caller holds the data folder's lock; this process only waits for the child to finish.
 */
async function initDataDir(dataDir: string): Promise<string[]> {
  const args = [fileURLToPath(new URL(WORKER_FILE, import.meta.url)), '--init', dataDir];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { env: process.env });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]');
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new Error(`Could not create the embedded database in ${dataDir}${stderr ? `: ${stderr}` : ''}`, {
      cause: err,
    });
  }
}

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** Opens PGlite on `dataDir` (in memory when undefined, optionally from a data folder tarball) in a worker thread. */
export async function openPgliteThread(
  dataDir?: string,
  loadDataDir?: Blob,
): Promise<Db & { worker: Worker; appliedOnCreate: string[] }> {
  const appliedOnCreate =
    dataDir && !loadDataDir && !existsSync(join(dataDir, 'PG_VERSION')) ? await initDataDir(dataDir) : [];
  const worker = startWorker({ dataDir, loadDataDir: loadDataDir ? await loadDataDir.arrayBuffer() : undefined });
  const pending = new Map<number, { resolve: (rows: unknown[] | undefined) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let nextTx = 1;
  let closing: Promise<void> | undefined;
  /** Set once the thread is gone: every call after it rejects with this. */
  let stopped: Error | undefined;

  let opened!: { resolve: () => void; reject: (err: Error) => void };
  const ready = new Promise<void>((resolve, reject) => {
    opened = { resolve, reject };
  });

  const stop = (err: Error) => {
    if (stopped) return;
    stopped = err;
    opened.reject(err);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (msg: WorkerReply) => {
    if ('ready' in msg) {
      if (msg.ready) opened.resolve();
      else opened.reject(toError(msg.error));
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    // Idle, the thread does not keep the process alive (PGlite in process did not either); busy, it must.
    if (pending.size === 0) worker.unref();
    if (msg.ok) p.resolve(msg.rows);
    else p.reject(toError(msg.error));
  });
  worker.on('error', (err) => {
    const crash = new EmbeddedDatabaseStoppedError(`The embedded database thread crashed: ${err.message}`, {
      cause: err,
    });
    if (!closing) process.emitWarning(crash.message);
    stop(crash);
  });
  worker.on('exit', (code) => {
    if (closing) return stop(new EmbeddedDatabaseStoppedError('The embedded database is closed'));
    const crash = new EmbeddedDatabaseStoppedError(`The embedded database thread exited (code ${code})`);
    process.emitWarning(crash.message);
    stop(crash);
  });

  const call = (req: Request) =>
    new Promise<unknown[] | undefined>((resolve, reject) => {
      if (stopped) return reject(stopped);
      // Once closing, only the statements of a transaction already under way may still run (close waits for it).
      if (closing && !('tx' in req && req.tx !== undefined && !('begin' in req && req.begin))) {
        return reject(new EmbeddedDatabaseStoppedError('The embedded database is closed'));
      }
      const id = nextId++;
      try {
        worker.postMessage({ ...req, id });
      } catch (err) {
        // A parameter structured clone cannot carry (a function): that statement fails, as a bad parameter would.
        return reject(err);
      }
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
    });

  try {
    await ready;
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  worker.unref();

  /** Statements outside a transaction, or of transaction `tx` (whose first statement carries its BEGIN). */
  const queryable = (tx?: { id: number; open: boolean; begun: boolean }): Queryable => {
    const begin = () => {
      if (!tx) return undefined;
      if (!tx.open) throw new Error('Transaction is closed');
      if (tx.begun) return false;
      tx.begun = true;
      return true;
    };
    return {
      async query<T>(sql: string, params?: unknown[]) {
        const first = begin();
        return (await call({ op: 'query', sql, params, tx: tx?.id, begin: first })) as T[];
      },
      async exec(sql: string) {
        const first = begin();
        await call({ op: 'exec', sql, tx: tx?.id, begin: first });
      },
    };
  };
  const base = queryable();

  return {
    kind: 'pglite',
    worker,
    appliedOnCreate,
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      // BEGIN travels with the first statement; a transaction that ran none has nothing to commit.
      const tx = { id: nextTx++, open: true, begun: false };
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(queryable(tx));
        tx.open = false;
      } catch (err) {
        tx.open = false;
        if (tx.begun) await call({ op: 'rollback', tx: tx.id }).catch(() => {});
        throw err;
      }
      if (tx.begun) await call({ op: 'commit', tx: tx.id });
      return result;
    },
    close() {
      closing ??= (async () => {
        if (!stopped) {
          const flushed = call({ op: 'close' } as Request);
          await flushed.catch(() => {});
        }
        // Held until the thread has exited: an unreferenced worker's exit would not keep the process waiting for it.
        worker.ref();
        await worker.terminate();
        stop(new EmbeddedDatabaseStoppedError('The embedded database is closed'));
      })();
      return closing;
    },
  };
}
