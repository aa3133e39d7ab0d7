// Checkout page weight: the hosted checkout's first load from a cold cache in Chromium (a fresh browser context per
// run), beside Stripe-like budgets: under 150 KB of script and under 15 requests until the page is usable (the
// "Continue to payment" button shown). Also counts what starting the session adds (wallet discovery, QR code).
// Runs the real app as production does on a fresh PostgreSQL database, like the other benchmarks.
//
//   node --import tsx bench/checkout-page.ts [--runs 3] [--screenshots DIR]
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, requireChromium } from '../test/helpers/browser.ts';
import { createKey, DEFAULT_DATABASE_URL, freshPostgresDatabase, registerMerchant, startHilt, table } from './lib.ts';

const BUDGET = { scriptBytes: 150 * 1024, requests: 15 };
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, screenshots: { type: 'string' } },
});
const runs = Number(values.runs);

interface Load {
  requests: number;
  scriptBytes: number;
  totalBytes: number;
  byType: Record<string, number>;
}

/** Records every finished request of a page: count, body bytes, and script bytes. */
function recorder(page: Page) {
  const done: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request: Request) => {
    done.push(
      request
        .sizes()
        .then((s) => ({ type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize })),
    );
  });
  return async (): Promise<Load> => {
    const all = await Promise.all(done.splice(0));
    const byType: Record<string, number> = {};
    for (const r of all) byType[r.type] = (byType[r.type] ?? 0) + 1;
    return {
      requests: all.length,
      scriptBytes: all.filter((r) => r.type === 'script').reduce((a, r) => a + r.bytes, 0),
      totalBytes: all.reduce((a, r) => a + r.bytes, 0),
      byType,
    };
  };
}

async function measure(browser: Browser, url: string, shots?: string) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const take = recorder(page);
  await page.goto(url);
  await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
  await page.waitForLoadState('networkidle');
  const first = await take();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.getByRole('img', { name: 'QR code' }).waitFor();
  const session = await take();
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/session-375-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}/session-375-dark.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${shots}/session-desktop-dark.png`, fullPage: true });
    await page.goto(url);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
    await page.screenshot({ path: `${shots}/product-desktop-light.png`, fullPage: true });
  }
  await context.close();
  return { first, session };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  requireChromium();
  const db = await freshPostgresDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const { hilt, url } = await startHilt(db.url, { HILT_RATE_LIMIT_PUBLIC: '0', HILT_RATE_LIMIT_FREE: '0' });
  const browser = await launchBrowser();
  try {
    const m = await registerMerchant(hilt);
    const sk = { 'x-hilt-key': (await createKey(hilt, m.token, { sandbox_mode: true })).raw };
    const product = await hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: sk,
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'Benchmark course',
        description: 'A product page as a buyer first sees it.',
        amount_minor_units: 120_000_000,
        merchant_wallet: MERCHANT,
      },
    });
    const slug = product.json().slug as string;
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(await measure(browser, `${url}/p/${slug}`, i === 0 ? values.screenshots : undefined));
    }
    const last = results[results.length - 1];
    const same = results.every((r) => r.first.requests === last.first.requests);
    console.log(`Checkout page first load from a cold cache (${runs} runs${same ? ', identical' : ''}), 375 px:\n`);
    console.log(
      table(
        ['measure', 'first load', 'budget', 'within', '+ session screen'],
        [
          [
            'script',
            kb(last.first.scriptBytes),
            `< ${kb(BUDGET.scriptBytes)}`,
            last.first.scriptBytes < BUDGET.scriptBytes ? 'yes' : 'NO',
            kb(last.session.scriptBytes),
          ],
          [
            'requests',
            last.first.requests,
            `< ${BUDGET.requests}`,
            last.first.requests < BUDGET.requests ? 'yes' : 'NO',
            last.session.requests,
          ],
          ['total bytes', kb(last.first.totalBytes), '', '', kb(last.session.totalBytes)],
        ],
      ),
    );
    console.log(`\nrequests by type (first load): ${JSON.stringify(last.first.byType)}`);
    console.log(`requests by type (session screen): ${JSON.stringify(last.session.byType)}`);
  } finally {
    await browser.close();
    await hilt.close();
    await db.drop();
  }
}

await main();
