// Hilt's embed button for merchants' sites, served at /embed.js:
//   <script async src="https://hilt.example.com/embed.js"></script>
//   <div data-hilt-checkout="SLUG" data-theme="auto|light|dark"></div>
// Each element becomes a "Pay with USDC" / "Pay with SOL" button and a "Checkout by Hilt" line. The button is a
// plain link to the hosted checkout (/p/SLUG), so it works even if this script fails; with the script it opens the
// checkout in a popup and falls back to following the link when popups are blocked.
(() => {
  const script = document.currentScript;
  const base = new URL(script?.src ?? '/embed.js', location.href).origin;
  const STYLE = `
    :host { all: initial; display: inline-block; font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    .wrap { display: inline-flex; flex-direction: column; align-items: center; gap: 4px; }
    a.pay { display: inline-block; min-width: 200px; padding: 12px 20px; border-radius: 12px; text-align: center;
      font-weight: 600; text-decoration: none; background: #4338ca; color: #fff; }
    a.pay:focus-visible { outline: 3px solid #818cf8; outline-offset: 2px; }
    .by { font-size: 12px; color: #4b4b5c; }
    .dark { background: #16161d; padding: 8px; border-radius: 16px; }
    .dark a.pay { background: #a5b4fc; color: #111; }
    .dark .by { color: #c9c9d6; }
    @media (prefers-color-scheme: dark) {
      .auto { background: #16161d; padding: 8px; border-radius: 16px; }
      .auto a.pay { background: #a5b4fc; color: #111; }
      .auto .by { color: #c9c9d6; }
    }`;

  function mount(el) {
    if (el.dataset.hiltMounted) return;
    const slug = (el.getAttribute('data-hilt-checkout') || '').trim();
    if (!slug) return;
    el.dataset.hiltMounted = '1';
    const theme = ['light', 'dark'].includes(el.getAttribute('data-theme')) ? el.getAttribute('data-theme') : 'auto';
    const url = `${base}/p/${encodeURIComponent(slug)}`;
    const root = el.attachShadow ? el.attachShadow({ mode: 'open' }) : el;
    const style = document.createElement('style');
    style.textContent = STYLE;
    const wrap = document.createElement('div');
    wrap.className = `wrap ${theme}`;
    const link = document.createElement('a');
    link.className = 'pay';
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Pay with Solana';
    const by = document.createElement('span');
    by.className = 'by';
    by.textContent = 'Checkout by Hilt';
    wrap.append(link, by);
    root.append(style, wrap);
    link.addEventListener('click', (event) => {
      const width = 480;
      const height = 760;
      const left = Math.max(0, (window.screenX || 0) + (window.outerWidth - width) / 2);
      const top = Math.max(0, (window.screenY || 0) + (window.outerHeight - height) / 2);
      const popup = window.open(url, `hilt-${slug}`, `popup,width=${width},height=${height},left=${left},top=${top}`);
      if (popup) {
        event.preventDefault();
        popup.focus();
      }
    });
    fetch(`${base}/v1/products/p/${encodeURIComponent(slug)}`, { credentials: 'omit' })
      .then((res) => (res.ok ? res.json() : null))
      .then((product) => {
        if (product && typeof product.asset_symbol === 'string') {
          link.textContent = `Pay with ${product.asset_symbol}`;
          link.setAttribute('aria-label', `Pay with ${product.asset_symbol}: ${product.title}`);
        }
      })
      .catch(() => {});
  }

  function scan() {
    for (const el of document.querySelectorAll('[data-hilt-checkout]')) mount(el);
  }
  window.HiltCheckout = { scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
