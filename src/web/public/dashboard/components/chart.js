// A time-series chart drawn by uPlot (vendored, loaded on first use with its stylesheet). The numbers behind every
// chart are also shown in a table next to it, so the chart itself is an image with a text label.
import { html, useEffect, useRef, useState } from './ui.js';

let uplot = null;
function loadUplot() {
  if (!uplot) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/vendor/uplot.css';
    document.head.append(link);
    uplot = import('/assets/vendor/uplot.js').then((m) => m.default);
  }
  return uplot;
}

const COLORS = ['#4f46e5', '#067647', '#b54708', '#b42318', '#0e7490'];

/** days: ['2026-12-01', …]; series: [{ label, values: number[] }]. */
export function Chart({ label, days, series }) {
  const box = useRef(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    let plot = null;
    let stopped = false;
    loadUplot().then(
      (UPlot) => {
        if (stopped || !box.current) return;
        const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
        plot = new UPlot(
          {
            width: Math.max(280, box.current.clientWidth),
            height: 220,
            series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: COLORS[i % COLORS.length], width: 2 }))],
            axes: [{}, { size: 60 }],
            legend: { show: true },
          },
          [xs, ...series.map((s) => s.values)],
          box.current,
        );
      },
      (err) => setError(err),
    );
    return () => {
      stopped = true;
      plot?.destroy();
    };
  }, [days, series]);
  if (error) return html`<p class="error">The chart could not be drawn: ${error.message}</p>`;
  return html`<div class="chart" ref=${box} role="img" aria-label=${label}></div>`;
}
