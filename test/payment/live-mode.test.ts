import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import bs58 from '../../src/lib/base58.ts';
import { type LocalChainServer, startLocalChainServer } from '../../src/chain/local/server.ts';
import {
  bearer,
  createKey,
  createTestApp,
  keyHeader,
  provePayoutWallet,
  registerMerchant,
  type TestApp,
} from '../helpers/app.ts';
import { signAsBuyer } from '../helpers/buyer.ts';

// Live payments are verified through SOLANA_RPC_URL with the same code as sandbox ones. Here a separate local chain
// on its own port plays the cluster, reached over HTTP JSON-RPC exactly as mainnet would be.
describe('live mode verifies through SOLANA_RPC_URL, apart from sandbox data', () => {
  let cluster: LocalChainServer;
  let hilt: TestApp;
  let live: Record<string, string>;
  let sandbox: Record<string, string>;
  let buyer: { address: string; secretKey: string };
  let merchant: string;

  before(async () => {
    cluster = await startLocalChainServer({ port: 0 });
    hilt = await createTestApp({ SOLANA_RPC_URL: cluster.url, HILT_RATE_LIMIT_FREE: '0' });
    const m = await registerMerchant(hilt);
    live = keyHeader((await createKey(hilt, m.token)).raw);
    sandbox = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    buyer = await cluster.chain.createFundedWallet();
    // A live product pays only a wallet the workspace proved it controls.
    merchant = (await provePayoutWallet(hilt, bearer(m.token))).address;
  });
  after(async () => {
    await hilt.dispose();
    await cluster.close();
  });

  test('a live USDC payment on the cluster confirms; sandbox keys never see it', async () => {
    const product = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: live,
        payload: {
          product_type: 'PAYMENT_LINK',
          title: 'Live access',
          amount_minor_units: 2_500_000,
          token_mint: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
          merchant_wallet: merchant,
        },
      })
    ).json();
    assert.equal(product.livemode, true);
    const session = (
      await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
    ).json();
    assert.equal(session.livemode, true);
    const req = await hilt.app.inject({
      method: 'POST',
      url: `/v1/pay/transaction/${session.payment_id}`,
      payload: { account: buyer.address },
    });
    assert.equal(req.statusCode, 200, req.body);
    const { wire, signature } = await signAsBuyer(req.json().transaction, buyer.secretKey);
    const sent = await cluster.chain.handle({
      jsonrpc: '2.0',
      id: 1,
      method: 'sendTransaction',
      params: [wire, { encoding: 'base64' }],
    });
    assert.equal((sent as { result: string }).result, signature);
    const ok = await hilt.app.inject({
      method: 'POST',
      url: '/v1/pay/confirm',
      payload: { payment_id: session.payment_id, tx_signature: signature, payer_wallet: buyer.address },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'CONFIRMED');

    // The in-process sandbox chain knows nothing of this transaction: the live path really used the cluster.
    const onSandbox = await hilt.sandboxChain!.handle({
      jsonrpc: '2.0',
      id: 1,
      method: 'getTransaction',
      params: [signature, { encoding: 'json' }],
    });
    assert.equal((onSandbox as { result: unknown }).result, null);

    const seenBySandbox = await hilt.app.inject({ method: 'GET', url: `/v1/products/${product.id}`, headers: sandbox });
    assert.equal(seenBySandbox.statusCode, 404);
    const liveList = await hilt.app.inject({ method: 'GET', url: '/v1/products', headers: live });
    const sandboxList = await hilt.app.inject({ method: 'GET', url: '/v1/products', headers: sandbox });
    assert.ok(liveList.json().some((p: { id: string }) => p.id === product.id));
    assert.ok(!sandboxList.json().some((p: { id: string }) => p.id === product.id));
    const payments = await hilt.app.inject({
      method: 'GET',
      url: `/v1/products/${product.id}/payments`,
      headers: sandbox,
    });
    assert.equal(payments.statusCode, 404);
  });

  test('sandbox helpers refuse to pay a live session', async () => {
    const product = (
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/products',
        headers: live,
        payload: {
          product_type: 'PAYMENT_LINK',
          title: 'Live only',
          amount_minor_units: 1_000_000,
          merchant_wallet: merchant,
        },
      })
    ).json();
    const session = (
      await hilt.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
    ).json();
    const wallet = (
      await hilt.app.inject({ method: 'POST', url: '/v1/sandbox/wallets', headers: sandbox, payload: {} })
    ).json();
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/pay',
      headers: sandbox,
      payload: { payment_id: session.payment_id, secret_key: wallet.secret_key },
    });
    assert.equal(res.statusCode, 404);
  });

  test('a dead live RPC endpoint is a clear 503, never a hang', async () => {
    const dead = await createTestApp({ SOLANA_RPC_URL: 'http://127.0.0.1:1', HILT_RATE_LIMIT_FREE: '0' });
    try {
      const m = await registerMerchant(dead);
      const key = keyHeader((await createKey(dead, m.token)).raw);
      const payout = (await provePayoutWallet(dead, bearer(m.token))).address;
      const product = (
        await dead.app.inject({
          method: 'POST',
          url: '/v1/products',
          headers: key,
          payload: {
            product_type: 'PAYMENT_LINK',
            title: 'Down',
            amount_minor_units: 1_000_000,
            merchant_wallet: payout,
          },
        })
      ).json();
      const session = (
        await dead.app.inject({ method: 'POST', url: `/v1/products/p/${product.slug}/connect`, payload: {} })
      ).json();
      const res = await dead.app.inject({
        method: 'POST',
        url: '/v1/pay/confirm',
        payload: {
          payment_id: session.payment_id,
          tx_signature: bs58.encode(Buffer.alloc(64, 1)),
          payer_wallet: buyer.address,
        },
      });
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().code, 'chain_unavailable');
    } finally {
      await dead.dispose();
    }
  });
});
