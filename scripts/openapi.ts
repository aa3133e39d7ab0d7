// Writes (--write) or checks (--check) openapi.json, the OpenAPI document generated from the route schemas, and the
// typed client generated from it (sdk/src/generated/).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { createLocalChain } from '../src/chain/local/index.ts';
import { GENERATED_DIR, renderClient } from './generate-client.ts';

const FILE = new URL('../openapi.json', import.meta.url);
const mode = process.argv[2];
if (mode !== '--write' && mode !== '--check') {
  console.error('usage: openapi.ts --write | --check');
  process.exit(2);
}

const db = await openPglite(undefined);
await migrate(db);
const chain = createLocalChain();
const hilt = await createApp(loadConfig({ NODE_ENV: 'test', HILT_PUBLIC_URL: 'http://localhost:8080' }), {
  db,
  secrets: { jwtSecret: randomBytes(32), receiptSigningSeed: randomBytes(32), encryptionKey: randomBytes(32) },
  maintenance: false,
  reconciler: false,
  sandboxChain: chain,
});
const spec = hilt.app.swagger();
const doc = `${JSON.stringify(spec, null, 2)}\n`;
const client = await renderClient(JSON.parse(doc));
await hilt.close();
await db.close();
await chain.close();

const files = new Map([[FILE, doc]]);
for (const [name, text] of client) files.set(new URL(name, GENERATED_DIR), text);

if (mode === '--write') {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [file, text] of files) writeFileSync(file, text);
  console.log('openapi.json and the generated client written');
} else {
  const stale = [...files].filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    for (const [file] of stale) console.error(`out of date: ${file.pathname}`);
    console.error('openapi.json or the generated client does not match the routes: run `npm run openapi` and commit');
    process.exit(1);
  }
  console.log('openapi.json and the generated client are up to date');
}
