// Webhook receivers that misbehave, as real HTTP servers on 127.0.0.1: one down (nothing listens on its port), one
// slow (holds requests past the delivery deadline), one answering 500. Each gets every event exactly once it is
// back, through the retry schedule; and a slow receiver never holds back the deliveries to a fast one.
import assert from 'node:assert/strict';
import type http from 'node:http';
import { describe, test } from 'node:test';
import { createKey, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';
import { type Received, startReceiver } from '../helpers/webhook-receiver.ts';
import { freePort } from '../helpers/ports.ts';

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A sandbox workspace with an admin key; `call` sends an authenticated request and returns the parsed body. */
async function workspace(hilt: TestApp) {
  const m = await registerMerchant(hilt);
  const key = await createKey(hilt, m.token, { sandbox_mode: true, permissions: ['read', 'execute', 'admin'] });
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await hilt.app.inject({ method, url, payload, headers: { 'x-hilt-key': key.raw } });
    assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const endpoint = async (label: string, url: string) =>
    (await call('POST', '/v1/webhooks/endpoints', { label, url })).signing_secret as string;
  /** Emits a scripted series of signed test events (one transaction) to every endpoint; returns their ids. */
  const emit = async () =>
    (
      (await call('POST', '/v1/testing/sessions', { scenario: 'confirmed_access' })).emitted_events as { id: string }[]
    ).map((e) => e.id);
  const deliveries = async () =>
    (await call('GET', '/v1/webhooks/deliveries?per_page=100')).deliveries as {
      event_id: string;
      url: string;
      status: string;
      attempt_count: number;
    }[];
  return { call, endpoint, emit, deliveries };
}

const idsOf = (rs: Received[]) => rs.map((r) => r.json.id).sort();

describe('webhook receivers down, slow or failing', () => {
  test('each gets every event exactly once when it is back (retries)', async () => {
    let offsetMs = 0;
    const hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_WEBHOOK_TIMEOUT_MS: '1000', HILT_RATE_LIMIT_FREE: '0' },
      { jobs: undefined, now: () => new Date(Date.now() + offsetMs) },
    );
    const rx = await startReceiver();
    const downPort = await freePort();
    let down: Awaited<ReturnType<typeof startReceiver>> | undefined;
    const held: http.ServerResponse[] = [];
    let back = false;
    rx.answer.set('/slow', (_req, res) => {
      if (back) res.writeHead(200).end('ok');
      else held.push(res);
    });
    rx.answer.set('/err', (_req, res) => {
      res.writeHead(back ? 200 : 500).end(back ? 'ok' : 'boom');
    });
    try {
      const ws = await workspace(hilt);
      const secrets = {
        down: await ws.endpoint('Down', `http://127.0.0.1:${downPort}/down`),
        slow: await ws.endpoint('Slow', `${rx.url}/slow`),
        err: await ws.endpoint('Failing', `${rx.url}/err`),
      };
      const events = [...(await ws.emit()), ...(await ws.emit())].sort();

      // Every delivery's first attempt fails: refused, timed out, or answered 500.
      const failed = await until('every first attempt to fail', async () => {
        const ds = await ws.deliveries();
        return ds.length === 3 * events.length && ds.every((d) => d.status === 'failed' && d.attempt_count === 1)
          ? ds
          : undefined;
      });
      assert.equal(failed.length, 3 * events.length);
      assert.equal(rx.received.filter((r) => r.path === '/slow').length, events.length);
      assert.equal(rx.received.filter((r) => r.path === '/err').length, events.length);

      // The receivers come back; the retry (due 30 s later on the app's clock) delivers everything.
      const firstRound = rx.received.length;
      back = true;
      for (const res of held) res.destroy();
      down = await startReceiver(downPort);
      offsetMs = 31_000;
      hilt.jobs.poke();
      await until('every delivery to succeed', async () => {
        const ds = await ws.deliveries();
        return ds.every((d) => d.status === 'delivered') ? ds : undefined;
      });

      const after = rx.received.slice(firstRound);
      assert.deepEqual(idsOf(down.received), events, 'the receiver that was down got each event once');
      assert.deepEqual(idsOf(after.filter((r) => r.path === '/slow')), events, 'the slow one got each event once');
      assert.deepEqual(idsOf(after.filter((r) => r.path === '/err')), events, 'the failing one got each event once');
      for (const r of down.received) assert.deepEqual(down.verify(r, secrets.down), { standard: true, hilt: true });
      const retried = after.find((r) => r.path === '/err')!;
      const first = rx.received.slice(0, firstRound).find((r) => r.json.id === retried.json.id && r.path === '/err')!;
      assert.equal(retried.body, first.body, 'a retry sends the same stored body');
      assert.deepEqual(rx.verify(retried, secrets.err), { standard: true, hilt: true });
    } finally {
      for (const res of held) res.destroy();
      await hilt.dispose();
      await rx.close();
      await down?.close();
    }
  });

  test('a slow receiver never delays deliveries to the others', async () => {
    // The deadline is far longer than the test: the slow receiver's first request is still open at the end.
    const hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_WEBHOOK_TIMEOUT_MS: '30000', HILT_RATE_LIMIT_FREE: '0' },
      { jobs: undefined },
    );
    const slow = await startReceiver();
    const fast = await startReceiver();
    const held: { res: http.ServerResponse; open: boolean }[] = [];
    slow.answer.set('/', (req, res) => {
      const h = { res, open: true };
      held.push(h);
      req.socket.on('close', () => {
        h.open = false;
      });
    });
    try {
      const ws = await workspace(hilt);
      await ws.endpoint('Slow', `${slow.url}/hook`);
      await ws.endpoint('Fast', `${fast.url}/hook`);
      const sent: string[] = [];
      // Events committed one after another, each after the previous ones reached the fast receiver: every one of
      // them is claimed while the slow receiver holds at least one request.
      for (let i = 0; i < 5; i++) {
        sent.push(...(await ws.emit()));
        await until(`event batch ${i + 1} at the fast receiver`, () =>
          fast.received.length >= sent.length ? true : undefined,
        );
        if (i === 0) await until('the slow receiver to hold a request', () => (held.length > 0 ? true : undefined));
      }
      assert.deepEqual(idsOf(fast.received), [...sent].sort(), 'the fast receiver got every event, once');
      assert.ok(held[0].open, 'and the slow receiver still holds its first request');
      assert.ok(held.length >= 1 && held.length <= sent.length);
    } finally {
      for (const h of held) h.res.destroy();
      await hilt.dispose();
      await slow.close();
      await fast.close();
    }
  });

  test('a slow receiver with more events waiting than there are delivery slots still leaves slots to the others', async () => {
    const hilt = await createTestApp(
      { HILT_ALLOW_PRIVATE_WEBHOOK_URLS: '1', HILT_WEBHOOK_TIMEOUT_MS: '30000', HILT_RATE_LIMIT_FREE: '0' },
      { jobs: undefined },
    );
    const slow = await startReceiver();
    const fast = await startReceiver();
    const held: { res: http.ServerResponse; open: boolean }[] = [];
    slow.answer.set('/', (req, res) => {
      const h = { res, open: true };
      held.push(h);
      req.socket.on('close', () => {
        h.open = false;
      });
    });
    try {
      const ws = await workspace(hilt);
      await ws.endpoint('Slow', `${slow.url}/hook`);
      await ws.endpoint('Fast', `${fast.url}/hook`);
      // 60 events for each receiver: more than the 50 deliveries an instance runs at once.
      const sent: string[] = [];
      for (let i = 0; i < 20; i++) sent.push(...(await ws.emit()));
      await until('every event at the fast receiver', () => (fast.received.length >= sent.length ? true : undefined));
      assert.deepEqual(idsOf(fast.received), [...sent].sort(), 'the fast receiver got every event, once');
      assert.ok(held.length > 0 && held[0].open, 'while the slow receiver still holds its first request');
      assert.ok(held.length <= 10, `the slow receiver holds at most 10 requests at once (${held.length})`);
    } finally {
      for (const h of held) h.res.destroy();
      await hilt.dispose();
      await slow.close();
      await fast.close();
    }
  });
});
