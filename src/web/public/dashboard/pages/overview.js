// Overview: live products, paying members, takings per asset (never summed across assets), attention items.
import { Loaded, Table, html, money, number, useLoad } from '../components/ui.js';
import { api } from '../session.js';

export default function Overview() {
  const res = useLoad(() => api.getAccountAnalytics({ query: { window_days: 30, daily_days: 30 } }), []);
  return html`<h1>Overview</h1>
    <${Loaded} res=${res}>
      ${(a) => {
        const s = a.summary;
        const card = (k, v) => html`<div class="card"><div class="v">${number(v)}</div><div class="k">${k}</div></div>`;
        return html`<div class="cards">
            ${card('Live products', s.active_templates)} ${card('Paying members', s.paying_members)}
            ${card('Renewals due', s.renewals_due)} ${card('Open support threads', s.open_support_threads)}
            ${card('Confirmed payments', s.total_confirmed_payments)} ${card('Confirmed today', s.confirmed_payments_today)}
          </div>
          <h2>Earnings by asset</h2>
          ${
            s.overall_assets.length === 0
              ? html`<p class="muted">No confirmed payments yet. Share a checkout link to make your first sale.</p>`
              : html`<${Table} caption="Earnings by asset" rowKey=${(r) => r.asset_symbol} rows=${s.overall_assets} columns=${[
                  { label: 'Asset', cell: (r) => r.asset_symbol },
                  { label: 'Payments', num: true, cell: (r) => number(r.confirmed_payments) },
                  {
                    label: 'Gross',
                    num: true,
                    cell: (r) => money(r.gross_minor_units, r.asset_symbol, r.asset_decimals),
                  },
                  { label: 'Fees', num: true, cell: (r) => money(r.fee_minor_units, r.asset_symbol, r.asset_decimals) },
                  { label: 'Net', num: true, cell: (r) => money(r.net_minor_units, r.asset_symbol, r.asset_decimals) },
                ]} />`
          }
          <h2>Needs attention</h2>
          ${
            a.attention_items.length === 0
              ? html`<p class="muted">Nothing needs your attention.</p>`
              : html`<ul>${a.attention_items.map((i) => html`<li key=${i.kind}>${i.title} (${number(i.count)})</li>`)}</ul>`
          }`;
      }}
    <//>`;
}
