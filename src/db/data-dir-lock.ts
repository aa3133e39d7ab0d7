// PGlite does not lock its folder, and two processes writing one folder corrupt it. A pid file taken with O_EXCL
// keeps the embedded database to one process; a file left by a dead process (or naming this very process) is taken
// over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  if (heldHere.has(dataDir)) {
    throw new DataDirLockedError(`The data folder ${dataDir} is already open in this process.`);
  }
  const file = join(dataDir, 'hilt.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(dataDir);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(dataDir);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      // Our own pid in the file is stale too: this process has not locked the folder (checked above), and a container
      // restarted after a crash runs as the same pid (1) that wrote it.
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirLockedError(
          `The data folder ${dataDir} is in use by another Hilt process (pid ${pid}). ` +
            'The embedded database allows one process at a time: stop the other one, use another HILT_DATA_DIR, ' +
            'or set DATABASE_URL to share a PostgreSQL database between instances.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dataDir}`);
}
