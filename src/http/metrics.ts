// Prometheus metrics, one registry per app so several apps in one process (tests) do not collide. They are not
// public: `/metrics` answers only with the bearer token of HILT_METRICS_TOKEN, and HILT_METRICS_PORT serves them
// without a token on a separate listener bound to 127.0.0.1 (for a scraper on the same host or pod).
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { UnauthorizedError } from '../errors.ts';
import { sha256Hex } from '../lib/crypto.ts';

/** How often the event-loop lag is sampled. */
const EVENT_LOOP_SAMPLE_MS = 100;

export interface Metrics {
  registry: Registry;
  /** The port of the separate 127.0.0.1 listener, once listening. */
  port(): number | undefined;
  close(): Promise<void>;
}

export async function registerMetrics(
  app: FastifyInstance,
  opts: { defaultMetrics: boolean; token?: string; port?: number },
): Promise<Metrics> {
  const registry = new Registry();
  if (opts.defaultMetrics) {
    collectDefaultMetrics({
      register: registry,
      prefix: 'hilt_',
      // The event-loop lag is sampled by a repeating timer: prom-client's 10 ms default woke an idle server 100 times
      // a second. At ten samples a second, a scrape every 15 s still covers 150 of them.
      eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS,
    });
  }
  const requests = new Counter({
    name: 'hilt_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'hilt_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  if (opts.token) {
    const expected = Buffer.from(sha256Hex(opts.token));
    app.get('/metrics', { config: { auth: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
      if (!m || !timingSafeEqual(Buffer.from(sha256Hex(m[1])), expected)) {
        throw new UnauthorizedError('Metrics need the bearer token of HILT_METRICS_TOKEN', 'invalid_metrics_token');
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  }

  let server: Server | undefined;
  if (opts.port !== undefined) {
    server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(opts.port, '127.0.0.1', () => resolve());
    });
    server.unref();
  }
  return {
    registry,
    port: () => {
      const address = server?.address();
      return address && typeof address === 'object' ? address.port : undefined;
    },
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
