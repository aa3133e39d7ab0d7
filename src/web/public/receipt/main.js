// The public receipt page at /r/{receipt_id}: what was bought, the signed proof and whether it verifies, the PDF.
import { html, render, useEffect, useState } from '/assets/vendor/preact-htm.js';
import { client, errorText, formatDateTime } from '../lib/buyer.js';

const receiptId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');

function Fact({ label, children }) {
  return children || children === 0 ? html`<dt>${label}</dt><dd>${children}</dd>` : null;
}

function Verification({ v }) {
  if (!v) return html`<p class="muted">Verification is not available right now.</p>`;
  const anchor = v.on_chain_anchor;
  const chain = {
    confirmed: 'The transaction is on chain and matches.',
    not_found: 'The transaction was not found on chain.',
    mismatch: 'The transaction on chain does not match this receipt.',
    unavailable: 'The chain could not be reached just now; the signature was still checked.',
  };
  return html`<div role="status">
    ${
      v.valid
        ? html`<p class="verified">Verified: the signature and the hash are valid.</p>`
        : html`<p class="error">Not verified: ${v.problems.length ? v.problems.join('; ') : 'the proof does not check out'}.</p>`
    }
    ${anchor ? html`<p>${chain[anchor.status] ?? anchor.detail}</p>` : null}
    <p class="hint">Checked ${formatDateTime(v.checked_at)} · ${v.algorithm}${v.key_id ? ` key ${v.key_id}` : ''}</p>
  </div>`;
}

function Receipt({ r }) {
  const m = r.invoice_metadata ?? {};
  const pdf = `/v1/receipt/${encodeURIComponent(r.receipt_id)}/pdf`;
  return html`<article class="card">
    <header class="brand"><span class="brand-name">${r.brand_name || r.owner_display_name || ''}</span>
      ${r.livemode ? null : html`<span class="badge">Sandbox</span>`}</header>
    <h1>Receipt</h1>
    <p class="price">${r.amount_display || ''}</p>
    <dl class="facts">
      <${Fact} label="Bought">${r.product_title}<//>
      <${Fact} label="Paid">${formatDateTime(r.created_at)}<//>
      <${Fact} label="Invoice number">${m.invoice_number}<//>
      <${Fact} label="Customer">${m.customer_name}<//>
      <${Fact} label="Billing reference">${m.billing_reference}<//>
      <${Fact} label="From wallet"><code>${r.payer_wallet}</code><//>
      <${Fact} label="To wallet"><code>${r.merchant_wallet}</code><//>
      <${Fact} label="Transaction"><code>${r.tx_sig}</code><//>
      <${Fact} label="Receipt id"><code>${r.receipt_id}</code><//>
    </dl>
    <h2>Signed proof</h2>
    <${Verification} v=${r.verification} />
    <details>
      <summary>Proof details</summary>
      <dl class="facts">
        <${Fact} label="SHA-256"><code>${r.receipt_hash}</code><//>
        <${Fact} label="Ed25519 signature"><code>${r.ed25519_sig}</code><//>
        <${Fact} label="Public key"><code>${r.verification?.public_key}</code><//>
      </dl>
      <p class="hint">Canonicalise receipt_json (RFC 8785): its SHA-256 is the hash above, and the signature verifies
        with the public key, offline.</p>
    </details>
    <a class="button primary" href=${pdf}>Download PDF</a>
  </article>`;
}

function App() {
  const [state, setState] = useState({ screen: 'loading' });
  useEffect(() => {
    client
      .getPublicReceipt({ path: { receipt_id: receiptId } })
      .then((r) => {
        document.title = `Receipt · ${r.product_title || r.receipt_id}`;
        setState({ screen: 'ready', r });
      })
      .catch((err) => setState({ screen: 'error', message: errorText(err) }));
  }, []);
  if (state.screen === 'loading') return html`<div class="card"><p role="status">Loading the receipt…</p></div>`;
  if (state.screen === 'error') {
    return html`<div class="card"><h1>Receipt not available</h1><p class="error" role="alert">${state.message}</p></div>`;
  }
  return html`<${Receipt} r=${state.r} />`;
}

render(html`<${App} />`, document.getElementById('app'));
