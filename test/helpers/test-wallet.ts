// A Wallet Standard wallet for browser tests, written from the standard (no wallet SDK): it registers itself with the
// page through the `wallet-standard:register-wallet` / `wallet-standard:app-ready` events, exactly as Phantom,
// Solflare or Backpack do, and signs in the page with WebCrypto Ed25519 using a sandbox secret key.
//
// API (kept stable; other tests import it):
//   const wallet = await installTestWallet(page, {
//     secretKey,                 // base58 of the 64-byte secret key (POST /v1/sandbox/wallets gives one)
//     rpcUrl?,                   // JSON-RPC URL signAndSendTransaction sends to (e.g. `${base}/sandbox/rpc`)
//     name?, icon?,              // wallet name (default "Hilt Test Wallet") and data: URI icon
//     chains?,                   // default ['solana:localnet', 'solana:devnet']
//     features?,                 // which solana:* features to offer; default all of them:
//                                //   'solana:signAndSendTransaction', 'solana:signTransaction', 'solana:signMessage'
//     behavior?,                 // 'approve' (default) | 'refuse' (user rejected, code 4001) | 'fail' | 'close'
//   });
//   wallet.address               // base58 address of the key
//   await wallet.setBehavior(page, 'approve')   // change the answer for the next requests (already-open page)
//   await wallet.calls(page)     // [{ feature, at }] every request the page made, in order
// Call installTestWallet before page.goto: the wallet is added with page.addInitScript, so it is present in every
// document the page loads. standard:connect, standard:disconnect and standard:events are always offered.
import { createKeyPairSignerFromBytes } from '@solana/kit';
import bs58 from 'bs58';
import type { Page } from 'playwright-core';

export type TestWalletBehavior = 'approve' | 'refuse' | 'fail' | 'close';
export type TestWalletFeature = 'solana:signAndSendTransaction' | 'solana:signTransaction' | 'solana:signMessage';

export interface TestWalletOptions {
  secretKey: string;
  rpcUrl?: string;
  name?: string;
  icon?: string;
  chains?: string[];
  features?: TestWalletFeature[];
  behavior?: TestWalletBehavior;
}

export interface TestWallet {
  address: string;
  setBehavior(page: Page, behavior: TestWalletBehavior): Promise<void>;
  calls(page: Page): Promise<{ feature: string; at: number }[]>;
}

export const DEFAULT_WALLET_ICON =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#0e7c66"/>' +
      '<path d="M8 10h16v4H8zm0 8h10v4H8z" fill="#fff"/></svg>',
  ).toString('base64');

interface InPageConfig {
  seed: number[];
  publicKey: number[];
  address: string;
  rpcUrl: string | null;
  name: string;
  icon: string;
  chains: string[];
  features: TestWalletFeature[];
  behavior: TestWalletBehavior;
}

export async function installTestWallet(page: Page, options: TestWalletOptions): Promise<TestWallet> {
  const secret = bs58.decode(options.secretKey);
  if (secret.length !== 64) throw new Error('secretKey must be the base58 of a 64-byte Solana secret key');
  const signer = await createKeyPairSignerFromBytes(secret);
  const config: InPageConfig = {
    seed: [...secret.subarray(0, 32)],
    publicKey: [...secret.subarray(32)],
    address: signer.address,
    rpcUrl: options.rpcUrl ?? null,
    name: options.name ?? 'Hilt Test Wallet',
    icon: options.icon ?? DEFAULT_WALLET_ICON,
    chains: options.chains ?? ['solana:localnet', 'solana:devnet'],
    features: options.features ?? ['solana:signAndSendTransaction', 'solana:signTransaction', 'solana:signMessage'],
    behavior: options.behavior ?? 'approve',
  };
  await page.addInitScript(walletInPage, config);
  const key = `__testWallet_${config.name}`;
  return {
    address: signer.address,
    setBehavior: (p, behavior) =>
      p.evaluate(
        ([k, b]) => {
          (window as unknown as Record<string, { behavior: string }>)[k].behavior = b;
        },
        [key, behavior] as const,
      ),
    calls: (p) =>
      p.evaluate(
        (k) => (window as unknown as Record<string, { calls: { feature: string; at: number }[] }>)[k].calls,
        key,
      ),
  };
}

/** Runs inside the page (serialised by addInitScript): no closure over Node values. */
function walletInPage(config: InPageConfig) {
  const state = { behavior: config.behavior as string, calls: [] as { feature: string; at: number }[] };
  (window as unknown as Record<string, unknown>)[`__testWallet_${config.name}`] = state;
  const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  const base58 = (bytes: Uint8Array) => {
    const digits: number[] = [];
    for (const byte of bytes) {
      let carry = byte;
      for (let i = 0; i < digits.length; i++) {
        carry += digits[i] << 8;
        digits[i] = carry % 58;
        carry = (carry / 58) | 0;
      }
      while (carry) {
        digits.push(carry % 58);
        carry = (carry / 58) | 0;
      }
    }
    let out = '';
    for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
    for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]];
    return out;
  };
  const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const publicKey = new Uint8Array(config.publicKey);
  // PKCS#8 wrapping of a raw Ed25519 seed, so WebCrypto can import it.
  const pkcs8 = new Uint8Array([
    0x30,
    0x2e,
    0x02,
    0x01,
    0x00,
    0x30,
    0x05,
    0x06,
    0x03,
    0x2b,
    0x65,
    0x70,
    0x04,
    0x22,
    0x04,
    0x20,
    ...config.seed,
  ]);
  const keyPromise = crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const sign = async (bytes: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, await keyPromise, bytes as BufferSource));

  const readShortVec = (bytes: Uint8Array, offset: number) => {
    let value = 0;
    let size = 0;
    for (;;) {
      const b = bytes[offset + size];
      value |= (b & 0x7f) << (7 * size);
      size++;
      if ((b & 0x80) === 0) return { value, size };
    }
  };
  /** Signs a wire transaction (legacy or v0) in the slot of this wallet's key. */
  const signTransaction = async (wire: Uint8Array) => {
    const sigs = readShortVec(wire, 0);
    const messageStart = sigs.size + sigs.value * 64;
    const message = wire.subarray(messageStart);
    const headerAt = message[0] & 0x80 ? 1 : 0;
    const required = message[headerAt];
    const keys = readShortVec(message, headerAt + 3);
    const keysAt = headerAt + 3 + keys.size;
    let slot = -1;
    for (let i = 0; i < Math.min(required, keys.value); i++) {
      const key = message.subarray(keysAt + i * 32, keysAt + (i + 1) * 32);
      if (key.every((b, j) => b === publicKey[j])) slot = i;
    }
    if (slot < 0) throw new Error('This transaction does not need this wallet’s signature');
    const signature = await sign(message);
    const signed = new Uint8Array(wire);
    signed.set(signature, sigs.size + slot * 64);
    return { signed, signature };
  };

  const gate = async (feature: string) => {
    state.calls.push({ feature, at: Date.now() });
    if (state.behavior === 'refuse') {
      throw Object.assign(new Error('User rejected the request.'), { code: 4001, name: 'WalletSignTransactionError' });
    }
    if (state.behavior === 'fail') throw Object.assign(new Error('Unexpected wallet error'), { code: -32603 });
    if (state.behavior === 'close') {
      throw Object.assign(new Error('The wallet window was closed'), { name: 'WalletWindowClosedError' });
    }
  };

  const listeners: Record<string, ((props: unknown) => void)[]> = {};
  const account = {
    address: config.address,
    publicKey,
    chains: config.chains,
    features: config.features,
    label: 'Test account',
  };
  const wallet = {
    version: '1.0.0',
    name: config.name,
    icon: config.icon,
    chains: config.chains,
    accounts: [] as (typeof account)[],
    features: {} as Record<string, unknown>,
  };
  const features: Record<string, unknown> = {
    'standard:connect': {
      version: '1.0.0',
      connect: async () => {
        await gate('standard:connect');
        wallet.accounts = [account];
        for (const l of listeners.change ?? []) l({ accounts: wallet.accounts });
        return { accounts: wallet.accounts };
      },
    },
    'standard:disconnect': {
      version: '1.0.0',
      disconnect: async () => {
        wallet.accounts = [];
        for (const l of listeners.change ?? []) l({ accounts: wallet.accounts });
      },
    },
    'standard:events': {
      version: '1.0.0',
      on: (event: string, listener: (props: unknown) => void) => {
        listeners[event] ??= [];
        listeners[event].push(listener);
        return () => {
          listeners[event] = (listeners[event] ?? []).filter((l) => l !== listener);
        };
      },
    },
  };
  if (config.features.includes('solana:signTransaction')) {
    features['solana:signTransaction'] = {
      version: '1.0.0',
      supportedTransactionVersions: ['legacy', 0],
      signTransaction: async (...inputs: { transaction: Uint8Array }[]) => {
        await gate('solana:signTransaction');
        const out = [];
        for (const input of inputs) out.push({ signedTransaction: (await signTransaction(input.transaction)).signed });
        return out;
      },
    };
  }
  if (config.features.includes('solana:signAndSendTransaction')) {
    features['solana:signAndSendTransaction'] = {
      version: '1.0.0',
      supportedTransactionVersions: ['legacy', 0],
      signAndSendTransaction: async (...inputs: { transaction: Uint8Array; chain?: string }[]) => {
        await gate('solana:signAndSendTransaction');
        if (!config.rpcUrl) throw new Error('This test wallet has no RPC URL to send to');
        const out = [];
        for (const input of inputs) {
          const { signed, signature } = await signTransaction(input.transaction);
          const res = await fetch(config.rpcUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              jsonrpc: '2.0',
              id: 1,
              method: 'sendTransaction',
              params: [toBase64(signed), { encoding: 'base64' }],
            }),
          });
          const body = await res.json();
          if (body.error) throw new Error(`sendTransaction failed: ${body.error.message}`);
          if (body.result !== base58(signature)) throw new Error('The RPC answered another signature');
          out.push({ signature });
        }
        return out;
      },
    };
  }
  if (config.features.includes('solana:signMessage')) {
    features['solana:signMessage'] = {
      version: '1.0.0',
      signMessage: async (...inputs: { message: Uint8Array }[]) => {
        await gate('solana:signMessage');
        const out = [];
        for (const input of inputs) out.push({ signedMessage: input.message, signature: await sign(input.message) });
        return out;
      },
    };
  }
  wallet.features = features;

  const callback = ({ register }: { register: (w: unknown) => unknown }) => register(wallet);
  try {
    window.dispatchEvent(new CustomEvent('wallet-standard:register-wallet', { detail: callback }));
  } catch (error) {
    console.error('wallet-standard:register-wallet event could not be dispatched', error);
  }
  window.addEventListener('wallet-standard:app-ready', (event) => {
    callback((event as CustomEvent).detail);
  });
}
