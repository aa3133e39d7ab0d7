// Shared by the buyer pages (checkout, receipt): the API client, money and time formatting, safe links, bytes, brand.
import { createClient } from '/assets/sdk/core.js';

export const client = createClient({ baseUrl: location.origin, timeoutMs: 20_000 });

/** A sentence for the buyer from any error the client throws. */
export function errorText(error) {
  if (error && typeof error.message === 'string' && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

/** "120000000", 9 → "0.12". Integer minor units only; anything else shows as an empty string, never NaN. */
export function formatAmount(minor, decimals) {
  if (minor === null || minor === undefined || !/^\d+$/.test(String(minor))) return '';
  const s = String(minor).padStart(decimals + 1, '0');
  const whole = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/**
 * What a buyer typed ("1,5", "1.50", " 2 ") → minor units as a decimal string, or null when it is not an amount.
 * A comma is a decimal separator, as many buyers write it; thousands separators are not accepted.
 */
export function parseAmount(text, decimals) {
  const t = String(text ?? '')
    .trim()
    .replace(',', '.');
  const m = /^(\d+)(?:\.(\d*))?$/.exec(t) ?? /^()\.(\d+)$/.exec(t);
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > decimals) return null;
  const minor = BigInt((m[1] || '0') + frac.padEnd(decimals, '0'));
  return minor.toString();
}

/** Milliseconds → "mm:ss" (minutes may exceed 59). */
export function formatCountdown(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const mm = String(Math.floor(total / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** An ISO time as the buyer's local date and time; empty for a missing value. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** Only http(s) URLs become links; javascript:, data: and other schemes are refused. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58(bytes) {
  const digits = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i] << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]];
  return out;
}

export function base64ToBytes(b64) {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function luminance(hex) {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Applies a #rgb/#rrggbb accent through CSS variables (CSSOM, so no inline style is needed). */
export function applyAccent(color) {
  if (typeof color !== 'string' || !HEX.test(color)) return;
  const root = document.documentElement.style;
  root.setProperty('--accent', color);
  root.setProperty('--on-accent', luminance(color) > 0.4 ? '#111111' : '#ffffff');
}

export function brandName(branding) {
  return branding?.brand_name || branding?.merchant_name || '';
}
