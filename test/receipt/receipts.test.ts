import assert from 'node:assert/strict';
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import bs58 from '../../src/lib/base58.ts';
import { extractText, getDocumentProxy } from 'unpdf';
import { createApp, type Hilt } from '../../src/app.ts';
import { USDC_MINT } from '../../src/chain/port.ts';
import { buildCli } from '../../src/cli/index.ts';
import { checkReceiptProof } from '../../src/receipt/proof.ts';
import { startFakeSmtp } from '../helpers/smtp.ts';
import { bearer, createKey, createTestApp, keyHeader, type TestApp, trustPayoutWallet } from '../helpers/app.ts';
import {
  type Api,
  airdrop,
  api,
  createBuyer,
  createMerchant,
  createProduct as createProductAs,
  type Json,
  MERCHANT_WALLET as MERCHANT,
  type Merchant,
  openSession,
  pay,
  payAndConfirm as payAndConfirmAs,
  type Scenario,
  type Wallet,
} from '../helpers/factories.ts';
const OTHER_MERCHANT = 'GsbwXfJraMomNxBcjYLcG3mxkBUiyWXAB32fGbSMQRdW';

// What any third party needs: canonical JSON (RFC 8785 for strings, integers, booleans, null), base58 and node:crypto.
const canon = (v: unknown): string =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canon).join(',')}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
          .join(',')}}`;
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const base58To32Bytes = (s: string) => {
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  return Buffer.from(n.toString(16).padStart(64, '0'), 'hex');
};
function verifyOffline(
  receipt: { receipt_json: Record<string, unknown>; receipt_hash: string; ed25519_sig: string },
  publicKeyBase58: string,
) {
  const bytes = Buffer.from(canon(receipt.receipt_json), 'utf8');
  const hashOk = createHash('sha256').update(bytes).digest('hex') === receipt.receipt_hash;
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: base58To32Bytes(publicKeyBase58).toString('base64url') },
    format: 'jwk',
  });
  return hashOk && verify(null, bytes, key, Buffer.from(receipt.ed25519_sig, 'base64'));
}

describe('receipts', () => {
  let hilt: TestApp;
  let http: Api;
  let sk: Merchant;
  let otherSk: Api;
  let liveKey: Api;
  let wallet: Wallet;
  let productId: string;
  let usdcProductId: string;
  let paid: { paymentId: string; tx: string; receiptId: string };

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
    http = api(hilt);
    sk = await createMerchant(hilt);
    liveKey = api(hilt, keyHeader((await createKey(hilt, sk.token, { sandbox_mode: false })).raw));
    otherSk = await createMerchant(hilt);
    await http.patch('/v1/account/me', { display_name: 'Acme Courses' }, { headers: bearer(sk.token) });
    wallet = await createBuyer(sk);
    await airdrop(sk, MERCHANT);
    await trustPayoutWallet(hilt, sk.userId, MERCHANT, false);
    productId = (await createProduct(sk, { title: 'Pro course' })).id;
    usdcProductId = (
      await createProduct(sk, { title: 'USDC guide', token_mint: USDC_MINT, amount_minor_units: 5_000_000 })
    ).id;
    paid = await payAndConfirm(productId);
  });
  after(() => hilt.dispose());

  const createProduct = (merchant: Api, body: Json) =>
    createProductAs(merchant, { amount_minor_units: 25_000_000, ...body });

  async function session(productId: string) {
    const slug = (await sk.get(`/v1/products/${productId}`)).body.slug;
    return openSession(hilt, { slug }, { payer_wallet: wallet.address });
  }

  async function sandboxPay(id: string, scenario: Scenario = 'exact') {
    const s = await session(id);
    return { paymentId: s.payment_id, tx: await pay(sk, s, wallet, scenario) };
  }

  async function payAndConfirm(id: string) {
    const s = await session(id);
    const { payment_id: paymentId, tx_signature: tx } = await payAndConfirmAs(sk, s, { buyer: wallet });
    const [event] = await hilt.db.query<{ data: { receipt: { id: string; verify_url: string } } }>(
      `SELECT data FROM events WHERE payment_id = $1 AND type = 'payment.confirmed'`,
      [paymentId],
    );
    return { paymentId, tx, receiptId: event.data.receipt.id };
  }

  test('a confirmed payment issues its signed receipt in the confirmation, announced by events', async () => {
    const [event] = await hilt.db.query<{ data: { receipt: Record<string, string> } }>(
      `SELECT data FROM events WHERE payment_id = $1 AND type = 'payment.confirmed'`,
      [paid.paymentId],
    );
    assert.equal(event.data.receipt.schema_version, 'hilt-v1');
    assert.match(event.data.receipt.verify_url, new RegExp(`/v1/receipt/${paid.receiptId}/verify$`));
    const created = await hilt.db.query(`SELECT data FROM events WHERE payment_id = $1 AND type = 'receipt.created'`, [
      paid.paymentId,
    ]);
    assert.equal(created.length, 1);

    const res = await sk.get(`/v1/receipt/${paid.receiptId}`);
    assert.equal(res.status, 200, res.text);
    const r = res.body;
    assert.equal(r.tx_sig, paid.tx);
    assert.equal(r.payment_id, paid.paymentId);
    assert.equal(r.product_title, 'Pro course');
    assert.equal(r.payer_wallet, wallet.address);
    assert.equal(r.merchant_wallet, MERCHANT);
    assert.equal(r.amount_minor_units, 25_000_000);
    assert.equal(r.amount_display, '0.025 SOL');
    assert.equal(r.schema_version, 'hilt-v1');
    assert.equal(r.receipt_json.schema_version, 'hilt-v1');
    assert.equal(r.receipt_json.key_id, r.key_id);
    assert.equal(r.receipt_json.amount_minor_units, '25000000');
    assert.equal(r.owner_display_name, 'Acme Courses');
    assert.match(r.receipt_hash, /^[0-9a-f]{64}$/);
    assert.equal(Buffer.from(r.ed25519_sig, 'base64').length, 64);
    assert.equal(r.idempotent_replay, false);
  });

  test('public key listing, public view and /verify with the on-chain anchor', async () => {
    const keys = (await http.get('/v1/receipts/public-key')).body.keys;
    assert.equal(keys.length, 1);
    assert.equal(keys[0].algorithm, 'Ed25519');
    assert.equal(keys[0].retired_at, null);

    const pub = await http.get(`/v1/receipt/${paid.receiptId}/public`);
    assert.equal(pub.status, 200, pub.text);
    assert.equal(pub.body.verification.valid, true);
    assert.equal(pub.body.owner_email, null, 'the merchant’s login email stays private');

    const v = await http.get(`/v1/receipt/${paid.receiptId}/verify`);
    assert.equal(v.status, 200, v.text);
    const body = v.body;
    assert.equal(body.valid, true);
    assert.equal(body.hash_valid, true);
    assert.equal(body.signature_valid, true);
    assert.equal(body.computed_hash, body.stored_hash);
    assert.equal(body.public_key, keys[0].public_key);
    assert.equal(body.on_chain_anchor.status, 'confirmed');
    assert.equal(body.on_chain_anchor.tx_sig, paid.tx);
  });

  test('anyone verifies a receipt with the public key alone (node:crypto, no project code)', async () => {
    const r = (await http.get(`/v1/receipt/${paid.receiptId}/public`)).body;
    const key = (await http.get('/v1/receipts/public-key')).body.keys.find(
      (k: { key_id: string }) => k.key_id === r.receipt_json.key_id,
    );
    assert.equal(verifyOffline(r, key.public_key), true);

    const tamperedField = { ...r, receipt_json: { ...r.receipt_json, amount_minor_units: '1' } };
    assert.equal(verifyOffline(tamperedField, key.public_key), false);
    const keys = new Map([[key.key_id, key.public_key]]);
    const fieldCheck = checkReceiptProof(tamperedField, keys);
    assert.equal(fieldCheck.hash_valid, false);
    assert.equal(fieldCheck.signature_valid, false);

    const sig = Buffer.from(r.ed25519_sig, 'base64');
    sig[10] ^= 0xff;
    const tamperedSig = { ...r, ed25519_sig: sig.toString('base64') };
    assert.equal(verifyOffline(tamperedSig, key.public_key), false);
    const sigCheck = checkReceiptProof(tamperedSig, keys);
    assert.equal(sigCheck.hash_valid, true);
    assert.equal(sigCheck.signature_valid, false);
    assert.equal(sigCheck.valid, false);
  });

  test('/verify reports a receipt tampered in storage', async () => {
    const { receiptId } = await payAndConfirm(productId);
    const [row] = await hilt.db.query<{ receipt_json: string; ed25519_sig: string }>(
      'SELECT receipt_json, ed25519_sig FROM receipts WHERE id = $1',
      [receiptId],
    );
    await hilt.db.query('UPDATE receipts SET receipt_json = $2 WHERE id = $1', [
      receiptId,
      row.receipt_json.replace(`"payer_wallet":"${wallet.address}"`, `"payer_wallet":"${OTHER_MERCHANT}"`),
    ]);
    let v = (await http.get(`/v1/receipt/${receiptId}/verify`)).body;
    assert.equal(v.valid, false);
    assert.equal(v.hash_valid, false);
    assert.notEqual(v.computed_hash, v.stored_hash);

    const sig = Buffer.from(row.ed25519_sig, 'base64');
    sig[0] ^= 1;
    await hilt.db.query('UPDATE receipts SET receipt_json = $2, ed25519_sig = $3 WHERE id = $1', [
      receiptId,
      row.receipt_json,
      sig.toString('base64'),
    ]);
    v = (await http.get(`/v1/receipt/${receiptId}/verify`)).body;
    assert.equal(v.hash_valid, true);
    assert.equal(v.signature_valid, false);
    assert.equal(v.valid, false);
    await hilt.db.query('DELETE FROM receipts WHERE id = $1', [receiptId]);
  });

  test('the PDF parses as a PDF and holds the transaction signature, amount and hash', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: `/v1/receipt/${paid.receiptId}/pdf` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.ok(res.rawPayload.subarray(0, 5).toString() === '%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    assert.equal(pdf.numPages, 1);
    const { text } = await extractText(pdf, { mergePages: true });
    const r = (await sk.get(`/v1/receipt/${paid.receiptId}`)).body;
    for (const needle of [
      paid.tx,
      r.receipt_hash,
      '0.025 SOL',
      'Acme Courses',
      'Pro course',
      wallet.address,
      MERCHANT,
    ]) {
      assert.ok(text.includes(needle), `PDF text holds ${needle}`);
    }
    assert.ok(text.includes(`/v1/receipt/${paid.receiptId}/verify`));
  });

  test('the PDF prints any script as written (embedded Noto font), the brand, the invoice fields and the proof', async () => {
    const title = 'Café Müller — Ωmega Жук 日本 €';
    const id = (await createProduct(sk, { title, token_mint: USDC_MINT, amount_minor_units: 12_340_000 })).id;
    const world = await payAndConfirm(id);
    const me = (await sk.get('/v1/account/me')).body;
    const token = (await http.post('/v1/auth/login', { email: me.email, password: 'correct horse battery staple' }))
      .body.token;
    const branded = await http.patch(
      '/v1/account/me',
      { merchant_settings: { brand_name: 'Ωmega Жук Studio 日本', brand_accent_color: '#0f766e' } },
      { headers: bearer(token) },
    );
    assert.equal(branded.status, 200, branded.text);
    const invoice = {
      invoice_number: 'INV-2026-0042',
      customer_name: 'Jürgen Ωmega 山田',
      billing_reference: 'PO № 7731',
    };
    const set = await sk.patch(`/v1/receipt/${world.receiptId}/invoice-metadata`, invoice);
    assert.equal(set.status, 200, set.text);

    const res = await hilt.app.inject({ method: 'GET', url: `/v1/receipt/${world.receiptId}/pdf` });
    assert.equal(res.statusCode, 200);
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    assert.equal(pdf.numPages, 1);
    const { text } = await extractText(pdf, { mergePages: true });
    const r = (await sk.get(`/v1/receipt/${world.receiptId}`)).body;
    for (const needle of [
      title,
      'Ωmega Жук Studio 日本',
      'Acme Courses',
      'INV-2026-0042',
      'Jürgen Ωmega 山田',
      'PO № 7731',
      '12.34 USDC',
      world.tx,
      r.receipt_hash,
      wallet.address,
      `/v1/receipt/${world.receiptId}/verify`,
      'Offline: canonicalise',
      'How to check this receipt',
    ]) {
      assert.ok(text.includes(needle), `PDF text holds ${needle}: ${text}`);
    }
    assert.doesNotMatch(text, /\?{2}|Cafe\?/, 'no character became a question mark');
    // The font is embedded, so the PDF reader needs nothing installed.
    assert.match(res.rawPayload.toString('latin1'), /\/FontFile2/);
  });

  test('POST /v1/receipt: checked on chain, idempotent on tx_sig', async () => {
    const replay = await sk.post('/v1/receipt', { tx_sig: paid.tx });
    assert.equal(replay.status, 200, replay.text);
    assert.equal(replay.body.receipt_id, paid.receiptId);
    assert.equal(replay.body.idempotent_replay, true);

    // A transfer to the merchant wallet that settled no checkout session (no memo, no reference).
    const stray = await sandboxPay(usdcProductId, 'no_memo');
    const first = await sk.post('/v1/receipt', {
      tx_sig: stray.tx,
      wallet: wallet.address,
      counterparty_wallet: MERCHANT,
      amount_raw: 5_000_000,
      memo: 'manual',
    });
    assert.equal(first.status, 200, first.text);
    const r = first.body;
    assert.equal(r.idempotent_replay, false);
    assert.equal(r.token_mint, USDC_MINT);
    assert.equal(r.amount_minor_units, 5_000_000);
    assert.equal(r.amount_display, '5 USDC');
    assert.equal(r.payer_wallet, wallet.address);
    assert.equal(r.merchant_wallet, MERCHANT);
    assert.equal(r.receipt_json.source, 'transaction');
    const again = await sk.post('/v1/receipt', { tx_sig: stray.tx });
    assert.equal(again.body.receipt_id, r.receipt_id);
    assert.equal(again.body.idempotent_replay, true);
    assert.equal((await http.get(`/v1/receipt/${r.receipt_id}/verify`)).body.valid, true);

    const wrongAmount = await sandboxPay(productId, 'no_memo');
    const mismatch = await sk.post('/v1/receipt', { tx_sig: wrongAmount.tx, amount_raw: '1' });
    assert.equal(mismatch.status, 422);
    assert.equal(mismatch.body.code, 'amount_mismatch');

    const elsewhere = await sandboxPay(productId, 'wrong_recipient');
    const refused = await sk.post('/v1/receipt', { tx_sig: elsewhere.tx });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'not_merchant_transaction');

    const unknown = await sk.post('/v1/receipt', { tx_sig: bs58.encode(randomBytes(64)) });
    assert.equal(unknown.status, 408);
  });

  test('list with page/per_page, wallet, q and product_id filters, and the CSV export', async () => {
    const second = await payAndConfirm(usdcProductId);
    await sk.patch(`/v1/receipt/${second.receiptId}/invoice-metadata`, {
      invoice_number: 'INV-2042',
      customer_name: 'Ada, "the" buyer',
      customer_email: 'ada@example.com',
    });
    const all = (await sk.get('/v1/receipts')).body;
    assert.ok(all.total >= 3);
    assert.equal(all.page, 1);
    assert.equal(all.per_page, 20);
    const page = (await sk.get('/v1/receipts?page=2&per_page=1')).body;
    assert.equal(page.receipts.length, 1);
    assert.equal(page.receipts[0].receipt_id, all.receipts[1].receipt_id);

    const byProduct = (await sk.get(`/v1/receipts?product_id=${usdcProductId}`)).body;
    assert.ok(byProduct.receipts.length >= 1);
    assert.ok(byProduct.receipts.every((r: { product_id: string }) => r.product_id === usdcProductId));
    const byTx = (await sk.get(`/v1/receipts?q=${paid.tx.slice(5, 30)}`)).body;
    assert.deepEqual(
      byTx.receipts.map((r: { receipt_id: string }) => r.receipt_id),
      [paid.receiptId],
    );
    const byInvoice = (await sk.get('/v1/receipts?q=inv-2042')).body;
    assert.equal(byInvoice.total, 1);
    assert.equal(byInvoice.receipts[0].invoice_number, 'INV-2042');
    const byTitle = (await sk.get('/v1/receipts?q=USDC%20guide')).body;
    assert.ok(byTitle.total >= 1);
    const byWallet = (await sk.get(`/v1/receipts?wallet=${wallet.address}`)).body;
    assert.equal(byWallet.total, all.total);
    const noWallet = (await sk.get(`/v1/receipts?wallet=${OTHER_MERCHANT}`)).body;
    assert.equal(noWallet.total, 0);
    assert.equal((await sk.get('/v1/receipts?per_page=101')).status, 422);

    const csv = await hilt.app.inject({
      method: 'GET',
      url: `/v1/receipts/export.csv?product_id=${usdcProductId}`,
      headers: sk.headers,
    });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    assert.ok(lines[0].startsWith('receipt_id,created_at,tx_sig'));
    assert.equal(lines.length, byProduct.total + 1);
    const row = lines.find((l) => l.startsWith(second.receiptId))!;
    assert.ok(row.includes(second.tx));
    assert.ok(row.includes('"Ada, ""the"" buyer"'));
    assert.ok(row.includes('INV-2042'));
  });

  test('invoice metadata: length limits, merged updates, outside the signed body', async () => {
    const url = `/v1/receipt/${paid.receiptId}/invoice-metadata`;
    for (const [field, max] of [
      ['invoice_number', 120],
      ['customer_name', 180],
      ['customer_email', 180],
      ['billing_reference', 180],
      ['notes', 1200],
    ] as const) {
      assert.equal((await sk.patch(url, { [field]: 'x'.repeat(max + 1) })).status, 422, field);
      assert.equal((await sk.patch(url, { [field]: 'x'.repeat(max) })).status, 200, field);
    }
    const res = await sk.patch(url, { invoice_number: 'A-1', notes: null });
    assert.equal(res.status, 200, res.text);
    const r = res.body.receipt;
    assert.equal(r.invoice_metadata.invoice_number, 'A-1');
    assert.equal(r.invoice_metadata.customer_name, 'x'.repeat(180), 'other fields are kept');
    assert.equal(r.invoice_metadata.notes, null);
    assert.equal((await http.get(`/v1/receipt/${paid.receiptId}/verify`)).body.valid, true);
  });

  test('send-proof: 503 without SMTP; queued as a job that mails the proof through SMTP_URL, retrying failures', async () => {
    const refused = await sk.post(`/v1/receipt/${paid.receiptId}/send-proof`, { email: 'b@example.com' });
    assert.equal(refused.status, 503);
    assert.equal(refused.body.code, 'email_not_configured');

    const smtp = await startFakeSmtp();
    let clock = new Date(Date.now() + 1000);
    const mailing = await createApp(
      { ...hilt.config, smtpUrl: `smtp://127.0.0.1:${smtp.port}/?from=proofs@shop.example` },
      {
        db: hilt.db,
        secrets: hilt.secrets,
        maintenance: false,
        reconciler: false,
        jobs: false,
        sandboxChain: hilt.sandboxChain,
        now: () => clock,
      },
    );
    const send = (payload?: unknown) =>
      mailing.app.inject({
        method: 'POST',
        url: `/v1/receipt/${paid.receiptId}/send-proof`,
        ...(payload === undefined ? {} : { payload: payload as object }),
        headers: sk.headers,
      });
    // Jobs are enqueued at the database's now(); the test clock must not lag behind it.
    const runJobs = async () => {
      if (clock.getTime() < Date.now() + 1000) clock = new Date(Date.now() + 1000);
      await mailing.jobs.runDue();
    };
    try {
      const res = await send({ email: 'buyer@example.com', note: 'Thanks!' });
      assert.equal(res.statusCode, 202, res.body);
      assert.equal(res.json().sent, false);
      assert.equal(res.json().status, 'queued');
      assert.equal(res.json().email, 'buyer@example.com');
      assert.equal(smtp.messages.length, 0, 'not sent inline');
      await runJobs();
      assert.equal(smtp.messages.length, 1);
      // Undo quoted-printable soft line breaks.
      const mail = smtp.messages[0].replace(/=\n/g, '');
      assert.ok(mail.includes(`/v1/receipt/${paid.receiptId}/verify`));
      assert.ok(mail.includes(paid.tx));
      assert.ok(mail.includes('Thanks!'));
      assert.ok(smtp.envelope.some((l) => l.includes('<buyer@example.com>')));
      assert.ok(smtp.envelope.some((l) => l.includes('<proofs@shop.example>')));

      // No email and none on file: a clear 422, not a schema error, with or without a body.
      for (const body of [undefined, {}, { email: null }]) {
        const none = await send(body);
        assert.equal(none.statusCode, 422, none.body);
        assert.equal(none.json().code, 'no_recipient');
      }

      // The invoice's customer_email is the email on file; a refused first attempt is retried by the job.
      const meta = await mailing.app.inject({
        method: 'PATCH',
        url: `/v1/receipt/${paid.receiptId}/invoice-metadata`,
        payload: { customer_email: 'on-file@example.com' },
        headers: sk.headers,
      });
      assert.equal(meta.statusCode, 200, meta.body);
      smtp.refuseNext(1);
      const queued = await send();
      assert.equal(queued.statusCode, 202, queued.body);
      assert.equal(queued.json().email, 'on-file@example.com');
      assert.equal(queued.json().email_source, 'on_file');
      await runJobs();
      assert.equal(smtp.messages.length, 1, 'the first attempt was refused');
      clock = new Date(clock.getTime() + 31_000);
      await runJobs();
      assert.equal(smtp.messages.length, 2, 'retried');
      assert.ok(smtp.envelope.some((l) => l.includes('<on-file@example.com>')));
    } finally {
      await mailing.close();
      smtp.close();
    }
  });

  test('a receipt signed before a key rotation still verifies; chain down still verifies offline', async () => {
    const oldKey = (await http.get('/v1/receipts/public-key')).body.keys[0];
    const rotated: Hilt = await createApp(
      // Nothing listens there: the chain is unreachable for this instance.
      { ...hilt.config, sandboxRpcUrl: 'http://127.0.0.1:9' },
      {
        db: hilt.db,
        secrets: { ...hilt.secrets, receiptSigningSeed: randomBytes(32) },
        maintenance: false,
        reconciler: false,
        jobs: false,
      },
    );
    try {
      const keys = (await rotated.app.inject({ method: 'GET', url: '/v1/receipts/public-key' })).json().keys;
      assert.equal(keys.length, 2);
      const active = keys.filter((k: { retired_at: string | null }) => k.retired_at === null);
      assert.equal(active.length, 1);
      assert.notEqual(active[0].key_id, oldKey.key_id);
      const old = keys.find((k: { key_id: string }) => k.key_id === oldKey.key_id);
      assert.ok(old.retired_at, 'the old key is retired');
      assert.equal(old.public_key, oldKey.public_key);
      assert.equal(rotated.services.receipts.signingKey.keyId, active[0].key_id);

      const v = (await rotated.app.inject({ method: 'GET', url: `/v1/receipt/${paid.receiptId}/verify` })).json();
      assert.equal(v.key_id, oldKey.key_id);
      assert.equal(v.signature_valid, true);
      assert.equal(v.hash_valid, true);
      assert.equal(v.valid, true);
      assert.equal(v.on_chain_anchor.status, 'unavailable');
      const r = (await rotated.app.inject({ method: 'GET', url: `/v1/receipt/${paid.receiptId}/public` })).json();
      assert.equal(verifyOffline(r, old.public_key), true);
    } finally {
      await rotated.close();
    }
    // Back on the first instance (the original seed): its key is the active one again, and new receipts use it.
    const back = await createApp(hilt.config, {
      db: hilt.db,
      secrets: hilt.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
      sandboxChain: hilt.sandboxChain,
    });
    await back.close();
    const keys = (await http.get('/v1/receipts/public-key')).body.keys;
    assert.equal(keys.find((k: { key_id: string }) => k.key_id === oldKey.key_id).retired_at, null);
  });

  test('hilt receipts verify checks a receipt file offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hilt-receipt-'));
    const r = (await http.get(`/v1/receipt/${paid.receiptId}/public`)).body;
    const keys = (await http.get('/v1/receipts/public-key')).body;
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const cli = buildCli(
        { out: (l) => out.push(l), err: (l) => err.push(l), stopSignal: () => new Promise(() => {}) },
        { NODE_ENV: 'test', HILT_DATA_DIR: dir },
      );
      let code = 0;
      try {
        await cli.parseAsync(args, { from: 'user' });
      } catch (e) {
        code = (e as { exitCode?: number }).exitCode ?? 99;
      }
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const good = join(dir, 'receipt.json');
    writeFileSync(good, JSON.stringify({ ...r, keys: keys.keys }));
    let res = await run(['receipts', 'verify', good]);
    assert.equal(res.code, 0, res.err);
    assert.match(res.out, /valid/i);

    const bare = join(dir, 'bare.json');
    writeFileSync(
      bare,
      JSON.stringify({ receipt_json: r.receipt_json, receipt_hash: r.receipt_hash, ed25519_sig: r.ed25519_sig }),
    );
    res = await run(['receipts', 'verify', bare]);
    assert.equal(res.code, 1, 'no public key at hand');
    res = await run(['receipts', 'verify', bare, '--public-key', keys.keys[0].public_key]);
    assert.equal(res.code, 0, res.err);

    const bad = join(dir, 'tampered.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...r, keys: keys.keys, receipt_json: { ...r.receipt_json, amount_minor_units: '9' } }),
    );
    res = await run(['receipts', 'verify', bad]);
    assert.equal(res.code, 1);
    assert.match(res.err, /receipt_hash does not match/);
  });

  test('tenant and mode isolation on every receipt route', async () => {
    const id = paid.receiptId;
    for (const headers of [otherSk, liveKey]) {
      assert.equal((await headers.get(`/v1/receipt/${id}`)).status, 404);
      assert.equal((await headers.patch(`/v1/receipt/${id}/invoice-metadata`, { invoice_number: 'X' })).status, 404);
      assert.equal((await headers.post(`/v1/receipt/${id}/send-proof`, { email: 'a@b.co' })).status, 404);
      assert.equal((await headers.get('/v1/receipts')).body.total, 0);
      assert.equal((await headers.get(`/v1/receipts?q=${paid.tx}`)).body.total, 0);
      const csv = await hilt.app.inject({ method: 'GET', url: '/v1/receipts/export.csv', headers: headers.headers });
      assert.equal(csv.body.trimEnd().split('\r\n').length, 1, 'header only');
    }
    // Another workspace cannot take a receipt for a transaction that paid someone else's wallet.
    const theirs = await otherSk.post('/v1/receipt', { tx_sig: paid.tx });
    assert.equal(theirs.status, 422);
    assert.equal(theirs.body.code, 'not_merchant_transaction');
    assert.equal((await http.get(`/v1/receipt/${id}`)).status, 401);
    assert.equal((await http.get('/v1/receipts')).status, 401);
    const readOnly = await http.post('/v1/receipt', { tx_sig: paid.tx });
    assert.equal(readOnly.status, 401);
  });
});
