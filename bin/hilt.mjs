#!/usr/bin/env node
// Runs the compiled server (dist/, from `npm run build`) in production or when the sources are not shipped (the
// container image); otherwise the TypeScript sources directly (Node strips their types), so a fresh clone needs no
// build step.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/main.js', import.meta.url);
const sources = new URL('../src/main.ts', import.meta.url);
await import(
  existsSync(compiled) && (process.env.NODE_ENV === 'production' || !existsSync(sources)) ? compiled.href : sources.href
);
