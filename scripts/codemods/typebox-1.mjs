#!/usr/bin/env node
// Moves the code from @sinclair/typebox 0.34 to typebox 1.x (what @fastify/type-provider-typebox 6 is built on).
// Safe to run again after other branches land: it only rewrites what is still in the old form.
//   node scripts/codemods/typebox-1.mjs           rewrite the files
//   node scripts/codemods/typebox-1.mjs --check   list what would change, exit 1 if anything would
//
// 1. Imports: '@sinclair/typebox' → 'typebox', '/value' → 'typebox/value', '/compiler' → 'typebox/compile'.
// 2. `Type.Ref(Schema)` (a schema object, not a string): TypeBox 1 takes only the `$id` string and types the
//    reference as unknown, so it becomes `Ref(Schema)`, the helper in src/http/schemas.ts that refers to the
//    schema's `$id` and keeps its static type.
// 3. `Type.Union(VALUES.map((v) => Type.Literal(v)))`: TypeBox 1 types a union of a (non-tuple) array as never, so it
//    becomes `LiteralUnion(VALUES)` (src/http/schemas.ts), the same anyOf of consts typed as the union of the values.
// The imports of `Ref` and `LiteralUnion` are added where they are missing, and `Type` dropped where no longer used.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDERS = ['src', 'sdk', 'scripts', 'bench', 'test'];
const SKIP = new Set(['node_modules', 'dist', 'generated', 'codemods']);
const HELPER_FILE = join(ROOT, 'src', 'http', 'schemas.ts');
const check = process.argv.includes('--check');

const IMPORTS = [
  [/(['"])@sinclair\/typebox\/compiler\1/g, "'typebox/compile'"],
  [/(['"])@sinclair\/typebox\/value\1/g, "'typebox/value'"],
  [/(['"])@sinclair\/typebox\1/g, "'typebox'"],
];
// A schema passed by name (or as a member, e.g. `schemas.Product`); string ids are already TypeBox 1 form.
const REF_CALL = /\bType\.Ref\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\)/g;
// The head of the call only: its options argument and closing parenthesis stay as they are.
const LITERAL_UNION =
  /\bType\.Union\((\s*)(\[[^\]]*\]|[A-Za-z_$][\w$.]*)\.map\(\(\s*(\w+)\s*\)\s*=>\s*Type\.Literal\(\s*\3\s*\)\s*\)/g;

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path, out);
    else if (/\.(ts|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function helperSpecifier(file) {
  let rel = relative(dirname(file), HELPER_FILE).split(sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel; // the code imports .ts files by their own name (allowImportingTsExtensions)
}

/** Adds `name` to the file's import from src/http/schemas.ts, or a new import after the last import. */
function ensureImport(source, file, name) {
  if (file === HELPER_FILE) return source;
  const spec = helperSpecifier(file);
  const escaped = spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const existing = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(['"])${escaped}\\2;?`);
  const match = existing.exec(source);
  if (match) {
    const names = match[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.some((n) => n === name || n.endsWith(` as ${name}`))) return source;
    names.push(name);
    names.sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
    return source.replace(match[0], `import { ${names.join(', ')} } from '${spec}';`);
  }
  const importLines = [...source.matchAll(/^import[\s\S]*?from\s*['"][^'"]+['"];?[ \t]*$/gm)];
  const line = `import { ${name} } from '${spec}';\n`;
  if (importLines.length === 0) return line + source;
  const last = importLines[importLines.length - 1];
  const at = last.index + last[0].length;
  return `${source.slice(0, at)}\n${line.trimEnd()}${source.slice(at)}`; // keeps the blank line after the imports
}

/** Removes `Type` from the import from 'typebox' when the rewrites left it unused. */
function dropUnusedType(source) {
  const match = /import\s*\{([^}]*)\}\s*from\s*'typebox';?[ \t]*\n?/.exec(source);
  if (!match) return source;
  const rest = source.slice(0, match.index) + source.slice(match.index + match[0].length);
  if (/\bType\b/.test(rest)) return source;
  const names = match[1]
    .split(',')
    .map((s) => s.trim())
    .filter((n) => n && n !== 'Type');
  const replacement = names.length > 0 ? `import { ${names.join(', ')} } from 'typebox';\n` : '';
  return source.slice(0, match.index) + replacement + source.slice(match.index + match[0].length);
}

const changed = [];
for (const folder of FOLDERS) {
  const dir = join(ROOT, folder);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
  for (const file of walk(dir, [])) {
    const before = readFileSync(file, 'utf8');
    let after = before;
    for (const [pattern, replacement] of IMPORTS) after = after.replace(pattern, replacement);
    // `Type.Ref(x.$id)` is already the TypeBox 1 form (it is how Ref itself is written).
    const withRefs = after.replace(REF_CALL, (call, arg) => (arg.endsWith('.$id') ? call : `Ref(${arg})`));
    if (withRefs !== after) after = ensureImport(withRefs, file, 'Ref');
    // LiteralUnion itself is written with the old pattern.
    const withUnions = file === HELPER_FILE ? after : after.replace(LITERAL_UNION, 'LiteralUnion($1$2');
    if (withUnions !== after) after = ensureImport(withUnions, file, 'LiteralUnion');
    if (after !== before) after = dropUnusedType(after);
    if (after !== before) {
      changed.push(relative(ROOT, file));
      if (!check) writeFileSync(file, after);
    }
  }
}
// Added imports may make a line too long: leave the files as the formatter wants them.
if (!check && changed.length > 0) {
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  spawnSync(biome, ['format', '--write', ...changed], { cwd: ROOT, stdio: 'inherit' });
}
for (const file of changed) console.log(`${check ? 'would change' : 'changed'} ${file}`);
console.log(`${changed.length} file(s) ${check ? 'still in the TypeBox 0.34 form' : 'rewritten'}`);
if (check && changed.length > 0) process.exitCode = 1;
