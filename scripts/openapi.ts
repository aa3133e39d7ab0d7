// Writes (--write) or checks (--check) openapi.json, the OpenAPI document generated from the route schemas.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openPglite } from '../src/db/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { createLocalChain } from '../src/chain/local/index.ts';

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
const doc = `${JSON.stringify(hilt.app.swagger(), null, 2)}\n`;
await hilt.close();
await db.close();
await chain.close();

if (mode === '--write') {
  writeFileSync(FILE, doc);
  console.log('openapi.json written');
} else {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {}
  if (current !== doc) {
    console.error('openapi.json does not match the routes: run `npm run openapi` and commit the result');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
}
