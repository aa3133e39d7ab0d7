// Approve an agent: the page an agent's owner_approval_url opens. The owner pastes the setup token the agent hands
// over, reads what the agent asks for and what its manifest still lacks, then approves: the chosen permissions, and
// a live API key shown once.
import { CopyButton, ErrorMessage, Field, html, useState, useSubmit } from '../components/ui.js';
import { api } from '../session.js';

function Issues({ title, items }) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return html`<h3>${title}</h3>
    <ul>${items.map((b) => html`<li>${typeof b === 'string' ? b : (b?.message ?? b?.code ?? '')}</li>`)}</ul>`;
}

export default function AgentSetup({ param }) {
  const [token, setToken] = useState('');
  const [request, setRequest] = useState(null);
  const [permissions, setPermissions] = useState([]);
  const [issueLive, setIssueLive] = useState(true);
  const [keyName, setKeyName] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [approved, setApproved] = useState(null);
  const path = { setup_intent_id: param ?? '' };

  const load = useSubmit(async () => {
    const res = await api.getAccessAgentSetupStatus({ path, body: { setup_token: token.trim() } });
    setRequest(res);
    setPermissions(res.setup_intent.requested_permissions ?? []);
  });
  const approve = useSubmit(async () => {
    const res = await api.approveAccessAgentSetup({
      path,
      body: {
        setup_token: token.trim(),
        approved_permissions: permissions,
        issue_live_key: issueLive,
        live_key_name: keyName.trim() || null,
        confirm_owner_approval: confirmed,
      },
    });
    setApproved(res);
  });

  if (!param) return html`<h1>Approve an agent</h1><p>Open the approval link the agent gave you.</p>`;
  if (approved) {
    return html`<h1>Approve an agent</h1>
      <p class="ok" role="status">Approved: ${approved.setup_intent.agent_name} may act with ${
        approved.setup_intent.approved_permissions?.join(', ') || 'no extra permissions'
      }.</p>
      ${
        approved.live_api_key
          ? html`<p>The live API key, shown this once. Give it to the agent over a safe channel.</p>
            <p><code id="live-key" class="mono">${approved.live_api_key}</code></p>
            <div class="row"><${CopyButton} value=${approved.live_api_key} label="Copy key" /></div>`
          : html`<p class="muted">No live key was issued.</p>`
      }`;
  }
  const intent = request?.setup_intent;
  const evaluation = request?.manifest_evaluation ?? {};
  const pending = intent && !intent.approved_at && intent.status !== 'expired';
  return html`<h1>Approve an agent</h1>
    <form class="grid" aria-label="Agent request" onSubmit=${load.submit}>
      <${Field} label="Setup token" required placeholder="hst_…" value=${token} onInput=${setToken}
        hint="The agent shows it with its approval link" />
      <div><button type="submit" disabled=${load.busy}>Load request</button></div>
    </form>
    <${ErrorMessage} error=${load.error} />
    ${
      intent
        ? html`<section aria-labelledby="request-title">
            <h2 id="request-title">${intent.agent_name}</h2>
            <dl class="facts">
              <dt>Platform</dt><dd>${intent.agent_platform || '—'}</dd>
              <dt>Use case</dt><dd>${intent.requested_use_case || '—'}</dd>
              <dt>Status</dt><dd>${intent.status}</dd>
              <dt>Expires</dt><dd>${intent.expires_at ? new Date(intent.expires_at).toLocaleString() : '—'}</dd>
            </dl>
            <${Issues} title="Blockers" items=${evaluation.blockers} />
            <${Issues} title="Before going live" items=${evaluation.live_blockers} />
            <${Issues} title="Warnings" items=${evaluation.warnings} />
            ${
              pending
                ? html`<form class="grid" aria-label="Approval" onSubmit=${approve.submit}>
                    <fieldset>
                      <legend>Permissions to grant</legend>
                      ${(intent.requested_permissions ?? []).map(
                        (perm) => html`<label class="check"><input type="checkbox" checked=${permissions.includes(perm)}
                          onChange=${(e) =>
                            setPermissions((old) =>
                              e.target.checked ? [...old, perm] : old.filter((x) => x !== perm),
                            )} /> ${perm}</label>`,
                      )}
                    </fieldset>
                    <label class="check"><input type="checkbox" checked=${issueLive}
                      onChange=${(e) => setIssueLive(e.target.checked)} /> Issue a live key</label>
                    <${Field} label="Live key name" placeholder=${`Agent ${intent.agent_name} (live)`} value=${keyName}
                      onInput=${setKeyName} />
                    <label class="check"><input type="checkbox" checked=${confirmed}
                      onChange=${(e) => setConfirmed(e.target.checked)} /> I approve this agent</label>
                    <div><button type="submit" class="primary" disabled=${approve.busy || !confirmed}>Approve agent</button></div>
                  </form>
                  <${ErrorMessage} error=${approve.error} />`
                : html`<p class="muted">This request is ${intent.status}: there is nothing to approve.</p>`
            }
          </section>`
        : null
    }`;
}
