// Start-up leaves tens of megabytes of garbage in V8's heaps (modules compiled, schemas built, migrations read),
// which V8's memory reducer only collects and returns to the system after some idle seconds: an embedded server
// held ~30-50 MB more in its first twenty seconds than once settled. One full collection right after start-up
// hands those pages back at once. `gc` is taken from V8 for this one call (as --expose-gc would give it), not
// left on the global object.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: {
  type?: 'major' | 'minor';
  execution?: 'sync' | 'async';
  flavor?: 'regular' | 'last-resort';
}) => void;
let gc: Gc | undefined;

/** Runs one full garbage collection now; returns false where V8 would not give the function. */
export function collectStartupGarbage(): boolean {
  if (!gc) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as Gc;
    } catch {
      return false;
    }
  }
  // 'last-resort' is V8's collection of all available garbage: it also shrinks the young generation and unmaps
  // the pages start-up left pooled, which a regular full collection keeps.
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}
