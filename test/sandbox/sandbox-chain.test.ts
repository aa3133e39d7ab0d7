import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { address, createSolanaRpc, lamports } from '@solana/kit';
import { createKey, createTestApp, keyHeader, registerMerchant, type TestApp } from '../helpers/app.ts';
import { freePort } from '../helpers/ports.ts';

describe('the sandbox chain as a wallet or SDK sees it', () => {
  let hilt: TestApp;
  let base: string;
  before(async () => {
    hilt = await createTestApp({ HILT_RATE_LIMIT_FREE: '0' });
    base = await hilt.app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(() => hilt.dispose());

  test('@solana/kit talks to the API server’s /sandbox/rpc', async () => {
    const rpc = createSolanaRpc(`${base}/sandbox/rpc`);
    const m = await registerMerchant(hilt);
    const key = (await createKey(hilt, m.token, { sandbox_mode: true })).raw;
    const wallet = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/wallets',
      headers: keyHeader(key),
      payload: {},
    });
    assert.equal(wallet.statusCode, 200);
    const { address: owner, lamports: funded } = wallet.json();
    assert.equal((await rpc.getBalance(address(owner)).send()).value, BigInt(funded));
    const { value: blockhash } = await rpc.getLatestBlockhash().send();
    assert.ok(blockhash.blockhash.length > 30);
    const tokens = await rpc
      .getTokenAccountsByOwner(
        address(owner),
        { mint: address('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v') },
        { encoding: 'jsonParsed' },
      )
      .send();
    assert.equal(tokens.value.length, 1);
    const airdrop = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/airdrop',
      headers: keyHeader(key),
      payload: { address: owner, lamports: 5, usdc_minor_units: 7 },
    });
    assert.equal(airdrop.statusCode, 200, airdrop.body);
    assert.equal(airdrop.json().signatures.length, 2);
    assert.equal((await rpc.getBalance(address(owner)).send()).value, BigInt(funded) + 5n);
  });

  test('sandbox helpers validate input', async () => {
    const m = await registerMerchant(hilt);
    const key = (await createKey(hilt, m.token, { sandbox_mode: true })).raw;
    const bad = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/airdrop',
      headers: keyHeader(key),
      payload: { address: 'nope' },
    });
    assert.equal(bad.statusCode, 422);
    const pay = await hilt.app.inject({
      method: 'POST',
      url: '/v1/sandbox/pay',
      headers: keyHeader(key),
      payload: { payment_id: '00000000-0000-4000-8000-000000000000', secret_key: 'x' },
    });
    assert.equal(pay.statusCode, 404);
  });
});

describe('hilt chain', () => {
  test('runs the local chain alone on its own port and stops on SIGTERM', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/hilt.mjs', 'chain', '--port', String(port), '--memory'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 30_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('JSON-RPC on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const rpc = createSolanaRpc(`http://127.0.0.1:${port}`);
    const target = address('9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin');
    await rpc.requestAirdrop(target, lamports(2_000_000_000n)).send();
    assert.equal((await rpc.getBalance(target).send()).value, 2_000_000_000n);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
