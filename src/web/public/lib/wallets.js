// Wallet Standard on the buyer pages: every wallet that registered with getWallets() and can pay (signs, or signs
// and sends, Solana transactions) is offered by its own name and icon; paying is connect → ready-made transaction
// from the server → the wallet signs → the signature (or the signed transaction) goes back to the server.
import { getWallets } from '/assets/vendor/wallet-standard-app.js';
import { base58, base64ToBytes, bytesToBase64 } from './buyer.js';

const SIGN_AND_SEND = 'solana:signAndSendTransaction';
const SIGN = 'solana:signTransaction';
const CONNECT = 'standard:connect';

const canPay = (wallet) =>
  Boolean(wallet.features[CONNECT] && (wallet.features[SIGN_AND_SEND] || wallet.features[SIGN]));

/** The paying wallets now, and a subscription to wallets registering later. Returns an unsubscribe function. */
export function watchWallets(onChange) {
  const registry = getWallets();
  const emit = () => onChange(registry.get().filter(canPay));
  const offRegister = registry.on('register', emit);
  const offUnregister = registry.on('unregister', emit);
  emit();
  return () => {
    offRegister();
    offUnregister();
  };
}

/** The Wallet Standard chain of a session: live payments settle on mainnet, sandbox ones on Hilt's local chain. */
export const chainOf = (livemode) => (livemode ? 'solana:mainnet' : 'solana:localnet');

/** A wallet's refusal, a closed wallet window and any other failure, told apart for the buyer. */
export function walletErrorText(walletName, error, action = 'sign the payment') {
  const nothing = action === 'sign the payment' ? 'Nothing was paid. ' : '';
  const code = error?.code;
  const text = `${error?.name ?? ''} ${error?.message ?? ''}`.toLowerCase();
  if (code === 4001 || /reject|denied|declin|cancel/.test(text)) {
    return `You declined the request in ${walletName}. ${nothing}You can try again.`;
  }
  if (/closed|window/.test(text)) {
    return `The ${walletName} window was closed before you approved. ${nothing}You can try again.`;
  }
  return `${walletName} could not ${action}${error?.message ? ` (${error.message})` : ''}. ${nothing}You can try again or pick another wallet.`;
}

/**
 * Pays a session with a wallet. `steps(text)` reports progress in words. Returns { tx_signature, payer_wallet, account }
 * once
 * the server has the signature. Throws { walletError } for a wallet's own failure (nothing was sent), or an API error.
 */
export async function payWithWallet({ client, wallet, session, steps }) {
  const chain = chainOf(session.livemode);
  let account;
  try {
    steps(`Connecting to ${wallet.name}…`);
    const { accounts } = await wallet.features[CONNECT].connect();
    account = accounts?.[0];
  } catch (error) {
    throw { walletError: walletErrorText(wallet.name, error) };
  }
  if (!account) throw { walletError: `${wallet.name} did not share an account. Unlock it and try again.` };

  steps('Preparing the transaction…');
  const { transaction } = await client.createTransactionRequest({
    path: { payment_id: session.payment_id },
    body: { account: account.address },
  });
  const bytes = base64ToBytes(transaction);
  // Sign-and-send only where the wallet is on the session's cluster; otherwise it signs and Hilt submits it.
  const sendsHere = wallet.features[SIGN_AND_SEND] && (wallet.chains ?? []).includes(chain);
  steps(`Approve the payment in ${wallet.name}…`);
  if (sendsHere) {
    let signature;
    try {
      const [result] = await wallet.features[SIGN_AND_SEND].signAndSendTransaction({
        account,
        transaction: bytes,
        chain,
      });
      signature = base58(result.signature);
    } catch (error) {
      throw { walletError: walletErrorText(wallet.name, error) };
    }
    steps('Payment sent. Waiting for the network…');
    // The money is on its way: from here on the page only follows it (a lost notice is caught by confirm and the
    // reconciler), so a failing call can never lead to paying twice.
    await client
      .broadcastPayment({
        body: {
          payment_id: session.payment_id,
          tx_signature: signature,
          payer_wallet: account.address,
          wallet_source: wallet.name,
        },
      })
      .catch(() => {});
    return { tx_signature: signature, payer_wallet: account.address, account };
  }
  if (!wallet.features[SIGN]) throw { walletError: `${wallet.name} cannot pay on this network. Pick another wallet.` };
  let signed;
  try {
    const [result] = await wallet.features[SIGN].signTransaction({ account, transaction: bytes, chain });
    signed = result.signedTransaction;
  } catch (error) {
    throw { walletError: walletErrorText(wallet.name, error) };
  }
  steps('Payment signed. Sending it…');
  // Under an idempotency key the client repeats a 5xx, and the server submits the same signed bytes at most once.
  const sent = await client.broadcastPayment(
    {
      body: {
        payment_id: session.payment_id,
        signed_transaction: bytesToBase64(signed),
        payer_wallet: account.address,
        wallet_source: wallet.name,
      },
    },
    { idempotencyKey: `broadcast-${session.payment_id}-${base58(signed.subarray(1, 65))}` },
  );
  return { tx_signature: sent.tx_signature, payer_wallet: account.address, account };
}
