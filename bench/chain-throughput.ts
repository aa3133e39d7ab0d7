// Transfers per second on the local sandbox chain: full round trips through JSON-RPC over HTTP (getLatestBlockhash,
// build, sign, sendTransaction, getTransaction) with a plain @solana/kit client, beside the in-process rates.
// Usage: node --import tsx bench/chain-throughput.ts [maxTx=2000] [maxSeconds=10]
import { getTransferSolInstruction } from '@solana-program/system';
import {
  appendTransactionMessageInstructions,
  createKeyPairSignerFromBytes,
  createSolanaRpc,
  createTransactionMessage,
  generateKeyPairSigner,
  getBase58Encoder,
  type KeyPairSigner,
  pipe,
  setTransactionMessageFeePayerSigner,
  signTransactionMessageWithSigners,
} from '@solana/kit';
import { LiteSVM } from 'litesvm';
import { createLocalChain } from '../src/chain/local/index.ts';
import { startLocalChainServer } from '../src/chain/local/server.ts';
import { signPaymentTransaction } from '../src/chain/payment-transaction.ts';
import { MEMO_PROGRAM } from '../src/chain/port.ts';
import { getAddMemoInstruction } from '@solana-program/memo';

const maxTx = Number(process.argv[2] ?? 2000);
const maxMs = Number(process.argv[3] ?? 10) * 1000;

interface Row {
  mode: string;
  tx: number;
  seconds: number;
}

async function run(mode: string, once: (i: number) => Promise<void>, concurrency = 1): Promise<Row> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < maxTx && performance.now() - started < maxMs) await once(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { mode, tx: next, seconds: (performance.now() - started) / 1000 };
}

async function payer(secretKey: string): Promise<KeyPairSigner> {
  return createKeyPairSignerFromBytes(new Uint8Array(getBase58Encoder().encode(secretKey)));
}

const rows: Row[] = [];

// 1. JSON-RPC over HTTP, the way a wallet or the platform would use it.
{
  const server = await startLocalChainServer({ port: 0 });
  const rpc = createSolanaRpc(server.url);
  const buyer = await payer(
    (await server.chain.createFundedWallet({ lamports: 1_000_000_000_000n, usdcMinor: 0n })).secretKey,
  );
  const merchant = (await generateKeyPairSigner()).address;
  await server.chain.fundSol(merchant, 1_000_000_000n);
  const roundTrip = async (i: number) => {
    const { value: blockhash } = await rpc.getLatestBlockhash().send();
    const wire = await signPaymentTransaction({
      payer: buyer,
      transfers: [{ recipient: merchant, amountMinor: 1_000_000n + BigInt(i) }],
      memo: `HILT:${i}`,
      blockhash,
    });
    const signature = await rpc.sendTransaction(wire as never, { encoding: 'base64' }).send();
    const tx = await rpc.getTransaction(signature, { encoding: 'json', maxSupportedTransactionVersion: 0 }).send();
    if (!tx || tx.meta?.err) throw new Error(`transaction ${signature} did not land cleanly`);
  };
  rows.push(await run('JSON-RPC over HTTP, sequential', roundTrip));
  rows.push(await run('JSON-RPC over HTTP, 8 in flight', (i) => roundTrip(maxTx + i), 8));
  await server.close();
}

// 2. The same JSON-RPC handler in process (the API server's path to its embedded chain), no HTTP.
{
  const chain = createLocalChain();
  const rpc = (method: string, params: unknown[]) =>
    chain.handle({ jsonrpc: '2.0', id: 1, method, params }) as Promise<{ result: never; error?: unknown }>;
  const buyer = await payer(
    (await chain.createFundedWallet({ lamports: 1_000_000_000_000n, usdcMinor: 0n })).secretKey,
  );
  const merchant = (await generateKeyPairSigner()).address;
  await chain.fundSol(merchant, 1_000_000_000n);
  rows.push(
    await run('JSON-RPC handler in process', async (i) => {
      const { result: latest } = await rpc('getLatestBlockhash', []);
      const { value } = latest as { value: { blockhash: string; lastValidBlockHeight: number } };
      const wire = await signPaymentTransaction({
        payer: buyer,
        transfers: [{ recipient: merchant, amountMinor: 1_000_000n + BigInt(i) }],
        memo: `HILT:${i}`,
        blockhash: { blockhash: value.blockhash, lastValidBlockHeight: BigInt(value.lastValidBlockHeight) },
      });
      const sent = await rpc('sendTransaction', [wire, { encoding: 'base64' }]);
      const got = await rpc('getTransaction', [sent.result, { encoding: 'json', maxSupportedTransactionVersion: 0 }]);
      if (sent.error || !got.result) throw new Error('transaction did not land');
    }),
  );
  await chain.close();
}

// 3. Bare LiteSVM: build, sign and execute, nothing around it.
{
  const svm = new LiteSVM();
  const buyer = await generateKeyPairSigner();
  const merchant = (await generateKeyPairSigner()).address;
  svm.airdrop(buyer.address, 1_000_000_000_000n as never);
  svm.airdrop(merchant, 1_000_000_000n as never);
  rows.push(
    await run('LiteSVM in process (build, sign, execute)', async (i) => {
      const tx = await signTransactionMessageWithSigners(
        pipe(
          createTransactionMessage({ version: 0 }),
          (m) => setTransactionMessageFeePayerSigner(buyer, m),
          (m) => svm.setTransactionMessageLifetimeUsingLatestBlockhash(m),
          (m) =>
            appendTransactionMessageInstructions(
              [
                getAddMemoInstruction({ memo: `HILT:${i}` }, { programAddress: MEMO_PROGRAM }),
                getTransferSolInstruction({ source: buyer, destination: merchant, amount: 1_000_000n + BigInt(i) }),
              ],
              m,
            ),
        ),
      );
      svm.sendTransaction(tx);
    }),
  );
}

console.log(`\nLocal chain throughput (SOL transfer + memo; at most ${maxTx} tx or ${maxMs / 1000} s per row)\n`);
const width = Math.max(...rows.map((r) => r.mode.length));
console.log(`${'mode'.padEnd(width)}  ${'tx'.padStart(6)}  ${'seconds'.padStart(8)}  ${'tx/s'.padStart(8)}`);
for (const r of rows) {
  console.log(
    `${r.mode.padEnd(width)}  ${String(r.tx).padStart(6)}  ${r.seconds.toFixed(2).padStart(8)}  ${(r.tx / r.seconds).toFixed(0).padStart(8)}`,
  );
}
