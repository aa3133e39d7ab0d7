// Members: search by handle, wallet or transaction, status filters, and one member's page: periods, events, notes,
// display name, gift, retry delivery, delivery diagnostics and the reactivation link.
import {
  Badge,
  CopyButton,
  ErrorMessage,
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
  useSubmit,
  when,
} from '../components/ui.js';
import { api } from '../session.js';

const STATUSES = [
  ['', 'Any status'],
  ['ACTIVE', 'Active'],
  ['GRACE_PERIOD', 'In grace period'],
  ['EXPIRED', 'Expired'],
  ['DELIVERY_FAILED', 'Delivery failed'],
];

export default function Members({ param }) {
  return param ? html`<${MemberPage} id=${param} />` : html`<${MemberList} />`;
}

function MemberList() {
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const res = useLoad(
    () => api.listMemberships({ query: { status: status || undefined, q: q || undefined, limit: 200 } }),
    [status, q],
  );
  return html`<h1>Members</h1>
    <form class="filters" role="search" aria-label="Search members"
      onSubmit=${(e) => {
        e.preventDefault();
        setQ(search.trim());
      }}>
      <${Field} label="Search by handle, wallet or transaction" type="search" value=${search} onInput=${setSearch} />
      <div><button type="submit">Search</button></div>
      <${Field} label="Status" as="select" value=${status} onInput=${setStatus} options=${STATUSES} />
    </form>
    <${Loaded} res=${res} empty="No members match." isEmpty=${(d) => d.items.length === 0}>
      ${(d) =>
        html`<${Table} caption="Members" rows=${d.items} columns=${[
          {
            label: 'Member',
            cell: (m) => html`<a href=${`#/members/${m.id}`}>${m.platform_display || m.customer_identity_value}</a>`,
          },
          { label: 'Product', cell: (m) => m.product_title },
          { label: 'Status', cell: (m) => html`<${Badge} value=${m.status} />` },
          { label: 'Access until', cell: (m) => when(m.current_period_end_at) },
          { label: 'Delivery', cell: (m) => humanize(m.delivery_status) },
          { label: 'Wallet', cell: (m) => html`<span class="mono">${short(m.payer_wallet, 6)}</span>` },
        ]} />`}
    <//>`;
}

function MemberPage({ id }) {
  const res = useLoad(() => api.getMembership({ path: { membership_id: id } }), [id]);
  return html`<p><a href="#/members">← All members</a></p>
    <${Loaded} res=${res}>
      ${(d) => {
        const m = d.membership;
        return html`<h1>${m.platform_display || m.customer_identity_value}</h1>
          <dl class="kv">
            <dt>Status</dt><dd><${Badge} value=${m.status} /></dd>
            <dt>Product</dt><dd><a href=${`#/products/${m.product_id}`}>${m.product_title}</a></dd>
            <dt>Platform</dt><dd>${humanize(m.platform)}</dd>
            <dt>Identity</dt><dd class="mono">${humanize(m.customer_identity_type)}: ${m.customer_identity_value}</dd>
            <dt>Wallet</dt><dd class="mono">${text(m.payer_wallet)}</dd>
            <dt>Access until</dt><dd>${when(m.current_period_end_at)}</dd>
            <dt>Grace ends</dt><dd>${when(m.grace_ends_at)}</dd>
            <dt>Renewals</dt><dd>${number(m.renewal_count)}</dd>
            <dt>Delivery</dt><dd>${humanize(m.delivery_status)}${m.delivery_last_error ? ` (${m.delivery_last_error})` : ''}</dd>
            <dt>Latest payment</dt><dd>${m.latest_payment_id ? html`<a href=${`#/payments/${m.latest_payment_id}`}>${short(m.latest_tx_signature ?? m.latest_payment_id, 8)}</a>` : '—'}</dd>
          </dl>
          <${Actions} m=${m} onChange=${res.reload} />
          <h2>Periods</h2>
          ${
            d.periods.length === 0
              ? html`<p class="muted">No periods.</p>`
              : html`<${Table} caption="Periods" rows=${d.periods} columns=${[
                  { label: 'From', cell: (p) => when(p.period_start_at) },
                  { label: 'To', cell: (p) => when(p.period_end_at) },
                  { label: 'Status', cell: (p) => humanize(p.status) },
                  {
                    label: 'Paid',
                    num: true,
                    cell: (p) => (p.payment_id ? money(p.amount_lamports, p.token_mint ? 'USDC' : 'SOL') : 'Gift'),
                  },
                ]} />`
          }
          <h2>Events</h2>
          ${
            d.events.length === 0
              ? html`<p class="muted">No events.</p>`
              : html`<ol class="timeline">${d.events.map((e) => html`<li key=${e.id}><strong>${humanize(e.event_type)}</strong> · ${when(e.created_at)} · ${humanize(e.actor_type)}</li>`)}</ol>`
          }
          <${Notes} m=${m} onChange=${res.reload} />
          <${Diagnostics} id=${m.id} />
          <${Reactivation} id=${m.id} />`;
      }}
    <//>`;
}

function Actions({ m, onChange }) {
  const [days, setDays] = useState('7');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(null);
  const gift = useSubmit(async () => {
    await api.giftMembership({
      path: { membership_id: m.id },
      body: { days: Number(days), note: note.trim() || undefined },
    });
    setDone(`Gifted ${days} days.`);
    setNote('');
    onChange();
  });
  const retry = useSubmit(async () => {
    const r = await api.retryMembershipDelivery({ path: { membership_id: m.id } });
    setDone(`Delivery ${humanize(r.delivery.status)}${r.delivery.error ? `: ${r.delivery.error}` : ''}.`);
    onChange();
  });
  return html`<h2>Gift or rescue</h2>
    <form class="grid" onSubmit=${gift.submit} aria-label="Gift access">
      <${Field} label="Days" type="number" min="1" max="3660" required value=${days} onInput=${setDays} />
      <${Field} label="Note" maxlength="500" value=${note} onInput=${setNote} />
      <div><button type="submit" class="primary" disabled=${gift.busy}>Gift</button></div>
    </form>
    <div class="row"><button type="button" disabled=${retry.busy} onClick=${retry.submit}>Retry delivery</button></div>
    <${ErrorMessage} error=${gift.error || retry.error} />
    ${done ? html`<p class="ok" role="status">${done}</p>` : null}`;
}

function Notes({ m, onChange }) {
  const [notes, setNotes] = useState(m.notes ?? '');
  const [display, setDisplay] = useState(m.platform_display ?? '');
  const [saved, setSaved] = useState(false);
  const form = useSubmit(async () => {
    await api.updateMembershipNotes({ path: { membership_id: m.id }, body: { notes } });
    if (display !== m.platform_display) {
      await api.updateMembershipProfile({ path: { membership_id: m.id }, body: { platform_display: display } });
    }
    setSaved(true);
    onChange();
  });
  return html`<h2>Notes and profile</h2>
    <form class="grid" onSubmit=${form.submit}>
      <${Field} label="Display name" maxlength="160" value=${display} onInput=${setDisplay} />
      <${Field} class="wide" label="Notes" as="textarea" maxlength="5000" value=${notes} onInput=${setNotes} />
      <div><button type="submit" disabled=${form.busy}>Save notes</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
    ${saved ? html`<p class="ok" role="status">Saved.</p>` : null}`;
}

function Diagnostics({ id }) {
  const res = useLoad(() => api.getMembershipDeliveryDiagnostics({ path: { membership_id: id } }), [id]);
  return html`<h2>Delivery diagnostics</h2>
    <${Loaded} res=${res}>
      ${(d) => html`<p><${Badge} value=${d.overall_status} /> ${d.summary}</p>
        <ul>${d.checks.map((c) => html`<li key=${c.key}><strong>${c.label}</strong>: ${humanize(c.status)}. ${c.detail}</li>`)}</ul>`}
    <//>`;
}

function Reactivation({ id }) {
  const [link, setLink] = useState(null);
  const make = useSubmit(async () => {
    const r = await api.getMembershipReactivation({ path: { membership_id: id } });
    setLink(new URL(r.reactivation_url, location.origin).href);
  });
  return html`<h2>Reactivation link</h2>
    <p class="muted">A checkout link that renews this member's access with their identity filled in.</p>
    <button type="button" disabled=${make.busy} onClick=${make.submit}>Make reactivation link</button>
    <${ErrorMessage} error=${make.error} />
    ${link ? html`<p class="notice" role="status"><span class="mono">${link}</span> <${CopyButton} value=${link} /></p>` : null}`;
}
