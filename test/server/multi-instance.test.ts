import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp, type Hilt } from '../../src/app.ts';
import { type LocalChainServer, startLocalChainServer } from '../../src/chain/local/server.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

const USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';

// The README's multi-instance recipe: two API instances on one database, sharing one standalone `hilt chain`
// through HILT_SANDBOX_RPC_URL. The five-minute walk works with each step sent to either instance.
describe('two instances sharing a standalone sandbox chain', () => {
  let chain: LocalChainServer;
  let first: TestApp;
  let second: Hilt;

  before(async () => {
    chain = await startLocalChainServer({ port: 0 });
    const env = { HILT_SANDBOX_RPC_URL: chain.url, HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' };
    first = await createTestApp(env, { sandboxChain: undefined });
    second = await createApp(first.config, {
      db: first.db,
      secrets: first.secrets,
      maintenance: false,
      reconciler: false,
      jobs: false,
    });
  });
  after(async () => {
    await second.close();
    await first.dispose();
    await chain.close();
  });

  test('the five-minute walk: faucet, sandbox USDC, checkout, payment, confirmation and receipt', async () => {
    let turn = 0;
    // Alternate instances on every call, as a load balancer would.
    const call = async (
      method: 'GET' | 'POST',
      url: string,
      payload?: object,
      headers: Record<string, string> = {},
    ) => {
      const instance = turn++ % 2 === 0 ? first : second;
      return instance.app.inject({ method, url, payload, headers });
    };
    const reg = await call('POST', '/v1/auth/register', { email: 'walk@example.com', password: 'a long passphrase' });
    const token = reg.json().token;
    const key = await call(
      'POST',
      '/v1/keys',
      { name: 'Sandbox', sandbox_mode: true },
      { authorization: `Bearer ${token}` },
    );
    const sk = { 'x-hilt-key': key.json().raw_key };
    const merchant = await call('POST', '/v1/sandbox/wallets', {}, sk);
    assert.equal(merchant.statusCode, 200, merchant.body);
    const buyer = (await call('POST', '/v1/sandbox/wallets', {}, sk)).json();
    assert.equal(buyer.usdc_minor_units, 1_000_000_000);
    const airdrop = await call('POST', '/v1/sandbox/airdrop', { address: buyer.address, usdc_minor_units: 5 }, sk);
    assert.equal(airdrop.statusCode, 200, airdrop.body);
    const product = await call(
      'POST',
      '/v1/products',
      {
        product_type: 'PAYMENT_LINK',
        title: 'Pro guide',
        amount_minor_units: 5_000_000,
        token_mint: USDC_MINT,
        merchant_wallet: merchant.json().address,
        delivery_type: 'DOWNLOAD',
        delivery_value: 'https://example.com/guide.pdf',
      },
      sk,
    );
    assert.equal(product.statusCode, 200, product.body);
    const slug = product.json().slug;
    const session = (await call('POST', `/v1/products/p/${slug}/connect`, { payer_wallet: buyer.address })).json();
    const paid = await call(
      'POST',
      '/v1/sandbox/pay',
      { payment_id: session.payment_id, secret_key: buyer.secret_key },
      sk,
    );
    assert.equal(paid.statusCode, 200, paid.body);
    const confirmed = await call('POST', '/v1/pay/confirm', {
      payment_id: session.payment_id,
      tx_signature: paid.json().tx_signature,
      payer_wallet: buyer.address,
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().status, 'CONFIRMED');
    const status = (await call('GET', `/v1/payments/${session.payment_id}`)).json();
    assert.equal(status.delivery_value, 'https://example.com/guide.pdf');
    const receipts = (await call('GET', '/v1/receipts?per_page=1', undefined, sk)).json();
    const verified = (await call('GET', `/v1/receipt/${receipts.receipts[0].receipt_id}/verify`)).json();
    assert.equal(verified.valid, true);
    // The wrong_recipient scenario pays the shared chain's faucet, found over JSON-RPC.
    const other = (await call('POST', `/v1/products/p/${slug}/connect`, {})).json();
    const wrong = await call(
      'POST',
      '/v1/sandbox/pay',
      { payment_id: other.payment_id, secret_key: buyer.secret_key, scenario: 'wrong_recipient' },
      sk,
    );
    assert.equal(wrong.statusCode, 200, wrong.body);
  });
});
