// Renders the typed client files from the OpenAPI document: the types of every operation (openapi-typescript) and
// the runtime table of operations (method, path, parameters) that sdk/src/core.js turns into one method per
// operationId. The SDK, the CLI and the web pages all call the API through them; scripts/openapi.ts writes and
// drift-checks them beside openapi.json.
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_DIR = new URL('../sdk/src/generated/', import.meta.url);

const HEADER = '// Generated from openapi.json by `npm run openapi`. Do not edit by hand.\n';

interface OperationObject {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

type OpenApiDocument = { paths: Record<string, Record<string, OperationObject>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** What a caller must pass: used to make the argument optional when nothing is required. */
function requiredParts(op: OperationObject): string[] {
  const parts = new Set<string>();
  for (const p of op.parameters ?? []) {
    if (p.in === 'path' || (p.required && p.in === 'query')) parts.add(p.in);
  }
  if (op.requestBody?.required) parts.add('body');
  return [...parts].sort();
}

/** How the success body is read: JSON, or raw bytes/text for PDFs and CSV exports. */
function responseKind(op: OperationObject): 'json' | 'binary' | 'text' | 'empty' {
  const ok = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'));
  const types = Object.keys(ok?.[1]?.content ?? {});
  if (types.length === 0) return 'empty';
  if (types.some((t) => t.includes('json'))) return 'json';
  if (types.some((t) => t.startsWith('text/'))) return 'text';
  return 'binary';
}

type JsonSchema = { required?: string[]; properties?: Record<string, JsonSchema & { default?: unknown }> } & Record<
  string,
  unknown
>;

/**
 * A request field with a default is one the caller may leave out (the server fills it in), even where the schema
 * lists it as required for the validated value; request body types are made from this relaxed copy.
 */
function relaxDefaults(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const s of schema) relaxDefaults(s);
    return;
  }
  const s = schema as JsonSchema;
  if (Array.isArray(s.required) && s.properties) {
    s.required = s.required.filter((name) => s.properties?.[name]?.default === undefined);
    if (s.required.length === 0) delete s.required;
  }
  for (const value of Object.values(s)) relaxDefaults(value);
}

export async function renderClient(doc: OpenApiDocument): Promise<Map<string, string>> {
  const ops: { id: string; method: string; path: string; summary: string; required: string[]; response: string }[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      ops.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        required: requiredParts(op),
        response: responseKind(op),
      });
    }
  }
  ops.sort((a, b) => a.id.localeCompare(b.id));

  const table = ops
    .map(
      (o) =>
        `  ${o.id}: { method: '${o.method}', path: '${o.path}', required: [${o.required.map((r) => `'${r}'`).join(', ')}], response: '${o.response}' },`,
    )
    .join('\n');
  const operationsJs = `${HEADER}/** Every operation of the API: method, path template, what a caller must pass, how the answer is read. */\nexport const operations = {\n${table}\n};\n`;

  const names = ops.map((o) => `  | '${o.id}'`).join('\n');
  const operationsDts = `${HEADER}export type OperationId =\n${names};\n\nexport interface OperationInfo {\n  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';\n  path: string;\n  required: ('path' | 'query' | 'body')[];\n  response: 'json' | 'binary' | 'text' | 'empty';\n}\n\nexport declare const operations: Record<OperationId, OperationInfo>;\n`;

  const typed = structuredClone(doc);
  for (const item of Object.values(typed.paths)) {
    for (const method of METHODS) relaxDefaults(item[method]?.requestBody);
  }
  const types = astToString(await openapiTS(typed as never, { alphabetize: true, defaultNonNullable: false }));
  return new Map([
    ['openapi.d.ts', `${HEADER}${types}`],
    ['operations.js', operationsJs],
    ['operations.d.ts', operationsDts],
  ]);
}
