// The dashboard's small component layer: formatting for the browser's locale, a loader hook with its loading, empty
// and error states in words, responsive tables, form fields, copy and confirm buttons. Everything renders as text
// through Preact (no raw HTML), so nothing a product or buyer supplied can run script on this origin.
import { html, useCallback, useEffect, useMemo, useRef, useState } from '/assets/vendor/preact-htm.js';

export { html, useCallback, useEffect, useMemo, useRef, useState };

const DASH = '—';

/** A decimal string of `minor` in units of 10^-decimals: exact, no floating point. */
export function toDecimal(minor, decimals) {
  if (minor === null || minor === undefined || minor === '') return null;
  const negative = String(minor).startsWith('-');
  const digits = String(minor)
    .replace('-', '')
    .padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = decimals ? digits.slice(digits.length - decimals).replace(/0+$/, '') : '';
  return (negative ? '-' : '') + whole + (frac ? `.${frac}` : '');
}

/** "12.5 USDC" in the browser's number format. */
export function money(minor, symbol, decimals) {
  const d = decimals ?? (symbol === 'SOL' ? 9 : symbol === 'USDC' ? 6 : 0);
  const dec = toDecimal(minor, d);
  if (dec === null) return DASH;
  const formatted = new Intl.NumberFormat(undefined, { maximumFractionDigits: d }).format(dec);
  return symbol ? `${formatted} ${symbol}` : formatted;
}

/** Minor units from what a person typed ("5", "5.25"), or null when it is not a price in that asset. */
export function parseAmount(text, decimals) {
  const m = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text ?? '');
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > decimals) return null;
  const n = Number(m[1] + frac.padEnd(decimals, '0'));
  return Number.isSafeInteger(n) ? n : null;
}

export const number = (n) => (typeof n === 'number' && Number.isFinite(n) ? new Intl.NumberFormat().format(n) : DASH);
export const when = (iso) => (iso ? new Date(iso).toLocaleString() : DASH);
export const day = (iso) => (iso ? new Date(iso).toLocaleDateString() : DASH);
export const text = (v) => (v === null || v === undefined || v === '' ? DASH : String(v));
export const short = (s, n = 10) => (!s ? DASH : s.length > n * 2 ? `${s.slice(0, n)}…${s.slice(-4)}` : s);
export const humanize = (s) => (s ? String(s).toLowerCase().replaceAll('_', ' ') : DASH);

/**
 * Loads data: `const res = useLoad(() => api.listProducts({}), [dep])` gives {data, error, loading, reload}.
 * A stale answer (the deps changed meanwhile) is dropped.
 */
export function useLoad(load, deps = []) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const seq = useRef(0);
  const run = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.resolve()
      .then(load)
      .then(
        (data) => mine === seq.current && setState({ data, error: null, loading: false }),
        (error) => mine === seq.current && setState({ data: null, error, loading: false }),
      );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

/** The message a person should see for an error from the client. */
export function errorText(err) {
  if (!err) return '';
  if (err.statusCode === 0) return 'The server did not answer. Check your connection and try again.';
  const id = err.requestId ? ` (request ${err.requestId})` : '';
  return `${err.message || 'Something went wrong'}${id}`;
}

export function ErrorMessage({ error }) {
  return error ? html`<p class="error" role="alert">${errorText(error)}</p>` : null;
}

/** Loading, error and empty states around content: `<${Loaded} res=${res} empty="No payments yet.">…`. */
export function Loaded({ res, empty, isEmpty, children }) {
  if (res.loading && !res.data) return html`<p class="muted" role="status">Loading…</p>`;
  if (res.error) {
    return html`<div role="alert"><p class="error">Could not load this: ${errorText(res.error)}</p>
      <button type="button" onClick=${res.reload}>Try again</button></div>`;
  }
  if (empty && (isEmpty ? isEmpty(res.data) : Array.isArray(res.data) && res.data.length === 0)) {
    return html`<p class="muted">${empty}</p>`;
  }
  return typeof children === 'function' ? children(res.data) : children;
}

/**
 * A table that turns into cards on a phone. columns: [{ label, cell: (row) => node, num? }].
 */
export function Table({ columns, rows, caption, rowKey = (r) => r.id }) {
  return html`<div class="table-wrap">
    <table>
      ${caption ? html`<caption class="visually-hidden">${caption}</caption>` : null}
      <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.num ? 'num' : ''}>${c.label}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(
          (r, i) => html`<tr key=${rowKey(r) ?? i}>
            ${columns.map((c) => html`<td data-label=${c.label} class=${c.num ? 'num' : ''}>${c.cell(r)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

let fieldSeq = 0;
/** A labelled input, select or textarea. `as` picks the element; options: [[value, label]]. */
export function Field({ label, hint, as = 'input', options, value, onInput, id, class: cls, ...rest }) {
  const ref = useRef(id ?? `f${++fieldSeq}`);
  const fid = ref.current;
  const hintId = hint ? `${fid}-hint` : undefined;
  const handler = (e) =>
    onInput?.(e.currentTarget.type === 'checkbox' ? e.currentTarget.checked : e.currentTarget.value);
  let control;
  if (as === 'select') {
    control = html`<select id=${fid} value=${value} onChange=${handler} aria-describedby=${hintId} ...${rest}>
      ${options.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
    </select>`;
  } else if (as === 'textarea') {
    control = html`<textarea id=${fid} value=${value} onInput=${handler} aria-describedby=${hintId} ...${rest} />`;
  } else if (rest.type === 'checkbox') {
    return html`<div class=${cls}><label class="check" for=${fid}>
      <input id=${fid} checked=${value} onChange=${handler} ...${rest} /> ${label}</label>
      ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : null}</div>`;
  } else {
    control = html`<input id=${fid} value=${value} onInput=${handler} aria-describedby=${hintId} ...${rest} />`;
  }
  return html`<div class=${cls}>
    <label for=${fid}>${label}</label>${control}
    ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : null}
  </div>`;
}

/** Copies text to the clipboard and says so. */
export function CopyButton({ value, label = 'Copy' }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setDone(true);
      setTimeout(() => setDone(false), 2000);
    } catch {
      setDone(false);
    }
  };
  return html`<button type="button" onClick=${copy}>${done ? 'Copied' : label}</button>
    <span class="visually-hidden" role="status">${done ? 'Copied to the clipboard' : ''}</span>`;
}

/** A destructive action behind a second, explicit confirmation. */
export function ConfirmButton({ label, question, confirmLabel = 'Confirm', onConfirm }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  if (!asking) return html`<button type="button" onClick=${() => setAsking(true)}>${label}</button>`;
  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setAsking(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`<div role="group" aria-label=${question} class="row">
    <span>${question}</span>
    <button type="button" class="danger" disabled=${busy} onClick=${go}>${confirmLabel}</button>
    <button type="button" onClick=${() => setAsking(false)}>Cancel</button>
    <${ErrorMessage} error=${error} />
  </div>`;
}

/** Runs a form submit: prevents the page load, tracks busy and the error. */
export function useSubmit(action) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e?.preventDefault?.();
    setBusy(true);
    setError(null);
    try {
      await action(e);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, error, setError };
}

export function Badge({ value }) {
  return html`<span class=${`badge ${value ?? ''}`}>${humanize(value)}</span>`;
}

/** A link of the dashboard (hash routing). */
export const href = (path) => `#/${path}`;
