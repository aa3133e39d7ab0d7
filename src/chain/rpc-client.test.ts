import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createKeyPairSignerFromBytes, generateKeyPairSigner, getBase58Encoder } from '@solana/kit';
import { ChainUnavailableError } from '../errors.ts';
import { TransactionRejectedError } from './errors.ts';
import { createLocalChain, type LocalChain } from './local/index.ts';
import { startLocalChainServer } from './local/server.ts';
import { signPaymentTransaction } from './payment-transaction.ts';
import { USDC_DECIMALS, USDC_MINT } from './port.ts';
import { createRpcChainClient } from './rpc-client.ts';
import { validateTransfer } from './solana-pay.ts';

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function elapsed(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  try {
    await run();
    return { ms: performance.now() - started, error: undefined };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe('rpc chain client failures become chain_unavailable quickly', () => {
  test('a dead endpoint', async () => {
    const { server, url } = await listen(() => {});
    await new Promise((r) => server.close(r));
    const client = createRpcChainClient({ url, timeoutMs: 2000 });
    const { ms, error } = await elapsed(() => client.getLatestBlockhash());
    assert.ok(error instanceof ChainUnavailableError, String(error));
    assert.equal(error.status, 503);
    assert.equal(error.code, 'chain_unavailable');
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  test('an endpoint that never answers times out', async () => {
    const { server, url } = await listen(() => {});
    try {
      const client = createRpcChainClient({ url, timeoutMs: 200 });
      const { ms, error } = await elapsed(() => client.getBalance('11111111111111111111111111111111'));
      assert.ok(error instanceof ChainUnavailableError, String(error));
      assert.match(error.message, /timed out after 200 ms/);
      assert.ok(ms < 1000, `took ${ms} ms`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('an in-process transport that hangs times out too', async () => {
    const client = createRpcChainClient({ transport: () => new Promise(() => {}), timeoutMs: 100 });
    const { error } = await elapsed(() => client.getLatestBlockhash());
    assert.ok(error instanceof ChainUnavailableError);
  });

  test('HTML, HTTP errors and JSON-RPC server errors', async () => {
    const answers = [
      [200, '<html>gateway</html>'],
      [502, 'bad gateway'],
      [200, '{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"Node is unhealthy"}}'],
    ] as const;
    let i = 0;
    const { server, url } = await listen((_req, res) => {
      const [status, body] = answers[i++];
      res.writeHead(status).end(body);
    });
    try {
      const client = createRpcChainClient({ url, timeoutMs: 1000 });
      for (const _ of answers) {
        const { error } = await elapsed(() => client.getSignatureStatuses([]));
        assert.ok(error instanceof ChainUnavailableError, String(error));
      }
    } finally {
      server.close();
    }
  });
});

describe('rpc chain client against the local chain', () => {
  let chain: LocalChain;
  before(() => {
    chain = createLocalChain();
  });
  after(() => chain.close());

  test('in process: pays, reads back, finds by reference, validates the transfer', async () => {
    const client = createRpcChainClient({ transport: (body) => chain.handleText(body) });
    const wallet = await chain.createFundedWallet();
    const payer = await createKeyPairSignerFromBytes(new Uint8Array(getBase58Encoder().encode(wallet.secretKey)));
    const merchant = (await generateKeyPairSigner()).address;
    const reference = (await generateKeyPairSigner()).address;
    assert.deepEqual(
      (await client.getTokenAccountsByOwner(wallet.address, USDC_MINT)).map((a) => a.amount),
      [1_000_000_000n],
    );
    const wire = await signPaymentTransaction({
      payer,
      transfers: [
        {
          recipient: merchant,
          amountMinor: 25_000_000n,
          splToken: USDC_MINT,
          decimals: USDC_DECIMALS,
          createRecipientTokenAccount: true,
        },
      ],
      references: [reference],
      memo: 'HILT:n1',
      blockhash: await client.getLatestBlockhash(),
    });
    const signature = await client.sendRawTransaction(wire);
    const [status] = await client.getSignatureStatuses([signature]);
    assert.equal(status?.err, null);
    const found = await client.getSignaturesForAddress(reference, { limit: 10 });
    assert.deepEqual(
      found.map((s) => s.signature),
      [signature],
    );
    const tx = await client.getTransaction(signature);
    assert.ok(tx);
    const check = validateTransfer(tx, {
      recipient: merchant,
      splToken: USDC_MINT,
      amountMinor: 25_000_000n,
      references: [reference],
      memo: 'HILT:n1',
    });
    assert.deepEqual(check.problems, []);
    assert.equal(check.received, 25_000_000n);
    assert.equal(check.referencesOnTransfer, true);
    const more = validateTransfer(tx, {
      recipient: merchant,
      splToken: USDC_MINT,
      amountMinor: 25_000_001n,
      memo: 'HILT:other',
    });
    assert.deepEqual(more.problems, ['underpaid', 'memo_missing']);
    assert.equal(await client.getTransaction('1111111111111111111111111111111111111111111111111111111111111111'), null);
  });

  test('over HTTP: a refused transaction is TransactionRejectedError, an airdrop lands', async () => {
    const server = await startLocalChainServer({ port: 0 });
    try {
      const client = createRpcChainClient({ url: server.url, timeoutMs: 2000 });
      const payer = await generateKeyPairSigner();
      const airdrop = await client.requestAirdrop(payer.address, 1_000_000_000n);
      assert.equal((await client.getSignatureStatuses([airdrop]))[0]?.err, null);
      assert.equal(await client.getBalance(payer.address), 1_000_000_000n);
      const wire = await signPaymentTransaction({
        payer,
        transfers: [{ recipient: (await generateKeyPairSigner()).address, amountMinor: 2_000_000_000n }],
        blockhash: await client.getLatestBlockhash(),
      });
      await assert.rejects(client.sendRawTransaction(wire), (err) => {
        assert.ok(err instanceof TransactionRejectedError);
        assert.equal(err.status, 422);
        assert.deepEqual(err.transactionError, { InstructionError: [0n, { Custom: 1n }] });
        assert.ok(err.logs.length > 0);
        return true;
      });
    } finally {
      await server.close();
    }
  });
});
