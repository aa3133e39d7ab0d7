// RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, no whitespace, strings escaped
// as ECMAScript's JSON.stringify does, numbers in ECMAScript's shortest round-trip form. Receipts carry only
// strings, safe integers, booleans and null, but the full number rules are kept so any JSON value canonicalises.

export class CanonicalJsonError extends Error {}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serializeString(s: string): string {
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError('strings must be valid Unicode (lone surrogate)');
  return JSON.stringify(s);
}

function serializeNumber(n: number): string {
  if (!Number.isFinite(n)) throw new CanonicalJsonError('NaN and Infinity have no JSON form');
  // ECMAScript Number-to-String is exactly the serialisation RFC 8785 prescribes; -0 becomes "0".
  return Object.is(n, -0) ? '0' : String(n);
}

export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value);
    case 'string':
      return serializeString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalize(v))).join(',')}]`;
      const obj = value as Record<string, unknown>;
      if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
        return canonicalize((obj as { toJSON: () => unknown }).toJSON());
      }
      // The default sort compares UTF-16 code units, which is the order RFC 8785 requires.
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${serializeString(k)}:${canonicalize(obj[k])}`).join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${typeof value} has no JSON form`);
  }
}
