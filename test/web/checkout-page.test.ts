import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import jsQRModule from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { USDC_MINT } from '../../src/chain/port.ts';
import {
  createKey,
  createTestApp,
  keyHeader,
  registerMerchant,
  type TestApp,
  trustPayoutWallet,
} from '../helpers/app.ts';
import { launchBrowser, requireChromium } from '../helpers/browser.ts';
import { assertAccessible, assertCleanScreen, screenshotOnFailure } from '../helpers/page-checks.ts';
import { installTestWallet } from '../helpers/test-wallet.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const PHONE = { width: 375, height: 740 };

describe('hosted checkout page in a real browser', () => {
  let hilt: TestApp;
  let base: string;
  let browser: Browser;
  let sk: Record<string, string>;
  let token: string;
  let userId: string;

  const createProduct = async (payload: Record<string, unknown>) => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: sk,
      payload: { merchant_wallet: MERCHANT, delivery_type: 'NONE', ...payload },
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { id: string; slug: string };
  };
  const buyerWallet = async () =>
    (await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sk, payload: {} })).json() as {
      address: string;
      secret_key: string;
    };
  const newPage = async (viewport = PHONE) => {
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  };
  const startSession = async (page: Page, slug: string) => {
    await page.goto(`${base}/p/${slug}`);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.getByText('Waiting for your payment').waitFor();
  };

  before(async () => {
    requireChromium();
    hilt = await createTestApp(
      { HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0', HILT_RECONCILE_INTERVAL_MS: '300' },
      { reconciler: true },
    );
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    const m = await registerMerchant(hilt);
    token = m.token;
    userId = m.userId;
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/airdrop', headers: sk, payload: { address: MERCHANT } });
    const settings = await hilt.app.inject({
      method: 'PATCH',
      url: '/v1/account/me',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        merchant_settings: {
          brand_name: 'Café Müller',
          brand_accent_color: '#0f766e',
          support_url: 'https://example.com/help',
        },
      },
    });
    assert.ok(settings.statusCode < 300, settings.body);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await hilt?.dispose();
  });

  test('a SOL product paid with a wallet that signs and sends, through to CONFIRMED and the receipt page', {
    timeout: 90_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Browser course',
      description: 'Learn by paying',
      amount_minor_units: 120_000_000,
      delivery_type: 'REDIRECT',
      delivery_value: 'https://example.com/welcome',
    });
    const buyer = await buyerWallet();
    const { page, errors } = await newPage();
    const wallet = await installTestWallet(page, { secretKey: buyer.secret_key, rpcUrl: `${base}/sandbox/rpc` });
    await screenshotOnFailure(page, 'checkout-sol-sign-and-send', async () => {
      const response = await page.goto(`${base}/p/${product.slug}`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /script-src 'self'/);
      await page.getByRole('heading', { name: 'Browser course' }).waitFor();
      assert.equal(await page.textContent('.price'), '0.12 SOL');
      await page.getByText('Sandbox', { exact: true }).waitFor();
      assert.equal(await page.textContent('.brand-name'), 'Café Müller');
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
        '#0f766e',
      );
      await assertCleanScreen(page, 'product');
      await assertAccessible(page, 'product');

      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByText('Waiting for your payment').waitFor();
      await page.getByRole('button', { name: 'Pay with Hilt Test Wallet' }).waitFor();
      assert.match((await page.textContent('.timer')) ?? '', /^(29|30):\d\d$/);
      assert.match(
        (await page.getByRole('link', { name: 'Open in wallet' }).getAttribute('href')) ?? '',
        /^solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin\?amount=0\.12&reference=/,
      );
      // The QR code, decoded from its pixels, is a Solana Pay transaction request for this session.
      const qr = await decodeQr(page);
      assert.match(qr, /^solana:/);
      const link = new URL(decodeURIComponent(qr.slice('solana:'.length)));
      const paymentId = (await page.textContent('.fine code')) ?? '';
      assert.equal(link.pathname, `/v1/pay/transaction/${paymentId}`);
      const info = await hilt.app.inject({ method: 'GET', url: link.pathname });
      assert.equal(info.statusCode, 200);
      await assertCleanScreen(page, 'session');
      await assertAccessible(page, 'session');
      await page.emulateMedia({ colorScheme: 'dark' });
      await assertAccessible(page, 'session (dark)');
      await page.emulateMedia({ colorScheme: 'light' });

      await page.getByRole('button', { name: 'Pay with Hilt Test Wallet' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      assert.equal(
        await page.getByRole('link', { name: 'Continue' }).getAttribute('href'),
        'https://example.com/welcome',
      );
      assert.deepEqual(
        (await wallet.calls(page)).map((c) => c.feature),
        ['standard:connect', 'solana:signAndSendTransaction'],
      );
      const receiptLink = page.getByRole('link', { name: 'View your receipt' });
      await receiptLink.waitFor({ timeout: 20_000 });
      await assertCleanScreen(page, 'confirmed');
      await assertAccessible(page, 'confirmed');
      await page.screenshot({ path: '/tmp/hilt-checkout-confirmed.png', fullPage: true });

      await receiptLink.click();
      await page.getByRole('heading', { name: 'Receipt' }).waitFor();
      assert.match(new URL(page.url()).pathname, /^\/r\/[0-9a-f-]{36}$/);
      assert.equal(new URL(page.url()).origin, base);
      await page.getByText('Verified: the signature and the hash are valid.').waitFor();
      assert.match((await page.textContent('main')) ?? '', /Browser course/);
      const pdf = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
      const pdfRes = await fetch(new URL(pdf ?? '', base));
      assert.equal(pdfRes.headers.get('content-type'), 'application/pdf');
      await assertCleanScreen(page, 'receipt');
      await assertAccessible(page, 'receipt');
      await page.screenshot({ path: '/tmp/hilt-receipt.png', fullPage: true });
      assert.deepEqual(errors, []);
    });
  });

  test('a USDC product paid with a sign-only wallet: the page submits the signed transaction to Hilt', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'USDC ebook',
      amount_minor_units: 2_500_000,
      token_mint: USDC_MINT,
      delivery_type: 'DOWNLOAD',
      delivery_value: 'https://example.com/book.pdf',
    });
    const buyer = await buyerWallet();
    const { page, errors } = await newPage({ width: 1280, height: 900 });
    const wallet = await installTestWallet(page, {
      secretKey: buyer.secret_key,
      name: 'Signer Only',
      features: ['solana:signTransaction'],
    });
    await screenshotOnFailure(page, 'checkout-usdc-sign-only', async () => {
      await startSession(page, product.slug);
      assert.equal(await page.textContent('.price'), '2.5 USDC');
      await page.getByRole('button', { name: 'Pay with Signer Only' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      assert.equal(
        await page.getByRole('link', { name: 'Continue' }).getAttribute('href'),
        'https://example.com/book.pdf',
      );
      await page.getByRole('link', { name: 'View your receipt' }).waitFor({ timeout: 20_000 });
      assert.deepEqual(
        (await wallet.calls(page)).map((c) => c.feature),
        ['standard:connect', 'solana:signTransaction'],
      );
      await page.screenshot({ path: '/tmp/hilt-checkout-desktop.png', fullPage: true });
      assert.deepEqual(errors, []);
    });
  });

  test('a wallet that refuses, fails or is closed leaves a message and a way to try again, and pays once', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Retry',
      amount_minor_units: 5_000_000,
    });
    const buyer = await buyerWallet();
    const { page } = await newPage();
    const wallet = await installTestWallet(page, {
      secretKey: buyer.secret_key,
      rpcUrl: `${base}/sandbox/rpc`,
      name: 'Moody Wallet',
      behavior: 'refuse',
    });
    await screenshotOnFailure(page, 'checkout-wallet-refuses', async () => {
      await startSession(page, product.slug);
      const pay = page.getByRole('button', { name: 'Pay with Moody Wallet' });
      await pay.click();
      await page.getByText('You declined the request in Moody Wallet. Nothing was paid. You can try again.').waitFor();
      await wallet.setBehavior(page, 'close');
      await pay.click();
      await page.getByText('The Moody Wallet window was closed before you approved.', { exact: false }).waitFor();
      await wallet.setBehavior(page, 'fail');
      await pay.click();
      await page.getByText('Moody Wallet could not sign the payment', { exact: false }).waitFor();
      await assertAccessible(page, 'wallet error');
      await wallet.setBehavior(page, 'approve');
      await pay.click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      const sends = (await wallet.calls(page)).filter((c) => c.feature === 'solana:signAndSendTransaction');
      assert.equal(sends.length, 1);
      const payments = await hilt.app.inject({
        method: 'GET',
        url: `/v1/products/${product.id}/payments`,
        headers: sk,
      });
      assert.deepEqual(
        payments.json().map((p: { status: string }) => p.status),
        ['CONFIRMED'],
      );
    });
  });

  test('"Pay with a test wallet" finishes a sandbox session from the page; a tip jar takes a comma decimal', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'TIP_JAR',
      title: 'Tip the band',
      amount_minor_units: 1_000_000,
      token_mint: USDC_MINT,
      tip_presets_lamports: [2_000_000, 5_000_000],
    });
    const { page, errors } = await newPage();
    await screenshotOnFailure(page, 'checkout-tip-test-wallet', async () => {
      await page.goto(`${base}/p/${product.slug}`);
      await page.getByRole('button', { name: '5 USDC' }).click();
      assert.equal(await page.getByLabel('Amount (USDC)').inputValue(), '5');
      await page.getByLabel('Amount (USDC)').fill('0,5');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByText('The amount must be at least 1 USDC.').waitFor();
      await page.getByLabel('Amount (USDC)').fill('2,75');
      await assertAccessible(page, 'tip jar');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByText('Waiting for your payment').waitFor();
      assert.equal(await page.textContent('.price'), '2.75 USDC');
      await page.getByRole('button', { name: 'Pay with a test wallet' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      const payments = await hilt.app.inject({
        method: 'GET',
        url: `/v1/products/${product.id}/payments`,
        headers: sk,
      });
      assert.equal(payments.json()[0].amount_minor_units, 2_750_000);
      await assertCleanScreen(page, 'tip confirmed');
      assert.deepEqual(errors, []);
    });
  });

  test('the countdown runs to zero: the session reads expired, offers to start again, and no payment controls remain', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Clock',
      amount_minor_units: 1_000_000,
    });
    const { page } = await newPage();
    await page.clock.install();
    await screenshotOnFailure(page, 'checkout-countdown', async () => {
      await startSession(page, product.slug);
      const first = (await page.textContent('.timer')) ?? '';
      assert.match(first, /^(29|30):\d\d$/);
      await page.clock.runFor(65_000);
      const later = (await page.textContent('.timer')) ?? '';
      const seconds = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      assert.ok(seconds(first) - seconds(later) >= 64, `${first} → ${later}`);
      await page.clock.fastForward(30 * 60_000);
      await page.getByRole('heading', { name: 'This checkout session expired' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /^Pay with/ }).count(), 0);
      assert.equal(await page.getByRole('img', { name: 'QR code' }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Open in wallet' }).count(), 0);
      await assertAccessible(page, 'expired');
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
    });
  });

  test('a short payment says what happened and what to do, and the session stays open for a full one', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Strict',
      amount_minor_units: 3_000_000,
    });
    const buyer = await buyerWallet();
    const { page } = await newPage();
    await screenshotOnFailure(page, 'checkout-failed', async () => {
      await startSession(page, product.slug);
      const paymentId = (await page.textContent('.fine code')) ?? '';
      const paid = await hilt.app.inject({
        method: 'POST',
        url: '/v1/sandbox/pay',
        headers: sk,
        payload: { payment_id: paymentId, secret_key: buyer.secret_key, scenario: 'underpay' },
      });
      assert.equal(paid.statusCode, 200, paid.body);
      // The buyer's wallet reports its transaction, as a wallet page would; Hilt checks it and fails it.
      const confirm = await hilt.app.inject({
        method: 'POST',
        url: '/v1/pay/confirm',
        payload: { payment_id: paymentId, tx_signature: paid.json().tx_signature, payer_wallet: buyer.address },
      });
      assert.equal(confirm.statusCode, 422, confirm.body);
      assert.equal(confirm.json().code, 'payment_incomplete');
      await page.getByRole('heading', { name: 'Payment incomplete' }).waitFor({ timeout: 20_000 });
      await page.getByText('The payment was less than the amount due, so nothing was delivered.').waitFor();
      await page.getByText('The merchant keeps what you sent for a refund', { exact: false }).waitFor();
      assert.equal(
        await page.getByRole('link', { name: 'Contact Café Müller' }).getAttribute('href'),
        'https://example.com/help',
      );
      // Only a full payment closes the session: it stays open and payable.
      await page.getByRole('button', { name: 'Pay with a test wallet' }).waitFor();
      await assertCleanScreen(page, 'incomplete');
      await assertAccessible(page, 'incomplete');
      await page.getByRole('button', { name: 'Pay with a test wallet' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
    });
  });

  test('a delivery value stored before the http(s) rule is never rendered as a link', { timeout: 60_000 }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Old link',
      amount_minor_units: 2_000_000,
      delivery_type: 'REDIRECT',
      delivery_value: 'https://example.com/fine',
    });
    await hilt.db.query('UPDATE products SET delivery_value = $1 WHERE id = $2', ['javascript:alert(1)', product.id]);
    const { page, errors } = await newPage();
    await screenshotOnFailure(page, 'checkout-unsafe-link', async () => {
      await startSession(page, product.slug);
      await page.getByRole('button', { name: 'Pay with a test wallet' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      assert.equal(await page.getByRole('link', { name: 'Continue' }).count(), 0);
      const hrefs = await page.evaluate(() =>
        Array.from(document.querySelectorAll('a'), (a) => a.getAttribute('href')),
      );
      assert.ok(
        hrefs.every((h) => !/^\s*javascript:/i.test(h ?? '')),
        hrefs.join(' '),
      );
      assert.deepEqual(errors, []);
    });
  });

  test('embed.js on a merchant page served from another origin renders the button and opens the checkout', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Embedded',
      amount_minor_units: 4_000_000,
      token_mint: USDC_MINT,
    });
    const shop = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Merchant shop</title></head><body><main><h1>Merchant shop</h1>` +
          `<div data-hilt-checkout="${product.slug}" data-theme="dark"></div></main>` +
          `<script async src="${base}/embed.js"></script></body></html>`,
      );
    });
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/`;
    assert.notEqual(new URL(shopUrl).origin, new URL(base).origin);
    const { page, errors } = await newPage({ width: 1024, height: 800 });
    try {
      await screenshotOnFailure(page, 'embed-other-origin', async () => {
        await page.goto(shopUrl);
        // The label comes from the public product, fetched across origins (CORS).
        const button = page.getByRole('link', { name: /^Pay with USDC/ });
        await button.waitFor();
        await page.getByText('Checkout by Hilt').waitFor();
        assert.equal(await button.getAttribute('href'), `${base}/p/${product.slug}`);
        await assertAccessible(page, 'embed');
        const [popup] = await Promise.all([page.waitForEvent('popup'), button.click()]);
        await popup.getByRole('heading', { name: 'Embedded' }).waitFor();
        assert.equal(popup.url(), `${base}/p/${product.slug}`);
        assert.equal(page.url(), shopUrl, 'the merchant page stays open behind the popup');
        assert.deepEqual(errors, []);
      });
    } finally {
      shop.close();
    }
  });

  test('a Telegram membership captures the buyer identity; a handoff link shows it read-only', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Inner circle',
      amount_minor_units: 7_000_000,
      delivery_type: 'TELEGRAM_INVITE',
      delivery_value: 'https://t.me/+AbCdEf123',
      membership_config: {
        platform: 'TELEGRAM',
        identity_type: 'TELEGRAM_USER_ID',
        identity_required: true,
        billing_interval_days: 30,
      },
    });
    const { page, errors } = await newPage();
    await screenshotOnFailure(page, 'checkout-membership-identity', async () => {
      await page.goto(`${base}/p/${product.slug}`);
      await page.getByText('Access for 30 days.').waitFor();
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByText('Please fill in your telegram user id.').waitFor();
      await page.getByLabel('Your Telegram user ID').fill('123456789');
      await assertAccessible(page, 'identity');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.getByText('Waiting for your payment').waitFor();
      await page.getByRole('button', { name: 'Pay with a test wallet' }).click();
      await page.getByRole('heading', { name: 'Payment confirmed' }).waitFor({ timeout: 20_000 });
      assert.equal(
        await page.getByRole('link', { name: 'Join on Telegram' }).getAttribute('href'),
        'https://t.me/+AbCdEf123',
      );
      await page.getByText('Your access runs until').waitFor();
      await assertCleanScreen(page, 'membership confirmed');
      const payments = await hilt.app.inject({
        method: 'GET',
        url: `/v1/products/${product.id}/payments`,
        headers: sk,
      });
      assert.equal(payments.json()[0].customer_reference_value, '123456789');
      assert.equal(payments.json()[0].customer_reference_type, 'TELEGRAM_USER_ID');

      const handoff = await hilt.app.inject({
        method: 'POST',
        url: `/v1/products/${product.id}/handoff-link`,
        headers: sk,
        payload: { identity_value: '987654321', identity_display: '@alice', identity_type: 'TELEGRAM_USER_ID' },
      });
      assert.equal(handoff.statusCode, 200, handoff.body);
      const link = new URL(handoff.json().checkout_url);
      await page.goto(`${base}${link.pathname}${link.search}`);
      const locked = page.getByLabel('Paying as');
      await locked.waitFor();
      assert.equal(await locked.inputValue(), '@alice');
      assert.equal(await locked.isEditable(), false, 'the handoff identity is read-only');
      assert.equal(await page.getByLabel('Your Telegram user ID').count(), 0);
      await assertAccessible(page, 'handoff');
      assert.deepEqual(errors, []);
    });
  });

  test('paid after the last slot went: kept for refund, and the paying wallet opens a support ticket by signing', {
    timeout: 60_000,
  }, async () => {
    const product = await createProduct({
      product_type: 'PAYMENT_LINK',
      title: 'Last seat',
      amount_minor_units: 6_000_000,
      max_payments: 1,
    });
    const buyer = await buyerWallet();
    const other = await buyerWallet();
    const { page, errors } = await newPage();
    const wallet = await installTestWallet(page, { secretKey: buyer.secret_key, rpcUrl: `${base}/sandbox/rpc` });
    await screenshotOnFailure(page, 'checkout-late-refund', async () => {
      await startSession(page, product.slug);
      // Another buyer takes the only slot while this session is open.
      const rival = (
        await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
      ).json();
      const sent = await hilt.app.inject({
        method: 'POST',
        url: '/v1/sandbox/pay',
        headers: sk,
        payload: { payment_id: rival.payment_id, secret_key: other.secret_key },
      });
      const confirmed = await hilt.app.inject({
        method: 'POST',
        url: '/v1/pay/confirm',
        payload: { payment_id: rival.payment_id, tx_signature: sent.json().tx_signature, payer_wallet: other.address },
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);

      await page.getByRole('button', { name: 'Pay with Hilt Test Wallet' }).click();
      await page.getByRole('heading', { name: 'Paid after the session closed' }).waitFor({ timeout: 20_000 });
      await page.getByText('Your payment arrived after the product sold out.', { exact: false }).waitFor();
      await assertCleanScreen(page, 'paid too late');
      await assertAccessible(page, 'paid too late');
      await page.getByRole('button', { name: 'Ask for a refund' }).click();
      await page.getByText('Your refund request reached the merchant', { exact: false }).waitFor();
      assert.deepEqual(
        (await wallet.calls(page)).map((c) => c.feature),
        ['standard:connect', 'solana:signAndSendTransaction', 'solana:signMessage'],
      );
      const tickets = await hilt.app.inject({ method: 'GET', url: '/v1/support/tickets', headers: sk });
      assert.equal(tickets.statusCode, 200, tickets.body);
      assert.match(tickets.body, /Refund of a payment that arrived too late/);
      assert.deepEqual(errors, []);
    });
  });

  test('an unknown product shows an error in words, not a blank page', async () => {
    const { page } = await newPage();
    await page.goto(`${base}/p/no-such-product`);
    await page.getByText('Product not found').waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
  });

  test('"Pay with a test wallet" is sandbox only: its route answers 404 for a live session', async () => {
    const live = keyHeader((await createKey(hilt, token, { sandbox_mode: false })).raw);
    // A live product pays only a proven payout wallet (this fixed address has no known key).
    await trustPayoutWallet(hilt, userId, MERCHANT);
    const created = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: live,
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'Live',
        amount_minor_units: 1_000_000,
        merchant_wallet: MERCHANT,
      },
    });
    assert.equal(created.statusCode, 200, created.body);
    const session = await hilt.app.inject({
      method: 'POST',
      url: `/v1/products/p/${created.json().slug}/connect`,
      payload: {},
    });
    assert.equal(session.statusCode, 200, session.body);
    const res = await hilt.app.inject({ method: 'POST', url: `/v1/pay/test-wallet/${session.json().payment_id}` });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'payment_not_found');
  });
});

// jsqr is CommonJS with a default export: under Node's ESM loader it arrives as { default }.
const jsQR = jsQRModule.default;

/** Reads the QR code's pixels in the page (SVG drawn on a canvas) and decodes them with jsQR in Node. */
async function decodeQr(page: Page): Promise<string> {
  const { width, height, pixels } = await page.evaluate(async () => {
    const svg = document.querySelector('svg.qr') as SVGSVGElement;
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(xml)}`;
    await img.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, pixels: Array.from(ctx.getImageData(0, 0, size, size).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels), width, height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}
