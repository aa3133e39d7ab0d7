// `hilt webhooks listen --forward-to URL`, like `stripe listen`. By default it listens on a local port, registers a
// temporary endpoint pointing there (its signing secret is printed, so the local server verifies events exactly as
// in production), relays each delivery with its signature headers and hands the local answer back to Hilt, and
// disables the endpoint when it stops. With --poll, or when the server refuses a local URL, it reads the event log
// instead and signs each new event with a local secret.
import http from 'node:http';
import { hostname } from 'node:os';
import { HiltApiError } from '../../../sdk/src/index.ts';
import { generateSigningSecret, signedHeaders } from '../../webhook/signing.ts';
import { describeDetail, type Run } from '../context.ts';
import { time } from '../format.ts';

export interface ListenOptions {
  forwardTo: URL;
  event?: string[];
  product?: string[];
  poll?: boolean;
  interval: number;
  secret?: string;
  host: string;
  port: number;
  publicUrl?: string;
  maxEvents?: number;
}

const RELAYED_HEADERS = [
  'content-type',
  'user-agent',
  'x-hilt-signature',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
];

interface Forwarded {
  status: number | null;
  error: string | null;
}

async function forward(url: URL, body: string, headers: Record<string, string>): Promise<Forwarded> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(15_000) });
    await res.body?.cancel();
    return { status: res.status, error: null };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    return { status: null, error: e.name === 'TimeoutError' ? 'no answer in 15 s' : (e.cause?.code ?? e.message) };
  }
}

export async function listenForEvents(run: Run, opts: ListenOptions): Promise<void> {
  const client = run.client();
  let forwarded = 0;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let stopping = false;
  void stopped.then(() => {
    stopping = true;
  });
  void run.io.stopSignal().then((signal) => {
    if (!run.json) run.err(`${signal} received, stopping`);
    stop();
  });

  const wanted = (type: string, productId: string | null | undefined) =>
    (!opts.event || opts.event.includes(type)) && (!opts.product || (productId && opts.product.includes(productId)));

  const report = (id: string, type: string, result: Forwarded) => {
    forwarded++;
    if (run.json) run.out(JSON.stringify({ event_id: id, type, status: result.status, error: result.error }));
    else {
      const answer = result.status !== null ? String(result.status) : `failed (${result.error})`;
      run.out(`${time(new Date().toISOString())}  ${type}  ${id}  → ${answer}`);
    }
    if (opts.maxEvents && forwarded >= opts.maxEvents) stop();
  };

  async function poll(secret: string): Promise<void> {
    const seen = new Set<string>();
    // Only events recorded from now on are forwarded.
    for (const e of (await client.webhooks.listEvents({ per_page: 100 })).events) seen.add(e.id);
    if (!run.json) {
      run.out(`Ready! Forwarding new events to ${opts.forwardTo} (polling the event log every ${opts.interval} s)`);
      run.out(`Your webhook signing secret is ${secret}`);
    }
    while (!stopping) {
      const page = await client.webhooks.listEvents({ per_page: 100 });
      for (const e of page.events.slice().reverse()) {
        if (seen.has(e.id) || stopping) continue;
        seen.add(e.id);
        if (!wanted(e.event_type, e.product_id)) continue;
        const body = JSON.stringify(e.payload);
        const headers = signedHeaders(secret, e.id, Math.floor(Date.now() / 1000), body);
        report(e.id, e.event_type, await forward(opts.forwardTo, body, headers));
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stopped, new Promise((r) => (timer = setTimeout(r, opts.interval * 1000)))]);
      clearTimeout(timer);
    }
  }

  if (opts.poll) return poll(opts.secret ?? generateSigningSecret());

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const name of RELAYED_HEADERS) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      let type = 'event';
      try {
        type = String(JSON.parse(body).type ?? type);
      } catch {}
      const result = await forward(opts.forwardTo, body, headers);
      // Hilt sees the local server's answer: a failure there is retried like a production failure.
      res.writeHead(result.status ?? 502).end();
      report(headers['webhook-id'] ?? '-', type, result);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const url = opts.publicUrl ?? `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}/`;
  let endpointId: string;
  try {
    const created = await client.webhooks.createEndpoint({
      label: `hilt webhooks listen (${hostname()})`,
      url,
      ...(opts.event ? { subscribed_events: opts.event } : {}),
      ...(opts.product ? { product_ids: opts.product } : {}),
    });
    endpointId = created.endpoint.id;
    if (!run.json) {
      run.out(`Ready! Forwarding events to ${opts.forwardTo} through temporary endpoint ${endpointId} (${url})`);
      run.out(`Your webhook signing secret is ${created.signing_secret}`);
    }
  } catch (err) {
    server.close();
    if (err instanceof HiltApiError && err.statusCode === 422 && !opts.publicUrl) {
      run.err(`note: the server does not deliver to ${url} (${describeDetail(err)}); polling the event log instead`);
      return poll(opts.secret ?? generateSigningSecret());
    }
    throw err;
  }
  try {
    await stopped;
  } finally {
    server.close();
    server.closeAllConnections();
    try {
      await client.webhooks.disableEndpoint(endpointId);
      if (!run.json) run.out(`Stopped; temporary endpoint ${endpointId} disabled`);
    } catch (err) {
      run.err(`hilt: could not disable temporary endpoint ${endpointId}: ${(err as Error).message}`);
    }
  }
}
