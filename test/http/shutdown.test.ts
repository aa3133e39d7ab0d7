// A shutdown in the middle of traffic, on a real listening server: the request in flight when it begins finishes
// normally, and a request that still arrives on that connection afterwards (pipelined behind it) is refused with the
// usual error body, not Fastify's own 503 or a bare socket close.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { createTestApp } from '../helpers/app.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Splits what the server wrote on one connection into its HTTP/1.1 responses (Content-Length framed). */
function parseResponses(raw: string): RawResponse[] {
  const out: RawResponse[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    assert.ok(end > 0, `incomplete response: ${JSON.stringify(rest)}`);
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const length = Number(headers['content-length']);
    assert.ok(Number.isInteger(length), `a Content-Length on every response: ${statusLine}`);
    const bodyStart = end + 4;
    out.push({ status: Number(statusLine.split(' ')[1]), headers, body: rest.slice(bodyStart, bodyStart + length) });
    rest = rest.slice(bodyStart + length);
  }
  return out;
}

describe('shutdown', () => {
  test('a request cut off by the shutdown gets the usual error body; the one in flight completes', async () => {
    const hilt = await createTestApp({ HILT_RATE_LIMIT_PUBLIC: '0' });
    let disposed: Promise<void> | undefined;
    try {
      await hilt.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = hilt.app.server.address() as { port: number };
      const socket = connect(port, '127.0.0.1');
      let raw = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => {
        raw += d;
      });
      const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      await new Promise<void>((resolve) => socket.on('connect', resolve));

      // A slow request: its headers arrive, its body trickles in.
      const body = JSON.stringify({ email: 'shutdown@example.com', password: 'correct horse battery staple' });
      const arrived = new Promise<void>((resolve) => hilt.app.server.once('request', () => resolve()));
      socket.write(
        'POST /v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      );
      await arrived;

      // The shutdown begins while it is in flight: the server stops accepting connections.
      disposed = hilt.dispose();
      for (let i = 0; i < 200 && hilt.app.server.listening; i++) await new Promise((r) => setTimeout(r, 10));
      assert.equal(hilt.app.server.listening, false, 'the server stopped listening');

      // The rest of the body, and another request behind it on the same connection.
      socket.write(`${body.slice(10)}GET /v1/account/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      await ended;
      await disposed;

      const [first, second, ...more] = parseResponses(raw);
      assert.equal(more.length, 0);
      assert.equal(first.status, 201, `the request in flight completes: ${first.body}`);
      assert.ok(JSON.parse(first.body).token);

      assert.equal(second.status, 503, second.body);
      assert.equal(second.headers.connection, 'close');
      assert.equal(second.headers['retry-after'], '1');
      assert.match(second.headers['content-type'], /^application\/json/);
      const error = JSON.parse(second.body);
      assert.deepEqual(Object.keys(error).sort(), ['code', 'detail', 'docs_url', 'request_id']);
      assert.equal(error.code, 'shutting_down');
      assert.match(error.detail, /shutting down/);
      assert.equal(error.request_id, second.headers['x-request-id']);
      assert.match(error.docs_url, /#shutting_down$/);
      assert.ok(second.headers['x-content-type-options'], 'with the security headers of every response');
    } finally {
      await (disposed ?? hilt.dispose());
    }
  });
});
