// API keys: create with chosen permissions and mode (the key shown once, with a copy button), usage, revoke with
// confirmation.
import {
  ConfirmButton,
  CopyButton,
  ErrorMessage,
  Field,
  Loaded,
  Table,
  html,
  number,
  useLoad,
  useState,
  useSubmit,
  when,
} from '../components/ui.js';
import { api, session } from '../session.js';

const PERMISSIONS = [
  ['read', 'Read (every GET)'],
  ['execute', 'Execute (operational writes)'],
  ['admin', 'Admin (keys, webhooks, settings)'],
  ['billing', 'Billing'],
];

export default function ApiKeys() {
  const res = useLoad(() => api.listKeys({}), []);
  const [name, setName] = useState('');
  const [perms, setPerms] = useState(['read', 'execute']);
  const [mode, setMode] = useState(session.mode);
  const [raw, setRaw] = useState(null);
  const form = useSubmit(async () => {
    if (!perms.length) throw new Error('Choose at least one permission');
    const r = await api.createKey({
      body: { name: name.trim() || 'API key', permissions: perms, sandbox_mode: mode === 'sandbox' },
    });
    setRaw(r.raw_key);
    setName('');
    res.reload();
  });
  const toggle = (p) => (on) => setPerms(on ? [...perms, p] : perms.filter((x) => x !== p));
  return html`<h1>API keys</h1>
    <form class="grid" onSubmit=${form.submit} aria-label="Create API key">
      <${Field} label="Key name" maxlength="120" placeholder="Production backend" value=${name} onInput=${setName} />
      <${Field} label="Key mode" as="select" value=${mode} onInput=${setMode} options=${[['live', 'Live'], ['sandbox', 'Sandbox']]} />
      <fieldset>
        <legend>Permissions</legend>
        ${PERMISSIONS.map(([p, l]) => html`<${Field} key=${p} type="checkbox" label=${l} value=${perms.includes(p)} onInput=${toggle(p)} />`)}
      </fieldset>
      <div class="wide"><button type="submit" class="primary" disabled=${form.busy}>Create key</button></div>
    </form>
    <${ErrorMessage} error=${form.error} />
    ${
      raw
        ? html`<div class="notice" role="status">Copy this key now: it will not be shown again.
          <code class="secret" id="raw-key">${raw}</code><${CopyButton} value=${raw} label="Copy key" /></div>`
        : null
    }
    <h2>Keys</h2>
    <${Loaded} res=${res} empty="No keys yet.">
      ${(keys) =>
        html`<${Table} caption="API keys" rows=${keys} columns=${[
          { label: 'Name', cell: (k) => k.name },
          { label: 'Key', cell: (k) => html`<span class="mono">${k.key_prefix}…</span>` },
          { label: 'Mode', cell: (k) => (k.sandbox_mode ? 'Sandbox' : 'Live') },
          { label: 'Permissions', cell: (k) => k.permissions.join(', ') },
          {
            label: 'Calls',
            num: true,
            cell: (k) => `${number(k.usage_summary.total_calls)} (${number(k.usage_summary.error_calls)} errors)`,
          },
          { label: 'Last used', cell: (k) => when(k.last_used_at) },
          {
            label: 'Revoke',
            cell: (
              k,
            ) => html`<${ConfirmButton} label="Revoke" question=${`Revoke ${k.name}? Calls with it stop working.`}
            confirmLabel="Revoke key" onConfirm=${async () => {
              await api.revokeKey({ path: { key_id: k.id } });
              res.reload();
            }} />`,
          },
        ]} />`}
    <//>`;
}
