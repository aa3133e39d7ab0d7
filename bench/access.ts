// Pay API benchmark, on the embedded default (PGlite in a data folder, the sandbox chain in process), in one run:
//  1. the plain confirm path: N checkout sessions for a USDC product, paid on chain beforehand, confirmed through
//     POST /v1/pay/confirm over HTTP;
//  2. settle-and-consume round trips: N x402 sessions opened and their buyer transactions signed beforehand, then
//     per session POST /v1/access/x402/settle (verify, simulate, send, confirm, proof + receipt + entitlement +
//     events in one transaction) followed by POST /v1/access/entitlements/consume, as protectEndpoint does.
// Both run over HTTP with the same concurrency. Every settled session must end with exactly one proof, one
// receipt, one access.entitlement.activated event and one burnt unit.
//
//   node --import tsx bench/access.ts [--sessions 300] [--concurrency 8]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getAddMemoInstruction } from '@solana-program/memo';
import {
  findAssociatedTokenPda,
  getCreateAssociatedTokenIdempotentInstruction,
  getTransferCheckedInstruction,
} from '@solana-program/token';
import { type Address, address, createKeyPairSignerFromBytes, type Instruction } from '@solana/kit';
import bs58 from '../src/lib/base58.ts';
import { createApp } from '../src/app.ts';
import { createLocalChain } from '../src/chain/local/index.ts';
import { signInstructions, signPaymentTransaction } from '../src/chain/payment-transaction.ts';
import { MEMO_PROGRAM, TOKEN_PROGRAM, USDC_MINT } from '../src/chain/port.ts';
import { loadConfig } from '../src/config.ts';
import { listen } from './lib.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = flag('--sessions', 300);
const CONCURRENCY = flag('--concurrency', 8);
const PRICE = 10_000n;

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < items.length; i = next++) await fn(items[i], i);
    }),
  );
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${text}`);
  return JSON.parse(text);
}

const dataDir = mkdtempSync(join(tmpdir(), 'hilt-bench-access-'));
const chain = createLocalChain();
const config = loadConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  HILT_DATA_DIR: dataDir,
  HILT_RATE_LIMIT_FREE: '0',
  HILT_RATE_LIMIT_PUBLIC: '0',
});
const hilt = await createApp(config, { sandboxChain: chain, reconciler: false, maintenance: false });
let exitCode = 0;
try {
  const base = await listen(hilt.app);
  const reg = await hilt.app.inject({
    method: 'POST',
    url: '/v1/auth/register',
    payload: { email: 'bench@example.com', password: 'correct horse battery staple' },
  });
  const token = reg.json().token as string;
  const keyRes = await hilt.app.inject({
    method: 'POST',
    url: '/v1/keys',
    headers: { authorization: `Bearer ${token}` },
    payload: { name: 'bench', sandbox_mode: true },
  });
  const key = { 'x-hilt-key': keyRes.json().raw_key as string };
  const merchant = (await chain.createFundedWallet({ usdcMinor: 0n })).address;
  const buyerWallet = await chain.createFundedWallet({ lamports: 1_000_000_000_000n, usdcMinor: 1_000_000_000_000n });
  const buyer = await createKeyPairSignerFromBytes(bs58.decode(buyerWallet.secretKey));
  console.log(
    `Pay API benchmark — Node ${process.version}, ${availableParallelism()} CPUs, embedded PGlite, ` +
      `${N} sessions per path, ${CONCURRENCY} in flight, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const lifetime = () => {
    const { blockhash, lastValidBlockHeight } = chain.state.latestBlockhash();
    return { blockhash, lastValidBlockHeight: BigInt(lastValidBlockHeight) };
  };

  // 1. plain confirm path
  const product = await post(
    `${base}/v1/products`,
    {
      product_type: 'PAYMENT_LINK',
      title: 'Bench',
      amount_minor_units: Number(PRICE),
      token_mint: USDC_MINT,
      merchant_wallet: merchant,
    },
    key,
  );
  const sessions = [];
  for (let i = 0; i < N; i++)
    sessions.push(await hilt.services.checkout.connect(product.slug, { payer_wallet: buyer.address }));
  const signatures: string[] = [];
  const l1 = lifetime();
  for (const s of sessions) {
    const wire = await signPaymentTransaction({
      payer: buyer,
      transfers: [
        {
          recipient: merchant as Address,
          amountMinor: PRICE,
          splToken: USDC_MINT,
          decimals: 6,
          createRecipientTokenAccount: true,
        },
      ],
      references: [s.reference as Address],
      memo: `HILT:${s.nonce}`,
      blockhash: l1,
    });
    signatures.push(await hilt.services.payments.chainFor({ livemode: false }).sendRawTransaction(wire));
  }
  let t = performance.now();
  await pool(sessions, CONCURRENCY, async (s, i) => {
    await post(
      `${base}/v1/pay/confirm`,
      { payment_id: s.payment_id, tx_signature: signatures[i], payer_wallet: buyer.address },
      {},
    );
  });
  const confirmSeconds = (performance.now() - t) / 1000;

  // 2. settle and consume
  await post(
    `${base}/v1/access/products`,
    {
      external_product_id: 'bench-api',
      amount_minor_units: Number(PRICE),
      merchant_wallet: merchant,
      usage_units_per_payment: 1,
    },
    { ...key, 'idempotency-key': 'bench-product' },
  );
  const x402 = [];
  for (let i = 0; i < N; i++) {
    const r = await post(
      `${base}/v1/access/payment-sessions`,
      { external_product_id: 'bench-api', external_customer_id: `agent-${i}`, payment_protocol: 'x402' },
      { ...key, 'idempotency-key': `bench-session-${i}` },
    );
    const required = JSON.parse(
      Buffer.from(r.payment_session.payment_requirement.headers['PAYMENT-REQUIRED'], 'base64').toString(),
    );
    x402.push({ id: r.payment_session.id as string, required });
  }
  const [source] = await findAssociatedTokenPda({ owner: buyer.address, mint: USDC_MINT, tokenProgram: TOKEN_PROGRAM });
  const [destination] = await findAssociatedTokenPda({
    owner: address(merchant),
    mint: USDC_MINT,
    tokenProgram: TOKEN_PROGRAM,
  });
  const l2 = lifetime();
  const payloads = [];
  for (const [i, s] of x402.entries()) {
    const accepted = s.required.accepts[0];
    // The memo only makes each payment a distinct transaction (same payer, amount and recipient otherwise).
    const instructions: Instruction[] = [
      getCreateAssociatedTokenIdempotentInstruction({
        payer: buyer,
        ata: destination,
        owner: address(merchant),
        mint: USDC_MINT,
      }),
      getTransferCheckedInstruction({
        source,
        mint: USDC_MINT,
        destination,
        authority: buyer,
        amount: PRICE,
        decimals: 6,
      }),
      getAddMemoInstruction({ memo: `bench-${i}` }, { programAddress: MEMO_PROGRAM }),
    ];
    const tx = await signInstructions(buyer, instructions, l2);
    const signature = Buffer.from(
      JSON.stringify({ x402Version: 2, resource: s.required.resource, accepted, payload: { transaction: tx } }),
    ).toString('base64');
    payloads.push({ session: s.id, signature, customer: `agent-${i}` });
  }
  t = performance.now();
  await pool(payloads, CONCURRENCY, async (p, i) => {
    await post(
      `${base}/v1/access/x402/settle`,
      { payment_session_id: p.session, payment_signature: p.signature },
      { ...key, 'idempotency-key': `settle-bench-${i}` },
    );
    const c = await post(
      `${base}/v1/access/entitlements/consume`,
      { external_product_id: 'bench-api', external_customer_id: p.customer, units: 1 },
      { ...key, 'idempotency-key': `consume-bench-${i}` },
    );
    if (c.consumed !== true) throw new Error('consume did not burn');
  });
  const settleSeconds = (performance.now() - t) / 1000;

  const [check] = await hilt.db.query<{ proofs: number; receipts: number; events: number; burnt: number }>(
    `SELECT (SELECT count(*)::int FROM access_payment_proofs) AS proofs,
            (SELECT count(*)::int FROM receipts r JOIN access_payment_proofs p ON p.receipt_id = r.id) AS receipts,
            (SELECT count(*)::int FROM events WHERE type = 'access.entitlement.activated') AS events,
            (SELECT coalesce(sum(usage_consumed), 0)::int FROM access_entitlements) AS burnt`,
  );
  const confirmRate = N / confirmSeconds;
  const settleRate = N / settleSeconds;
  console.log('\n| path | operations | seconds | per second |');
  console.log('|---|---|---|---|');
  console.log(
    `| POST /v1/pay/confirm (plain confirm) | ${N} | ${confirmSeconds.toFixed(2)} | ${confirmRate.toFixed(1)} |`,
  );
  console.log(
    `| x402/settle + entitlements/consume | ${N} round trips | ${settleSeconds.toFixed(2)} | ${settleRate.toFixed(1)} |`,
  );
  console.log(
    `\nsettle-and-consume runs at ${((settleRate / confirmRate) * 100).toFixed(0)}% of the plain confirm rate`,
  );
  console.log(
    `check: ${check.proofs} proofs, ${check.receipts} receipts, ${check.events} activation events, ${check.burnt} units burnt`,
  );
  if (check.proofs !== N || check.receipts !== N || check.events !== N || check.burnt !== N) {
    console.log('FAILED: every settled session must have one proof, receipt, event and burnt unit');
    exitCode = 1;
  }
} finally {
  await hilt.close();
  await chain.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
