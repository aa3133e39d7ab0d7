// The hosted checkout at /p/{slug}: the product and its brand, the buyer's choices (tip amount, identity), then the
// payment session (session.js). Every API call goes through the generated client.
import { html, render, useEffect, useState } from '/assets/vendor/preact-htm.js';
import { applyAccent, brandName, client, errorText, formatAmount, parseAmount, safeHttpUrl } from '../lib/buyer.js';
import { Brand, SessionScreen } from './session.js';

const slug = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const handoffToken = new URLSearchParams(location.search).get('handoff');

const PLATFORM_LABELS = { TELEGRAM: 'Telegram', DISCORD: 'Discord' };

function priceText(product) {
  return `${formatAmount(product.amount_minor_units, product.asset_decimals)} ${product.asset_symbol}`;
}

function identityLabel(product) {
  if (product.identity.identity_label) return product.identity.identity_label;
  const type = product.identity.identity_type ?? '';
  const platform = PLATFORM_LABELS[product.identity.platform] ?? PLATFORM_LABELS[type.split('_')[0]];
  const what = /_ID$/.test(type) ? 'user ID' : /EMAIL/.test(type) ? 'email' : 'username';
  return platform ? `Your ${platform} ${what}` : `Your ${what}`;
}

function ProductForm({ product, handoff, onSession }) {
  const tip = product.product_type === 'TIP_JAR';
  const minimum = formatAmount(product.amount_minor_units, product.asset_decimals);
  const [amount, setAmount] = useState(tip ? minimum : '');
  const [identity, setIdentity] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const needsIdentity = product.identity.required && product.identity.identity_type !== 'WALLET' && !handoff;
  const cover = safeHttpUrl(product.image_url) ?? safeHttpUrl(product.branding?.hero_image_url);

  async function start(event) {
    event.preventDefault();
    setError('');
    const body = {};
    if (handoffToken) body.handoff_token = handoffToken;
    if (tip) {
      const minor = parseAmount(amount, product.asset_decimals);
      if (minor === null) return setError(`Enter an amount like 2,50 or 2.50 ${product.asset_symbol}.`);
      if (BigInt(minor) < BigInt(product.amount_minor_units)) {
        return setError(`The amount must be at least ${minimum} ${product.asset_symbol}.`);
      }
      body.amount_minor_units = Number(minor);
    }
    if (needsIdentity) {
      if (!identity.trim()) return setError(`Please fill in ${identityLabel(product).toLowerCase()}.`);
      body.customer_reference_type = product.identity.identity_type;
      body.customer_reference_value = identity.trim();
    }
    setBusy(true);
    try {
      onSession(await client.connectCheckout({ path: { slug }, body }));
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return html`<form class="card" onSubmit=${start} novalidate>
    <${Brand} product=${product} />
    ${cover ? html`<img class="cover" src=${cover} alt="" />` : null}
    <h1>${product.title}</h1>
    ${product.description ? html`<p class="muted description">${product.description}</p>` : null}
    ${
      tip
        ? html`<label for="amount">Amount (${product.asset_symbol})</label>
          ${
            product.tip_presets_lamports?.length
              ? html`<div class="presets" role="group" aria-label="Suggested amounts">
                ${product.tip_presets_lamports.map((minor) => {
                  const text = formatAmount(minor, product.asset_decimals);
                  return html`<button type="button" class="chip" aria-pressed=${amount === text}
                    onClick=${() => setAmount(text)}>${text} ${product.asset_symbol}</button>`;
                })}
              </div>`
              : null
          }
          <input id="amount" name="amount" inputmode="decimal" autocomplete="off" value=${amount}
            aria-describedby="amount-hint" onInput=${(e) => setAmount(e.currentTarget.value)} />
          <p id="amount-hint" class="hint">At least ${minimum} ${product.asset_symbol}. A comma or a point works.</p>`
        : html`<p class="price">${priceText(product)}</p>`
    }
    ${
      product.membership
        ? html`<p class="muted">Access for ${product.membership.billing_interval_days} days.</p>`
        : null
    }
    ${
      handoff
        ? html`<label for="identity-locked">Paying as</label>
          <input id="identity-locked" readonly value=${handoff.identity_display || handoff.identity_value} />
          <p class="hint">Set by ${brandName(product.branding) || 'the merchant'}; it cannot be changed here.</p>`
        : null
    }
    ${
      needsIdentity
        ? html`<label for="identity">${identityLabel(product)}</label>
          <input id="identity" name="identity" autocomplete="off" value=${identity}
            onInput=${(e) => setIdentity(e.currentTarget.value)} />
          <p class="hint">Your access is delivered to this account after the payment.</p>`
        : null
    }
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <button class="primary" type="submit" disabled=${busy}>${busy ? 'Starting…' : 'Continue to payment'}</button>
    <p class="fine">Non-custodial: you pay the merchant's wallet directly.</p>
  </form>`;
}

function App() {
  const [state, setState] = useState({ screen: 'loading' });

  async function load() {
    try {
      const product = await client.getPublicProduct({ path: { slug } });
      document.title = `${product.title} · ${brandName(product.branding) || 'Checkout'}`;
      applyAccent(product.branding?.accent_color);
      const handoff = handoffToken
        ? await client.resolveHandoff({ path: { slug }, body: { handoff_token: handoffToken } })
        : null;
      setState({ screen: 'form', product, handoff });
    } catch (err) {
      setState({ screen: 'error', message: errorText(err) });
    }
  }
  useEffect(() => {
    load();
  }, []);

  if (state.screen === 'loading') return html`<div class="card"><p role="status">Loading the checkout…</p></div>`;
  if (state.screen === 'error') {
    return html`<div class="card">
      <h1>This checkout cannot be opened</h1>
      <p class="error" role="alert">${state.message}</p>
      <button class="secondary" type="button" onClick=${() => {
        setState({ screen: 'loading' });
        load();
      }}>Try again</button>
    </div>`;
  }
  if (state.screen === 'session') {
    return html`<${SessionScreen} product=${state.product} session=${state.session}
      onRestart=${() => setState({ screen: 'form', product: state.product, handoff: state.handoff })} />`;
  }
  return html`<${ProductForm} product=${state.product} handoff=${state.handoff}
    onSession=${(session) => setState({ ...state, screen: 'session', session })} />`;
}

render(html`<${App} />`, document.getElementById('app'));
