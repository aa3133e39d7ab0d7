import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES } from '../../src/error-codes.ts';
import { bearer, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';

describe('HTTP hygiene and operations', () => {
  let hilt: TestApp;
  before(async () => {
    hilt = await createTestApp();
  });
  after(() => hilt.dispose());

  test('every response carries X-Request-Id; a well-formed incoming one is kept', async () => {
    const fresh = await hilt.app.inject({ method: 'GET', url: '/health' });
    assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const kept = await hilt.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'req_abc-123' } });
    assert.equal(kept.headers['x-request-id'], 'req_abc-123');
    const replaced = await hilt.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'bad id with spaces\u00e9' },
    });
    assert.notEqual(replaced.headers['x-request-id'], 'bad id with spaces\u00e9');
  });

  test('unknown route is 404 in the error shape', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: '/v1/nope?x=1', headers: { 'x-request-id': 'r-404' } });
    assert.equal(res.statusCode, 404);
    assert.deepEqual(res.json(), {
      detail: 'No route GET /v1/nope',
      code: 'route_not_found',
      request_id: 'r-404',
      docs_url: `${hilt.config.publicUrl}/v1/docs/errors#route_not_found`,
    });
    assert.equal(res.headers['x-hilt-request-id'], 'r-404');
    assert.ok(res.headers['x-ratelimit-limit']);
  });

  test('every response carries X-Hilt-Request-Id equal to X-Request-Id, and accepts it as the incoming id', async () => {
    for (const url of ['/health', '/v1/health', '/v1/products', '/v1/nope', '/v1/openapi.json']) {
      const res = await hilt.app.inject({ method: 'GET', url });
      assert.ok(res.headers['x-request-id'], url);
      assert.equal(res.headers['x-hilt-request-id'], res.headers['x-request-id'], url);
    }
    const kept = await hilt.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-hilt-request-id': 'hilt-req-1' },
    });
    assert.equal(kept.headers['x-request-id'], 'hilt-req-1');
    assert.equal(kept.headers['x-hilt-request-id'], 'hilt-req-1');
    // The router's own errors (a malformed URL) carry both too.
    const bad = await hilt.app.inject({ method: 'GET', url: '/v1/products/%E0%A4%A' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['x-hilt-request-id'], bad.headers['x-request-id']);
    assert.equal(bad.json().code, 'bad_url');
    assert.equal(bad.json().docs_url, `${hilt.config.publicUrl}/v1/docs/errors#bad_url`);
  });

  test('docs_url of every error points at a row of the error reference, which lists every code', async () => {
    const page = await hilt.app.inject({ method: 'GET', url: '/v1/docs/errors' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    for (const code of Object.keys(ERROR_CODES)) assert.ok(page.body.includes(`<tr id="${code}">`), code);
    const json = await hilt.app.inject({ method: 'GET', url: '/v1/docs/errors.json' });
    assert.deepEqual(
      json
        .json()
        .codes.map((c: { code: string }) => c.code)
        .sort(),
      Object.keys(ERROR_CODES).sort(),
    );
    // Errors from each layer: the auth pipeline, the schema, a service, the JSON parser.
    const samples = [
      await hilt.app.inject({ method: 'GET', url: '/v1/products' }),
      await hilt.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 1 } }),
      await hilt.app.inject({ method: 'GET', url: `/v1/payments/${randomUUID()}` }),
      await hilt.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      }),
    ];
    for (const res of samples) {
      const body = res.json();
      assert.ok(body.code in ERROR_CODES, body.code);
      assert.ok(
        (ERROR_CODES as Record<string, { statuses: readonly number[] }>)[body.code].statuses.includes(res.statusCode),
        body.code,
      );
      assert.equal(body.docs_url, `${hilt.config.publicUrl}/v1/docs/errors#${body.code}`);
      const anchor = new URL(body.docs_url).hash.slice(1);
      assert.ok(page.body.includes(`id="${anchor}"`));
      assert.equal(body.request_id, res.headers['x-hilt-request-id']);
    }
  });

  test('malformed JSON is 400 invalid_json', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'invalid_json');
  });

  test('a body over 1 MiB is 413', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1024 * 1024 + 10) }),
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'payload_too_large');
  });

  test('a body that is not JSON is 415', async () => {
    const res = await hilt.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a',
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().code, 'unsupported_media_type');
  });

  test('bodies are not coerced: a number where a string is expected is 422', async () => {
    const res = await hilt.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: 5, password: true } });
    assert.equal(res.statusCode, 422);
    const types = res.json().detail.map((d: { type: string }) => d.type);
    assert.ok(types.includes('type_error'));
  });

  test('health routes report the database', async () => {
    for (const url of ['/health', '/v1/health']) {
      const res = await hilt.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().status, 'ok');
      assert.ok(['pglite', 'postgres'].includes(res.json().database));
    }
  });

  test('OpenAPI 3.1 document: security schemes, error responses, and it matches the committed file', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: '/v1/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['ApiKeyAuth', 'BearerAuth']);
    assert.equal(doc.components.securitySchemes.ApiKeyAuth.name, 'X-Hilt-Key');
    const keys = doc.paths['/v1/keys'];
    assert.ok(keys.get.responses['401'] && keys.get.responses['403'] && keys.get.responses['429']);
    assert.deepEqual(keys.get.security, [{ ApiKeyAuth: [] }, { BearerAuth: [] }]);
    assert.deepEqual(doc.paths['/v1/auth/login'].post.security, []);
    assert.ok(doc.components.schemas.ErrorResponse);
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        assert.ok(Object.keys(op.responses).includes('422'), `${method} ${path} lists 422`);
      }
    }
    const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    delete committed.servers;
    delete doc.servers;
    assert.deepEqual(doc, committed, 'openapi.json is stale: run `npm run openapi`');
  });

  test('Swagger UI and Redoc are served locally, with no CDN', async () => {
    const swagger = await hilt.app.inject({ method: 'GET', url: '/v1/docs/' });
    assert.equal(swagger.statusCode, 200);
    assert.ok(!/https?:\/\/(cdn|unpkg|cdnjs)/.test(swagger.body));
    const init = await hilt.app.inject({ method: 'GET', url: '/v1/docs/static/swagger-initializer.js' });
    assert.equal(init.statusCode, 200);
    const redoc = await hilt.app.inject({ method: 'GET', url: '/v1/redoc' });
    assert.equal(redoc.statusCode, 200);
    assert.ok(redoc.body.includes('/v1/redoc/redoc.standalone.js'));
    assert.ok(!/<script[^>]+src="https?:/.test(redoc.body));
    const bundle = await hilt.app.inject({ method: 'GET', url: '/v1/redoc/redoc.standalone.js' });
    assert.equal(bundle.statusCode, 200);
    assert.ok(bundle.body.length > 100_000);
  });

  test('Prometheus metrics are not public: no token setting, no /metrics route', async () => {
    const res = await hilt.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(res.statusCode, 404);
  });

  test('Prometheus metrics count requests by route, behind a bearer token or on a 127.0.0.1 port', async () => {
    const metered = await createTestApp({ HILT_METRICS_TOKEN: 'metrics-token-123', HILT_METRICS_PORT: '0' });
    try {
      await metered.app.inject({ method: 'GET', url: '/v1/health' });
      const anonymous = await metered.app.inject({ method: 'GET', url: '/metrics' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().code, 'invalid_metrics_token');
      const wrong = await metered.app.inject({ method: 'GET', url: '/metrics', headers: bearer('not-the-token') });
      assert.equal(wrong.statusCode, 401);
      const res = await metered.app.inject({ method: 'GET', url: '/metrics', headers: bearer('metrics-token-123') });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /hilt_http_requests_total\{method="GET",route="\/v1\/health",status="200"\} \d+/);
      assert.match(res.body, /hilt_http_request_duration_seconds_bucket/);
      const port = metered.metrics.port();
      assert.ok(port);
      const local = await fetch(`http://127.0.0.1:${port}/metrics`);
      assert.equal(local.status, 200);
      assert.match(await local.text(), /hilt_http_requests_total/);
    } finally {
      await metered.dispose();
    }
  });

  test('security headers on every response; a page keeps its own Content-Security-Policy', async () => {
    const api = await hilt.app.inject({ method: 'GET', url: '/v1/health' });
    const missing = await hilt.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    const bad = await hilt.app.inject({ method: 'POST', url: '/v1/auth/login', payload: {} });
    for (const res of [api, missing, bad]) {
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.match(String(res.headers['strict-transport-security']), /max-age=\d+/);
      assert.ok(res.headers['x-frame-options']);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.match(String(res.headers['content-security-policy']), /object-src 'none'/);
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
    }
    for (const url of ['/', '/p/some-product']) {
      const page = await hilt.app.inject({ method: 'GET', url });
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
      const csp = page.headers['content-security-policy'];
      assert.equal(typeof csp, 'string', 'one Content-Security-Policy header');
      assert.notEqual(csp, api.headers['content-security-policy'], `${url} sends its own policy`);
    }
  });

  test('secrets never reach the logs', async () => {
    const lines: string[] = [];
    const logged = await createTestApp({ LOG_LEVEL: 'info' });
    // Swap the stream: pino writes through the app logger's destination.
    const stream = logged.app.log as unknown as { [k: symbol]: { write: (s: string) => void } };
    const sym = Object.getOwnPropertySymbols(stream).find((s) => String(s) === 'Symbol(pino.stream)');
    assert.ok(sym, 'pino stream symbol');
    stream[sym] = { write: (s: string) => void lines.push(s) } as never;
    try {
      const m = await registerMerchant(logged);
      await logged.app.inject({ method: 'GET', url: '/v1/account/me', headers: bearer(m.token) });
      await logged.app.inject({
        method: 'GET',
        url: '/v1/account/me',
        headers: { 'x-hilt-key': 'hk_live_secretsecret' },
      });
      const all = lines.join('\n');
      assert.ok(lines.length > 0);
      assert.ok(!all.includes(m.token), 'token logged');
      assert.ok(!all.includes('hk_live_secretsecret'), 'key logged');
      assert.ok(!all.includes(m.password), 'password logged');
    } finally {
      await logged.dispose();
    }
  });
});
