// JSON with u64 integers. Solana RPC writes u64 values as bare JSON numbers, which JSON.parse would round above
// 2^53, so integers are wrapped before parsing (the same approach @solana/kit takes) and written back unquoted.

const BIGINT_MARK = '__hilt_u64__';

/** Serialises `bigint` values as bare JSON integers. */
export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? { [BIGINT_MARK]: v.toString() } : v));
  return text.replace(/\{"__hilt_u64__":"(-?\d+)"\}/g, '$1');
}

/** Parses JSON, returning every integer as `bigint` (decimals and exponents stay `number`), like @solana/kit. */
export function parseJsonWithBigInts(text: string): unknown {
  return JSON.parse(wrapIntegers(text), (_key, v) =>
    v !== null && typeof v === 'object' && typeof v[BIGINT_MARK] === 'string' && Object.keys(v).length === 1
      ? BigInt(v[BIGINT_MARK])
      : v,
  );
}

/** Parses JSON, returning integers beyond 2^53 as `bigint` and all others as `number`. */
export function parseJsonSafe(text: string): unknown {
  return JSON.parse(wrapIntegers(text), (_key, v) => {
    if (v !== null && typeof v === 'object' && typeof v[BIGINT_MARK] === 'string' && Object.keys(v).length === 1) {
      const n = BigInt(v[BIGINT_MARK]);
      return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(n) : n;
    }
    return v;
  });
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function wrapIntegers(text: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if (ch === 45 /* - */ || (ch >= 48 && ch <= 57)) {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (m) {
        const literal = m[0];
        if (!/[.eE]/.test(literal)) {
          out += text.slice(start, i) + `{"${BIGINT_MARK}":"${literal}"}`;
          start = i + literal.length;
        }
        i += literal.length;
        continue;
      }
    }
    i++;
  }
  return start === 0 ? text : out + text.slice(start);
}
