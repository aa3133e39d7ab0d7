// PATCH semantics shared by the services: for the fields a schema documents as "null leaves it unchanged"
// (KeepIfNull), a null is dropped here so the rest of the code reads it exactly like an absent field.

export function dropNulls<T extends object, K extends keyof T>(
  input: T,
  fields: readonly K[],
): Omit<T, K> & { [P in K]?: Exclude<T[P], null> } {
  const out = { ...input } as Record<keyof T, unknown>;
  for (const f of fields) if (out[f] === null) delete out[f];
  return out as Omit<T, K> & { [P in K]?: Exclude<T[P], null> };
}
