import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';

const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const UNSAFE = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/path',
];

describe('delivery values are only ever http(s) URLs (or the platform invite)', () => {
  let hilt: TestApp;
  let sk: Record<string, string>;

  before(async () => {
    hilt = await createTestApp();
    const m = await registerMerchant(hilt);
    sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
  });
  after(async () => {
    await hilt?.dispose();
  });

  const create = (delivery_type: string, delivery_value: string | null) =>
    hilt.app.inject({
      method: 'POST',
      url: '/v1/products',
      headers: sk,
      payload: {
        product_type: 'PAYMENT_LINK',
        title: 'Links',
        amount_minor_units: 1_000_000,
        merchant_wallet: MERCHANT,
        delivery_type,
        delivery_value,
      },
    });

  test('create refuses other schemes with 422 for every delivery type that holds a link', async () => {
    for (const type of ['REDIRECT', 'DOWNLOAD', 'CUSTOM', 'NONE', 'TELEGRAM_INVITE', 'DISCORD_INVITE']) {
      for (const value of UNSAFE) {
        const res = await create(type, value);
        assert.equal(res.statusCode, 422, `${type} ${value}: ${res.body}`);
        assert.equal(res.json().code, 'invalid_delivery_value');
        assert.equal(typeof res.json().request_id, 'string');
      }
    }
    const count = await hilt.db.query<{ n: string }>('SELECT count(*)::text AS n FROM products');
    assert.equal(count[0].n, '0', 'nothing was written');
  });

  test('http(s) links and empty values are kept; update refuses an unsafe link and keeps the old one', async () => {
    for (const [type, value] of [
      ['REDIRECT', 'https://example.com/welcome?x=1'],
      ['DOWNLOAD', 'http://files.example.com/a.pdf'],
      ['CUSTOM', 'https://example.com/custom'],
      ['CUSTOM', null],
      ['NONE', null],
      ['TELEGRAM_INVITE', 'https://t.me/+AbCdEf123'],
      ['DISCORD_INVITE', 'https://discord.gg/abc123'],
    ] as const) {
      const res = await create(type, value);
      assert.equal(res.statusCode, 200, `${type} ${value}: ${res.body}`);
      assert.equal(res.json().delivery_value, value);
    }
    const product = (await create('REDIRECT', 'https://example.com/ok')).json();
    for (const [type, value] of [
      [undefined, 'javascript:alert(1)'],
      ['CUSTOM', 'javascript:alert(1)'],
      ['NONE', 'data:text/html,hi'],
    ]) {
      const res = await hilt.app.inject({
        method: 'PATCH',
        url: `/v1/products/${product.id}`,
        headers: sk,
        payload: { ...(type ? { delivery_type: type } : {}), delivery_value: value },
      });
      assert.equal(res.statusCode, 422, `${type} ${value}: ${res.body}`);
    }
    const kept = await hilt.app.inject({ method: 'GET', url: `/v1/products/${product.id}`, headers: sk });
    assert.equal(kept.json().delivery_value, 'https://example.com/ok');
    assert.equal(kept.json().delivery_type, 'REDIRECT');
  });
});
