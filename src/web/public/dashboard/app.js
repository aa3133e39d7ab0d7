// The merchant dashboard: sign-in, then a shell (mode switch, sandbox banner, navigation that folds into a menu on a
// phone) around one page module per screen, loaded when first opened. Routes live in the URL hash: #/payments/{id}.
import { html, render, useEffect, useState } from '/assets/vendor/preact-htm.js';
import { errorText, useLoad } from './components/ui.js';
import { api, session, setMode, signOut, subscribe } from './session.js';
import { SignIn } from './pages/sign-in.js';

export const PAGES = [
  ['get-started', 'Get started'],
  ['overview', 'Overview'],
  ['analytics', 'Analytics'],
  ['products', 'Products'],
  ['payments', 'Payments'],
  ['members', 'Members'],
  ['receipts', 'Receipts'],
  ['support', 'Support'],
  ['webhooks', 'Webhooks'],
  ['settings', 'Settings'],
  ['api-keys', 'API keys'],
];
// Pages reached by a link rather than the navigation: an agent's owner_approval_url.
const TITLES = { ...Object.fromEntries(PAGES), 'agent-setup': 'Approve an agent' };

function currentRoute() {
  const [page, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  return { page: TITLES[page] ? page : 'overview', param: rest.length ? decodeURIComponent(rest.join('/')) : null };
}

function useSession() {
  const [, bump] = useState(0);
  useEffect(() => subscribe(() => bump((n) => n + 1)), []);
  return session;
}

function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const on = () =>
      setRoute((was) => {
        const now = currentRoute();
        return now.page === was.page && now.param === was.param ? was : now;
      });
    addEventListener('hashchange', on);
    // The effect runs after the first paint: a link followed before then changed the hash with no one listening.
    on();
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

const loaded = new Map();
function PageModule({ page, param, me }) {
  const [mod, setMod] = useState(() => loaded.get(page) ?? null);
  const [error, setError] = useState(null);
  useEffect(() => {
    if (loaded.has(page)) return setMod(loaded.get(page));
    setMod(null);
    import(`./pages/${page}.js`).then(
      (m) => {
        loaded.set(page, m);
        setMod(m);
      },
      (err) => setError(err),
    );
  }, [page]);
  useEffect(() => {
    document.title = `${TITLES[page]} · Hilt dashboard`;
  }, [page]);
  if (error) return html`<p class="error" role="alert">This page could not be loaded: ${error.message}</p>`;
  if (!mod) return html`<p class="muted" role="status">Loading…</p>`;
  const Page = mod.default;
  return html`<${Page} param=${param} me=${me} mode=${session.mode} key=${`${page}:${session.mode}`} />`;
}

function Shell() {
  const { page, param } = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  const me = useLoad(() => api.getAccount(), []);
  const sandbox = session.mode === 'sandbox';
  useEffect(() => setMenuOpen(false), [page, param]);
  const who = me.data ? (me.data.display_name ?? me.data.email ?? me.data.wallet_address ?? '') : '';
  return html`
    ${
      sandbox
        ? html`<div class="sandbox-banner" role="region" aria-label="Test data notice">
          Sandbox mode: you are looking at test data. Nothing here moves real money.
        </div>`
        : null
    }
    <header class="topbar">
      <button type="button" class="menu-button" aria-expanded=${menuOpen} aria-controls="sidenav"
        onClick=${() => setMenuOpen(!menuOpen)}>Menu</button>
      <span class="brand">Hilt</span>
      <span class="who" title=${who}>${who}</span>
      <span class="spacer"></span>
      <label class="switch" for="mode-switch">
        <input id="mode-switch" type="checkbox" role="switch" checked=${sandbox}
          onChange=${(e) => setMode(e.currentTarget.checked ? 'sandbox' : 'live')} />
        Sandbox
      </label>
      <button type="button" onClick=${() =>
        api
          .logout()
          .catch(() => {})
          .finally(() => signOut())}>Sign out</button>
    </header>
    <div class="layout">
      <nav id="sidenav" class=${`sidenav${menuOpen ? ' open' : ''}`} aria-label="Dashboard">
        <ul>
          ${PAGES.map(
            ([id, label]) => html`<li key=${id}>
              <a href=${`#/${id}`} aria-current=${id === page ? 'page' : undefined}>${label}</a>
            </li>`,
          )}
        </ul>
      </nav>
      <main id="main">
        ${
          me.error && me.error.statusCode !== 401
            ? html`<p class="error" role="alert">Could not load your account: ${errorText(me.error)}</p>`
            : null
        }
        <${PageModule} page=${page} param=${param} me=${me.data} />
      </main>
    </div>`;
}

function App() {
  const s = useSession();
  return s.token ? html`<${Shell} />` : html`<${SignIn} />`;
}

const root = document.getElementById('root');
root.replaceChildren();
render(html`<${App} />`, root);
