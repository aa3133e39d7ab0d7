// Validation: bodies are taken as sent (no type coercion: "5" is not a number, which matters for amounts), while
// query strings, params and headers are coerced since they only ever arrive as text.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

const addFormats = formats as unknown as (ajv: Ajv) => Ajv;
import type { FastifyInstance } from 'fastify';
import { CASE_INSENSITIVE } from './schemas.ts';

/**
 * Enum-like inputs (`StringEnum`) accept any letter case: this keyword runs before `enum` and rewrites a value that
 * matches an allowed one case-insensitively to that canonical spelling, in place, so validation, the handler and
 * storage all see the canonical value. Driven by the schema, so it covers bodies, query strings and params alike.
 */
function addCaseInsensitiveEnums(ajv: Ajv) {
  ajv.addKeyword({
    keyword: CASE_INSENSITIVE,
    modifying: true,
    schemaType: 'boolean',
    before: 'enum',
    validate: (
      on: boolean,
      data: unknown,
      parentSchema?: { enum?: unknown[] },
      cxt?: { parentData: Record<string | number, unknown>; parentDataProperty: string | number },
    ) => {
      if (!on || typeof data !== 'string' || !cxt?.parentData || !Array.isArray(parentSchema?.enum)) return true;
      const lower = data.toLowerCase();
      const canonical = parentSchema.enum.find((v) => typeof v === 'string' && v.toLowerCase() === lower);
      if (canonical !== undefined && canonical !== data) cxt.parentData[cxt.parentDataProperty] = canonical;
      return true;
    },
  });
}

function makeAjv(coerce: boolean) {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    removeAdditional: true,
    allErrors: true,
    strict: false,
  });
  addFormats(ajv);
  // ajv-formats also accepts "urn:uuid:<uuid>", which PostgreSQL's uuid type rejects (a 500 instead of a 422).
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  addCaseInsensitiveEnums(ajv);
  return ajv;
}

export function registerValidation(app: FastifyInstance) {
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  const compile = (ajv: Ajv, schema: AnySchema): ValidateFunction => {
    const id = typeof schema === 'object' && schema && '$id' in schema ? (schema.$id as string) : undefined;
    return (id && ajv.getSchema(id)) || ajv.compile(schema);
  };
  app.setValidatorCompiler(({ schema, httpPart }) =>
    compile(httpPart === 'body' ? strict : coercing, schema as AnySchema),
  );
}
