// A webhook receiver on 127.0.0.1, as a merchant would run one: it records every request, verifies it with the
// `standardwebhooks` package and by checking X-Hilt-Signature itself, and answers what the test tells it to.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { verifyHiltSignature } from '../../src/webhook/signing.ts';

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; livemode: boolean; data: Record<string, unknown> };
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answer for a path (default 200); a function may hold the response by never calling `respond`. */
  answer: Map<string, number | ((req: http.IncomingMessage, res: http.ServerResponse) => void)>;
  /** Resolves on the next request whose path starts with `prefix`. */
  next(prefix?: string, timeoutMs?: number): Promise<Received>;
  /** Checks a received request with both verifiers; `toleranceSec` is Infinity for replays under a fake clock. */
  verify(r: Received, secret: string, opts?: { nowSec?: number }): { standard: boolean; hilt: boolean };
  close(): Promise<void>;
}

/** `port` 0 picks a free one; a fixed port brings back a receiver that was down on the URL it had. */
export async function startReceiver(port = 0): Promise<Receiver> {
  const received: Received[] = [];
  const answer: Receiver['answer'] = new Map();
  const waiters: { prefix: string; resolve: (r: Received) => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      let json: Received['json'];
      try {
        json = JSON.parse(body);
      } catch {
        json = { id: '', type: '', livemode: false, data: {} };
      }
      const r: Received = { path, headers: req.headers, body, json, at: Date.now() };
      received.push(r);
      for (const w of [...waiters]) {
        if (path.startsWith(w.prefix)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(r);
        }
      }
      const a = [...answer.entries()].find(([p]) => path.startsWith(p))?.[1] ?? 200;
      if (typeof a === 'function') return a(req, res);
      res.writeHead(a, { 'content-type': 'text/plain' }).end(a < 300 ? 'ok' : `status ${a}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    received,
    answer,
    next(prefix = '/', timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no webhook on ${prefix} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          prefix,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    verify(r, secret, opts = {}) {
      let standard = false;
      try {
        // standardwebhooks checks the timestamp against the wall clock (5 min tolerance).
        new Webhook(secret).verify(r.body, {
          'webhook-id': String(r.headers['webhook-id']),
          'webhook-timestamp': String(r.headers['webhook-timestamp']),
          'webhook-signature': String(r.headers['webhook-signature']),
        });
        standard = true;
      } catch {
        standard = false;
      }
      const hilt = verifyHiltSignature(
        secret,
        String(r.headers['x-hilt-signature'] ?? ''),
        r.body,
        opts.nowSec ?? Math.floor(Date.now() / 1000),
      );
      return { standard, hilt };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
