// Human output for the API-client commands: aligned tables, `label  value` blocks, times and amounts.

export type Out = (line: string) => void;

/** Columns padded to the widest cell, two spaces apart, like `hilt workspaces list`. */
export function printTable(out: Out, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const row of [head, ...rows]) {
    out(
      row
        .map((c, i) => (c ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  }
}

/** `Label  value` lines; null, undefined and '' values are left out. */
export function printFields(out: Out, fields: [string, string | number | boolean | null | undefined][]): void {
  const shown = fields.filter(([, v]) => v !== null && v !== undefined && v !== '');
  const width = Math.max(0, ...shown.map(([k]) => k.length));
  for (const [k, v] of shown) out(`${k.padEnd(width)}  ${String(v)}`);
}

/** An ISO timestamp as `YYYY-MM-DD HH:MM:SS` (UTC), or '-'. */
export function time(iso: string | null | undefined): string {
  if (!iso) return '-';
  return iso.slice(0, 19).replace('T', ' ');
}

/** Minor units as a decimal amount with its symbol: 29000000, 6, USDC → "29 USDC". */
export function amount(minor: number | null | undefined, decimals: number, symbol: string): string {
  if (minor === null || minor === undefined) return '-';
  const negative = minor < 0;
  const digits = String(Math.abs(Math.trunc(minor))).padStart(decimals + 1, '0');
  const whole = decimals > 0 ? digits.slice(0, -decimals) : digits;
  const frac = decimals > 0 ? digits.slice(-decimals).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''} ${symbol}`;
}

export function dash(v: string | number | null | undefined): string {
  return v === null || v === undefined || v === '' ? '-' : String(v);
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
