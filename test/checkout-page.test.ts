import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireChromium } from './helpers/browser.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from './helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

describe('hosted checkout page in a real browser', () => {
  let hilt: TestApp;
  let base: string;
  let browser: Browser;
  let sk: Record<string, string>;

  before(async () => {
    requireChromium();
    hilt = await createTestApp(
      { HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0', HILT_RECONCILE_INTERVAL_MS: '200' },
      { reconciler: true },
    );
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/airdrop', headers: sk, payload: { address: MERCHANT } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await hilt?.dispose();
  });

  test('a buyer opens /p/{slug}, starts a session, pays from a wallet and sees the confirmation', {
    timeout: 60_000,
  }, async () => {
    const product = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: sk,
        payload: {
          product_type: 'PAYMENT_LINK',
          title: 'Browser course',
          description: 'Learn by paying',
          amount_minor_units: 120_000_000,
          merchant_wallet: MERCHANT,
          delivery_type: 'REDIRECT',
          delivery_value: 'https://example.com/welcome',
        },
      })
    ).json();
    const wallet = (
      await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sk, payload: {} })
    ).json();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/p/${product.slug}`);
    await page.getByRole('heading', { name: /Browser course/ }).waitFor();
    assert.match((await page.textContent('.price')) ?? '', /^0\.12 SOL$/);
    await page.click('#pay');
    await page.getByText('Waiting for your payment').waitFor();
    const href = await page.getAttribute('a.button', 'href');
    assert.match(href ?? '', /^solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin\?amount=0\.12&reference=/);
    const paymentId = /Payment id ([0-9a-f-]{36})/.exec((await page.textContent('#app')) ?? '')?.[1];
    assert.ok(paymentId);
    // The buyer's wallet pays; nobody calls confirm: the reconciler finds it by reference and the page updates.
    const paid = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/pay',
      headers: sk,
      payload: { payment_id: paymentId, secret_key: wallet.secret_key },
    });
    assert.equal(paid.statusCode, 200);
    await page.getByText('Payment confirmed').waitFor({ timeout: 20_000 });
    assert.equal(await page.getAttribute('a.button:last-of-type', 'href'), 'https://example.com/welcome');
    await page.screenshot({ path: '/tmp/hilt-checkout-confirmed.png' });
    assert.deepEqual(errors, []);
  });

  test('an unknown product shows an error, not a blank page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/p/no-such-product`);
    await page.getByText('Product not found').waitFor();
  });
});
