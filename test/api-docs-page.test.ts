// The API reference pages in real Chromium, under the security headers every response carries: Redoc (a module
// bundle served from our origin) lists the operations of openapi.json, and nothing reaches another origin. Redoc 3
// always tries its vendor's attribution logo from a CDN: the Content-Security-Policy blocks it, and that is the only
// thing it blocks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from './helpers/app.ts';
import { launchBrowser, requireChromium } from './helpers/browser.ts';

describe('API reference pages in a real browser', () => {
  let hilt: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  before(async () => {
    requireChromium();
    hilt = await createTestApp({ HILT_RATE_LIMIT_PUBLIC: '0' });
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const offOriginUrl = (url: string) => !url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:');
    // A request the CSP stops never leaves the browser; anything else to another origin is a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText === 'csp') blocked.push(r.url());
      else if (offOriginUrl(r.url())) offOrigin.push(r.url());
    });
    page.on('requestfinished', (r) => {
      if (offOriginUrl(r.url())) offOrigin.push(r.url());
    });
  });
  after(async () => {
    await browser?.close();
    await hilt?.dispose();
  });

  test('Redoc renders the operations of openapi.json from our own origin', async () => {
    const res = await page.goto(`${base}/v1/redoc`);
    assert.equal(res?.status(), 200);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    // The heading and the operation list appear once Redoc has fetched and rendered the document.
    await page
      .getByRole('heading', { name: /Hilt API/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByText('/v1/webhooks/endpoints', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.goto(`${base}/v1/redoc#tag/products`);
    await page.getByText('Create a product (a hosted checkout offer)').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(offOrigin, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual([...new Set(blocked)], ['https://cdn.redoc.ly/redoc/logo-mini-full.svg']);
  });

  test('Swagger UI loads the same document from our own origin', async () => {
    offOrigin.length = 0;
    pageErrors.length = 0;
    blocked.length = 0;
    const res = await page.goto(`${base}/v1/docs/`);
    assert.equal(res?.status(), 200);
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(offOrigin, []);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(blocked, []);
  });
});
