import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireChromium } from './helpers/browser.ts';
import { bearer, createTestApp, provePayoutWallet, type TestApp } from './helpers/app.ts';

describe('merchant dashboard in a real browser', () => {
  let hilt: TestApp;
  let base: string;
  let browser: Browser;

  before(async () => {
    requireChromium();
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await hilt?.dispose();
  });

  test('sign up, create a product, see it, create an API key shown once, switch to sandbox', {
    timeout: 60_000,
  }, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.fill('#email', 'dash@example.com');
    await page.fill('#password', 'a long passphrase');
    await page.click('#register');
    await page.getByText('Live products').waitFor();
    assert.equal(await page.textContent('header .muted'), 'dash@example.com');

    await page.click('nav button[data-tab="products"]');
    await page.fill('#p-title', 'Dashboard course');
    await page.fill('#p-price', '12.5');
    // A live product pays only a payout wallet the workspace proved it controls (a signed challenge).
    const session = await page.evaluate(() => localStorage.getItem('hilt.token'));
    const livePayout = await provePayoutWallet(hilt, bearer(session ?? ''));
    await page.fill('#p-wallet', livePayout.address);
    await page.click('#p-create');
    await page.getByRole('cell', { name: 'Dashboard course' }).waitFor();
    await page.getByRole('cell', { name: '12.5 USDC' }).waitFor();
    const products = await hilt.services.products.listProducts(
      {
        kind: 'session',
        userId: (await hilt.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'dash@example.com'"))[0].id,
        tier: 'free',
        status: 'active',
        isStaff: false,
        scopes: ['read'],
        mode: 'live',
      },
      { limit: 10, offset: 0 },
    );
    assert.equal(products[0].amount_minor_units, 12_500_000);

    await page.fill('#p-title', 'Bad price');
    await page.fill('#p-price', 'abc');
    await page.click('#p-create');
    await page.getByText('Enter a price like 5 or 5.25').waitFor();

    await page.click('nav button[data-tab="keys"]');
    await page.fill('#k-name', 'Backend');
    await page.click('#k-create');
    const raw = await page.textContent('#raw-key code');
    assert.match(raw ?? '', /^hk_live_/);
    await page.getByRole('cell', { name: 'Backend' }).waitFor();

    await page.selectOption('#mode', 'sandbox');
    await page.click('nav button[data-tab="products"]');
    await page.getByText('No products yet.').waitFor();

    // A real sandbox sale, then the operations tabs show its trail.
    const token = await page.evaluate(() => localStorage.getItem('hilt.token'));
    const sb = { authorization: `Bearer ${token}`, 'x-hilt-mode': 'sandbox' };
    const wallet = (
      await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sb, payload: {} })
    ).json();
    const payout = (
      await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sb, payload: {} })
    ).json();
    const product = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: sb,
        payload: {
          product_type: 'PAYMENT_LINK',
          title: 'Members club',
          amount_minor_units: 2_000_000,
          token_mint: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
          merchant_wallet: payout.address,
          membership_config: { enabled: true, platform: 'CUSTOM', identity_type: 'WALLET' },
        },
      })
    ).json();
    const s = (
      await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
    ).json();
    const paid = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/sandbox/pay',
        headers: sb,
        payload: { payment_id: s.payment_id, secret_key: wallet.secret_key },
      })
    ).json();
    const ok = await hilt.app.inject({
      method: 'POST',
      url: '/v1/pay/confirm',
      payload: { payment_id: s.payment_id, tx_signature: paid.tx_signature, payer_wallet: wallet.address },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    await hilt.app.inject({
      method: 'POST',
      url: '/v1/support/tickets',
      headers: sb,
      payload: { subject: 'Buyer needs help', body: 'Manual handoff please', category: 'DELIVERY' },
    });
    await page.click('nav button[data-tab="overview"]');
    await page.getByText('2 USDC').first().waitFor();
    await page.click('nav button[data-tab="payments"]');
    await page.getByRole('cell', { name: 'CONFIRMED' }).waitFor();
    await page.click('nav button[data-tab="members"]');
    await page.getByRole('cell', { name: 'ACTIVE' }).waitFor();
    await page.click('nav button[data-tab="receipts"]');
    await page.getByRole('link', { name: 'verify' }).waitFor();
    const verifyHref = await page.getAttribute('a[href$="/verify"]', 'href');
    const verify = await hilt.app.inject({ method: 'GET', url: verifyHref ?? '' });
    assert.equal(verify.json().valid, true);
    await page.click('nav button[data-tab="support"]');
    await page.getByRole('cell', { name: 'Buyer needs help' }).waitFor();
    await page.screenshot({ path: '/tmp/hilt-dashboard.png' });
    assert.deepEqual(errors, []);
  });
});
