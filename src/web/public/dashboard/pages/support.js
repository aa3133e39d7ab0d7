// Support: the inbox with status filters and one ticket's thread: reply, status and priority, links to its payment
// and member.
import {
  Badge,
  ErrorMessage,
  Field,
  Loaded,
  Table,
  html,
  humanize,
  useLoad,
  useState,
  useSubmit,
  when,
} from '../components/ui.js';
import { api } from '../session.js';

const STATUSES = ['OPEN', 'PENDING_MERCHANT', 'PENDING_BUYER', 'RESOLVED', 'CLOSED'];
const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const options = (list) => list.map((s) => [s, humanize(s)]);

export default function Support({ param }) {
  return param ? html`<${Ticket} id=${param} />` : html`<${Inbox} />`;
}

function Inbox() {
  const [status, setStatus] = useState('');
  const res = useLoad(() => api.listSupportTickets({ query: { status: status || undefined, per_page: 50 } }), [status]);
  return html`<h1>Support</h1>
    <div class="filters">
      <${Field} label="Status" as="select" value=${status} onInput=${setStatus} options=${[['', 'Any status'], ...options(STATUSES)]} />
    </div>
    <${Loaded} res=${res} empty="No tickets. Buyers can open one from their receipt." isEmpty=${(d) => d.tickets.length === 0}>
      ${(d) =>
        html`<${Table} caption="Support tickets" rows=${d.tickets} columns=${[
          { label: 'Subject', cell: (t) => html`<a href=${`#/support/${t.id}`}>${t.subject}</a>` },
          { label: 'Status', cell: (t) => html`<${Badge} value=${t.status} />` },
          { label: 'Priority', cell: (t) => humanize(t.priority ?? 'NORMAL') },
          { label: 'Category', cell: (t) => humanize(t.category) },
          { label: 'Opened by', cell: (t) => humanize(t.opened_by) },
          { label: 'Updated', cell: (t) => when(t.updated_at) },
        ]} />`}
    <//>`;
}

function Ticket({ id }) {
  const res = useLoad(() => api.getSupportTicket({ path: { ticket_id: id } }), [id]);
  const [reply, setReply] = useState('');
  const send = useSubmit(async () => {
    await api.postSupportMessage({ path: { ticket_id: id }, body: { body: reply.trim() } });
    setReply('');
    res.reload();
  });
  const update = useSubmit(async (e) => {
    const el = e.currentTarget;
    await api.updateSupportTicket({ path: { ticket_id: id }, body: { [el.name]: el.value } });
    res.reload();
  });
  return html`<p><a href="#/support">← Inbox</a></p>
    <${Loaded} res=${res}>
      ${(t) => html`<h1>${t.subject}</h1>
        <div class="filters">
          <div><label for="ticket-status">Ticket status</label>
            <select id="ticket-status" name="status" value=${t.status} onChange=${update.submit} disabled=${update.busy}>
              ${options(STATUSES).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
            </select></div>
          <div><label for="ticket-priority">Priority</label>
            <select id="ticket-priority" name="priority" value=${t.priority ?? 'NORMAL'} onChange=${update.submit} disabled=${update.busy}>
              ${options(PRIORITIES).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
            </select></div>
        </div>
        <${ErrorMessage} error=${update.error} />
        <p class="row">
          ${t.context?.payment_id ? html`<a href=${`#/payments/${t.context.payment_id}`}>Open the payment</a>` : null}
          ${t.context?.membership_id ? html`<a href=${`#/members/${t.context.membership_id}`}>Open the member</a>` : null}
          <span class="muted">${humanize(t.category)} · opened ${when(t.created_at)} by ${humanize(t.opened_by)}</span>
        </p>
        <div class="thread" aria-label="Messages">
          ${t.messages.length === 0 ? html`<p class="muted">No messages yet.</p>` : null}
          ${t.messages.map(
            (m) => html`<div key=${m.id} class=${`msg ${m.author_type}`}>
              <div class="meta">${humanize(m.author_type)} · ${when(m.created_at)}</div>
              <div>${m.body}</div>
            </div>`,
          )}
        </div>
        <form class="stack" onSubmit=${send.submit}>
          <${Field} label="Reply" as="textarea" required maxlength="10000" value=${reply} onInput=${setReply} />
          <div><button type="submit" class="primary" disabled=${send.busy}>Send</button></div>
          <${ErrorMessage} error=${send.error} />
        </form>`}
    <//>`;
}
