// Products: the builder for every product and delivery type (membership settings included), the list, and one
// product's page: edit, pause or resume, archive (confirmed), checkout link, handoff link and embed snippet.
import { ProductForm } from '../components/product-form.js';
import {
  Badge,
  ConfirmButton,
  CopyButton,
  ErrorMessage,
  Field,
  Loaded,
  Table,
  html,
  money,
  number,
  useLoad,
  useState,
  useSubmit,
} from '../components/ui.js';
import { api } from '../session.js';

export const checkoutUrl = (p) => new URL(`/p/${p.slug}`, location.origin).href;
export const embedSnippet = (p) =>
  `<script async src="${location.origin}/embed.js"></script>\n<div data-hilt-checkout="${p.slug}" data-theme="auto"></div>`;

export default function Products({ param, me }) {
  return param ? html`<${ProductPage} id=${param} />` : html`<${ProductList} me=${me} />`;
}

function ProductList({ me }) {
  const res = useLoad(() => api.listProducts({ query: { limit: 200 } }), []);
  const [created, setCreated] = useState(null);
  return html`<h1>Products</h1>
    ${
      created
        ? html`<div class="notice" role="status">
          Created “${created.title}”. Checkout link: <a href=${checkoutUrl(created)} target="_blank" rel="noopener">${checkoutUrl(created)}</a>
          <${CopyButton} value=${checkoutUrl(created)} label="Copy checkout link" />
        </div>`
        : null
    }
    <h2>Your products</h2>
    <${Loaded} res=${res} empty="No products yet. Create one below.">
      ${(list) =>
        html`<${Table} caption="Products" rows=${list} columns=${[
          { label: 'Title', cell: (p) => html`<a href=${`#/products/${p.id}`}>${p.title}</a>` },
          {
            label: 'Type',
            cell: (p) =>
              p.product_type === 'TIP_JAR' ? 'Tip jar' : p.membership_enabled ? 'Membership' : 'Payment link',
          },
          { label: 'Price', num: true, cell: (p) => money(p.amount_minor_units, p.asset_symbol, p.asset_decimals) },
          { label: 'Status', cell: (p) => html`<${Badge} value=${p.status} />` },
          { label: 'Paid', num: true, cell: (p) => number(p.payment_count) },
          { label: 'Volume', num: true, cell: (p) => money(p.total_volume_lamports, p.asset_symbol, p.asset_decimals) },
        ]} />`}
    <//>
    <section class="panel" aria-labelledby="new-product">
      <h2 id="new-product">New product</h2>
      <${ProductForm}
        submitLabel="Create product"
        defaults=${{ payout_wallet: me?.merchant_settings?.default_payout_wallet }}
        onSaved=${(p) => {
          setCreated(p);
          res.reload();
        }}
      />
    </section>`;
}

function ProductPage({ id }) {
  const res = useLoad(() => api.getProduct({ path: { product_id: id } }), [id]);
  const [editing, setEditing] = useState(false);
  const setStatus = useSubmit(async (e) => {
    await api.updateProduct({ path: { product_id: id }, body: { status: e.currentTarget.value } });
    res.reload();
  });
  return html`<p><a href="#/products">← All products</a></p>
    <${Loaded} res=${res}>
      ${(p) => html`<h1>${p.title}</h1>
        <dl class="kv">
          <dt>Status</dt><dd><${Badge} value=${p.status} /></dd>
          <dt>Price</dt><dd>${money(p.amount_minor_units, p.asset_symbol, p.asset_decimals)}</dd>
          <dt>Delivery</dt><dd>${p.delivery_type.toLowerCase().replaceAll('_', ' ')}</dd>
          ${
            p.membership_enabled
              ? html`<dt>Membership</dt><dd>every ${number(p.membership_billing_interval_days)} days</dd>`
              : null
          }
          <dt>Payments</dt><dd>${number(p.payment_count)}</dd>
        </dl>
        <h2>Share</h2>
        <p>Checkout link: <a href=${checkoutUrl(p)} target="_blank" rel="noopener">${checkoutUrl(p)}</a></p>
        <div class="row"><${CopyButton} value=${checkoutUrl(p)} label="Copy checkout link" /></div>
        <h3>Embed snippet</h3>
        <pre class="snippet">${embedSnippet(p)}</pre>
        <${CopyButton} value=${embedSnippet(p)} label="Copy embed snippet" />
        <${HandoffForm} product=${p} />
        <h2>Manage</h2>
        <div class="row">
          <button type="button" onClick=${() => setEditing(!editing)} aria-expanded=${editing}>Edit</button>
          ${
            p.status === 'ACTIVE'
              ? html`<button type="button" value="PAUSED" onClick=${setStatus.submit}>Pause</button>`
              : p.status === 'PAUSED'
                ? html`<button type="button" value="ACTIVE" onClick=${setStatus.submit}>Resume</button>`
                : null
          }
          ${
            p.status === 'ARCHIVED'
              ? null
              : html`<${ConfirmButton} label="Archive" question="Archive this product? Its checkout stops selling."
                confirmLabel="Archive product"
                onConfirm=${async () => {
                  await api.archiveProduct({ path: { product_id: p.id } });
                  res.reload();
                }} />`
          }
        </div>
        <${ErrorMessage} error=${setStatus.error} />
        ${
          editing
            ? html`<div class="panel"><${ProductForm} product=${p} submitLabel="Save changes"
              onSaved=${() => {
                setEditing(false);
                res.reload();
              }} /></div>`
            : null
        }`}
    <//>`;
}

function HandoffForm({ product }) {
  const [identity, setIdentity] = useState('');
  const [minutes, setMinutes] = useState('60');
  const [link, setLink] = useState(null);
  const form = useSubmit(async () => {
    const res = await api.createHandoffLink({
      path: { product_id: product.id },
      body: { identity_value: identity.trim(), expires_in_minutes: Number(minutes) },
    });
    setLink(new URL(res.checkout_url, location.origin).href);
  });
  return html`<h3>Handoff link</h3>
    <p class="muted">A checkout link with the buyer's identity filled in (for example their Telegram user id).</p>
    <form class="grid" onSubmit=${form.submit}>
      <${Field} label="Buyer identity" required value=${identity} onInput=${setIdentity} />
      <${Field} label="Valid for (minutes)" type="number" min="1" max="10080" required value=${minutes} onInput=${setMinutes} />
      <div><button type="submit" disabled=${form.busy}>Make handoff link</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
    ${link ? html`<p class="notice" role="status"><span class="mono">${link}</span> <${CopyButton} value=${link} /></p>` : null}`;
}
