// Receipts: search, the PDF, and one receipt's page: invoice details, send proof by email, public proof link.
import {
  CopyButton,
  ErrorMessage,
  Field,
  Loaded,
  Table,
  html,
  money,
  short,
  text,
  useLoad,
  useState,
  useSubmit,
  when,
} from '../components/ui.js';
import { api } from '../session.js';
import { ReceiptPdfLink } from './payments.js';

export default function Receipts({ param }) {
  return param ? html`<${ReceiptPage} id=${param} />` : html`<${ReceiptList} />`;
}

const amount = (r) =>
  r.amount_display ??
  (r.amount_minor_units === null ? '—' : money(r.amount_minor_units, r.token_mint ? 'USDC' : 'SOL'));

function ReceiptList() {
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const res = useLoad(() => api.listReceipts({ query: { q: q || undefined, per_page: 100 } }), [q]);
  return html`<h1>Receipts</h1>
    <form class="filters" role="search" aria-label="Search receipts"
      onSubmit=${(e) => {
        e.preventDefault();
        setQ(search.trim());
      }}>
      <${Field} label="Search receipts" type="search" placeholder="Transaction, receipt id, product or invoice" value=${search} onInput=${setSearch} />
      <div><button type="submit">Search</button></div>
    </form>
    <${Loaded} res=${res} empty="No receipts yet. Every confirmed payment gets a signed receipt." isEmpty=${(d) => d.receipts.length === 0}>
      ${(d) =>
        html`<${Table} caption="Receipts" rowKey=${(r) => r.receipt_id} rows=${d.receipts} columns=${[
          { label: 'Issued', cell: (r) => html`<a href=${`#/receipts/${r.receipt_id}`}>${when(r.created_at)}</a>` },
          { label: 'Product', cell: (r) => text(r.product_title) },
          { label: 'Amount', num: true, cell: amount },
          { label: 'Invoice', cell: (r) => text(r.invoice_number) },
          { label: 'Transaction', cell: (r) => html`<span class="mono">${short(r.tx_sig, 8)}</span>` },
          { label: 'Document', cell: (r) => html`<${ReceiptPdfLink} id=${r.receipt_id} />` },
        ]} />`}
    <//>`;
}

function ReceiptPage({ id }) {
  const res = useLoad(() => api.getReceipt({ path: { receipt_id: id } }), [id]);
  return html`<p><a href="#/receipts">← All receipts</a></p>
    <${Loaded} res=${res}>
      ${(r) => {
        const publicUrl = new URL(r.public_url, location.origin).href;
        return html`<h1>Receipt ${short(r.receipt_id, 8)}</h1>
          <dl class="kv">
            <dt>Amount</dt><dd>${amount(r)}</dd>
            <dt>Product</dt><dd>${text(r.product_title)}</dd>
            <dt>Payer</dt><dd class="mono">${text(r.payer_wallet)}</dd>
            <dt>Transaction</dt><dd class="mono">${r.tx_sig}</dd>
            <dt>Payment</dt><dd>${r.payment_id ? html`<a href=${`#/payments/${r.payment_id}`}>Open payment</a>` : '—'}</dd>
            <dt>Issued</dt><dd>${when(r.created_at)}</dd>
            <dt>Signed by key</dt><dd class="mono">${r.key_id}</dd>
          </dl>
          <p class="row"><${ReceiptPdfLink} id=${r.receipt_id} />
            <a href=${publicUrl} target="_blank" rel="noopener">Public proof</a>
            <a href=${new URL(r.verify_api_url, location.origin).href} target="_blank" rel="noopener">Verify signature</a>
            <${CopyButton} value=${publicUrl} label="Copy public proof link" /></p>
          <${InvoiceForm} r=${r} onSaved=${res.reload} />
          <${SendProof} id=${r.receipt_id} />`;
      }}
    <//>`;
}

function InvoiceForm({ r, onSaved }) {
  const meta = r.invoice_metadata ?? {};
  const [f, setF] = useState({
    invoice_number: meta.invoice_number ?? '',
    customer_name: meta.customer_name ?? '',
    customer_email: meta.customer_email ?? '',
    billing_reference: meta.billing_reference ?? '',
    notes: meta.notes ?? '',
  });
  const [saved, setSaved] = useState(false);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  const form = useSubmit(async () => {
    const body = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.trim() || null]));
    await api.updateReceiptInvoiceMetadata({ path: { receipt_id: r.receipt_id }, body });
    setSaved(true);
    onSaved();
  });
  return html`<h2>Invoice details</h2>
    <form class="grid" onSubmit=${form.submit}>
      <${Field} label="Invoice number" value=${f.invoice_number} onInput=${set('invoice_number')} />
      <${Field} label="Customer name" value=${f.customer_name} onInput=${set('customer_name')} />
      <${Field} label="Customer email" type="email" value=${f.customer_email} onInput=${set('customer_email')} />
      <${Field} label="Billing reference" value=${f.billing_reference} onInput=${set('billing_reference')} />
      <${Field} class="wide" label="Invoice notes" as="textarea" value=${f.notes} onInput=${set('notes')} />
      <div><button type="submit" disabled=${form.busy}>Save invoice details</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
    ${saved ? html`<p class="ok" role="status">Invoice details saved.</p>` : null}`;
}

function SendProof({ id }) {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(null);
  const form = useSubmit(async () => {
    const r = await api.sendReceiptProof({ path: { receipt_id: id }, body: { email: email.trim() } });
    setSent(
      r.sent ? `Proof sent to ${r.email}.` : `The proof could not be emailed to ${r.email}; share the link instead.`,
    );
  });
  return html`<h2>Send proof</h2>
    <form class="grid" onSubmit=${form.submit}>
      <${Field} label="Send to email" type="email" required value=${email} onInput=${setEmail} />
      <div><button type="submit" disabled=${form.busy}>Send proof</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
    ${sent ? html`<p class="ok" role="status">${sent}</p>` : null}`;
}
