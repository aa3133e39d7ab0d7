// glibc gives every thread that allocates at once its own malloc arena (up to 8 per core) and rarely hands their
// free pages back. A Hilt process has a dozen threads (the embedded database's, libuv's pool, V8's helpers), so an
// idle server held ~35 MB in half-empty arenas. Two arenas cost nothing measurable here and keep that memory.
// glibc reads MALLOC_ARENA_MAX only when the process starts, so the entry point re-executes itself once with it
// set (same pid, same arguments), before anything else is loaded. An explicit MALLOC_ARENA_MAX is left alone.

const ARENAS = '2';

export function restartWithFewerMallocArenas(): void {
  if (process.platform !== 'linux' || process.env.MALLOC_ARENA_MAX !== undefined) return;
  // Not under a parent that talks to this process over IPC (the channel's descriptor would not survive).
  if (process.channel || typeof process.execve !== 'function') return;
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  if (!header?.glibcVersionRuntime) return;
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...process.env,
    MALLOC_ARENA_MAX: ARENAS,
  });
}
