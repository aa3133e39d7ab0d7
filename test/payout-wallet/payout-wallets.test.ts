import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  bearer,
  createKey,
  createTestApp,
  keyHeader,
  newWallet,
  provePayoutWallet,
  registerMerchant,
  type TestApp,
} from '../helpers/app.ts';

// A workspace proves it controls a payout wallet before live products pay it, and receipts for transactions no
// session of its own settled name it only for wallets it proved.
describe('payout wallet proof', () => {
  let hilt: TestApp;
  const post = (url: string, payload: object, headers: Record<string, string>) =>
    hilt.app.inject({ method: 'POST', url, payload, headers });
  const product = (merchantWallet: string, headers: Record<string, string>) =>
    post(
      '/v1/products',
      { product_type: 'PAYMENT_LINK', title: 'Proof', amount_minor_units: 1_000_000, merchant_wallet: merchantWallet },
      headers,
    );

  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0', HILT_RATE_LIMIT_PUBLIC: '0' });
  });
  after(() => hilt.dispose());

  test('a live product pays only a wallet its workspace signed a challenge with', async () => {
    const m = await registerMerchant(hilt);
    const live = bearer(m.token);
    const wallet = newWallet();
    const refused = await product(wallet.address, live);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().code, 'payout_wallet_unverified');

    const challenge = (await post('/v1/payout-wallets/challenge', { wallet_address: wallet.address }, live)).json();
    assert.match(challenge.message, new RegExp(wallet.address));
    assert.match(challenge.message, /live/);
    // Signed by another key: refused, and the nonce is spent.
    const impostor = newWallet();
    const forged = await post(
      '/v1/payout-wallets',
      {
        wallet_address: wallet.address,
        signed_message: impostor.sign(challenge.message),
        message_nonce: challenge.message_nonce,
      },
      live,
    );
    assert.equal(forged.statusCode, 401);
    assert.equal(forged.json().code, 'invalid_signature');
    const reused = await post(
      '/v1/payout-wallets',
      {
        wallet_address: wallet.address,
        signed_message: wallet.sign(challenge.message),
        message_nonce: challenge.message_nonce,
      },
      live,
    );
    assert.equal(reused.statusCode, 401);
    assert.equal(reused.json().code, 'invalid_nonce');

    // Another workspace cannot spend this workspace's challenge.
    const other = await registerMerchant(hilt);
    const fresh = (await post('/v1/payout-wallets/challenge', { wallet_address: wallet.address }, live)).json();
    const stolen = await post(
      '/v1/payout-wallets',
      {
        wallet_address: wallet.address,
        signed_message: wallet.sign(fresh.message),
        message_nonce: fresh.message_nonce,
      },
      bearer(other.token),
    );
    assert.equal(stolen.statusCode, 401);

    await provePayoutWallet(hilt, live, wallet);
    const listed = await hilt.app.inject({ method: 'GET', url: '/v1/payout-wallets', headers: live });
    assert.deepEqual(
      listed.json().map((w: { wallet_address: string; livemode: boolean }) => [w.wallet_address, w.livemode]),
      [[wallet.address, true]],
    );
    const created = await product(wallet.address, live);
    assert.equal(created.statusCode, 200, created.body);
    // Proven in live mode only: the other workspace still cannot use it.
    assert.equal((await product(wallet.address, bearer(other.token))).json().code, 'payout_wallet_unverified');
    // Switching the product to an unproven wallet is refused too.
    const moved = await hilt.app.inject({
      method: 'PATCH',
      url: `/v1/products/${created.json().id}`,
      headers: live,
      payload: { merchant_wallet: newWallet().address },
    });
    assert.equal(moved.statusCode, 422, moved.body);
    assert.equal(moved.json().code, 'payout_wallet_unverified');
    const forgotten = await hilt.app.inject({
      method: 'DELETE',
      url: `/v1/payout-wallets/${wallet.address}`,
      headers: live,
    });
    assert.equal(forgotten.statusCode, 204);
    assert.equal((await product(wallet.address, live)).statusCode, 422);
  });

  test('sandbox products may pay any wallet; sandbox wallets made by the workspace are proven for it', async () => {
    const m = await registerMerchant(hilt);
    const sk = keyHeader((await createKey(hilt, m.token, { sandbox_mode: true })).raw);
    assert.equal((await product(newWallet().address, sk)).statusCode, 200);
    const made = (await post('/v1/sandbox/wallets', {}, sk)).json();
    const listed = await hilt.app.inject({ method: 'GET', url: '/v1/payout-wallets', headers: sk });
    assert.deepEqual(
      listed.json().map((w: { wallet_address: string }) => w.wallet_address),
      [made.address],
    );
  });

  test('no receipt names a workspace for a payment to a wallet it cannot prove is its own', async () => {
    const victim = await registerMerchant(hilt);
    const victimSk = keyHeader((await createKey(hilt, victim.token, { sandbox_mode: true })).raw);
    const victimWallet = (await post('/v1/sandbox/wallets', {}, victimSk)).json().address;
    // A transfer to the victim's wallet that no checkout session settled.
    const airdrop = await post('/v1/sandbox/airdrop', { address: victimWallet, lamports: 2_000_000 }, victimSk);
    assert.equal(airdrop.statusCode, 200, airdrop.body);
    const [sig] = airdrop.json().signatures;

    // The attacker points one of its (sandbox) products at the victim's wallet and asks for a receipt.
    const attacker = await registerMerchant(hilt);
    const attackerSk = keyHeader((await createKey(hilt, attacker.token, { sandbox_mode: true })).raw);
    assert.equal((await product(victimWallet, attackerSk)).statusCode, 200);
    const impostor = await post('/v1/receipt', { tx_sig: sig }, attackerSk);
    assert.equal(impostor.statusCode, 422, impostor.body);
    assert.equal(impostor.json().code, 'payout_wallet_unverified');

    // The workspace that proved the wallet gets its receipt.
    assert.equal((await product(victimWallet, victimSk)).statusCode, 200);
    const own = await post('/v1/receipt', { tx_sig: sig }, victimSk);
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().merchant_wallet, victimWallet);
  });
});
