// Analytics: revenue per asset per day, the checkout funnel, renewals due and churn, as charts with their numbers
// in tables.
import { Chart } from '../components/chart.js';
import { Field, Loaded, Table, html, money, number, useLoad, useMemo, useState } from '../components/ui.js';
import { api } from '../session.js';

export default function Analytics() {
  const [days, setDays] = useState('30');
  const res = useLoad(async () => {
    const n = Number(days);
    const [a, r] = await Promise.all([
      api.getAccountAnalytics({ query: { window_days: n, daily_days: n } }),
      api.getRenewalIntelligence({ query: { window_days: 7 } }),
    ]);
    return { a, r };
  }, [days]);
  return html`<h1>Analytics</h1>
    <div class="filters">
      <${Field} label="Period" as="select" value=${days} onInput=${setDays}
        options=${[['7', 'Last 7 days'], ['30', 'Last 30 days'], ['90', 'Last 90 days']]} />
    </div>
    <${Loaded} res=${res}>${({ a, r }) => html`<${Report} a=${a} r=${r} />`}<//>`;
}

function Report({ a, r }) {
  const funnelDays = useMemo(() => a.funnel_daily.map((d) => d.date), [a]);
  const funnel = useMemo(
    () => [
      { label: 'Checkout opens', values: a.funnel_daily.map((d) => d.opens) },
      { label: 'Sessions started', values: a.funnel_daily.map((d) => d.connects) },
      { label: 'Paid', values: a.funnel_daily.map((d) => d.confirmed) },
    ],
    [a],
  );
  const assets = useMemo(() => {
    const by = new Map();
    for (const row of a.revenue_trend_daily) {
      if (!by.has(row.asset_symbol))
        by.set(row.asset_symbol, { symbol: row.asset_symbol, decimals: row.asset_decimals, rows: new Map() });
      by.get(row.asset_symbol).rows.set(row.date, row);
    }
    return [...by.values()].map((x) => ({
      ...x,
      days: funnelDays,
      series: [
        {
          label: `Gross ${x.symbol}`,
          values: funnelDays.map((d) => Number(x.rows.get(d)?.gross_minor_units ?? 0) / 10 ** x.decimals),
        },
      ],
    }));
  }, [a, funnelDays]);
  const totals = a.funnel_daily.reduce(
    (t, d) => ({
      opens: t.opens + d.opens,
      connects: t.connects + d.connects,
      confirmed: t.confirmed + d.confirmed,
      failed: t.failed + d.failed,
    }),
    { opens: 0, connects: 0, confirmed: 0, failed: 0 },
  );
  const s = r.summary;
  const churnBase = s.active + s.in_grace + s.expired;
  return html`
    <h2>Revenue per asset</h2>
    ${assets.length === 0 ? html`<p class="muted">No revenue in this period yet.</p>` : null}
    ${assets.map(
      (x) => html`<section key=${x.symbol} aria-label=${`Revenue in ${x.symbol}`}>
        <h3>${x.symbol}</h3>
        <${Chart} label=${`Gross revenue in ${x.symbol} per day`} days=${x.days} series=${x.series} />
        <${Table} caption=${`Revenue in ${x.symbol} per day`} rowKey=${(d) => d.date}
          rows=${[...x.rows.values()]} columns=${[
            { label: 'Day', cell: (d) => new Date(`${d.date}T00:00:00`).toLocaleDateString() },
            { label: 'Payments', num: true, cell: (d) => number(d.confirmed_payments) },
            { label: 'Gross', num: true, cell: (d) => money(d.gross_minor_units, d.asset_symbol, d.asset_decimals) },
            { label: 'Net', num: true, cell: (d) => money(d.net_minor_units, d.asset_symbol, d.asset_decimals) },
          ]} />
      </section>`,
    )}
    <h2>Funnel</h2>
    <${Chart} label="Checkout funnel per day: opens, sessions started, paid" days=${funnelDays} series=${funnel} />
    <${Table} caption="Funnel totals" rowKey=${(x) => x.k} rows=${[
      { k: 'Checkout opens', v: totals.opens },
      { k: 'Sessions started', v: totals.connects },
      { k: 'Paid', v: totals.confirmed },
      { k: 'Failed', v: totals.failed },
      {
        k: 'Sessions → paid',
        v: totals.connects ? `${Math.round((100 * totals.confirmed) / totals.connects)} %` : '—',
      },
    ]} columns=${[{ label: 'Step', cell: (x) => x.k }, { label: 'Count', num: true, cell: (x) => (typeof x.v === 'number' ? number(x.v) : x.v) }]} />
    <h2>Renewals and churn</h2>
    <div class="cards">
      <div class="card"><div class="v">${number(s.expiring_in_window)}</div><div class="k">Renewals due in 7 days</div></div>
      <div class="card"><div class="v">${number(s.renewals_in_window)}</div><div class="k">Renewed in 7 days</div></div>
      <div class="card"><div class="v">${number(s.in_grace)}</div><div class="k">In grace period</div></div>
      <div class="card"><div class="v">${number(s.expired)}</div><div class="k">Churned (expired)</div></div>
      <div class="card"><div class="v">${churnBase ? `${Math.round((100 * s.expired) / churnBase)} %` : '—'}</div><div class="k">Churn rate</div></div>
    </div>
    <h2>Products</h2>
    ${
      a.product_reports.length === 0
        ? html`<p class="muted">No product activity in this period.</p>`
        : html`<${Table} caption="Products" rowKey=${(p) => p.product_id} rows=${a.product_reports} columns=${[
            { label: 'Product', cell: (p) => p.product_title },
            { label: 'Opens', num: true, cell: (p) => number(p.checkout_opens) },
            { label: 'Paid', num: true, cell: (p) => number(p.confirmed_payments) },
            { label: 'Gross', num: true, cell: (p) => money(p.gross_minor_units, p.asset_symbol, p.asset_decimals) },
            { label: 'Conversion', num: true, cell: (p) => `${number(p.confirm_rate_pct)} %` },
          ]} />`
    }`;
}
