// Compiles src/ and the SDK the CLI uses (sdk/src/) to dist/src and dist/sdk/src (what production runs: no TypeScript
// loader at run time), and copies the files the code reads beside itself (SQL migrations, web pages and their
// assets, the generated client's JavaScript).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
const notTypeScript = (path) => !path.endsWith('.ts');
cpSync('src', 'dist/src', { recursive: true, filter: notTypeScript });
cpSync('sdk/src', 'dist/sdk/src', { recursive: true, filter: notTypeScript });
process.stdout.write('dist/ built\n');
