import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { classifyAddress, resolveWebhookTarget } from '../../src/webhook/ssrf.ts';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

// Names mapped without DNS, as an attacker's zone could answer them.
const zone = new Map<string, string[]>([
  ['hooks.example.com', ['93.184.215.14']],
  ['rebind.example.com', ['127.0.0.1']],
  ['internal.example.com', ['10.1.2.3']],
  ['mixed.example.com', ['93.184.215.14', '192.168.1.10']],
  ['mapped.example.com', ['::ffff:169.254.169.254']],
  ['flip.example.com', ['93.184.215.14']],
]);
const resolve = async (host: string) => {
  const a = zone.get(host);
  if (!a) throw new Error(`ENOTFOUND ${host}`);
  return a;
};

describe('SSRF guard', () => {
  test('address classes', () => {
    for (const ip of ['10.0.0.1', '172.16.5.4', '192.168.0.1', '127.0.0.1', '::1', 'fc00::1', 'fd12::1', '100.64.0.1'])
      assert.equal(classifyAddress(ip), 'private', ip);
    for (const ip of [
      '169.254.169.254',
      'fe80::1',
      '0.0.0.0',
      '::',
      '::ffff:169.254.169.254',
      '224.0.0.1',
      'fd00:ec2::254',
    ])
      assert.equal(classifyAddress(ip), 'forbidden', ip);
    for (const ip of ['93.184.215.14', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      assert.equal(classifyAddress(ip), 'public', ip);
    assert.equal(classifyAddress('::ffff:10.0.0.1'), 'private');
  });

  test('IPv6 forms that embed IPv4 are judged by what they carry, or refused', () => {
    for (const ip of [
      '::127.0.0.1',
      '::a9fe:a9fe',
      '::169.254.169.254',
      '::10.0.0.1',
      '::8.8.8.8',
      '::ffff:0:127.0.0.1',
      '::ffff:0:a9fe:a9fe',
      '2002:a9fe:a9fe::1',
      '2002:7f00:1::',
      '2002:0a00:0001::',
      '64:ff9b::169.254.169.254',
      '64:ff9b::a9fe:a9fe',
      '64:ff9b::0.0.0.0',
      '64:ff9b:1::a9fe:a9fe',
      '64:ff9b:1::7f00:1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      '2001::1',
      '::ffff:0.0.0.0',
      '::ffff:a9fe:a9fe',
      '::ffff:100.100.100.200',
      '[::ffff:169.254.169.254]',
      '127.1',
      '0x7f.0.0.1',
    ])
      assert.equal(classifyAddress(ip), 'forbidden', ip);
    for (const ip of ['64:ff9b::127.0.0.1', '64:ff9b::a00:1', '::ffff:7f00:1', '::ffff:192.168.1.1'])
      assert.equal(classifyAddress(ip), 'private', ip);
    for (const ip of ['64:ff9b::8.8.8.8', '64:ff9b::5db8:d70e', '::ffff:5db8:d70e'])
      assert.equal(classifyAddress(ip), 'public', ip);
  });

  test('with HILT_ALLOW_PRIVATE_WEBHOOK_URLS, loopback and http pass but link-local and metadata never do', async () => {
    const open = { allowPrivate: true, resolve };
    assert.equal((await resolveWebhookTarget('http://127.0.0.1:9/x', open)).address, '127.0.0.1');
    assert.equal((await resolveWebhookTarget('http://rebind.example.com/x', open)).address, '127.0.0.1');
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'https://metadata.google.internal/computeMetadata/v1',
      'https://mapped.example.com/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
    ]) {
      await assert.rejects(resolveWebhookTarget(url, open), /metadata|link-local/, url);
    }
  });

  describe('through the API', () => {
    let hilt: TestApp;
    let sk: Record<string, string>;
    before(async () => {
      hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0' }, { webhookResolver: resolve });
      const m = await registerMerchant(hilt);
      sk = keyHeader((await createKey(hilt, m.token, { permissions: ['read', 'admin'] })).raw);
    });
    after(() => hilt.dispose());

    const create = (url: string) =>
      hilt.app.inject({
        method: 'POST',
        url: '/v1/webhooks/endpoints',
        headers: sk,
        payload: { label: 'Target', url },
      });

    test('private, loopback, link-local, metadata, http and rebinding names are refused at creation', async () => {
      for (const url of [
        'https://10.0.0.1/hook',
        'https://169.254.169.254/latest/meta-data/',
        'https://localhost/hook',
        'https://app.localhost/hook',
        'https://rebind.example.com/hook',
        'https://internal.example.com/hook',
        'https://mixed.example.com/hook',
        'https://metadata.google.internal/',
        'https://[::1]/hook',
        'http://hooks.example.com/hook',
        'https://user:pw@hooks.example.com/hook',
        'https://unknown.example.com/hook',
        'not a url at all',
      ]) {
        const res = await create(url);
        assert.equal(res.statusCode, 422, `${url}: ${res.body}`);
      }
      assert.equal((await create('https://hooks.example.com/hook')).statusCode, 201);
      const list = await hilt.app.inject({ method: 'GET', url: '/v1/webhooks/endpoints', headers: sk });
      assert.equal(list.json().endpoints.length, 1);
    });

    test('the address is checked again at delivery: a name that turns private is not contacted', async () => {
      const created = await create('https://flip.example.com/hook');
      assert.equal(created.statusCode, 201);
      const id = created.json().endpoint.id;
      zone.set('flip.example.com', ['10.9.9.9']);
      const res = await hilt.app.inject({
        method: 'POST',
        url: `/v1/webhooks/endpoints/${id}/test`,
        headers: sk,
        payload: {},
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().delivered, false);
      assert.equal(res.json().result.status_code, null);
      assert.match(res.json().result.error, /private or loopback/);
    });
  });

  describe('DNS rebinding at delivery', () => {
    let hilt: TestApp;
    let rx: Receiver;
    before(async () => {
      rx = await startReceiver();
      hilt = await createTestApp({ HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1' }, { webhookResolver: resolve });
    });
    after(async () => {
      await hilt.dispose();
      await rx.close();
    });

    test('the request goes to the checked address with the URL host in Host', async () => {
      const m = await registerMerchant(hilt);
      const sk = keyHeader((await createKey(hilt, m.token, { permissions: ['admin'] })).raw);
      const port = new URL(rx.url).port;
      const created = await hilt.app.inject({
        method: 'POST',
        url: '/v1/webhooks/endpoints',
        headers: sk,
        payload: { label: 'Named', url: `http://rebind.example.com:${port}/named` },
      });
      assert.equal(created.statusCode, 201, created.body);
      const res = await hilt.app.inject({
        method: 'POST',
        url: `/v1/webhooks/endpoints/${created.json().endpoint.id}/test`,
        headers: sk,
        payload: { event_type: 'payment.failed' },
      });
      assert.equal(res.json().delivered, true, res.body);
      const r = rx.received.find((x) => x.path === '/named')!;
      assert.equal(r.headers.host, `rebind.example.com:${port}`);
    });
  });
});
