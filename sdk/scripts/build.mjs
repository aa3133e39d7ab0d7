// Builds dist/: compiles the TypeScript entries (index.ts and its modules, x402-buyer.ts) to .js + .d.ts, and
// copies the hand-written core.js and the files generated from openapi.json beside it. No bundler: the output is plain ES modules.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

mkdirSync(join(dist, 'generated'), { recursive: true });
for (const file of ['core.js', 'core.d.ts']) copyFileSync(join(src, file), join(dist, file));
for (const file of readdirSync(join(src, 'generated'))) {
  copyFileSync(join(src, 'generated', file), join(dist, 'generated', file));
}
console.log(`built ${dist}`);
