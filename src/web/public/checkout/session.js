// The payment session: wallets found through the Wallet Standard, the Solana Pay QR for phones, the "Open in wallet"
// link, a live countdown, the sandbox test wallet, and every outcome in words (confirmed with its delivery, failed,
// paid too late, expired).
import { html, useEffect, useRef, useState } from '/assets/vendor/preact-htm.js';
import { encode } from '/assets/vendor/uqr.js';
import {
  base58,
  brandName,
  client,
  errorText,
  formatAmount,
  formatCountdown,
  formatDate,
  safeHttpUrl,
} from '../lib/buyer.js';
import { payWithWallet, walletErrorText, watchWallets } from '../lib/wallets.js';

const POLL_MS = 1500;

export function Brand({ product }) {
  const name = brandName(product.branding);
  const logo = safeHttpUrl(product.branding?.logo_url);
  return html`<header class="brand">
    ${logo ? html`<img class="logo" src=${logo} alt="" width="32" height="32" />` : null}
    <span class="brand-name">${name || 'Checkout'}</span>
    ${product.livemode ? null : html`<span class="badge" title="Test payments on Hilt's sandbox chain">Sandbox</span>`}
  </header>`;
}

/** A QR code as an SVG path built from uqr's module matrix (no canvas, no inline styles). */
export function QrCode({ value, label }) {
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

/** Solana Pay transaction request: `solana:` + the URL-encoded https link the wallet POSTs its account to. */
export const transactionRequestUri = (url) => `solana:${encodeURIComponent(url)}`;

const FAILURES = {
  underpaid: 'The payment was less than the amount due, so nothing was delivered.',
  wrong_mint: 'The payment was sent in another asset than the one this product is priced in, so nothing was delivered.',
  wrong_recipient: "The payment did not go to the merchant's wallet, so nothing was delivered.",
  transaction_failed: 'The transaction failed on the network. No payment moved, apart from the network fee.',
};

const LATE = {
  expired: 'Your payment arrived after this checkout session had expired.',
  sold_out: 'Your payment arrived after the product sold out.',
};

function useNow() {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function SupportLink({ product }) {
  const url = safeHttpUrl(product.branding?.support_url);
  const name = brandName(product.branding) || 'the merchant';
  return url
    ? html`<p><a href=${url} rel="noopener noreferrer" target="_blank">Contact ${name}</a></p>`
    : html`<p class="muted">Reply to ${name} where you found this product, quoting the payment id.</p>`;
}

function Delivery({ product, status }) {
  const link = safeHttpUrl(status.delivery_value);
  const type = product.delivery_type;
  const items = [];
  if ((type === 'REDIRECT' || type === 'DOWNLOAD') && link) {
    items.push(html`<a class="button primary" href=${link} rel="noopener noreferrer">Continue</a>`);
    if (type === 'DOWNLOAD') items.push(html`<p class="hint">The download link works for a limited time.</p>`);
  } else if (type === 'TELEGRAM_INVITE' || type === 'DISCORD_INVITE') {
    const platform = type === 'TELEGRAM_INVITE' ? 'Telegram' : 'Discord';
    items.push(
      link
        ? html`<a class="button primary" href=${link} rel="noopener noreferrer">Join on ${platform}</a>`
        : html`<p>Your ${platform} invite is on its way from ${brandName(product.branding) || 'the merchant'}’s bot.</p>`,
    );
  } else if (type === 'DISCORD_ROLE') {
    items.push(html`<p>Your Discord role is being granted to the account you gave.</p>`);
  } else if (link) {
    items.push(html`<a class="button primary" href=${link} rel="noopener noreferrer">Continue</a>`);
  }
  if (status.membership_period_end_at) {
    items.push(html`<p>Your access runs until <strong>${formatDate(status.membership_period_end_at)}</strong>.</p>`);
  }
  return items;
}

/** A buyer support ticket opened by proving the payment: the paying wallet signs Hilt's challenge. */
function RefundRequest({ session, payer }) {
  const [state, setState] = useState({ busy: false, error: '', ticket: null });
  const sign = payer?.wallet.features['solana:signMessage'];
  if (!sign) return null;
  async function ask() {
    setState({ busy: true, error: '', ticket: null });
    try {
      const challenge = await client.createBuyerSupportChallenge({ body: { payment_id: session.payment_id } });
      let signature;
      try {
        const [signed] = await sign.signMessage({
          account: payer.account,
          message: new TextEncoder().encode(challenge.message),
        });
        signature = base58(signed.signature);
      } catch (error) {
        throw new Error(walletErrorText(payer.wallet.name, error, 'sign the message'));
      }
      const ticket = await client.openBuyerSupportTicket({
        body: {
          payment_id: session.payment_id,
          challenge_id: challenge.challenge_id,
          signature,
          subject: 'Refund of a payment that arrived too late',
          category: 'REFUND',
          body: `My payment ${session.payment_id} arrived after the checkout closed. Please refund it to the wallet that paid.`,
        },
      });
      setState({ busy: false, error: '', ticket });
    } catch (err) {
      setState({ busy: false, error: errorText(err), ticket: null });
    }
  }
  if (state.ticket) {
    return html`<p class="ok" role="status">Your refund request reached the merchant (ticket <code>${state.ticket.ticket_id}</code>).</p>`;
  }
  return html`${state.error ? html`<p class="error" role="alert">${state.error}</p>` : null}
    <button class="primary" type="button" disabled=${state.busy} onClick=${ask}>Ask for a refund</button>
    <p class="hint">${payer.wallet.name} signs a message to prove you made this payment; no funds move.</p>`;
}

function Outcome({ product, session, status, payer, onRestart }) {
  const amount = `${formatAmount(session.amount_minor_units, session.asset_decimals)} ${session.asset_symbol}`;
  if (status.status === 'CONFIRMED') {
    return html`<h2 class="ok">Payment confirmed</h2>
      <p>Thank you! ${amount} reached ${brandName(product.branding) || 'the merchant'}.</p>
      <${Delivery} product=${product} status=${status} />
      ${
        status.receipt_id
          ? html`<p><a class="button secondary" href=${`/r/${encodeURIComponent(status.receipt_id)}`}>View your receipt</a></p>`
          : html`<p class="muted">Your signed receipt is being prepared.</p>`
      }`;
  }
  if (status.refund_required && LATE[status.failure_reason]) {
    return html`<h2 class="warn">Paid after the session closed</h2>
      <p>${LATE[status.failure_reason] ?? 'Your payment arrived when this checkout could no longer deliver.'}
        ${' '}${brandName(product.branding) || 'The merchant'} keeps it for a refund to the wallet that paid.</p>
      <${RefundRequest} session=${session} payer=${payer} />
      <p>You can also contact the merchant and give the payment id <code>${session.payment_id}</code>.</p>
      <${SupportLink} product=${product} />`;
  }
  return html`<h2 class="error">Payment failed</h2>
    <p>${FAILURES[status.failure_reason] ?? 'The payment could not be accepted.'}</p>
    ${
      status.refund_required
        ? html`<p>The merchant keeps what you sent for a refund: contact them with the payment id <code>${session.payment_id}</code>, then start again to pay the right amount.</p>`
        : html`<p>If money left your wallet, contact the merchant with the payment id <code>${session.payment_id}</code>. Otherwise start again.</p>`
    }
    <${SupportLink} product=${product} />
    <button class="primary" type="button" onClick=${onRestart}>Start again</button>`;
}

export function SessionScreen({ product, session, onRestart }) {
  const now = useNow();
  const [wallets, setWallets] = useState([]);
  const [status, setStatus] = useState(null);
  const [step, setStep] = useState('');
  const [problem, setProblem] = useState('');
  const [paying, setPaying] = useState(false);
  const [incomplete, setIncomplete] = useState(null); // a short or wrong-asset payment kept on the open session
  const paid = useRef(null); // { tx_signature, payer_wallet } once a wallet (or the test wallet) sent it
  const payer = useRef(null); // { wallet, account } of a browser wallet that paid here (to prove it later)
  const lock = useRef(false); // one payment attempt at a time: never pay twice

  useEffect(() => watchWallets(setWallets), []);

  // Poll the payment; with a signature in hand, ask the server to verify it on chain (408 means not there yet).
  useEffect(() => {
    let stop = false;
    let timer;
    async function tick() {
      try {
        if (paid.current) {
          await client
            .confirmPayment(
              { body: { payment_id: session.payment_id, slug: product.slug, ...paid.current } },
              { maxRetries: 0 },
            )
            .catch((err) => {
              if (err?.statusCode !== 408 && err?.statusCode !== 422 && err?.statusCode !== 409) throw err;
            });
        }
        const next = await client.getPaymentStatus({ path: { payment_id: session.payment_id } });
        if (stop) return;
        setStatus(next);
        // Only a full payment closes the session: a short one is kept for refund and the buyer may pay in full.
        const open = next.status !== 'CONFIRMED' && next.status !== 'FAILED';
        const partial = open ? next.partial_payments?.at(-1) : null;
        if (partial) {
          if (paid.current?.tx_signature === partial.tx_signature) {
            paid.current = null;
            lock.current = false;
            setPaying(false);
            setStep('');
          }
          setIncomplete(partial);
        }
        if (next.status === 'CONFIRMED' && (next.receipt_id || next.delivery_status === 'FAILED')) return;
        if (next.status === 'FAILED') return;
      } catch {
        // A brief outage: keep polling.
      }
      if (!stop) timer = setTimeout(tick, POLL_MS);
    }
    tick();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [session.payment_id]);

  async function run(action) {
    if (lock.current) return;
    lock.current = true;
    setPaying(true);
    setProblem('');
    try {
      paid.current = await action();
      setStep('Payment sent. Waiting for the network to confirm it…');
    } catch (err) {
      lock.current = false;
      setPaying(false);
      setStep('');
      setProblem(err?.walletError ?? errorText(err));
    }
  }

  const payWith = (wallet) =>
    run(async () => {
      const sent = await payWithWallet({ client, wallet, session, steps: setStep });
      payer.current = { wallet, account: sent.account };
      return { tx_signature: sent.tx_signature, payer_wallet: sent.payer_wallet };
    });
  const payWithTestWallet = () =>
    run(async () => {
      setStep('Funding a test wallet and paying…');
      const sent = await client.payWithTestWallet({ path: { payment_id: session.payment_id } });
      // Sent: from here the page only follows the payment (confirm and the reconciler catch a lost notice).
      await client
        .broadcastPayment({
          body: { payment_id: session.payment_id, tx_signature: sent.tx_signature, payer_wallet: sent.payer_wallet },
        })
        .catch(() => {});
      return { tx_signature: sent.tx_signature, payer_wallet: sent.payer_wallet };
    });

  const amount = `${formatAmount(session.amount_minor_units, session.asset_decimals)} ${session.asset_symbol}`;
  const final = status && (status.status === 'CONFIRMED' || status.status === 'FAILED');
  const remaining = new Date(session.expires_at).getTime() - now;
  // A transaction that paid short is not "seen": the session waits for a full payment.
  const seen =
    Boolean(paid.current) ||
    (status?.status === 'PENDING_CONFIRMATION' && status.tx_signature !== incomplete?.tx_signature);
  const expired = !final && !seen && remaining <= 0;

  let body;
  if (final) {
    body = html`<div role="status"><${Outcome} product=${product} session=${session} status=${status}
      payer=${payer.current} onRestart=${onRestart} /></div>`;
  } else if (expired) {
    body = html`<h2>This checkout session expired</h2>
      <p>Nothing was paid. Start again for a fresh session with a new QR code.</p>
      <button class="primary" type="button" onClick=${onRestart}>Start again</button>`;
  } else {
    const openUrl = session.solana_pay_url?.startsWith('solana:') ? session.solana_pay_url : null;
    body = html`
      <p class="status" role="status" aria-live="polite">
        ${seen ? step || 'Payment seen. Confirming it on the network…' : step || 'Waiting for your payment'}
      </p>
      <p class="countdown" role="timer">Time left <span class="timer">${formatCountdown(remaining)}</span></p>
      ${problem ? html`<p class="error" role="alert">${problem}</p>` : null}
      ${
        incomplete && !seen
          ? html`<section role="alert" aria-labelledby="incomplete-title">
              <h2 id="incomplete-title" class="error">Payment incomplete</h2>
              <p>${FAILURES[incomplete.reason] ?? 'The payment could not be accepted.'}</p>
              ${
                incomplete.refund_required
                  ? html`<p>The merchant keeps what you sent for a refund: contact them with the payment id <code>${session.payment_id}</code>.</p>`
                  : null
              }
              <p>This checkout is still open: pay the full ${amount} below before the time runs out.</p>
              <${SupportLink} product=${product} />
            </section>`
          : null
      }
      ${
        seen
          ? null
          : html`
        <section aria-labelledby="wallets-title">
          <h2 id="wallets-title">Pay with a browser wallet</h2>
          ${
            wallets.length
              ? html`<ul class="wallets">${wallets.map(
                  (w) => html`<li><button type="button" class="wallet" disabled=${paying} onClick=${() => payWith(w)}>
                    <img src=${w.icon} alt="" width="28" height="28" /><span>Pay with ${w.name}</span></button></li>`,
                )}</ul>`
              : html`<p class="muted">No browser wallet found. Install Phantom, Solflare, Backpack or another Solana wallet, or scan the QR code with your phone.</p>`
          }
          ${
            product.livemode
              ? null
              : html`<button type="button" class="secondary" disabled=${paying} onClick=${payWithTestWallet}>Pay with a test wallet</button>`
          }
        </section>
        <section aria-labelledby="phone-title" class="phone">
          <h2 id="phone-title">Pay from your phone</h2>
          <p class="muted">Scan with a Solana wallet app (Solana Pay).</p>
          <${QrCode} value=${transactionRequestUri(session.transaction_url)} label="QR code" />
          ${openUrl ? html`<a class="button secondary" href=${openUrl}>Open in wallet</a>` : null}
          <details>
            <summary>Pay by hand</summary>
            <dl class="manual">
              <dt>Send exactly</dt><dd>${amount}</dd>
              <dt>To</dt><dd><code>${session.merchant_wallet}</code></dd>
              <dt>Memo</dt><dd><code>${session.memo}</code></dd>
              <dt>Reference key</dt><dd><code>${session.reference}</code></dd>
            </dl>
          </details>
        </section>`
      }`;
  }

  return html`<div class="card">
    <${Brand} product=${product} />
    <h1>${product.title}</h1>
    <p class="price">${amount}</p>
    ${body}
    <p class="fine">Payment id <code>${session.payment_id}</code></p>
  </div>`;
}
