// The product builder: offer (type, title, description, cover), pricing (asset, price or minimum and tip presets,
// max payments), payout wallet, delivery, and membership settings (billing interval, grace, reminders, identity).
import { ErrorMessage, Field, html, parseAmount, toDecimal, useState, useSubmit } from './ui.js';
import { provePayoutWallet } from './wallet.js';
import { api } from '../session.js';

const USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const ASSETS = { USDC: { mint: USDC_MINT, decimals: 6 }, SOL: { mint: null, decimals: 9 } };
const DELIVERIES = [
  ['NONE', 'Nothing (receipt only)'],
  ['REDIRECT', 'Redirect to a page'],
  ['DOWNLOAD', 'Download link'],
  ['TELEGRAM_INVITE', 'Telegram invite'],
  ['DISCORD_INVITE', 'Discord invite'],
  ['DISCORD_ROLE', 'Discord role'],
  ['CUSTOM', 'Custom (your webhook delivers)'],
];
const DELIVERY_VALUE = {
  REDIRECT: ['Redirect URL', 'https://…'],
  DOWNLOAD: ['Download URL', 'https://…'],
  TELEGRAM_INVITE: ['Telegram chat', 'Chat id, @channel or https://t.me/… link'],
  DISCORD_INVITE: ['Discord invite link', 'https://discord.gg/…'],
  DISCORD_ROLE: ['Discord server and role', 'guild_id:role_id'],
  CUSTOM: ['Delivery note', 'Anything your webhook needs'],
};
const IDENTITIES = [
  ['WALLET', 'Paying wallet'],
  ['TELEGRAM_USER_ID', 'Telegram user'],
  ['DISCORD_USER_ID', 'Discord user'],
  ['EMAIL', 'Email address'],
  ['CUSTOM', 'Custom reference'],
];
const platformOf = (delivery) =>
  delivery === 'TELEGRAM_INVITE' ? 'TELEGRAM' : delivery.startsWith('DISCORD') ? 'DISCORD' : 'CUSTOM';
const defaultIdentity = (delivery) =>
  delivery === 'TELEGRAM_INVITE' ? 'TELEGRAM_USER_ID' : delivery.startsWith('DISCORD') ? 'DISCORD_USER_ID' : 'WALLET';

function initial(p, defaults) {
  const m = p?.membership_config ?? null;
  const asset = p ? (p.token_mint ? 'USDC' : 'SOL') : 'USDC';
  const dec = ASSETS[asset].decimals;
  return {
    product_type: p?.product_type ?? 'PAYMENT_LINK',
    title: p?.title ?? '',
    description: p?.description ?? '',
    image_url: p?.image_url ?? '',
    asset,
    price: p ? toDecimal(p.amount_minor_units, dec) : '',
    tips: p?.tip_presets_lamports?.map((t) => toDecimal(t, dec)).join(', ') ?? '',
    wallet: p?.merchant_wallet ?? defaults?.payout_wallet ?? '',
    max_payments: p?.max_payments ? String(p.max_payments) : '',
    delivery_type: p?.delivery_type ?? 'NONE',
    delivery_value: p?.delivery_value ?? '',
    membership: Boolean(m?.enabled),
    interval: String(m?.billing_interval_days ?? 30),
    grace: String(m?.grace_period_days ?? 3),
    reminders: (m?.renewal_reminder_offsets_days ?? [3, 1]).join(', '),
    identity_type: m?.identity_type ?? 'WALLET',
    identity_label: m?.identity_label ?? '',
  };
}

const list = (text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Builds the API body from the form, or throws a message a person can act on. */
function toBody(f, editing) {
  const { decimals, mint } = ASSETS[f.asset];
  const amount = parseAmount(f.price, decimals);
  if (amount === null || amount <= 0) throw new Error(`Enter a price like 5 or 5.25 (at most ${decimals} decimals)`);
  const tips = f.product_type === 'TIP_JAR' ? list(f.tips).map((t) => parseAmount(t, decimals)) : null;
  if (tips?.some((t) => t === null || t <= 0))
    throw new Error('Tip presets are amounts separated by commas, like 2, 5, 10');
  const reminders = list(f.reminders).map(Number);
  if (reminders.some((r) => !Number.isInteger(r) || r < 0)) throw new Error('Reminders are whole days, like 3, 1');
  const body = {
    title: f.title.trim(),
    description: f.description.trim() || null,
    image_url: f.image_url.trim() || null,
    amount_minor_units: amount,
    tip_presets_lamports: tips?.length ? tips : null,
    merchant_wallet: f.wallet.trim(),
    max_payments: f.max_payments ? Number(f.max_payments) : null,
    delivery_type: f.delivery_type,
    delivery_value: f.delivery_type === 'NONE' ? null : f.delivery_value.trim() || null,
    membership_config: f.membership
      ? {
          enabled: true,
          platform: platformOf(f.delivery_type),
          identity_type: f.identity_type,
          identity_required: f.identity_type !== 'WALLET',
          identity_label: f.identity_label.trim() || null,
          renewal_mode: 'MANUAL',
          billing_interval_days: Number(f.interval),
          grace_period_days: Number(f.grace),
          renewal_reminder_offsets_days: reminders,
        }
      : null,
  };
  if (!editing) Object.assign(body, { product_type: f.product_type, token_mint: mint });
  return body;
}

export function ProductForm({ product, submitLabel, onSaved, defaults }) {
  const [f, setF] = useState(() => initial(product, defaults));
  const set = (k) => (v) =>
    setF((old) => {
      const next = { ...old, [k]: v };
      if (k === 'delivery_type') {
        next.identity_type = defaultIdentity(v);
        if (v === 'TELEGRAM_INVITE' || v.startsWith('DISCORD')) next.membership = true;
      }
      return next;
    });
  const form = useSubmit(async () => {
    const body = toBody(f, Boolean(product));
    const saved = product
      ? await api.updateProduct({ path: { product_id: product.id }, body })
      : await api.createProduct({ body });
    if (!product) setF(initial(null, defaults));
    onSaved?.(saved);
  });
  // A live product pays only a payout wallet the workspace has proven; the refusal offers the proof, then a retry.
  const verify = useSubmit(async () => {
    await provePayoutWallet(api, f.wallet.trim());
    await form.submit();
  });
  const unproven = form.error?.errorCode === 'payout_wallet_unverified';
  const tipJar = f.product_type === 'TIP_JAR';
  const dv = DELIVERY_VALUE[f.delivery_type];
  return html`<form class="grid" onSubmit=${form.submit} aria-label=${product ? 'Edit product' : 'New product'}>
    <fieldset>
      <legend>Offer</legend>
      <${Field} label="Product type" as="select" value=${f.product_type} onInput=${set('product_type')} disabled=${Boolean(product)}
        options=${[['PAYMENT_LINK', 'Payment link (fixed price)'], ['TIP_JAR', 'Tip jar (buyer picks the amount)']]} />
      <${Field} label="Title" required maxlength="200" value=${f.title} onInput=${set('title')} />
      <${Field} class="wide" label="Description" as="textarea" maxlength="5000" value=${f.description} onInput=${set('description')} />
      <${Field} label="Cover image URL" type="url" placeholder="https://…" value=${f.image_url} onInput=${set('image_url')} />
    </fieldset>
    <fieldset>
      <legend>Pricing and payout</legend>
      <${Field} label="Asset" as="select" value=${f.asset} onInput=${set('asset')} disabled=${Boolean(product)}
        options=${[['USDC', 'USDC'], ['SOL', 'SOL']]} />
      <${Field} label="Price" inputmode="decimal" required placeholder="5.00" value=${f.price} onInput=${set('price')}
        hint=${tipJar ? 'The smallest tip accepted' : null} />
      ${
        tipJar
          ? html`<${Field} label="Tip presets" placeholder="2, 5, 10" value=${f.tips} onInput=${set('tips')}
            hint="Amounts offered as buttons, separated by commas" />`
          : null
      }
      <${Field} label="Payout wallet" required placeholder="Solana address" value=${f.wallet} onInput=${set('wallet')}
        autocomplete="off" spellcheck="false" />
      <${Field} label="Max payments" type="number" min="1" placeholder="No limit" value=${f.max_payments} onInput=${set('max_payments')} />
    </fieldset>
    <fieldset>
      <legend>Access and delivery</legend>
      <${Field} label="Delivery" as="select" value=${f.delivery_type} onInput=${set('delivery_type')} options=${DELIVERIES} />
      ${
        dv
          ? html`<${Field} label=${dv[0]} placeholder=${dv[1]} value=${f.delivery_value} onInput=${set('delivery_value')}
            required=${f.delivery_type !== 'CUSTOM'} />`
          : null
      }
      <${Field} type="checkbox" label="Membership (access for a period, renewed by paying again)" value=${f.membership}
        onInput=${set('membership')} />
    </fieldset>
    ${
      f.membership
        ? html`<fieldset>
          <legend>Membership</legend>
          <${Field} label="Billing interval (days)" type="number" min="1" max="3660" required value=${f.interval} onInput=${set('interval')} />
          <${Field} label="Grace period (days)" type="number" min="0" max="365" required value=${f.grace} onInput=${set('grace')} />
          <${Field} label="Reminder offsets (days before the end)" placeholder="3, 1" value=${f.reminders} onInput=${set('reminders')} />
          <${Field} label="Identity" as="select" value=${f.identity_type} onInput=${set('identity_type')} options=${IDENTITIES} />
          <${Field} label="Identity label" placeholder="Your Telegram username" value=${f.identity_label} onInput=${set('identity_label')} />
        </fieldset>`
        : null
    }
    <div class="wide row">
      <button type="submit" class="primary" disabled=${form.busy}>${submitLabel}</button>
      <${ErrorMessage} error=${form.error} />
      ${
        unproven
          ? html`<button type="button" disabled=${verify.busy} onClick=${verify.submit}>Verify payout wallet</button>`
          : null
      }
      <${ErrorMessage} error=${verify.error} />
    </div>
  </form>`;
}
