// What this host charges a process for being idle between pieces of work: the same chunk of JavaScript (parse and
// serialise a 30 KB JSON document, ~0.2 ms) run back to back, then each after sleeping a few milliseconds on a timer,
// as a server does between requests when its load is light. Printed per chunk: the chunk's own wall time (colder
// caches show here) and the CPU the process spent per chunk including going to sleep and waking up (what a server's
// CPU per request counts). Spinning through the same gaps instead of sleeping is the control: time passing alone
// costs nothing.
//
//   node bench/idle-gap.ts [--chunks 3000] [--gaps 0,1,2,5] [--rounds 2]
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    chunks: { type: 'string', default: '3000' },
    gaps: { type: 'string', default: '0,1,2,5' },
    rounds: { type: 'string', default: '2' },
  },
});
const CHUNKS = Number(values.chunks);
const GAPS = values.gaps.split(',').map(Number);
const ROUNDS = Number(values.rounds);

const document = {
  items: Array.from({ length: 200 }, (_, i) => ({
    id: `id-${i}`,
    amount_minor_units: i * 1000,
    tags: ['a', 'b', String(i)],
    at: new Date(1_700_000_000_000 + i).toISOString(),
  })),
};
const text = JSON.stringify(document);

function chunk(): number {
  let n = 0;
  for (let k = 0; k < 3; k++) n += JSON.parse(text).items.length;
  return n + JSON.stringify(document).length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(gapMs: number, how: 'sleep' | 'spin') {
  // Gapped runs take longer: fewer chunks keep each under ~10 s.
  const n = gapMs === 0 ? CHUNKS : Math.max(200, Math.round(CHUNKS / (1 + gapMs)));
  let busyMs = 0;
  let sink = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    sink += chunk();
    busyMs += performance.now() - t0;
    if (gapMs === 0) {
      // Back to back, still yielding to the event loop now and then as a server would.
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    } else if (how === 'sleep') {
      await sleep(gapMs);
    } else {
      const end = performance.now() + gapMs;
      while (performance.now() < end);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  if (sink === 0) throw new Error('unreachable');
  return {
    gap: gapMs === 0 ? 'none' : `${gapMs} ms, ${how}`,
    chunks: n,
    'chunk wall µs': Math.round((busyMs * 1000) / n),
    // Spinning burns the gap itself on the CPU, so only the sleeping runs have a meaningful CPU per chunk.
    'CPU µs per chunk': how === 'spin' ? '-' : Math.round((cpu.user + cpu.system) / n),
  };
}

for (let i = 0; i < 500; i++) chunk();
const rows = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const gap of GAPS) {
    rows.push(await run(gap, 'sleep'));
    if (gap > 0) rows.push(await run(gap, 'spin'));
  }
}
console.table(rows);
