// The merchant dashboard in real Chromium, found by its labels and button names as a merchant would use it: sign-up,
// sandbox, the product builder, a real sandbox sale, the ledger, a gift, a ticket reply, a webhook test event to a
// local receiver, the receipt PDF, branding on the checkout, a chart, API keys, session expiry; then the same
// screens at 375 px. axe-core runs on every screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { launchBrowser, requireChromium } from '../helpers/browser.ts';
import { axeViolations, leakedValues, sidewaysOverflow, withScreenshot } from '../helpers/page-checks.ts';
import { installTestWallet } from '../helpers/test-wallet.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const EMAIL = 'dash@example.com';
const PASSWORD = 'a long passphrase';

describe('merchant dashboard in a real browser', () => {
  let hilt: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let rx: Receiver;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  // What the walk creates, for the later steps and the phone pass.
  const made: Record<string, string> = {};

  const sandboxHeaders = async () => ({
    authorization: `Bearer ${await page.evaluate(() => localStorage.getItem('hilt.token'))}`,
    'x-hilt-mode': 'sandbox',
  });
  const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const res = await hilt.app.inject({ method, url, headers: await sandboxHeaders(), payload: payload as object });
    assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const go = async (p: Page, route: string, heading: string | RegExp) => {
    await p.goto(`${base}/#/${route}`);
    await p.getByRole('heading', { level: 1, name: heading }).waitFor();
    await p.getByText('Loading…').first().waitFor({ state: 'detached' });
  };
  const checkScreen = async (p: Page, what: string) => {
    assert.deepEqual(await axeViolations(p), [], `axe on ${what}`);
    assert.deepEqual(await leakedValues(p), [], `unformatted values on ${what}`);
  };
  const watch = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
        offOrigin.push(r.url());
    });
  };

  before(async () => {
    requireChromium();
    rx = await startReceiver();
    hilt = await createTestApp({
      HILT_RATE_LIMIT_FREE: '0',
      HILT_RATE_LIMIT_PUBLIC: '0',
      HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1',
    });
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(page);
  });
  after(async () => {
    await browser?.close();
    await hilt?.dispose();
    await rx?.close();
  });

  test('sign up with email and password; the shell is served without inline script', async () => {
    await withScreenshot(page, 'sign-up', async () => {
      const res = await page.goto(base);
      const csp = res?.headers()['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      await checkScreen(page, 'sign-in');
      await page.getByLabel('Email', { exact: true }).fill(EMAIL);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      await page.getByText('Live products').waitFor();
      await checkScreen(page, 'overview');
    });
  });

  test('the Sandbox switch shows a banner on every page and survives a reload', async () => {
    await withScreenshot(page, 'sandbox', async () => {
      const banner = page.getByRole('region', { name: 'Test data notice' });
      assert.equal(await banner.count(), 0);
      await page.getByRole('switch', { name: 'Sandbox' }).check();
      await banner.waitFor();
      await page.reload();
      await banner.waitFor();
      assert.equal(await page.getByRole('switch', { name: 'Sandbox' }).isChecked(), true);
      await go(page, 'products', 'Products');
      await banner.waitFor();
      await page.getByText('No products yet.').waitFor();
    });
  });

  test('the builder makes a 30-day Telegram membership and a tip jar', async () => {
    await withScreenshot(page, 'builder', async () => {
      const payout = await api('POST', '/v1/sandbox/wallets', {});
      made.payout = payout.address;
      const form = page.getByRole('form', { name: 'New product' });
      await form.getByLabel('Title').fill('VIP Telegram');
      await form.getByLabel('Price').fill('10');
      await form.getByLabel('Asset').selectOption('USDC');
      await form.getByLabel('Payout wallet').fill(payout.address);
      await form.getByLabel('Delivery', { exact: true }).selectOption('TELEGRAM_INVITE');
      await form.getByLabel('Telegram chat').fill('-1001234567890');
      await form.getByLabel('Billing interval (days)').fill('30');
      await form.getByLabel('Grace period (days)').fill('2');
      await form.getByLabel('Identity', { exact: true }).selectOption('TELEGRAM_USER_ID');
      await checkScreen(page, 'product builder');
      await form.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('link', { name: 'VIP Telegram' }).waitFor();

      await form.getByLabel('Product type').selectOption('TIP_JAR');
      await form.getByLabel('Title').fill('Tip jar');
      await form.getByLabel('Price').fill('1');
      await form.getByLabel('Tip presets').fill('2, 5.5');
      await form.getByLabel('Payout wallet').fill(payout.address);
      await form.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('link', { name: 'Tip jar' }).waitFor();

      const products = await api('GET', '/v1/products?limit=10');
      const vip = products.find((p: { title: string }) => p.title === 'VIP Telegram');
      assert.equal(vip.delivery_type, 'TELEGRAM_INVITE');
      assert.equal(vip.amount_minor_units, 10_000_000);
      assert.equal(vip.membership_config.billing_interval_days, 30);
      assert.equal(vip.membership_config.grace_period_days, 2);
      assert.equal(vip.membership_config.platform, 'TELEGRAM');
      assert.equal(vip.livemode, false);
      const tips = products.find((p: { title: string }) => p.title === 'Tip jar');
      assert.equal(tips.product_type, 'TIP_JAR');
      assert.deepEqual(tips.tip_presets_lamports, [2_000_000, 5_500_000]);

      // A bad price is refused in words; pausing and archiving (confirmed) work from the product page.
      await form.getByLabel('Title').fill('Bad price');
      await form.getByLabel('Price').fill('abc');
      await form.getByLabel('Payout wallet').fill(payout.address);
      await form.getByRole('button', { name: 'Create product' }).click();
      await page.getByText('Enter a price like 5 or 5.25').waitFor();
      await page.getByRole('link', { name: 'Tip jar' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tip jar' }).waitFor();
      await page.getByRole('button', { name: 'Copy checkout link' }).waitFor();
      await page.getByText('data-hilt-checkout').waitFor();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Resume' }).waitFor();
      await page.getByRole('button', { name: 'Archive', exact: true }).click();
      await page.getByRole('button', { name: 'Archive product' }).click();
      await page.getByText('archived').first().waitFor();
      await checkScreen(page, 'product page');
      made.vip = vip.id;
    });
  });

  test('a sandbox sale made with the API shows in the ledger with its trail', async () => {
    await withScreenshot(page, 'ledger', async () => {
      const buyer = await api('POST', '/v1/sandbox/wallets', {});
      const product = await api('POST', '/v1/products', {
        product_type: 'PAYMENT_LINK',
        title: 'Members club',
        amount_minor_units: 2_000_000,
        token_mint: USDC,
        merchant_wallet: made.payout,
        membership_config: { enabled: true, platform: 'CUSTOM', identity_type: 'WALLET' },
      });
      made.slug = product.slug;
      const s = (
        await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
      ).json();
      const paid = await api('POST', '/v1/sandbox/pay', { payment_id: s.payment_id, secret_key: buyer.secret_key });
      const ok = await hilt.app.inject({
        method: 'POST',
        url: '/v1/pay/confirm',
        payload: { payment_id: s.payment_id, tx_signature: paid.tx_signature, payer_wallet: buyer.address },
      });
      assert.equal(ok.statusCode, 200, ok.body);
      Object.assign(made, { payment: s.payment_id, tx: paid.tx_signature, buyer: buyer.address });
      made.membership = ok.json().membership_id;

      await go(page, 'overview', 'Overview');
      await page.getByRole('cell', { name: '2 USDC' }).first().waitFor();
      await go(page, 'payments', 'Payments');
      await page.getByText('1 payment', { exact: true }).waitFor();
      await page.getByRole('cell', { name: 'Members club' }).waitFor();
      await page.getByRole('cell', { name: 'confirmed' }).waitFor();
      await page.getByRole('cell', { name: '2 USDC' }).waitFor();
      await page.getByLabel('Status').selectOption('FAILED');
      await page.getByText('No payments match.').waitFor();
      await page.getByLabel('Status').selectOption('');
      await page.getByLabel('Search by wallet or transaction').fill(paid.tx_signature);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('cell', { name: 'Members club' }).waitFor();
      await checkScreen(page, 'ledger');
      await page.locator('td a').first().click();
      await page.getByRole('heading', { name: /Payment of 2 USDC/ }).waitFor();
      await page.getByText(paid.tx_signature).waitFor();
      await page.getByText('payment.confirmed').first().waitFor();
      await page.getByRole('link', { name: buyer.address }).waitFor();
      // The receipt PDF link serves a real PDF.
      const pdfHref = await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
      const pdf = await hilt.app.inject({ method: 'GET', url: pdfHref ?? '' });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
      await checkScreen(page, 'payment detail');
    });
  });

  test('a gift extends a member', async () => {
    await withScreenshot(page, 'gift', async () => {
      const before = (await api('GET', `/v1/memberships/${made.membership}`)).membership.current_period_end_at;
      await go(page, 'members', 'Members');
      await page.getByLabel('Search by handle, wallet or transaction').fill(made.buyer);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('cell', { name: 'Members club' }).waitFor();
      await checkScreen(page, 'members');
      await page.locator('td a').first().click();
      await page.getByRole('heading', { name: 'Periods' }).waitFor();
      await page.getByLabel('Days', { exact: true }).fill('5');
      await page.getByLabel('Note', { exact: true }).fill('Sorry for the outage');
      await page.getByRole('button', { name: 'Gift', exact: true }).click();
      await page.getByText('Gifted 5 days.').waitFor();
      const after = (await api('GET', `/v1/memberships/${made.membership}`)).membership.current_period_end_at;
      assert.equal(Date.parse(after) - Date.parse(before), 5 * 86_400_000);
      await page.getByRole('button', { name: 'Retry delivery' }).waitFor();
      await page.getByText('Delivery diagnostics').waitFor();
      await checkScreen(page, 'member page');
    });
  });

  test('a ticket gets a reply', async () => {
    await withScreenshot(page, 'ticket', async () => {
      const t = await api('POST', '/v1/support/tickets', {
        subject: 'Buyer needs help',
        body: 'Manual handoff please',
        category: 'DELIVERY',
        context: { payment_id: made.payment, membership_id: made.membership },
      });
      await go(page, 'support', 'Support');
      await page.getByRole('link', { name: 'Buyer needs help' }).click();
      await page.getByText('Manual handoff please').waitFor();
      await page.getByRole('link', { name: 'Open the payment' }).waitFor();
      await page.getByLabel('Reply').fill('Sent you the invite again.');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Sent you the invite again.').waitFor();
      await page.getByLabel('Priority').selectOption('HIGH');
      await page.getByLabel('Ticket status').selectOption('RESOLVED');
      await page.getByLabel('Ticket status').and(page.locator(':not([disabled])')).waitFor();
      await checkScreen(page, 'ticket');
      const ticket = await api('GET', `/v1/support/tickets/${t.ticket_id}`);
      assert.equal(ticket.messages.at(-1).body, 'Sent you the invite again.');
      assert.equal(ticket.messages.at(-1).author_type, 'MERCHANT');
      assert.equal(ticket.priority, 'HIGH');
    });
  });

  test('a webhook endpoint added in the browser receives a signed test event', async () => {
    await withScreenshot(page, 'webhooks', async () => {
      await go(page, 'webhooks', 'Webhooks');
      await page.getByLabel('URL', { exact: true }).fill(`${rx.url}/hooks`);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = (await page.locator('code.secret').textContent()) ?? '';
      assert.match(secret, /^whsec_/);
      await checkScreen(page, 'webhooks');
      const arrived = rx.next('/hooks');
      await page.getByRole('button', { name: 'Send test event' }).click();
      const got = await arrived;
      assert.deepEqual(rx.verify(got, secret), { standard: true, hilt: true });
      await page.getByText(/Test event delivered/).waitFor();
      await page.getByRole('button', { name: 'Replay' }).first().waitFor();
    });
  });

  test('receipts list the PDF; invoice details save', async () => {
    await withScreenshot(page, 'receipts', async () => {
      await go(page, 'receipts', 'Receipts');
      await page.getByRole('link', { name: 'PDF' }).first().waitFor();
      await checkScreen(page, 'receipts');
      await page.locator('td a').first().click();
      await page.getByLabel('Invoice number').fill('INV-1');
      await page.getByRole('button', { name: 'Save invoice details' }).click();
      await page.getByText('Invoice details saved.').waitFor();
      await page.getByRole('link', { name: 'Public proof' }).waitFor();
      const verify = await page.getByRole('link', { name: 'Verify signature' }).getAttribute('href');
      const verified = await hilt.app.inject({ method: 'GET', url: new URL(verify ?? '', base).pathname });
      assert.equal(verified.json().valid, true);
      await checkScreen(page, 'receipt page');
    });
  });

  test('branding saved in settings reaches the checkout', async () => {
    await withScreenshot(page, 'branding', async () => {
      await go(page, 'settings', 'Settings');
      await page.getByLabel('Brand name').fill('Acme Club');
      await page.getByLabel('Accent colour').fill('#aa3300');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      await page.getByRole('button', { name: 'Test Telegram bot' }).waitFor();
      await checkScreen(page, 'settings');
      const pub = (await hilt.app.inject({ method: 'GET', url: `/v1/products/p/${made.slug}` })).json();
      assert.equal(pub.branding.brand_name, 'Acme Club');
      const checkout = await browser.newPage();
      await checkout.goto(`${base}/p/${made.slug}`);
      await checkout.getByText('Acme Club').first().waitFor();
      await checkout.close();
    });
  });

  test('analytics draws its charts with the numbers in tables', async () => {
    await withScreenshot(page, 'analytics', async () => {
      await go(page, 'analytics', 'Analytics');
      await page.getByRole('img', { name: 'Gross revenue in USDC per day' }).locator('canvas').waitFor();
      await page
        .getByRole('img', { name: /Checkout funnel/ })
        .locator('canvas')
        .waitFor();
      await page
        .getByRole('table', { name: 'Funnel totals' })
        .getByRole('cell', { name: 'Paid', exact: true })
        .waitFor();
      await page.getByText('Churned (expired)').waitFor();
      await checkScreen(page, 'analytics');
    });
  });

  test('API keys are shown once and revoked after a confirmation; get started ends at a checkout link', async () => {
    await withScreenshot(page, 'keys', async () => {
      await go(page, 'api-keys', 'API keys');
      await page.getByLabel('Key name').fill('Backend');
      await page.getByRole('button', { name: 'Create key' }).click();
      assert.match((await page.locator('#raw-key').textContent()) ?? '', /^hk_test_|^hk_sandbox_|^hk_/);
      await page.getByRole('button', { name: 'Copy key' }).waitFor();
      await checkScreen(page, 'api keys');
      await page.getByRole('button', { name: 'Revoke', exact: true }).click();
      await page.getByRole('button', { name: 'Revoke key' }).click();
      await page.getByText('No keys yet.').waitFor();

      await go(page, 'get-started', 'Get started');
      await page.getByText('Your checkout is live').waitFor();
      await checkScreen(page, 'get started');
    });
  });

  test('an expired session returns to sign-in with a message', async () => {
    await withScreenshot(page, 'expiry', async () => {
      await page.evaluate(() => localStorage.setItem('hilt.token', 'expired-token'));
      await page.reload();
      await page.getByText('Your session has expired').waitFor();
      await page.getByLabel('Email', { exact: true }).fill(EMAIL);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('region', { name: 'Test data notice' }).waitFor();
    });
  });

  test('a page asked for while the dashboard is still starting opens all the same', async () => {
    const token = await page.evaluate(() => localStorage.getItem('hilt.token'));
    const early = await browser.newPage();
    watch(early);
    try {
      await withScreenshot(early, 'early-link', async () => {
        // The hash changes the moment the shell is first in the document: before the router's effect has run (effects
        // run after paint), so only a router that reads the hash again when it starts listening opens the page.
        await early.addInitScript({
          content: `localStorage.setItem('hilt.token', ${JSON.stringify(token)});
          new MutationObserver((_, seen) => {
            if (document.querySelector('nav[aria-label="Dashboard"]')) {
              seen.disconnect();
              location.hash = '#/products';
            }
          }).observe(document, { childList: true, subtree: true });`,
        });
        await early.goto(base);
        await early.getByRole('heading', { level: 1, name: 'Products' }).waitFor({ timeout: 10_000 });
      });
    } finally {
      await early.close();
    }
  });

  test('sign in with a Wallet Standard wallet (solana:signMessage on our challenge), then the first-run guide', async () => {
    const key = await api('POST', '/v1/sandbox/wallets', {});
    const walletPage = await browser.newPage();
    watch(walletPage);
    await withScreenshot(walletPage, 'wallet-sign-in', async () => {
      // tsx compiles this test with esbuild's keepNames, which wraps functions in a `__name` helper that the in-page
      // copy of the wallet does not have; the page gets a no-op one first.
      await walletPage.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      const wallet = await installTestWallet(walletPage, {
        secretKey: key.secret_key,
        features: ['solana:signMessage'],
        behavior: 'refuse',
      });
      await walletPage.goto(base);
      await walletPage.getByRole('button', { name: 'Sign in with wallet' }).click();
      await walletPage
        .getByRole('alert')
        .filter({ hasText: /reject|refus|denied|declined/i })
        .waitFor();
      await wallet.setBehavior(walletPage, 'approve');
      await walletPage.getByRole('button', { name: 'Sign in with wallet' }).click();
      await walletPage.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await walletPage.getByText(wallet.address).waitFor();
      const calls = (await wallet.calls(walletPage)).map((c) => c.feature);
      assert.ok(calls.includes('solana:signMessage'), calls.join(', '));
      const users = await hilt.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM users WHERE wallet_address = $1',
        [wallet.address],
      );
      assert.equal(users[0].n, 1);

      // A new workspace: the first-run guide ends at a live checkout link. Live payments go only to a proven payout
      // wallet: the guide has the wallet sign the payout challenge before the first product.
      await go(walletPage, 'get-started', 'Get started');
      await walletPage.getByLabel('Payout wallet').fill(wallet.address);
      await walletPage.getByRole('button', { name: 'Save details' }).click();
      await walletPage.getByRole('button', { name: 'Verify payout wallet' }).click();
      await walletPage.getByText('Payout wallet verified.').waitFor();
      const proven = await hilt.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM payout_wallets WHERE wallet_address = $1 AND livemode',
        [wallet.address],
      );
      assert.equal(proven[0].n, 1);
      await walletPage.getByLabel('Title').fill('First sale');
      await walletPage.getByLabel('Price').fill('3');
      await walletPage.getByRole('button', { name: 'Create product' }).click();
      await walletPage.getByText('Your checkout is live').waitFor();
      const link = await walletPage.getByRole('link', { name: /\/p\// }).getAttribute('href');
      const checkout = await hilt.app.inject({ method: 'GET', url: new URL(link ?? '', base).pathname });
      assert.equal(checkout.statusCode, 200);
    });
    await walletPage.close();
  });

  test("an agent's owner opens its approval link, reads the request and approves it: a live key, shown once", async () => {
    const boot = await hilt.app.inject({
      method: 'POST',
      url: '/v1/access/agent-bootstrap',
      payload: { agent_name: 'Research agent', requested_permissions: ['access:read', 'access:write'] },
    });
    assert.equal(boot.statusCode, 201, boot.body);
    const b = boot.json();
    const link = new URL(b.owner_approval_url);
    assert.equal(link.hash, `#/agent-setup/${b.setup_intent_id}`);
    await withScreenshot(page, 'agent-approval', async () => {
      await page.goto(`${base}/${link.hash}`);
      await page.getByRole('heading', { level: 1, name: 'Approve an agent' }).waitFor();
      await page.getByLabel('Setup token').fill(b.setup_token);
      await page.getByRole('button', { name: 'Load request' }).click();
      await page.getByRole('heading', { name: 'Research agent' }).waitFor();
      await checkScreen(page, 'agent approval');
      await page.getByLabel('access:write').uncheck();
      await page.getByLabel('I approve this agent').check();
      await page.getByRole('button', { name: 'Approve agent' }).click();
      await page.getByText(/^Approved: Research agent may act with access:read\.$/).waitFor();
      assert.match((await page.locator('#live-key').textContent()) ?? '', /^hk_live_/);
      await page.getByRole('button', { name: 'Copy key' }).waitFor();
    });
    const again = await hilt.app.inject({
      method: 'POST',
      url: `/v1/access/agent-bootstrap/${b.setup_intent_id}/status`,
      payload: { setup_token: b.setup_token },
    });
    assert.deepEqual(again.json().setup_intent.approved_permissions, ['access:read']);
  });

  test('at 375 px the menu folds, tables become cards and nothing scrolls sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    watch(phone);
    await withScreenshot(phone, 'phone', async () => {
      await phone.goto(base);
      await phone.getByLabel('Email', { exact: true }).fill(EMAIL);
      await phone.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await phone.getByRole('button', { name: 'Sign in', exact: true }).click();
      await phone.getByRole('switch', { name: 'Sandbox' }).check();
      await phone.getByRole('region', { name: 'Test data notice' }).waitFor();
      assert.equal(await phone.getByRole('navigation', { name: 'Dashboard' }).isVisible(), false);
      await phone.getByRole('button', { name: 'Menu' }).click();
      await phone.getByRole('link', { name: 'Payments' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
      assert.equal(await phone.getByRole('navigation', { name: 'Dashboard' }).isVisible(), false);
      const screens: [string, string][] = [
        ['overview', 'Overview'],
        ['get-started', 'Get started'],
        ['products', 'Products'],
        [`products/${made.vip}`, 'VIP Telegram'],
        ['payments', 'Payments'],
        [`payments/${made.payment}`, 'Payment of 2 USDC'],
        ['members', 'Members'],
        [`members/${made.membership}`, made.buyer],
        ['receipts', 'Receipts'],
        ['support', 'Support'],
        ['webhooks', 'Webhooks'],
        ['analytics', 'Analytics'],
        ['settings', 'Settings'],
        ['api-keys', 'API keys'],
      ];
      for (const [route, heading] of screens) {
        await go(phone, route, heading);
        assert.equal(await sidewaysOverflow(phone), 0, `${route} scrolls sideways at 375 px`);
        await checkScreen(phone, `${route} at 375 px`);
      }
      await go(phone, 'payments', 'Payments');
      await phone.screenshot({ path: 'test-results/dashboard-payments-375.png', fullPage: true });
    });
    await phone.close();
    assert.deepEqual(offOrigin, [], 'requests to other origins');
    assert.deepEqual(pageErrors, []);
  });
});
