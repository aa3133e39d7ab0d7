// Validation: bodies are taken as sent (no type coercion: "5" is not a number, which matters for amounts), while
// query strings, params and headers are coerced since they only ever arrive as text.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

const addFormats = formats as unknown as (ajv: Ajv) => Ajv;
import type { FastifyInstance } from 'fastify';

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
