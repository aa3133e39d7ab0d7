// The buyers of bench/spike.ts, in a worker thread so they share no event loop with the chain the servers call.
// Open loop: buyer i arrives at start + i / rate whatever the servers answer. Each loads the public checkout payload
// and opens a session; every `payEvery`-th also signs and sends a real payment to the local chain (the wallet's
// part, not timed) and confirms it. Buyers are spread over the servers round-robin.
import { parentPort, workerData } from 'node:worker_threads';
import { type Address, createKeyPairSignerFromBytes } from '@solana/kit';
import { signPaymentTransaction } from '../src/chain/payment-transaction.ts';
import bs58 from '../src/lib/base58.ts';

export interface LoadInput {
  kind: 'hilt' | 'control';
  servers: { url: string; slug: string }[];
  rate: number;
  seconds: number;
  payEvery: number;
  chainUrl: string;
  buyerSecret: string;
  timeoutMs: number;
}

export interface StepStats {
  latencies: number[];
  errors: number;
  samples: string[];
}

export interface LoadOutput {
  buyers: number;
  payers: number;
  arrivalSeconds: number;
  seconds: number;
  steps: Record<'page' | 'connect' | 'confirm', StepStats>;
  /** Latest an arrival was launched behind its schedule, in ms (the generator's own lag). */
  maxLagMs: number;
}

const input = workerData as LoadInput;
const buyer = await createKeyPairSignerFromBytes(bs58.decode(input.buyerSecret));
const steps: LoadOutput['steps'] = {
  page: { latencies: [], errors: 0, samples: [] },
  connect: { latencies: [], errors: 0, samples: [] },
  confirm: { latencies: [], errors: 0, samples: [] },
};

async function rpc<T>(method: string, params: unknown[]): Promise<T> {
  const res = await fetch(input.chainUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

let blockhash = (await rpc<{ value: { blockhash: string; lastValidBlockHeight: number } }>('getLatestBlockhash', []))
  .value;
const refresh = setInterval(async () => {
  try {
    blockhash = (await rpc<{ value: typeof blockhash }>('getLatestBlockhash', [])).value;
  } catch {}
}, 1000);

/** Times one request; a non-2xx answer or a timeout counts as an error of the step. */
async function step<T>(name: keyof typeof steps, url: string, init?: RequestInit): Promise<T | undefined> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(input.timeoutMs) });
    const text = await res.text();
    if (!res.ok) {
      steps[name].errors++;
      if (steps[name].samples.length < 5) steps[name].samples.push(`${res.status} ${text.slice(0, 160)}`);
      return undefined;
    }
    steps[name].latencies.push(performance.now() - t0);
    return JSON.parse(text) as T;
  } catch (err) {
    steps[name].errors++;
    if (steps[name].samples.length < 5)
      steps[name].samples.push(String((err as { cause?: unknown }).cause ?? err).slice(0, 160));
    return undefined;
  }
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function oneBuyer(i: number) {
  const { url, slug } = input.servers[i % input.servers.length];
  const hilt = input.kind === 'hilt';
  const page = await step('page', hilt ? `${url}/v1/products/p/${slug}` : `${url}/control/p/${slug}`);
  if (!page) return;
  const session = await step<{
    payment_id: string;
    nonce: string;
    reference: string;
    merchant_wallet?: string;
    merchant_amount_minor_units: number;
  }>(
    'connect',
    hilt ? `${url}/v1/products/p/${slug}/connect` : `${url}/control/p/${slug}/connect`,
    json({ payer_wallet: buyer.address }),
  );
  if (!session || i % input.payEvery !== input.payEvery - 1) return;
  // The wallet's part: sign and send a real transfer carrying the session's memo and reference.
  let signature: string;
  try {
    const wire = await signPaymentTransaction({
      payer: buyer,
      transfers: [
        {
          recipient: (session.merchant_wallet ?? (page as { merchant_wallet: string }).merchant_wallet) as Address,
          amountMinor: BigInt(session.merchant_amount_minor_units),
        },
      ],
      references: [session.reference as Address],
      memo: `HILT:${session.nonce}`,
      blockhash: { blockhash: blockhash.blockhash, lastValidBlockHeight: BigInt(blockhash.lastValidBlockHeight) },
    });
    signature = await rpc<string>('sendTransaction', [wire, { encoding: 'base64' }]);
  } catch (err) {
    steps.confirm.errors++;
    if (steps.confirm.samples.length < 5) steps.confirm.samples.push(`chain: ${String(err).slice(0, 160)}`);
    return;
  }
  await step(
    'confirm',
    hilt ? `${url}/v1/pay/confirm` : `${url}/control/confirm`,
    json({ payment_id: session.payment_id, tx_signature: signature, payer_wallet: buyer.address }),
  );
}

const started = performance.now();
const total = Math.round(input.rate * input.seconds);
const running: Promise<void>[] = [];
let launched = 0;
let maxLagMs = 0;
while (launched < total) {
  const elapsed = performance.now() - started;
  const due = Math.min(total, Math.floor((elapsed * input.rate) / 1000) + 1);
  while (launched < due) {
    maxLagMs = Math.max(maxLagMs, elapsed - (launched * 1000) / input.rate);
    running.push(oneBuyer(launched++));
  }
  await new Promise((r) => setTimeout(r, 2));
}
const arrivalSeconds = (performance.now() - started) / 1000;
await Promise.all(running);
clearInterval(refresh);
const out: LoadOutput = {
  buyers: total,
  payers: Math.floor(total / input.payEvery),
  arrivalSeconds,
  seconds: (performance.now() - started) / 1000,
  steps,
  maxLagMs,
};
parentPort?.postMessage(out);
