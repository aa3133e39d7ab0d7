// Dashboard benchmark, in one run on a fresh PostgreSQL database with --payments payments (default 10,000) seeded
// into one live workspace by scripts/seed-payments.ts:
//  1. First load in Chromium (empty cache): requests and bytes of script the sign-in screen and the ledger need
//     (the ledger's modules are loaded when first opened), and the time from navigation to the ledger's first page
//     on screen, cold (new browser context) and warm (reload). Median of --runs.
//  2. The API behind it: GET /v1/payments (first page with its total, a status filter, a wallet search, a deep
//     offset) against what the old payments tab did (list products, then each product's payments, one by one).
//
//   node --import tsx bench/dashboard.ts [--payments 10000] [--runs 5] [--database-url postgresql://…]
//   BENCH_WATERFALL=1 also prints each load's resource timings (start-end ms after navigation, per URL).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, requireChromium } from '../test/helpers/browser.ts';
import { seedPayments } from '../scripts/seed-payments.ts';
import { DEFAULT_DATABASE_URL, freshPostgresDatabase, registerMerchant, startHilt, table } from './lib.ts';

const { values } = parseArgs({
  options: {
    payments: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL },
  },
});
const PAYMENTS = Number(values.payments);
const RUNS = Number(values.runs);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const ms = (x: number) => x.toFixed(1);

interface LoadStats {
  requests: number;
  scriptRequests: number;
  scriptBytes: number;
  otherBytes: number;
  ms: number;
}

/** Opens the ledger in `page` and waits for its first page of rows; counts what went over the wire. */
async function openLedger(page: Page, base: string, reload: boolean): Promise<LoadStats> {
  const stats: LoadStats = { requests: 0, scriptRequests: 0, scriptBytes: 0, otherBytes: 0, ms: 0 };
  const pending: Promise<void>[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    stats.requests++;
    const script = res.request().resourceType() === 'script';
    if (script) stats.scriptRequests++;
    // Bytes of the body as the browser got it (uncompressed; from its cache on a reload).
    pending.push(
      res.body().then(
        (b) => {
          if (script) stats.scriptBytes += b.length;
          else stats.otherBytes += b.length;
        },
        () => {},
      ),
    );
  };
  page.on('response', onResponse);
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(`${base}/#/payments`, { waitUntil: 'commit' });
  // Measured in the page, on every animation frame: ms from the start of the navigation to the first rows shown.
  // (A string, not a function: tsx's compiled functions call a helper the page does not have.)
  stats.ms = (await page.evaluate(`new Promise((resolve) => {
    const look = () => {
      const shown = document.querySelector('main td') && /payments, showing/.test(document.body.textContent);
      if (shown) resolve(performance.now());
      else requestAnimationFrame(look);
    };
    look();
  })`)) as number;

  await page.waitForLoadState('networkidle');
  if (process.env.BENCH_WATERFALL) {
    console.log(
      await page.evaluate(
        `performance.getEntriesByType('resource').map((e) => Math.round(e.startTime) + '-' + Math.round(e.responseEnd) + ' ' + e.name.replace(location.origin, '')).join('\\n')`,
      ),
    );
  }
  await Promise.all(pending);
  page.off('response', onResponse);
  return stats;
}

async function main() {
  requireChromium();
  const { url: databaseUrl, drop } = await freshPostgresDatabase(values['database-url']!);
  let browser: Browser | undefined;
  // The merchant's own rate limit is lifted: the benchmark makes far more calls in a minute than a person would.
  const { hilt, url: base } = await startHilt(databaseUrl, { HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
  try {
    const merchant = await registerMerchant(hilt);
    const seeded = await seedPayments(hilt.db, { count: PAYMENTS, ownerId: merchant.userId, livemode: true });
    console.log(
      `seeded ${seeded.payments} payments over ${seeded.products.length} products in ${seeded.seconds.toFixed(1)} s`,
    );
    const auth = { authorization: `Bearer ${merchant.token}` };

    // 1. The browser.
    browser = await launchBrowser();
    const cold: LoadStats[] = [];
    const warm: LoadStats[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript({
        content: `localStorage.setItem('hilt.token', ${JSON.stringify(merchant.token)});`,
      });
      const page = await context.newPage();
      cold.push(await openLedger(page, base, false));
      warm.push(await openLedger(page, base, true));
      await context.close();
    }
    const signIn = await browser.newContext();
    const sp = await signIn.newPage();
    let signInScript = 0;
    let signInRequests = 0;
    sp.on('response', () => signInRequests++);
    const bodies: Promise<void>[] = [];
    sp.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      bodies.push(
        r.body().then((b) => {
          signInScript += b.length;
        }),
      );
    });
    await sp.goto(base);
    await sp.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await sp.waitForLoadState('networkidle');
    await Promise.all(bodies);
    await signIn.close();

    // Cold: a new browser context (empty cache), signed in. Reload: the same page reloaded (modules cached).
    const row = (name: string, xs: LoadStats[]) => [
      name,
      median(xs.map((x) => x.requests)),
      median(xs.map((x) => x.scriptRequests)),
      (median(xs.map((x) => x.scriptBytes)) / 1024).toFixed(1),
      (median(xs.map((x) => x.otherBytes)) / 1024).toFixed(1),
      ms(median(xs.map((x) => x.ms))),
    ];
    console.log(`\nFirst load in Chromium (${PAYMENTS} payments, median of ${RUNS})`);
    console.log(
      table(
        ['page', 'requests', 'scripts', 'script KiB', 'other KiB', 'to ledger ms'],
        [
          ['sign-in screen', signInRequests, '', (signInScript / 1024).toFixed(1), '', ''],
          row('ledger, cold', cold),
          row('ledger, reload', warm),
        ],
      ),
    );

    // 2. The API behind the ledger, against what the old payments tab did.
    const time = async (path: string, n = 30) => {
      const t: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        const res = await hilt.app.inject({ method: 'GET', url: path, headers: auth });
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
        t.push(performance.now() - s);
      }
      return median(t);
    };
    const first = (await hilt.app.inject({ method: 'GET', url: '/v1/payments?limit=50', headers: auth })).json() as {
      items: { payer_wallet: string | null }[];
      total: number;
    };
    const wallet = first.items.find((p) => p.payer_wallet)?.payer_wallet ?? 'none';
    const oldTab = async () => {
      const s = performance.now();
      const products = (await hilt.app.inject({ method: 'GET', url: '/v1/products?limit=200', headers: auth })).json();
      for (const p of products) {
        await hilt.app.inject({ method: 'GET', url: `/v1/products/${p.id}/payments?limit=50`, headers: auth });
      }
      return performance.now() - s;
    };
    const old: number[] = [];
    for (let i = 0; i < 30; i++) old.push(await oldTab());
    console.log(`\nLedger API (${first.total} payments in the workspace, median of 30, in-process inject)`);
    console.log(
      table(
        ['request', 'ms'],
        [
          ['GET /v1/payments?limit=50 (first page + total)', ms(await time('/v1/payments?limit=50'))],
          ['  ?status=FAILED', ms(await time('/v1/payments?limit=50&status=FAILED'))],
          ['  ?q=<payer wallet>', ms(await time(`/v1/payments?limit=50&q=${wallet}`))],
          [
            `  ?offset=${Math.max(0, PAYMENTS - 50)} (last page)`,
            ms(await time(`/v1/payments?limit=50&offset=${Math.max(0, PAYMENTS - 50)}`)),
          ],
          [`old tab: products + ${seeded.products.length} × product payments`, ms(median(old))],
        ],
      ),
    );
  } finally {
    await browser?.close();
    await hilt.close();
    await drop();
  }
}

await main();
