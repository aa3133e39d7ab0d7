// A QR code as an SVG path built from uqr's module matrix (no canvas, no inline styles).
import { encode } from '/assets/vendor/uqr.js';
import { html } from '/assets/vendor/preact-htm.js';

export function QrCode({ value, label = 'QR code' }) {
  const { data, size } = encode(value, { ecc: 'M', border: 4 });
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y][x]) d += `M${x} ${y}h1v1h-1z`;
  }
  return html`<svg class="qr" role="img" aria-label=${label} viewBox=${`0 0 ${size} ${size}`}
    shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
    <rect width=${size} height=${size} fill="#ffffff" /><path d=${d} fill="#000000" />
  </svg>`;
}
