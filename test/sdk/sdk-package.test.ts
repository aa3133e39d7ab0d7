// The SDK as a user gets it: `npm pack` of sdk/ (its prepack build writes dist/), unpacked into a scratch project's
// node_modules, then a plain-Node ES module importing `@hilt-selfhosted/sdk` drives a whole sandbox sale against the
// real server and receives the payment.confirmed delivery on its own HTTP server; a TypeScript consumer is
// type-checked against the packed declarations.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';

const ROOT = join(import.meta.dirname, '../..');
const SDK = join(ROOT, 'sdk');

const CONSUMER = `
import http from 'node:http';
import { HiltClient, HiltApiError, HILT_ERROR_CODES, constructWebhookEvent, createWebhookRouter } from '@hilt-selfhosted/sdk';
import { createClient } from '@hilt-selfhosted/sdk/core';

const baseUrl = process.env.HILT_BASE_URL;
const MERCHANT = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const out = {};

const anonymous = new HiltClient({ baseUrl });
const email = 'pkg-' + Date.now() + '@example.com';
await anonymous.auth.register({ email, password: 'correct horse battery staple' });
const login = await anonymous.auth.login({ email, password: 'correct horse battery staple' });
const session = new HiltClient({ baseUrl, bearerToken: login.token, mode: 'sandbox' });
const key = await session.keys.create({ name: 'package test', sandbox_mode: true, permissions: ['read', 'execute'] });
const hilt = new HiltClient({ baseUrl, apiKey: key.raw_key });

// A receiver in this process, verifying with the SDK and dispatching with its router.
let secret = '';
const routed = [];
const router = createWebhookRouter()
  .on('payment.confirmed', (event) => routed.push('confirmed:' + event.data.payment.id))
  .on('*', (event) => routed.push('any:' + event.type));
let resolveConfirmed;
const confirmedEvent = new Promise((resolve) => { resolveConfirmed = resolve; });
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c)).on('end', async () => {
    try {
      const event = await router.handle(Buffer.concat(chunks), req.headers['x-hilt-signature'], secret);
      res.writeHead(200).end();
      if (event.type === 'payment.confirmed' && !event.data.test) resolveConfirmed(event);
    } catch (err) {
      res.writeHead(err.statusCode === 400 ? 400 : 500).end();
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = await session.webhooks.createEndpoint({
  label: 'package receiver',
  url: 'http://127.0.0.1:' + server.address().port + '/hooks',
  subscribed_events: ['payment.confirmed'],
});
secret = endpoint.signing_secret;
const test = await session.webhooks.sendTestEvent(endpoint.endpoint.id, 'payment.confirmed');
out.testDelivered = test.delivered;

const product = await hilt.products.create(
  { product_type: 'PAYMENT_LINK', title: 'Packaged', amount_minor_units: 5_000_000, merchant_wallet: MERCHANT },
  { idempotencyKey: 'pkg-create-1' },
);
const wallet = await hilt.sandbox.createWallet();
const checkout = await anonymous.checkout.connect(product.slug, { payer_wallet: wallet.address });
const paid = await hilt.sandbox.pay({ payment_id: checkout.payment_id, secret_key: wallet.secret_key });
const confirmed = await anonymous.checkout.confirmPayment({
  payment_id: checkout.payment_id,
  tx_signature: paid.tx_signature,
  payer_wallet: wallet.address,
});
out.confirmStatus = confirmed.status;
out.paymentStatus = (await anonymous.payments.get(checkout.payment_id)).status;
const event = await confirmedEvent;
out.eventPaymentId = event.data.payment.id;
out.paymentId = checkout.payment_id;
out.routed = routed;
const receipts = await hilt.receipts.list({ product_id: product.id });
const pdf = await anonymous.receipts.getPdf(receipts.receipts[0].receipt_id);
out.pdfIsArrayBuffer = pdf instanceof ArrayBuffer;
out.pdfMagic = new TextDecoder().decode(pdf.slice(0, 5));
try {
  await hilt.products.get('00000000-0000-4000-8000-000000000000');
} catch (err) {
  out.error = { isApiError: err instanceof HiltApiError, statusCode: err.statusCode, errorCode: err.errorCode, requestId: err.requestId };
}
try {
  await constructWebhookEvent('{"id":"x","type":"payment.confirmed"}', 't=1,v1=' + '0'.repeat(64), secret);
} catch (err) {
  out.badSignature = err.errorCode === HILT_ERROR_CODES.WEBHOOK_SIGNATURE_FAILED;
}
out.coreProducts = (await createClient({ baseUrl, apiKey: key.raw_key }).listProducts()).length;
server.close();
console.log(JSON.stringify(out));
`;

const TYPED_CONSUMER = `
import { HiltClient, type Product, type HiltEvent, HiltApiError, encodeX402Header, protectEndpoint } from '@hilt-selfhosted/sdk';

export async function check(client: HiltClient): Promise<string> {
  const product: Product = await client.products.get('id');
  const list: Product[] = await client.products.list({ status: 'ACTIVE', limit: 10 });
  const pdf: ArrayBuffer = await client.receipts.getPdf('id');
  const tested = await client.webhooks.sendTestEvent('id', 'payment.confirmed');
  const delivered: boolean = tested.delivered;
  // @ts-expect-error products.create needs a title
  await client.products.create({ product_type: 'PAYMENT_LINK', merchant_wallet: 'w' });
  // @ts-expect-error replayDelivery takes the numeric delivery id
  await client.webhooks.replayDelivery('1');
  const event: HiltEvent<{ payment: { id: string } }> | null = null;
  const err = new HiltApiError(404, 'Product not found', 'product_not_found', null, { requestId: 'r' });
  const usage = await client.access.consumeEntitlement({ external_product_id: 'api', external_customer_id: 'c' }, { idempotencyKey: 'consume-1' });
  const remaining: number | undefined = usage.usage?.remaining;
  const settled = await client.access.settleX402({ payment_session_id: 'ps_12345678', payment_signature: encodeX402Header({}) });
  const paymentResponse: string = settled.headers['PAYMENT-RESPONSE'];
  protectEndpoint({ client: client.access, externalProductId: 'api', handler: () => new Response('ok') });
  return String(remaining) + paymentResponse + product.slug + list.length + pdf.byteLength + String(delivered) + String(event) + err.errorCode;
}
`;

function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the SDK package, packed and imported as a user would', { timeout: 180_000 }, () => {
  let hilt: TestApp;
  let baseUrl: string;
  let project: string;

  before(async () => {
    hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' },
      { jobs: true },
    );
    baseUrl = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
    project = mkdtempSync(join(tmpdir(), 'hilt-sdk-user-'));
  });
  after(async () => {
    await hilt?.dispose();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  test('npm pack builds dist with .js and .d.ts and no runtime dependencies', async () => {
    const manifest = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.dependencies, undefined);
    // The x402 buyer's Solana libraries are optional peers, loaded only by the `x402-buyer` entry.
    assert.equal(manifest.peerDependenciesMeta['@solana/kit'].optional, true);
    assert.equal(manifest.peerDependenciesMeta['@solana-program/token'].optional, true);
    assert.equal(manifest.exports['./x402-buyer'].default, './dist/x402-buyer.js');
    assert.equal(manifest.exports['.'].types, './dist/index.d.ts');

    const packed = await run('npm', ['pack', '--json', '--pack-destination', project], { cwd: SDK });
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = info.files.map((f) => f.path).sort();
    for (const f of [
      'README.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/webhooks.js',
      'dist/access.js',
      'dist/x402.js',
      'dist/x402-buyer.js',
      'dist/x402-buyer.d.ts',
      'dist/core.js',
      'dist/core.d.ts',
      'dist/generated/operations.js',
      'dist/generated/openapi.d.ts',
    ]) {
      assert.ok(files.includes(f), `${f} is in the package (${files.join(', ')})`);
    }
    assert.ok(!files.some((f) => f.startsWith('src/') || (f.endsWith('.ts') && !f.endsWith('.d.ts'))));

    const target = join(project, 'node_modules', '@hilt-selfhosted', 'sdk');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, info.filename), '-C', target, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), '{"name":"sdk-user","private":true,"type":"module"}\n');
  });

  test('a plain Node module imports the package and runs a whole sandbox sale with webhooks', async () => {
    writeFileSync(join(project, 'sale.mjs'), CONSUMER);
    const env: Record<string, string | undefined> = { ...process.env, HILT_BASE_URL: baseUrl };
    delete env.NODE_OPTIONS; // no tsx loader: the package must run as plain JavaScript
    const r = await run(process.execPath, ['sale.mjs'], { cwd: project, env });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    assert.equal(out.testDelivered, true);
    assert.equal(out.confirmStatus, 'CONFIRMED');
    assert.equal(out.paymentStatus, 'CONFIRMED');
    assert.equal(out.eventPaymentId, out.paymentId);
    assert.ok(out.routed.includes(`confirmed:${out.paymentId}`));
    assert.ok(out.routed.includes('any:payment.confirmed'));
    assert.equal(out.pdfIsArrayBuffer, true);
    assert.equal(out.pdfMagic, '%PDF-');
    assert.deepEqual(
      { ...out.error, requestId: typeof out.error.requestId },
      { isApiError: true, statusCode: 404, errorCode: 'product_not_found', requestId: 'string' },
    );
    assert.equal(out.badSignature, true);
    assert.equal(out.coreProducts, 1);
  });

  test('a TypeScript consumer type-checks against the packed declarations', async () => {
    writeFileSync(join(project, 'consumer.ts'), TYPED_CONSUMER);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const r = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});
