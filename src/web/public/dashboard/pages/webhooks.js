// Webhooks: endpoints (add with URL, events and products; signing secret shown once with copy and rotate; test
// event; pause; delete), deliveries with status and replay, and the event log.
import {
  Badge,
  ConfirmButton,
  CopyButton,
  ErrorMessage,
  Field,
  Loaded,
  Table,
  html,
  short,
  text,
  useLoad,
  useState,
  useSubmit,
  when,
} from '../components/ui.js';
import { api } from '../session.js';

export default function Webhooks() {
  const endpoints = useLoad(() => api.listWebhookEndpoints({}), []);
  const events = useLoad(() => api.listWebhookEvents({ query: { per_page: 50 } }), []);
  const deliveries = useLoad(() => api.listWebhookDeliveries({ query: { per_page: 50 } }), []);
  const [secret, setSecret] = useState(null);
  const [result, setResult] = useState(null);
  const refresh = () => {
    endpoints.reload();
    events.reload();
    deliveries.reload();
  };
  return html`<h1>Webhooks</h1>
    <${AddEndpoint} supported=${events.data?.supported_events ?? []}
      onCreated=${(r) => {
        setSecret({ label: r.endpoint.label, value: r.signing_secret });
        refresh();
      }} />
    ${
      secret
        ? html`<div class="notice" role="status">
          Signing secret for “${secret.label}”. Copy it now: it will not be shown again.
          <code class="secret">${secret.value}</code><${CopyButton} value=${secret.value} label="Copy secret" />
        </div>`
        : null
    }
    ${result ? html`<p class=${result.ok ? 'ok' : 'error'} role="status">${result.text}</p>` : null}
    <h2>Endpoints</h2>
    <${Loaded} res=${endpoints} empty="No endpoints yet." isEmpty=${(d) => d.endpoints.length === 0}>
      ${(d) =>
        html`<${Table} caption="Webhook endpoints" rows=${d.endpoints} columns=${[
          { label: 'Endpoint', cell: (e) => html`<strong>${e.label}</strong><div class="mono">${e.url}</div>` },
          {
            label: 'Status',
            cell: (e) =>
              html`<${Badge} value=${e.status} />${e.last_error ? html`<div class="muted">${e.last_error}</div>` : null}`,
          },
          {
            label: 'Events',
            cell: (e) => (e.subscribed_events.length ? e.subscribed_events.join(', ') : 'All events'),
          },
          { label: 'Secret', cell: (e) => html`<span class="mono">${e.signing_secret_preview}</span>` },
          {
            label: 'Actions',
            cell: (e) =>
              html`<${EndpointActions} e=${e} onSecret=${setSecret} onResult=${setResult} onChange=${refresh} />`,
          },
        ]} />`}
    <//>
    <h2>Deliveries</h2>
    <${Loaded} res=${deliveries} empty="No deliveries yet." isEmpty=${(d) => d.deliveries.length === 0}>
      ${(d) =>
        html`<${Table} caption="Webhook deliveries" rows=${d.deliveries} columns=${[
          { label: 'Event', cell: (x) => html`${x.event_type}${x.test ? ' (test)' : ''}` },
          { label: 'Endpoint', cell: (x) => x.endpoint_label },
          { label: 'Status', cell: (x) => html`<${Badge} value=${x.status} />` },
          { label: 'Response', cell: (x) => (x.response_status ? `HTTP ${x.response_status}` : text(x.last_error)) },
          { label: 'Attempts', num: true, cell: (x) => x.attempt_count },
          { label: 'Last attempt', cell: (x) => when(x.last_attempt_at) },
          { label: 'Replay', cell: (x) => html`<${Replay} id=${x.id} onDone=${refresh} />` },
        ]} />`}
    <//>
    <h2>Event log</h2>
    <${Loaded} res=${events} empty="No events yet." isEmpty=${(d) => d.events.length === 0}>
      ${(d) =>
        html`<${Table} caption="Event log" rows=${d.events} columns=${[
          { label: 'Event', cell: (e) => e.event_type },
          { label: 'Time', cell: (e) => when(e.created_at) },
          {
            label: 'Payment',
            cell: (e) =>
              e.payment_id ? html`<a href=${`#/payments/${e.payment_id}`}>${short(e.payment_id, 8)}</a>` : '—',
          },
          {
            label: 'Deliveries',
            cell: (e) =>
              e.deliveries.length ? e.deliveries.map((x) => `${x.endpoint_label}: ${x.status}`).join(', ') : 'None',
          },
        ]} />`}
    <//>`;
}

function AddEndpoint({ supported, onCreated }) {
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [chosen, setChosen] = useState([]);
  const [productIds, setProductIds] = useState([]);
  const products = useLoad(() => api.listProducts({ query: { limit: 200 } }), []);
  const form = useSubmit(async () => {
    const r = await api.createWebhookEndpoint({
      body: {
        label: label.trim() || new URL(url).host,
        url: url.trim(),
        subscribed_events: chosen,
        product_ids: productIds,
      },
    });
    setLabel('');
    setUrl('');
    setChosen([]);
    setProductIds([]);
    onCreated(r);
  });
  const toggle = (list, set, v) => (on) => set(on ? [...list, v] : list.filter((x) => x !== v));
  return html`<section class="panel" aria-labelledby="new-endpoint">
    <h2 id="new-endpoint">New webhook endpoint</h2>
    <form class="grid" onSubmit=${form.submit} aria-label="Add endpoint">
      <${Field} label="URL" type="url" required placeholder="https://example.com/hilt/webhook" value=${url} onInput=${setUrl} />
      <${Field} label="Label" placeholder="My backend" value=${label} onInput=${setLabel} />
      <fieldset>
        <legend>Events (none chosen: all events)</legend>
        ${supported.map((ev) => html`<${Field} key=${ev} type="checkbox" label=${ev} value=${chosen.includes(ev)} onInput=${toggle(chosen, setChosen, ev)} />`)}
      </fieldset>
      <fieldset>
        <legend>Products (none chosen: all products)</legend>
        ${(products.data ?? []).length === 0 ? html`<p class="muted">No products yet.</p>` : null}
        ${(products.data ?? []).map((p) => html`<${Field} key=${p.id} type="checkbox" label=${p.title} value=${productIds.includes(p.id)} onInput=${toggle(productIds, setProductIds, p.id)} />`)}
      </fieldset>
      <div class="wide"><button type="submit" class="primary" disabled=${form.busy}>Add endpoint</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
  </section>`;
}

function EndpointActions({ e, onSecret, onResult, onChange }) {
  const test = useSubmit(async () => {
    const r = await api.testWebhookEndpoint({ path: { endpoint_id: e.id }, body: {} });
    onResult({
      ok: r.delivered,
      text: r.delivered
        ? `Test event delivered to ${e.label} (HTTP ${r.result.status_code}).`
        : `Test event not delivered to ${e.label}: ${r.result.error ?? `HTTP ${r.result.status_code}`}.`,
    });
    onChange();
  });
  const pause = useSubmit(async () => {
    await api.updateWebhookEndpoint({
      path: { endpoint_id: e.id },
      body: { status: e.status === 'active' ? 'paused' : 'active' },
    });
    onChange();
  });
  return html`<div class="row">
    <button type="button" disabled=${test.busy} onClick=${test.submit}>Send test event</button>
    <button type="button" disabled=${pause.busy} onClick=${pause.submit}>${e.status === 'active' ? 'Pause' : 'Resume'}</button>
    <${ConfirmButton} label="Rotate secret" question="Rotate the signing secret? The old one stops working." confirmLabel="Rotate"
      onConfirm=${async () => {
        const r = await api.updateWebhookEndpoint({
          path: { endpoint_id: e.id },
          body: { rotate_signing_secret: true },
        });
        onSecret({ label: e.label, value: r.signing_secret });
        onChange();
      }} />
    <${ConfirmButton} label="Delete" question="Delete this endpoint?" confirmLabel="Delete endpoint"
      onConfirm=${async () => {
        await api.deleteWebhookEndpoint({ path: { endpoint_id: e.id } });
        onChange();
      }} />
    <${ErrorMessage} error=${test.error || pause.error} />
  </div>`;
}

function Replay({ id, onDone }) {
  const r = useSubmit(async () => {
    await api.replayWebhookDelivery({ path: { delivery_id: id } });
    onDone();
  });
  return html`<button type="button" disabled=${r.busy} onClick=${r.submit}>Replay</button><${ErrorMessage} error=${r.error} />`;
}
