// Compiles src/ to dist/ (what production runs: no TypeScript loader at run time) and copies the files the code
// reads beside itself (SQL migrations, web pages and their assets).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
cpSync('src', 'dist', { recursive: true, filter: (path) => !path.endsWith('.ts') });
process.stdout.write('dist/ built\n');
