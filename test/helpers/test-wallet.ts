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
import { readFileSync } from 'node:fs';
import { createKeyPairSignerFromBytes } from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';
import type { Page } from 'playwright-core';

/** The in-page wallet's source text, read as written (a loader's transform could add helpers the page lacks). */
const PAGE_SOURCE = readFileSync(new URL('./test-wallet-page.js', import.meta.url), 'utf8');
const WALLET_IN_PAGE = PAGE_SOURCE.slice(PAGE_SOURCE.indexOf('function walletInPage'));

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
  await page.addInitScript({ content: `(${WALLET_IN_PAGE})(${JSON.stringify(config)});` });
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
