// How the embedded database is opened, shared by its thread (pglite-worker.ts) and the in-process variant.
import type { PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const INT8_OID = 20;

/**
 * PostgreSQL settings of the embedded engine. One session only, so shared memory sized for 100 connections and the
 * 128 MB shared_buffers default (all of it zeroed up front inside the WASM heap, ~170 MB of RSS) buy nothing:
 * tables and indexes are read through the OS page cache anyway. 16 MB keeps the hot rows of a launch in buffers.
 */
export const PGLITE_SETTINGS = ['-c', 'shared_buffers=16MB', '-c', 'max_connections=5'];

/**
 * Extensions the migrations use when available (pg_trgm: member search indexes, see 0018 and 0020). Every process
 * that opens a data folder must load them: once an index of theirs exists, writing its table needs their code.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * Options for PGlite.create: int8 as bigint (as on PostgreSQL, see openPostgres), the settings and the extensions
 * above.
 */
export function pgliteOptions(
  defaultStartParams: readonly string[],
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): PGliteOptions {
  return {
    dataDir,
    loadDataDir,
    parsers: { [INT8_OID]: (v: string) => BigInt(v) },
    startParams: [...defaultStartParams, ...PGLITE_SETTINGS],
    extensions: PGLITE_EXTENSIONS,
  };
}
