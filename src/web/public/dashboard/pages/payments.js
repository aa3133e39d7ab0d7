// Payments ledger: every payment of the workspace (GET /v1/payments) with filters and search, and one payment's
// page: on-chain signature (explorer link in live mode), membership, receipt, delivery and webhook timeline.
import {
  Badge,
  Field,
  Loaded,
  Table,
  html,
  humanize,
  money,
  number,
  short,
  text,
  useLoad,
  useState,
  when,
} from '../components/ui.js';
import { api } from '../session.js';

const PAGE = 50;
const STATUSES = [
  ['', 'Any status'],
  ['CONFIRMED', 'Confirmed'],
  ['PENDING_CONFIRMATION', 'Awaiting confirmation'],
  ['PENDING_SIGNATURE', 'Awaiting payment'],
  ['FAILED', 'Failed'],
];

export default function Payments({ param }) {
  return param ? html`<${PaymentPage} id=${param} />` : html`<${Ledger} />`;
}

const startOfDay = (d) => (d ? new Date(`${d}T00:00:00`).toISOString() : undefined);
const endOfDay = (d) => (d ? new Date(new Date(`${d}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined);

function Ledger() {
  const [filters, setFilters] = useState({ status: '', product_id: '', from: '', to: '', q: '' });
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const products = useLoad(() => api.listProducts({ query: { limit: 200 } }), []);
  const set = (k) => (v) => {
    setOffset(0);
    setFilters((f) => ({ ...f, [k]: v }));
  };
  const res = useLoad(
    () =>
      api.listPayments({
        query: {
          status: filters.status || undefined,
          product_id: filters.product_id || undefined,
          from: startOfDay(filters.from),
          to: endOfDay(filters.to),
          q: filters.q || undefined,
          limit: PAGE,
          offset,
        },
      }),
    [filters, offset],
  );
  const productOptions = [['', 'All products'], ...(products.data ?? []).map((p) => [p.id, p.title])];
  return html`<h1>Payments</h1>
    <form class="filters" role="search" aria-label="Search payments"
      onSubmit=${(e) => {
        e.preventDefault();
        set('q')(search.trim());
      }}>
      <${Field} class="search" label="Search by wallet or transaction" type="search" value=${search} onInput=${setSearch}
        placeholder="Wallet address or signature" />
      <div><button type="submit">Search</button></div>
      <${Field} label="Status" as="select" value=${filters.status} onInput=${set('status')} options=${STATUSES} />
      <${Field} label="Product" as="select" value=${filters.product_id} onInput=${set('product_id')} options=${productOptions} />
      <${Field} label="From" type="date" value=${filters.from} onInput=${set('from')} />
      <${Field} label="To" type="date" value=${filters.to} onInput=${set('to')} />
    </form>
    <${Loaded} res=${res} empty="No payments match." isEmpty=${(d) => d.items.length === 0}>
      ${(page) => html`<p class="muted" role="status">
          ${number(page.total)} ${page.total === 1 ? 'payment' : 'payments'}${page.total > PAGE ? `, showing ${number(offset + 1)}–${number(offset + page.items.length)}` : ''}
        </p>
        <${Table} caption="Payments" rows=${page.items} columns=${[
          { label: 'Time', cell: (p) => html`<a href=${`#/payments/${p.id}`}>${when(p.created_at)}</a>` },
          { label: 'Status', cell: (p) => html`<${Badge} value=${p.status} />` },
          { label: 'Amount', num: true, cell: (p) => money(p.amount_minor_units, p.asset_symbol, p.asset_decimals) },
          { label: 'Product', cell: (p) => p.product_title },
          {
            label: 'Buyer',
            cell: (p) => html`<span class="mono" title=${p.payer_wallet ?? ''}>${short(p.payer_wallet, 6)}</span>`,
          },
          {
            label: 'Transaction',
            cell: (p) => html`<span class="mono" title=${p.tx_signature ?? ''}>${short(p.tx_signature, 8)}</span>`,
          },
        ]} />
        <div class="row">
          <button type="button" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - PAGE))}>Newer</button>
          <button type="button" disabled=${offset + PAGE >= page.total} onClick=${() => setOffset(offset + PAGE)}>Older</button>
        </div>`}
    <//>`;
}

function PaymentPage({ id }) {
  const res = useLoad(async () => {
    const detail = await api.getPaymentDetail({ path: { payment_id: id } });
    const p = detail.payment;
    const [membership, timeline] = await Promise.all([
      p.membership_id ? api.getMembership({ path: { membership_id: p.membership_id } }).catch(() => null) : null,
      api.getWebhookTimeline({ query: { payment_id: id, limit: 120 } }),
    ]);
    return { ...detail, membership, timeline: timeline.timeline };
  }, [id]);
  return html`<p><a href="#/payments">← All payments</a></p>
    <${Loaded} res=${res}>
      ${(d) => {
        const p = d.payment;
        return html`<h1>Payment of ${money(p.amount_minor_units, p.asset_symbol, p.asset_decimals)}</h1>
          <dl class="kv">
            <dt>Status</dt><dd><${Badge} value=${p.status} />${p.failure_reason ? ` (${humanize(p.failure_reason)})` : ''}</dd>
            <dt>Product</dt><dd><a href=${`#/products/${p.product_id}`}>${p.product_title}</a></dd>
            <dt>Buyer wallet</dt><dd class="mono">${text(p.payer_wallet)}</dd>
            <dt>Transaction</dt><dd class="mono">${text(p.tx_signature)}
              ${d.explorer_url ? html` <a href=${d.explorer_url} target="_blank" rel="noopener noreferrer">View on explorer</a>` : null}</dd>
            <dt>Created</dt><dd>${when(p.created_at)}</dd>
            <dt>Confirmed</dt><dd>${when(p.confirmed_at)}</dd>
            <dt>Received</dt><dd>${p.received_minor_units === null ? '—' : money(p.received_minor_units, p.asset_symbol, p.asset_decimals)}</dd>
            <dt>Fee</dt><dd>${money(p.fee_lamports, p.asset_symbol, p.asset_decimals)}</dd>
            <dt>Mode</dt><dd>${p.livemode ? 'Live' : 'Sandbox'}</dd>
            ${p.refund_required ? html`<dt>Refund</dt><dd class="error">This payment must be refunded by you</dd>` : null}
          </dl>
          <h2>Delivery</h2>
          <dl class="kv">
            <dt>Status</dt><dd>${humanize(p.delivery_status)}</dd>
            <dt>Sent</dt><dd>${when(p.delivery_sent_at)}</dd>
            ${p.delivery_error ? html`<dt>Error</dt><dd class="error">${p.delivery_error}</dd>` : null}
          </dl>
          <h2>Receipt</h2>
          ${
            p.receipt_id
              ? html`<p class="row"><a href=${`#/receipts/${p.receipt_id}`}>Receipt ${short(p.receipt_id, 8)}</a>
                <${ReceiptPdfLink} id=${p.receipt_id} /></p>`
              : html`<p class="muted">No receipt: receipts are issued when a payment is confirmed.</p>`
          }
          <h2>Membership</h2>
          ${
            d.membership
              ? html`<p><a href=${`#/members/${d.membership.membership.id}`}>${d.membership.membership.platform_display || d.membership.membership.customer_identity_value}</a>
                · <${Badge} value=${d.membership.membership.status} /> until ${when(d.membership.membership.current_period_end_at)}</p>`
              : html`<p class="muted">This payment has no membership.</p>`
          }
          <h2>Event timeline</h2>
          ${
            d.timeline.length === 0
              ? html`<p class="muted">No events for this payment yet.</p>`
              : html`<ol class="timeline">
                ${d.timeline.map(
                  (e) => html`<li key=${e.id}><strong>${e.event_type}</strong> · ${when(e.created_at)}
                    <span class="muted"> · ${e.deliveries.length === 0 ? 'no endpoint subscribed' : e.deliveries.map((x) => `${x.endpoint_label}: ${x.status}`).join(', ')}</span></li>`,
                )}
              </ol>`
          }`;
      }}
    <//>`;
}

/** The receipt's PDF (a public, signed document: anyone with the receipt id may fetch it). */
export function ReceiptPdfLink({ id }) {
  return html`<a href=${`/v1/receipt/${encodeURIComponent(id)}/pdf`} target="_blank" rel="noopener">PDF</a>`;
}
