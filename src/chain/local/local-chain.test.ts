import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findAssociatedTokenPda } from '@solana-program/token';
import {
  type Address,
  createKeyPairSignerFromBytes,
  createSolanaRpc,
  generateKeyPairSigner,
  getBase58Encoder,
  isSolanaError,
  SOLANA_ERROR__INSTRUCTION_ERROR__CUSTOM,
  SOLANA_ERROR__TRANSACTION_ERROR__ALREADY_PROCESSED,
  SOLANA_ERROR__TRANSACTION_ERROR__BLOCKHASH_NOT_FOUND,
  type KeyPairSigner,
  type Signature,
} from '@solana/kit';
import { signPaymentTransaction } from '../payment-transaction.ts';
import { MEMO_PROGRAM, TOKEN_PROGRAM, USDC_DECIMALS, USDC_MINT } from '../port.ts';
import { startLocalChainServer, type LocalChainServer } from './server.ts';

type Rpc = ReturnType<typeof createSolanaRpc>;

async function walletSigner(secretKey: string): Promise<KeyPairSigner> {
  return createKeyPairSignerFromBytes(new Uint8Array(getBase58Encoder().encode(secretKey)));
}

async function sendPayment(
  rpc: Rpc,
  payer: KeyPairSigner,
  transfer: { recipient: Address; amountMinor: bigint; splToken?: Address },
  extras: { references?: Address[]; memo?: string; skipPreflight?: boolean } = {},
): Promise<Signature> {
  const { value: blockhash } = await rpc.getLatestBlockhash().send();
  const wire = await signPaymentTransaction({
    payer,
    transfers: [
      {
        ...transfer,
        decimals: transfer.splToken ? USDC_DECIMALS : undefined,
        createRecipientTokenAccount: !!transfer.splToken,
      },
    ],
    references: extras.references,
    memo: extras.memo,
    blockhash,
  });
  return rpc.sendTransaction(wire as never, { encoding: 'base64', skipPreflight: extras.skipPreflight }).send();
}

/** The JSON-RPC error kit threw, with the code of the transaction error it carries as its cause. */
async function rpcError(
  promise: Promise<unknown>,
): Promise<{ code: number; causeCode?: number; context: Record<string, unknown> }> {
  try {
    await promise;
  } catch (err) {
    if (isSolanaError(err)) {
      const context = err.context as Record<string, unknown>;
      const cause = err.cause;
      const causeCode = isSolanaError(cause) ? Number((cause.context as { __code: number }).__code) : undefined;
      return { code: Number(context.__code), causeCode, context };
    }
    throw err;
  }
  assert.fail('expected a JSON-RPC error');
}

async function postJson(url: string, body: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return res.json();
}

describe('local chain over JSON-RPC with a plain @solana/kit client', () => {
  let dataDir: string;
  let server: LocalChainServer;
  let rpc: Rpc;
  let buyer: KeyPairSigner;
  const merchant = { address: '' as Address };
  let solSignature: Signature;
  let usdcSignature: Signature;
  let solReference: Address;
  let usdcReference: Address;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hilt-chain-'));
    server = await startLocalChainServer({ port: 0, dataDir });
    rpc = createSolanaRpc(server.url);
    const wallet = await server.chain.createFundedWallet({ lamports: 5_000_000_000n, usdcMinor: 100_000_000n });
    buyer = await walletSigner(wallet.secretKey);
    merchant.address = (await generateKeyPairSigner()).address;
    solReference = (await generateKeyPairSigner()).address;
    usdcReference = (await generateKeyPairSigner()).address;
  });

  after(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('answers the cluster basics', async () => {
    assert.equal(await rpc.getHealth().send(), 'ok');
    assert.equal(typeof (await rpc.getVersion().send())['solana-core'], 'string');
    const { value } = await rpc.getLatestBlockhash().send();
    assert.equal((await rpc.isBlockhashValid(value.blockhash).send()).value, true);
    assert.ok((await rpc.getBlockHeight().send()) <= value.lastValidBlockHeight);
    assert.equal(await rpc.getMinimumBalanceForRentExemption(0n).send(), 890_880n);
    const mint = await rpc.getAccountInfo(USDC_MINT, { encoding: 'jsonParsed' }).send();
    const parsed = (mint.value!.data as { parsed: { type: string; info: { decimals: number } } }).parsed;
    assert.equal(parsed.type, 'mint');
    assert.equal(parsed.info.decimals, 6);
  });

  test('a SOL transfer with a reference key and a memo lands with the right balances', async () => {
    solSignature = await sendPayment(
      rpc,
      buyer,
      { recipient: merchant.address, amountMinor: 1_500_000_000n },
      { references: [solReference], memo: 'HILT:sol-nonce' },
    );
    const tx = await rpc.getTransaction(solSignature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send();
    assert.ok(tx?.meta);
    assert.equal(tx.meta.err, null);
    assert.equal(tx.meta.fee, 5000n);
    const keys = tx.transaction.message.accountKeys;
    const buyerIndex = keys.indexOf(buyer.address);
    const merchantIndex = keys.indexOf(merchant.address);
    assert.equal(buyerIndex, 0);
    assert.equal(tx.meta.preBalances[buyerIndex] - tx.meta.postBalances[buyerIndex], 1_500_005_000n);
    assert.equal(tx.meta.preBalances[merchantIndex], 0n);
    assert.equal(tx.meta.postBalances[merchantIndex], 1_500_000_000n);
    assert.ok(keys.includes(solReference));
    assert.ok(tx.meta.logMessages?.includes('Program log: HILT:sol-nonce'));
    assert.equal(typeof tx.blockTime, 'bigint');
    assert.ok(Math.abs(Number(tx.blockTime) - Date.now() / 1000) < 5);
    assert.equal(tx.version, 0);
    assert.equal((await rpc.getBalance(merchant.address).send()).value, 1_500_000_000n);

    const parsed = await rpc
      .getTransaction(solSignature, { encoding: 'jsonParsed', maxSupportedTransactionVersion: 0 })
      .send();
    const [memoIx, transferIx] = parsed!.transaction.message.instructions as unknown as {
      program: string;
      parsed: unknown;
    }[];
    assert.deepEqual(memoIx, {
      parsed: 'HILT:sol-nonce',
      program: 'spl-memo',
      programId: MEMO_PROGRAM,
      stackHeight: null,
    });
    assert.equal(transferIx.program, 'system');
    assert.deepEqual(transferIx.parsed, {
      type: 'transfer',
      info: { destination: merchant.address, lamports: 1_500_000_000n, source: buyer.address },
    });
  });

  test('an SPL TransferChecked of USDC at the mainnet mint lands with the right token balances', async () => {
    usdcSignature = await sendPayment(
      rpc,
      buyer,
      { recipient: merchant.address, amountMinor: 12_340_000n, splToken: USDC_MINT },
      { references: [usdcReference], memo: 'HILT:usdc-nonce' },
    );
    const tx = await rpc.getTransaction(usdcSignature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send();
    assert.ok(tx?.meta);
    assert.equal(tx.meta.err, null);
    const [buyerAta] = await findAssociatedTokenPda({
      owner: buyer.address,
      mint: USDC_MINT,
      tokenProgram: TOKEN_PROGRAM,
    });
    const [merchantAta] = await findAssociatedTokenPda({
      owner: merchant.address,
      mint: USDC_MINT,
      tokenProgram: TOKEN_PROGRAM,
    });
    const keys = tx.transaction.message.accountKeys;
    const find = (list: typeof tx.meta.preTokenBalances, key: Address) =>
      list?.find((b) => b.accountIndex === keys.indexOf(key));
    assert.equal(find(tx.meta.preTokenBalances, buyerAta)?.uiTokenAmount.amount, '100000000');
    assert.equal(find(tx.meta.postTokenBalances, buyerAta)?.uiTokenAmount.amount, '87660000');
    assert.equal(find(tx.meta.preTokenBalances, merchantAta), undefined, 'the merchant ATA did not exist before');
    const merchantPost = find(tx.meta.postTokenBalances, merchantAta);
    assert.deepEqual(
      { ...merchantPost?.uiTokenAmount },
      { amount: '12340000', decimals: 6, uiAmount: 12.34, uiAmountString: '12.34' },
    );
    assert.equal(merchantPost?.mint, USDC_MINT);
    assert.equal(merchantPost?.owner, merchant.address);
    assert.ok(keys.includes(usdcReference));

    const balance = await rpc.getTokenAccountBalance(merchantAta).send();
    assert.equal(balance.value.amount, '12340000');
    const accounts = await rpc
      .getTokenAccountsByOwner(merchant.address, { mint: USDC_MINT }, { encoding: 'jsonParsed' })
      .send();
    assert.deepEqual(
      accounts.value.map((a) => a.pubkey),
      [merchantAta],
    );

    const parsed = await rpc
      .getTransaction(usdcSignature, { encoding: 'jsonParsed', maxSupportedTransactionVersion: 0 })
      .send();
    const transfer = (
      parsed!.transaction.message.instructions as unknown as {
        parsed?: { type: string; info: Record<string, unknown> };
      }[]
    ).find((ix) => ix.parsed?.type === 'transferChecked');
    assert.equal(transfer?.parsed?.info.destination, merchantAta);
    assert.equal((transfer!.parsed!.info.tokenAmount as { amount: string }).amount, '12340000');
  });

  test('getSignaturesForAddress finds each payment by its reference key', async () => {
    const sol = await rpc.getSignaturesForAddress(solReference).send();
    assert.deepEqual(
      sol.map((s) => s.signature),
      [solSignature],
    );
    assert.equal(sol[0].memo, '[14] HILT:sol-nonce');
    assert.equal(sol[0].err, null);
    assert.equal(sol[0].confirmationStatus, 'finalized');
    const usdc = await rpc.getSignaturesForAddress(usdcReference).send();
    assert.deepEqual(
      usdc.map((s) => s.signature),
      [usdcSignature],
    );

    const mine = await rpc.getSignaturesForAddress(merchant.address).send();
    assert.deepEqual(
      mine.map((s) => s.signature),
      [usdcSignature, solSignature],
      'newest first',
    );
    assert.deepEqual(
      (await rpc.getSignaturesForAddress(merchant.address, { limit: 1 }).send()).map((s) => s.signature),
      [usdcSignature],
    );
    assert.deepEqual(
      (await rpc.getSignaturesForAddress(merchant.address, { before: usdcSignature }).send()).map((s) => s.signature),
      [solSignature],
    );
    assert.deepEqual(
      (await rpc.getSignaturesForAddress(merchant.address, { until: solSignature }).send()).map((s) => s.signature),
      [usdcSignature],
    );
    const statuses = await rpc.getSignatureStatuses([solSignature, usdcSignature]).send();
    assert.deepEqual(
      statuses.value.map((s) => s?.err),
      [null, null],
    );
  });

  test('a failing transaction sent with skipPreflight lands with meta.err and pays its fee', async () => {
    const poor = await server.chain.createFundedWallet({ lamports: 10_000_000n, usdcMinor: 0n });
    const signer = await walletSigner(poor.secretKey);
    const signature = await sendPayment(
      rpc,
      signer,
      { recipient: merchant.address, amountMinor: 5_000_000_000n },
      { skipPreflight: true, memo: 'HILT:too-poor' },
    );
    const tx = await rpc.getTransaction(signature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send();
    assert.deepEqual(tx?.meta?.err, { InstructionError: [1n, { Custom: 1n }] });
    assert.equal(tx?.meta?.postBalances[0], 10_000_000n - 5000n);
    const [status] = (await rpc.getSignatureStatuses([signature]).send()).value;
    assert.deepEqual(status?.err, { InstructionError: [1n, { Custom: 1n }] });
    const [listed] = await rpc.getSignaturesForAddress(signer.address, { limit: 1 }).send();
    assert.equal(listed.signature, signature);
    assert.notEqual(listed.err, null);
  });

  test('the same failure with preflight is refused with -32002 and the logs', async () => {
    const signer = await walletSigner(
      (await server.chain.createFundedWallet({ lamports: 10_000_000n, usdcMinor: 0n })).secretKey,
    );
    const err = await rpcError(sendPayment(rpc, signer, { recipient: merchant.address, amountMinor: 5_000_000_000n }));
    assert.equal(err.code, -32002);
    assert.equal(err.causeCode, SOLANA_ERROR__INSTRUCTION_ERROR__CUSTOM);
    assert.ok(Array.isArray(err.context.logs) && (err.context.logs as string[]).length > 0);
    assert.equal((await rpc.getSignaturesForAddress(signer.address).send()).length, 1, 'only its funding');
  });

  test('a resent transaction is refused as already processed', async () => {
    const { value: blockhash } = await rpc.getLatestBlockhash().send();
    const wire = await signPaymentTransaction({
      payer: buyer,
      transfers: [{ recipient: merchant.address, amountMinor: 1_000_000n }],
      blockhash,
    });
    await rpc.sendTransaction(wire as never, { encoding: 'base64' }).send();
    const err = await rpcError(rpc.sendTransaction(wire as never, { encoding: 'base64' }).send());
    assert.equal(err.code, -32002);
    assert.equal(err.causeCode, SOLANA_ERROR__TRANSACTION_ERROR__ALREADY_PROCESSED);
  });

  test('standard JSON-RPC errors and batches', async () => {
    const body = (method: string, params: unknown[] = [], id: number = 1) => ({ jsonrpc: '2.0', id, method, params });
    assert.deepEqual(await postJson(server.url, JSON.stringify(body('getNothing'))), {
      error: { code: -32601, message: 'Method not found' },
      id: 1,
      jsonrpc: '2.0',
    });
    assert.equal(((await postJson(server.url, '{"jsonrpc":')) as { error: { code: number } }).error.code, -32700);
    assert.equal(((await postJson(server.url, '{"id":3}')) as { error: { code: number } }).error.code, -32600);
    assert.equal(((await postJson(server.url, '[]')) as { error: { code: number } }).error.code, -32600);
    const bad = (await postJson(server.url, JSON.stringify(body('getBalance', ['not-an-address'])))) as {
      error: { code: number };
    };
    assert.equal(bad.error.code, -32602);
    const batch = (await postJson(
      server.url,
      JSON.stringify([body('getHealth', [], 1), body('getSlot', [], 2), body('nope', [], 3)]),
    )) as { id: number; result?: unknown; error?: { code: number } }[];
    assert.deepEqual(
      batch.map((r) => r.id),
      [1, 2, 3],
    );
    assert.equal(batch[0].result, 'ok');
    assert.equal(batch[2].error?.code, -32601);
    const raw = (await postJson(
      server.url,
      JSON.stringify(body('getAccountInfo', [USDC_MINT, { encoding: 'base64' }])),
    )) as {
      result: { context: { slot: number; apiVersion: string } };
    };
    assert.equal(typeof raw.result.context.slot, 'number');
    assert.equal(typeof raw.result.context.apiVersion, 'string');
  });

  test('a restart on the same data directory keeps balances and history', async () => {
    const merchantBefore = (await rpc.getBalance(merchant.address).send()).value;
    const buyerBefore = (await rpc.getBalance(buyer.address).send()).value;
    await server.close();
    server = await startLocalChainServer({ port: 0, dataDir });
    rpc = createSolanaRpc(server.url);
    assert.equal((await rpc.getBalance(merchant.address).send()).value, merchantBefore);
    assert.equal((await rpc.getBalance(buyer.address).send()).value, buyerBefore);
    const [merchantAta] = await findAssociatedTokenPda({
      owner: merchant.address,
      mint: USDC_MINT,
      tokenProgram: TOKEN_PROGRAM,
    });
    assert.equal((await rpc.getTokenAccountBalance(merchantAta).send()).value.amount, '12340000');
    const tx = await rpc.getTransaction(usdcSignature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send();
    assert.equal(tx?.meta?.err, null);
    assert.deepEqual(
      (await rpc.getSignaturesForAddress(solReference).send()).map((s) => s.signature),
      [solSignature],
    );
    // The chain keeps working after the restart, and its mint authority is the same one.
    await sendPayment(rpc, buyer, { recipient: merchant.address, amountMinor: 1_000_000n, splToken: USDC_MINT });
    await server.chain.fundUsdc(merchant.address, 1n);
    assert.equal((await rpc.getTokenAccountBalance(merchantAta).send()).value.amount, '13340001');
  });
});

describe('blockhash expiry', () => {
  let server: LocalChainServer;
  before(async () => {
    server = await startLocalChainServer({ port: 0, slotMs: 20, blockhashTtlMs: 100 });
  });
  after(async () => {
    await server?.close();
  });

  test('a transaction on an expired blockhash is refused with "Blockhash not found"', async () => {
    const rpc = createSolanaRpc(server.url);
    const payer = await walletSigner((await server.chain.createFundedWallet({ usdcMinor: 0n })).secretKey);
    const { value: old } = await rpc.getLatestBlockhash().send();
    assert.equal(old.lastValidBlockHeight - (await rpc.getBlockHeight().send()) <= 5n, true);
    await new Promise((r) => setTimeout(r, 250));
    assert.equal((await rpc.isBlockhashValid(old.blockhash).send()).value, false);
    assert.ok((await rpc.getBlockHeight().send()) > old.lastValidBlockHeight);
    const wire = await signPaymentTransaction({
      payer,
      transfers: [{ recipient: (await generateKeyPairSigner()).address, amountMinor: 1_000_000n }],
      blockhash: old,
    });
    const err = await rpcError(rpc.sendTransaction(wire as never, { encoding: 'base64' }).send());
    assert.equal(err.code, -32002);
    assert.equal(err.causeCode, SOLANA_ERROR__TRANSACTION_ERROR__BLOCKHASH_NOT_FOUND);
    const raw = (await postJson(
      server.url,
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'sendTransaction', params: [wire, { encoding: 'base64' }] }),
    )) as { error: { code: number; message: string; data: { err: unknown } } };
    assert.equal(raw.error.message, 'Transaction simulation failed: Blockhash not found');
    assert.equal(raw.error.data.err, 'BlockhashNotFound');
    // With skipPreflight the cluster accepts it and drops it: it never lands.
    const signature = await rpc.sendTransaction(wire as never, { encoding: 'base64', skipPreflight: true }).send();
    assert.deepEqual((await rpc.getSignatureStatuses([signature]).send()).value, [null]);
    assert.equal(
      await rpc.getTransaction(signature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send(),
      null,
    );
  });
});
