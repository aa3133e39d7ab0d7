// Get started: the first-run guide. Payout wallet and checkout details (saved in the workspace settings), the first
// product, then a launch path (link, embed, Telegram, Discord, redirect, download), ending at a live checkout link.
import { ProductForm } from '../components/product-form.js';
import { CopyButton, ErrorMessage, Field, Loaded, html, useLoad, useState, useSubmit } from '../components/ui.js';
import { provePayoutWallet } from '../components/wallet.js';
import { api, session } from '../session.js';
import { checkoutUrl, embedSnippet } from './products.js';

const PATHS = [
  ['link', 'Share a link'],
  ['embed', 'Embed on my site'],
  ['telegram', 'Telegram group or channel'],
  ['discord', 'Discord server'],
  ['redirect', 'Redirect to my site'],
  ['download', 'Sell a download'],
];
const PATH_HELP = {
  link: 'Share the checkout link anywhere: buyers pay from their own wallet.',
  embed: 'Paste the snippet where the pay button should appear.',
  telegram:
    'Add your Telegram bot in Settings, then choose "Telegram invite" as the delivery: buyers get a single-use invite after paying.',
  discord: 'Add your Discord bot in Settings, then choose "Discord invite" or "Discord role" as the delivery.',
  redirect: 'Choose "Redirect to a page" as the delivery: buyers land on your page after paying.',
  download: 'Choose "Download link" as the delivery: buyers get the file link after paying.',
};

export default function GetStarted({ me }) {
  const products = useLoad(() => api.listProducts({ query: { limit: 1 } }), []);
  const ms = me?.merchant_settings ?? {};
  const [wallet, setWallet] = useState(typeof ms.default_payout_wallet === 'string' ? ms.default_payout_wallet : '');
  const [brand, setBrand] = useState(typeof ms.brand_name === 'string' ? ms.brand_name : '');
  const [saved, setSaved] = useState(Boolean(ms.default_payout_wallet));
  const [path, setPath] = useState('link');
  const [product, setProduct] = useState(null);
  const details = useSubmit(async () => {
    await api.updateAccount({
      body: { merchant_settings: { default_payout_wallet: wallet.trim(), brand_name: brand.trim() || null } },
    });
    setSaved(true);
  });
  // Live checkouts pay only a payout wallet the workspace has proven it holds (it signs a challenge); sandbox any.
  const live = session.mode !== 'sandbox';
  const proofs = useLoad(() => (live && saved ? api.listPayoutWallets() : []), [live, saved]);
  const proven = !live || (proofs.data ?? []).some((w) => w.wallet_address === wallet.trim());
  const verify = useSubmit(async () => {
    await provePayoutWallet(api, wallet.trim());
    proofs.reload();
  });
  const first = product ?? products.data?.[0] ?? null;
  return html`<h1>Get started</h1>
    <ol class="steps">
      <li class=${saved ? 'done' : ''}>
        <h2>1. Payout wallet and checkout details</h2>
        ${
          saved
            ? html`<p>Payments go to <span class="mono">${wallet}</span>${brand ? html`, sold as “${brand}”` : null}.
              <button type="button" class="link" onClick=${() => setSaved(false)}>Change</button></p>`
            : html`<form class="grid" onSubmit=${details.submit} aria-label="Payout and checkout details">
              <${Field} label="Payout wallet" required placeholder="Solana address that receives payments" value=${wallet} onInput=${setWallet} />
              <${Field} label="Brand name" placeholder="Shown on your checkout" value=${brand} onInput=${setBrand} />
              <div><button type="submit" class="primary" disabled=${details.busy}>Save details</button></div>
            </form>`
        }
        <${ErrorMessage} error=${details.error} />
        ${
          saved && live && !proofs.loading && !proven
            ? html`<p>Live payments go only to a wallet you have shown you hold: your wallet signs a one-time message,
                nothing is sent.</p>
              <div class="row"><button type="button" class="primary" disabled=${verify.busy} onClick=${verify.submit}>
                Verify payout wallet</button></div>
              <${ErrorMessage} error=${verify.error} />`
            : saved && live && proven
              ? html`<p class="ok">Payout wallet verified.</p>`
              : null
        }
      </li>
      <li>
        <h2>2. How will you sell?</h2>
        <${Field} label="Launch path" as="select" value=${path} onInput=${setPath} options=${PATHS} />
        <p>${PATH_HELP[path]}</p>
      </li>
      <li class=${first ? 'done' : ''}>
        <h2>3. Your first product</h2>
        <${Loaded} res=${products}>
          ${() =>
            first && !product
              ? html`<p>You already have “${first.title}”. <a href=${`#/products/${first.id}`}>Open it</a> or <a href="#/products">make another</a>.</p>`
              : product
                ? html`<p class="ok">Created “${product.title}”.</p>`
                : saved && proven
                  ? html`<${ProductForm} key=${wallet} submitLabel="Create product" defaults=${{ payout_wallet: wallet }}
                      onSaved=${setProduct} />`
                  : html`<p class="muted">${
                      saved
                        ? 'Verify your payout wallet first: live payments go only to a wallet you hold.'
                        : "Save your payout wallet first: your product's payments go there."
                    }</p>`}
        <//>
      </li>
      <li class=${first ? 'done' : ''}>
        <h2>4. Launch</h2>
        ${
          first
            ? html`<p>Your checkout is live: <a href=${checkoutUrl(first)} target="_blank" rel="noopener">${checkoutUrl(first)}</a></p>
              <div class="row"><${CopyButton} value=${checkoutUrl(first)} label="Copy checkout link" /></div>
              ${path === 'embed' ? html`<pre class="snippet">${embedSnippet(first)}</pre>` : null}`
            : html`<p class="muted">Create your first product to get its checkout link.</p>`
        }
      </li>
    </ol>`;
}
