// Decimal <-> minor-unit conversion without floats: amounts are bigint counts of the asset's smallest unit.

/** 1500000000n, 9 → "1.5"; 0n → "0". No exponent, no trailing zeros, no sign for non-negative values. */
export function formatUnits(amountMinor: bigint, decimals: number): string {
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?$/;

/** "1.5", 9 → 1500000000n. Refuses signs, exponents, a leading or trailing '.', and more decimals than the asset has. */
export function parseUnits(text: string, decimals: number): bigint {
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new RangeError(`invalid decimal amount: ${JSON.stringify(text)}`);
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) throw new RangeError(`amount has more than ${decimals} decimal places: ${text}`);
  return BigInt(m[1] + fraction.padEnd(decimals, '0'));
}

/** The RPC's `uiTokenAmount`. `uiAmount` is a float, as the RPC sends it; never compute with it. */
export function toUiTokenAmount(amount: bigint, decimals: number) {
  const uiAmountString = formatUnits(amount, decimals);
  return { amount: amount.toString(), decimals, uiAmount: Number(uiAmountString), uiAmountString };
}
