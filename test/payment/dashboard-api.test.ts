import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bearer, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';
import { api, createBuyer, createProduct, openSession, payAndConfirm } from '../helpers/factories.ts';

const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';

describe('workspace payments ledger', () => {
  let hilt: TestApp;
  let sb: Record<string, string>;
  let other: Record<string, string>;
  let productA: { id: string; slug: string };
  let productB: { id: string; slug: string };
  let paid: { payment_id: string; tx: string; payer: string };
  let open: string;

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    sb = { ...bearer((await registerMerchant(hilt, { email: 'ledger@example.com' })).token), 'x-hilt-mode': 'sandbox' };
    other = {
      ...bearer((await registerMerchant(hilt, { email: 'other@example.com' })).token),
      'x-hilt-mode': 'sandbox',
    };
    // The dashboard's own credentials: a session in sandbox mode, no API key.
    const merchant = api(hilt, sb);
    const wallet = await createBuyer(merchant);
    const payout = await createBuyer(merchant);
    const make = (title: string) =>
      createProduct(merchant, {
        title,
        amount_minor_units: 1_500_000,
        token_mint: USDC,
        merchant_wallet: payout.address,
      });
    productA = await make('Course');
    productB = await make('Ebook');
    const { payment_id, tx_signature } = await payAndConfirm(merchant, await openSession(hilt, productA), {
      buyer: wallet,
    });
    paid = { payment_id, tx: tx_signature, payer: wallet.address };
    open = (await openSession(hilt, productB)).payment_id;
  });
  after(async () => {
    await hilt?.dispose();
  });

  const list = (query: string, headers = sb) =>
    hilt.app.inject({ method: 'GET', url: `/v1/payments${query}`, headers });

  test('lists every payment of the workspace across products, newest first, with titles and receipt', async () => {
    const res = await list('');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.total, 2);
    assert.deepEqual(
      body.items.map((p: { id: string }) => p.id),
      [open, paid.payment_id],
    );
    const confirmed = body.items[1];
    assert.equal(confirmed.product_title, 'Course');
    assert.equal(confirmed.status, 'CONFIRMED');
    assert.equal(confirmed.asset_symbol, 'USDC');
    assert.equal(confirmed.asset_decimals, 6);
    assert.match(confirmed.receipt_id, /^[0-9a-f-]{36}$/);
    assert.equal(body.items[0].receipt_id, null);
  });

  test('filters by status, product, date range and finds by wallet or signature', async () => {
    const ids = async (q: string) => (await list(q)).json().items.map((p: { id: string }) => p.id);
    assert.deepEqual(await ids('?status=CONFIRMED'), [paid.payment_id]);
    assert.deepEqual(await ids('?status=PENDING_SIGNATURE'), [open]);
    assert.deepEqual(await ids(`?product_id=${productB.id}`), [open]);
    assert.deepEqual(await ids(`?q=${paid.tx}`), [paid.payment_id]);
    assert.deepEqual(await ids(`?q=${paid.payer}`), [paid.payment_id]);
    assert.deepEqual(await ids('?q=nothing-like-this'), []);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    assert.deepEqual(await ids(`?from=${encodeURIComponent(future)}`), []);
    assert.equal((await ids(`?from=${encodeURIComponent(past)}&to=${encodeURIComponent(future)}`)).length, 2);
    const page = (await list('?limit=1&offset=1')).json();
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.items.map((p: { id: string }) => p.id),
      [paid.payment_id],
    );
  });

  test('other workspaces and the live mode see none of them; bad filters are 422', async () => {
    assert.equal((await list('', other)).json().total, 0);
    assert.equal((await list('', { ...sb, 'x-hilt-mode': 'live' })).json().total, 0);
    const bad = await list('?status=PAID&from=yesterday');
    assert.equal(bad.statusCode, 422);
    assert.ok(Array.isArray(bad.json().detail));
    assert.equal((await list('?limit=0')).statusCode, 422);
    assert.equal((await hilt.app.inject({ method: 'GET', url: '/v1/payments' })).statusCode, 401);
  });

  test('payment detail gives the ledger row, receipt links and no explorer link in sandbox', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: `/v1/payments/${paid.payment_id}/detail`, headers: sb });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.equal(d.payment.tx_signature, paid.tx);
    assert.equal(d.explorer_url, null);
    assert.equal(d.receipt_pdf_url, `/v1/receipt/${d.payment.receipt_id}/pdf`);
    const pdf = await hilt.app.inject({ method: 'GET', url: d.receipt_pdf_url, headers: sb });
    assert.equal(pdf.statusCode, 200);
    const hidden = await hilt.app.inject({
      method: 'GET',
      url: `/v1/payments/${paid.payment_id}/detail`,
      headers: other,
    });
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().code, 'payment_not_found');
  });
});

describe('workspace branding in merchant_settings', () => {
  let hilt: TestApp;
  let h: Record<string, string>;
  before(async () => {
    hilt = await createTestApp();
    h = bearer((await registerMerchant(hilt)).token);
  });
  after(async () => {
    await hilt?.dispose();
  });
  const save = (merchant_settings: Record<string, unknown>) =>
    hilt.app.inject({ method: 'PATCH', url: '/v1/account/me', headers: h, payload: { merchant_settings } });

  test('brand name, logo and accent colour are kept and read back', async () => {
    const ok = await save({
      brand_name: 'Acme Club',
      brand_logo_url: 'https://acme.example/logo.png',
      brand_accent_color: '#aa3300',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const me = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: h })).json();
    assert.equal(me.merchant_settings.brand_name, 'Acme Club');
    assert.equal(me.merchant_settings.brand_logo_url, 'https://acme.example/logo.png');
    assert.equal(me.merchant_settings.brand_accent_color, '#aa3300');
  });

  test('a bad colour or logo link is a 422 and nothing is saved', async () => {
    for (const bad of [{ brand_accent_color: 'red' }, { brand_logo_url: 'javascript:alert(1)' }, { brand_name: 7 }]) {
      const res = await save({ ...bad, brand_name_extra: 'x' });
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().code, 'invalid_branding');
    }
    const me = (await hilt.app.inject({ method: 'GET', url: '/v1/account/me', headers: h })).json();
    assert.equal(me.merchant_settings.brand_accent_color, '#aa3300');
    assert.equal(me.merchant_settings.brand_name_extra, undefined);
  });
});
