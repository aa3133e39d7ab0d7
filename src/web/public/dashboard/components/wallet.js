// Wallet Standard wallets that can sign messages: "Sign in with wallet" and proving a payout wallet both have one
// sign our one-time challenge text.
import { getWallets } from '/assets/vendor/wallet-standard-app.js';
import { base58 } from '/assets/web/lib/buyer.js';

const SIGN_MESSAGE = 'solana:signMessage';
const CONNECT = 'standard:connect';

/** The browser's Solana wallets that can sign a message. */
export function signingWallets() {
  return getWallets()
    .get()
    .filter((w) => w.features[SIGN_MESSAGE] && w.chains.some((c) => c.startsWith('solana:')));
}

/** The wallet's account, asking it to connect when it has shared none yet. */
export async function connectedAccount(wallet) {
  let account = wallet.accounts[0];
  if (!account) {
    const connected = await wallet.features[CONNECT]?.connect();
    account = connected?.accounts?.[0] ?? wallet.accounts[0];
  }
  if (!account) throw new Error(`${wallet.name} did not share an account`);
  return account;
}

/** Has the wallet sign the text's UTF-8 bytes; the signature in base58, as the API takes it. */
export async function signText(wallet, account, text) {
  const [signed] = await wallet.features[SIGN_MESSAGE].signMessage({
    account,
    message: new TextEncoder().encode(text),
  });
  return base58(signed.signature);
}

/**
 * Proves to the API that this workspace controls `address`: a wallet holding it signs the payout challenge. Looks
 * through every wallet in the browser for the account, connecting them as needed.
 */
export async function provePayoutWallet(api, address) {
  const wallets = signingWallets();
  if (wallets.length === 0) {
    throw new Error('No Solana wallet that can sign messages was found in this browser. Install or unlock one.');
  }
  for (const wallet of wallets) {
    const account = await connectedAccount(wallet);
    const match = wallet.accounts.find((a) => a.address === address) ?? (account.address === address ? account : null);
    if (!match) continue;
    const challenge = await api.createPayoutWalletChallenge({ body: { wallet_address: address } });
    const signedMessage = await signText(wallet, match, challenge.message);
    return api.provePayoutWallet({
      body: { wallet_address: address, signed_message: signedMessage, message_nonce: challenge.message_nonce },
    });
  }
  throw new Error(`None of this browser's wallets holds ${address}. Open the wallet that does, then try again.`);
}
