// `hilt serve` on the embedded database with the engine chosen, for bench/embedded-memory.ts: the same config,
// data-folder lock, migrations and app as `src/main.ts serve`, with only the database opened differently.
//   --engine thread     PGlite on its own thread (what `hilt serve` does)
//   --engine here       PGlite on the main thread, same settings (the thread's cost or gain alone)
//   --engine before     PGlite on the main thread with PGlite's own defaults (128 MB shared_buffers): the design
//                       before the database had its own thread
// Environment as for `hilt serve` (HILT_DATA_DIR, PORT…). Stops on SIGTERM.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { lockDataDir } from '../src/db/data-dir-lock.ts';
import { type Db, openPglite, openPgliteHere, wrapPglite } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'thread' } } });
const engine = values.engine;
const config = loadConfig(process.env);
const release = lockDataDir(config.dataDir);
const dir = join(config.dataDir, 'db');
let db: Db;
if (engine === 'thread') db = await openPglite(dir);
else if (engine === 'here') db = await openPgliteHere(dir);
else if (engine === 'before') {
  const { PGlite, types } = await import('@electric-sql/pglite');
  db = wrapPglite(await PGlite.create({ dataDir: dir, parsers: { [types.INT8]: (v: string) => BigInt(v) } }));
} else throw new Error(`--engine must be thread, here or before, got ${engine}`);
await migrate(db);
const hilt = await createApp(config, { db });
const address = await hilt.app.listen({ host: config.host, port: config.port });
process.stdout.write(`Hilt API listening on ${address} (engine ${engine})\n`);
await new Promise((resolve) => process.once('SIGTERM', resolve));
await hilt.close();
await db.close();
release();
