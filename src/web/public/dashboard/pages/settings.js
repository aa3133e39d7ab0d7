// Settings: workspace branding (the checkout page shows it), payout, support and redirect defaults, the Telegram and
// Discord bots (tokens stored encrypted; "Test" checks the bot), the account and its password.
import { ErrorMessage, Field, Loaded, html, humanize, useLoad, useState, useSubmit, when } from '../components/ui.js';
import { api } from '../session.js';

const str = (v) => (typeof v === 'string' ? v : '');

export default function Settings() {
  const me = useLoad(() => api.getAccount(), []);
  return html`<h1>Settings</h1>
    <${Loaded} res=${me}>
      ${(m) => html`<${Workspace} me=${m} onSaved=${me.reload} />
        <${Bots} />
        <${Account} me=${m} onSaved=${me.reload} />`}
    <//>`;
}

function Workspace({ me, onSaved }) {
  const ms = me.merchant_settings ?? {};
  const [f, setF] = useState({
    brand_name: str(ms.brand_name),
    brand_logo_url: str(ms.brand_logo_url),
    brand_accent_color: str(ms.brand_accent_color) || '#4f46e5',
    default_payout_wallet: str(ms.default_payout_wallet),
    support_email: str(ms.support_email),
    support_url: str(ms.support_url),
    default_redirect_url: str(ms.default_redirect_url),
  });
  const [saved, setSaved] = useState(false);
  const set = (k) => (v) => {
    setSaved(false);
    setF({ ...f, [k]: v });
  };
  const form = useSubmit(async () => {
    const merchant_settings = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.trim() || null]));
    await api.updateAccount({ body: { merchant_settings } });
    setSaved(true);
    onSaved();
  });
  return html`<h2>Workspace</h2>
    <form class="grid" onSubmit=${form.submit} aria-label="Workspace settings">
      <fieldset>
        <legend>Branding (shown on your checkout)</legend>
        <${Field} label="Brand name" maxlength="80" value=${f.brand_name} onInput=${set('brand_name')} />
        <${Field} label="Logo URL" type="url" placeholder="https://…" value=${f.brand_logo_url} onInput=${set('brand_logo_url')} />
        <${Field} label="Accent colour" type="color" value=${f.brand_accent_color} onInput=${set('brand_accent_color')} />
      </fieldset>
      <fieldset>
        <legend>Defaults</legend>
        <${Field} label="Default payout wallet" placeholder="Solana address" value=${f.default_payout_wallet}
          onInput=${set('default_payout_wallet')} hint="Filled in for new products" />
        <${Field} label="Support email" type="email" value=${f.support_email} onInput=${set('support_email')} />
        <${Field} label="Support URL" type="url" placeholder="https://…" value=${f.support_url} onInput=${set('support_url')} />
        <${Field} label="Default redirect URL" type="url" placeholder="https://…" value=${f.default_redirect_url}
          onInput=${set('default_redirect_url')} hint="Where buyers go after paying, unless a product says otherwise" />
      </fieldset>
      <div class="wide row"><button type="submit" class="primary" disabled=${form.busy}>Save settings</button>
        ${saved ? html`<span class="ok" role="status">Settings saved.</span>` : null}</div>
    </form>
    <${ErrorMessage} error=${form.error} />`;
}

function Bots() {
  const bots = useLoad(() => api.getDeliveryBots({}), []);
  const [telegram, setTelegram] = useState('');
  const [discord, setDiscord] = useState('');
  const [check, setCheck] = useState(null);
  const save = useSubmit(async () => {
    const body = {};
    if (telegram.trim()) body.telegram_bot_token = telegram.trim();
    if (discord.trim()) body.discord_bot_token = discord.trim();
    if (!Object.keys(body).length) throw new Error('Paste a bot token to save it');
    await api.setDeliveryBots({ body });
    setTelegram('');
    setDiscord('');
    bots.reload();
  });
  const test = useSubmit(async (e) => {
    setCheck(null);
    setCheck(await api.testDeliveryProvider({ body: { provider: e.currentTarget.value } }));
  });
  const state = (b) => (b?.configured ? `saved ${when(b.updated_at)}` : 'not set');
  return html`<h2>Telegram and Discord bots</h2>
    <p class="muted">Tokens are stored encrypted and never shown again. Paste a new one to replace it.</p>
    <${Loaded} res=${bots}>
      ${(b) => html`<form class="grid" onSubmit=${save.submit} aria-label="Bots">
        <div class="stack">
          <${Field} label="Telegram bot token" type="password" autocomplete="off" value=${telegram} onInput=${setTelegram}
            hint=${`Telegram bot: ${state(b.telegram)}`} />
          <div><button type="button" value="TELEGRAM" aria-label="Test Telegram bot" disabled=${test.busy} onClick=${test.submit}>Test</button></div>
        </div>
        <div class="stack">
          <${Field} label="Discord bot token" type="password" autocomplete="off" value=${discord} onInput=${setDiscord}
            hint=${`Discord bot: ${state(b.discord)}`} />
          <div><button type="button" value="DISCORD" aria-label="Test Discord bot" disabled=${test.busy} onClick=${test.submit}>Test</button></div>
        </div>
        <div class="wide row"><button type="submit" disabled=${save.busy}>Save bots</button></div>
      </form>`}
    <//>
    <${ErrorMessage} error=${save.error || test.error} />
    ${
      check
        ? html`<div class="panel" role="status">
          <p><strong>${humanize(check.provider)}: ${humanize(check.status)}</strong>. ${check.summary}</p>
          <ul>${check.checks.map((c) => html`<li key=${c.key}>${humanize(c.status)}: ${c.detail}</li>`)}</ul>
        </div>`
        : null
    }`;
}

function Account({ me, onSaved }) {
  const [name, setName] = useState(me.display_name ?? '');
  const [timezone, setTimezone] = useState(me.timezone);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [msg, setMsg] = useState(null);
  const profile = useSubmit(async () => {
    await api.updateAccount({ body: { display_name: name.trim() || null, timezone } });
    setMsg('Account saved.');
    onSaved();
  });
  const password = useSubmit(async () => {
    await api.updateAccountSecurity({
      body: { new_password: next, ...(me.has_password ? { current_password: current } : {}) },
    });
    setCurrent('');
    setNext('');
    setMsg('Password changed.');
  });
  return html`<h2>Account</h2>
    <p class="muted">Signed in as ${me.email ?? me.wallet_address}.</p>
    <form class="grid" onSubmit=${profile.submit} aria-label="Account">
      <${Field} label="Display name" maxlength="120" value=${name} onInput=${setName} />
      <${Field} label="Time zone" value=${timezone} onInput=${setTimezone} hint="An IANA name such as Europe/London" />
      <div><button type="submit" disabled=${profile.busy}>Save account</button></div>
    </form>
    <${ErrorMessage} error=${profile.error} />
    <h3>Password</h3>
    <form class="grid" onSubmit=${password.submit} aria-label="Password">
      ${
        me.has_password
          ? html`<${Field} label="Current password" type="password" autocomplete="current-password" required value=${current} onInput=${setCurrent} />`
          : null
      }
      <${Field} label="New password" type="password" autocomplete="new-password" required minlength="8" value=${next} onInput=${setNext} />
      <div><button type="submit" disabled=${password.busy}>Change password</button></div>
    </form>
    <${ErrorMessage} error=${password.error} />
    ${msg ? html`<p class="ok" role="status">${msg}</p>` : null}`;
}
