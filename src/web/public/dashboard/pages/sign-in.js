// Sign-in: email and password (or a new account), or any Wallet Standard wallet signing our one-time challenge.
import { ErrorMessage, Field, html, useState, useSubmit } from '../components/ui.js';
import { connectedAccount, signText, signingWallets } from '../components/wallet.js';
import { api, session, signIn } from '../session.js';

async function walletSignIn(wallet) {
  const account = await connectedAccount(wallet);
  const challenge = await api.walletChallenge({ body: { wallet_address: account.address } });
  const res = await api.walletLogin({
    body: {
      wallet_address: account.address,
      signed_message: await signText(wallet, account, challenge.message),
      message_nonce: challenge.message_nonce,
    },
  });
  signIn(res.token);
}

export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [choices, setChoices] = useState(null);
  const form = useSubmit(async (e) => {
    const action = e.submitter?.name === 'register' ? 'register' : 'login';
    const res = await api[action]({ body: { email, password } });
    signIn(res.token);
  });
  const wallet = useSubmit(async () => {
    const wallets = signingWallets();
    if (wallets.length === 0) {
      throw new Error('No Solana wallet that can sign messages was found in this browser. Install or unlock one.');
    }
    if (wallets.length === 1) return walletSignIn(wallets[0]);
    setChoices(wallets);
  });
  return html`<main class="signin">
    <h1>Hilt</h1>
    <p class="muted">Sign in to run your shop: products, payments, members and payouts.</p>
    ${session.endedBecause ? html`<p class="notice" role="alert">${session.endedBecause}</p>` : null}
    <form onSubmit=${form.submit} class="stack">
      <${Field} label="Email" type="email" autocomplete="email" required value=${email} onInput=${setEmail} id="email" />
      <${Field} label="Password" type="password" autocomplete="current-password" required minlength="8"
        value=${password} onInput=${setPassword} id="password" />
      <button type="submit" name="login" class="primary" disabled=${form.busy}>Sign in</button>
      <button type="submit" name="register" disabled=${form.busy}>Create account</button>
      <${ErrorMessage} error=${form.error} />
    </form>
    <button type="button" disabled=${wallet.busy} onClick=${wallet.submit}>Sign in with wallet</button>
    ${
      choices
        ? html`<div role="group" aria-label="Choose a wallet" class="row">
          ${choices.map(
            (w) => html`<button type="button" onClick=${() => walletSignIn(w).catch(wallet.setError)}>
              Use ${w.name}
            </button>`,
          )}
        </div>`
        : null
    }
    <${ErrorMessage} error=${wallet.error} />
  </main>`;
}
