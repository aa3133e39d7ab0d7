// Property-based tests: random bodies, headers, query strings and ids thrown at the auth and API-key routes, with
// and without credentials. Whatever arrives, the answer is never a 5xx, every error has the documented
// `{detail, code, request_id, docs_url}` shape, and every response carries X-Request-Id (and the rate-limit headers on /v1).
//
// Credentials are written into generated requests as placeholders (<<SESSION>>, <<ADMIN_KEY>>, …) and filled in
// when the request is sent, because some requests legitimately spend them (logout, refresh, revoking a key) and are
// then renewed: a generated value must not capture a credential that a previous run has already used up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { ERROR_CODES } from '../../src/error-codes.ts';
import { createKey, createTestApp, registerMerchant, type TestApp } from '../helpers/app.ts';

const NUM_RUNS = 200;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ERROR_CODE = /^[a-z0-9_]+$/;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

type Method = 'GET' | 'POST' | 'DELETE';

interface FuzzRequest {
  method: Method;
  /** Path and query string, possibly with placeholders. */
  url: string;
  headers: Record<string, string | string[]>;
  /** Raw body text (sent as is) or undefined for no body. */
  body?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** Text a real HTTP client can put in a header value: visible ASCII, space and tab, and Latin-1 obs-text. */
const headerText = (maxLength = 80) =>
  fc.string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
      { weight: 1, arbitrary: fc.constant('\t') },
      { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)) },
    ),
    maxLength,
  });

/** Any code points, lone surrogates and U+0000 included. */
const binaryString = (constraints: { minLength?: number; maxLength?: number }) =>
  fc.string({ unit: 'binary', ...constraints });

const charsFrom = (alphabet: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength, maxLength });

/** Strings with everything nasty: any code point (lone surrogates too), NUL-free unless asked. */
const nastyString = fc.oneof(
  { weight: 4, arbitrary: binaryString({ maxLength: 64 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }) },
  { weight: 1, arbitrary: binaryString({ minLength: 250, maxLength: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u202e', '\ufeff', '💥'.repeat(300), 'a'.repeat(70_000)) },
  { weight: 1, arbitrary: fc.constantFrom('null', 'true', '{}', '[]', "' OR 1=1 --", '%00', '../../../etc/passwd') },
);

/** Numbers JSON can carry, including ones beyond 2^53 and beyond double range (written as raw JSON text). */
const nastyNumberText = fc.oneof(
  fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : '1e999')),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }).map(String),
  fc.constantFrom('9007199254740993', '-9007199254740993', '1e400', '-0', '0.0000000000000000000001', '1E+308'),
);

/** A random JSON value rendered as text, with big integers spliced in raw so they survive as written. */
const jsonValueText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString.map((s) => JSON.stringify(s)),
    nastyNumberText,
    fc.constantFrom('true', 'false', 'null'),
    fc.array(tie('value'), { maxLength: 5 }).map((xs) => `[${xs.join(',')}]`),
    fc
      .array(
        fc.tuple(
          fc.oneof(
            { weight: 9, arbitrary: nastyString },
            { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') },
          ),
          tie('value'),
        ),
        {
          maxLength: 5,
        },
      )
      .map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom('array', 'object'))
  .map(([depth, kind]) =>
    kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

const invalidJsonText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('{', '{"email":', '{"a":1,}', "{'a':1}", '[1,2', 'undefined', 'NaN', '\u0000', '{"a":1}{"b":2}', '"'),
  jsonValueText.map((t) => t.slice(0, Math.max(0, t.length - 1))),
);

const validEmail = fc.emailAddress().filter((e) => e.length <= 254);
const validPassword = fc.string({ minLength: 8, maxLength: 64 });
const base58Address = charsFrom(BASE58, 32, 44);
const base58Signature = fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => base58Encode(b));
const formatValidKey = fc
  .tuple(fc.constantFrom('hk_live_', 'hk_sandbox_'), charsFrom(KEY_CHARS, 43, 43))
  .map(([p, r]) => p + r);

const asJson = (a: fc.Arbitrary<unknown>) => a.map((v) => JSON.stringify(v));

/** A JSON value (as text) for a field: usually plausible for the field, often the wrong type or garbage. */
const fieldValue = (plausible: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 2, arbitrary: nastyString.map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: jsonValueText },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** An object with the route's own field names (so validation passes often enough to reach the services). */
const shapedBody = (fields: Record<string, fc.Arbitrary<string>>) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, fieldValue(v)]))),
      fc.array(fc.tuple(nastyString, jsonValueText), { maxLength: 1 }),
    )
    .map(([known, extra]) => {
      const parts = [
        ...Object.entries(known)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${JSON.stringify(k)}:${v}`),
        ...extra.map(([k, v]) => `${JSON.stringify(k)}:${v}`),
      ];
      return `{${parts.join(',')}}`;
    });

const sessionToken = fc.constantFrom('<<SESSION>>', '<<FORGED_JWT>>', '<<ALG_NONE_JWT>>');

const BODY_FIELDS: Record<string, Record<string, fc.Arbitrary<string>>> = {
  '/v1/auth/register': {
    email: asJson(validEmail),
    password: asJson(validPassword),
    display_name: asJson(fc.option(binaryString({ maxLength: 130 }), { nil: null })),
  },
  '/v1/auth/login': { email: asJson(fc.oneof(validEmail, fc.constant('<<EMAIL>>'))), password: asJson(validPassword) },
  '/v1/auth/wallet/challenge': { wallet_address: asJson(base58Address) },
  '/v1/auth/wallet': {
    wallet_address: asJson(base58Address),
    signed_message: asJson(base58Signature),
    message_nonce: asJson(fc.oneof(charsFrom(KEY_CHARS, 32, 32), binaryString({ maxLength: 128 }))),
  },
  '/v1/auth/refresh': { token: asJson(fc.oneof(sessionToken, fc.string({ maxLength: 4096 }))) },
  '/v1/auth/logout': {},
  '/v1/keys': {
    name: asJson(binaryString({ minLength: 1, maxLength: 120 })),
    sandbox_mode: asJson(fc.boolean()),
    permissions: asJson(
      fc.uniqueArray(fc.constantFrom('read', 'execute', 'admin', 'billing', 'owner', 'READ', ''), { maxLength: 5 }),
    ),
  },
};

const AUTH_ROUTES = [
  '/v1/auth/register',
  '/v1/auth/login',
  '/v1/auth/wallet/challenge',
  '/v1/auth/wallet',
  '/v1/auth/refresh',
  '/v1/auth/logout',
] as const;

/** Any body at all: shaped for the route, a random JSON value, invalid JSON, deep nesting or over the size limit. */
const anyBody = (path: string) =>
  fc.oneof(
    { weight: 5, arbitrary: shapedBody(BODY_FIELDS[path] ?? {}) },
    { weight: 2, arbitrary: jsonValueText },
    { weight: 2, arbitrary: invalidJsonText },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, arbitrary: fc.constant('') },
    // Just over the 1 MiB body limit, in a JSON string.
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ email: 'a'.repeat(1024 * 1024 + 10) })) },
  );

const contentType = fc.oneof(
  { weight: 10, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=latin1',
      'application/json;;',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      'application/vnd.api+json',
      '*/*',
      '',
    ),
  },
  { weight: 1, arbitrary: headerText(60) },
);

const authorizationHeader = fc.oneof(
  fc.constantFrom(
    'Bearer <<SESSION>>',
    'Bearer <<FORGED_JWT>>',
    'Bearer <<ALG_NONE_JWT>>',
    'bearer <<SESSION>>',
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'Bearer a.b.c',
  ),
  headerText(200),
  headerText(300).map((s) => `Bearer ${s}`),
);

const keyHeaderValue = fc.oneof(
  fc.constantFrom('<<ADMIN_KEY>>', '<<READ_KEY>>', '<<REVOKED_KEY>>', ' <<ADMIN_KEY>> ', ''),
  formatValidKey,
  headerText(120),
);

/** Random headers: each credential and protocol header may be missing, plausible or garbage. */
const randomHeaders = fc.record(
  {
    'x-hilt-key': fc.oneof(
      { weight: 5, arbitrary: keyHeaderValue },
      { weight: 1, arbitrary: fc.array(keyHeaderValue, { minLength: 2, maxLength: 3 }) },
    ),
    authorization: authorizationHeader,
    'x-hilt-mode': fc.oneof(fc.constantFrom('live', 'sandbox', 'LIVE', 'Sandbox', '', 'test'), headerText(40)),
    'idempotency-key': fc.oneof(charsFrom(KEY_CHARS, 1, 40), headerText(300), fc.constant('')),
    'x-request-id': fc.oneof(charsFrom(`${KEY_CHARS}.:`, 1, 128), headerText(200), fc.constant('')),
    accept: fc.constantFrom('application/json', '*/*', 'text/html', 'application/xml'),
  },
  { requiredKeys: [] },
);

/** Query strings: plausible parameters, repeated keys, bad percent-encoding and raw junk. */
const queryChars = `${KEY_CHARS}%&=[]+.~!$'()*,;:@/?`;
const queryString = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?include_revoked=true',
    '?include_revoked=1',
    '?include_revoked=yes',
    '?include_revoked=',
    '?include_revoked=true&include_revoked=false',
    '?include_revoked[]=1',
    '?__proto__[x]=1',
    '?constructor[prototype][x]=1',
    '?%',
    '?%zz=%E0%A4%A',
    '?a=%00',
    '?include_revoked=%F0%9F%92%A5',
  ),
  fc
    .array(
      fc.tuple(fc.oneof(fc.constant('include_revoked'), charsFrom(queryChars, 0, 20)), charsFrom(queryChars, 0, 40)),
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc
    .string({ unit: 'binary', maxLength: 60 })
    .map((s) => `?q=${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}`),
);

const keyIdSegment = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `urn:uuid:${u}`),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.constantFrom('<<VICTIM_KEY_ID>>', '<<OTHER_WORKSPACE_KEY_ID>>', '00000000-0000-0000-0000-000000000000'),
  fc.constantFrom('', '%00', '..', '.', '%2F', 'null', '-1', '1e400', 'a'.repeat(100)),
  charsFrom(queryChars, 1, 60).map((s) => s.replace(/[?/]/g, '')),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 40 })
    .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))),
);

const withContentType = (headers: Record<string, string | string[]>, ct: string | undefined) =>
  ct === undefined ? headers : { ...headers, 'content-type': ct };

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function base58Encode(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('fuzz: auth and API-key routes never answer 5xx', { timeout: 120_000 }, () => {
  let hilt: TestApp;
  const creds = {
    email: '',
    password: '',
    userId: '',
    session: '',
    adminKey: '',
    readKey: '',
    revokedKey: '',
    victimKeyId: '',
    otherWorkspaceKeyId: '',
    forgedJwt: '',
    algNoneJwt: '',
  };
  let requests = 0;

  function signWithServerSecret(claims: { sub: unknown; sid: unknown }) {
    const jwt = new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hilt')
      .setExpirationTime('1h');
    if (typeof claims.sub === 'string') jwt.setSubject(claims.sub);
    return jwt.sign(hilt.secrets.jwtSecret);
  }
  const statuses = new Map<number, number>();

  async function newSession() {
    creds.session = (await hilt.services.auth.login({ email: creds.email, password: creds.password })).token;
  }

  async function newVictimKey() {
    creds.victimKeyId = (await createKey(hilt, creds.session, { name: 'victim', permissions: ['read'] })).id;
  }

  function fill(text: string): string {
    return text
      .replaceAll('<<SESSION>>', creds.session)
      .replaceAll('<<EMAIL>>', creds.email)
      .replaceAll('<<ADMIN_KEY>>', creds.adminKey)
      .replaceAll('<<READ_KEY>>', creds.readKey)
      .replaceAll('<<REVOKED_KEY>>', creds.revokedKey)
      .replaceAll('<<VICTIM_KEY_ID>>', creds.victimKeyId)
      .replaceAll('<<OTHER_WORKSPACE_KEY_ID>>', creds.otherWorkspaceKeyId)
      .replaceAll('<<FORGED_JWT>>', creds.forgedJwt)
      .replaceAll('<<ALG_NONE_JWT>>', creds.algNoneJwt);
  }

  /** Sends one request and checks every invariant; renews credentials the request may have spent. */
  async function send(req: FuzzRequest) {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.map(fill) : fill(v);
    const url = fill(req.url);
    const res = await hilt.app.inject({
      method: req.method,
      url,
      headers,
      ...(req.body === undefined ? {} : { payload: fill(req.body) }),
    });
    requests++;
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    const context = () =>
      `${req.method} ${url.slice(0, 200)} -> ${res.statusCode}\n` +
      `headers: ${JSON.stringify(headers).slice(0, 500)}\nbody: ${(req.body ?? '').slice(0, 500)}\n` +
      `response: ${res.body.slice(0, 500)}`;

    assert.ok(res.statusCode < 500, `5xx answer\n${context()}`);
    const requestId = res.headers['x-request-id'];
    assert.equal(typeof requestId, 'string', `no x-request-id\n${context()}`);
    assert.ok((requestId as string).length > 0, context());
    const incoming = headers['x-request-id'];
    if (typeof incoming === 'string' && REQUEST_ID.test(incoming)) {
      assert.equal(requestId, incoming, `well-formed x-request-id not kept\n${context()}`);
    } else {
      assert.match(requestId as string, REQUEST_ID, context());
    }
    assert.ok(res.headers['x-ratelimit-limit'] !== undefined, `no x-ratelimit-limit on /v1\n${context()}`);

    if (res.statusCode >= 400) {
      let body: Record<string, unknown>;
      try {
        body = res.json();
      } catch {
        assert.fail(`error body is not JSON\n${context()}`);
      }
      assert.deepEqual(Object.keys(body).sort(), ['code', 'detail', 'docs_url', 'request_id'], context());
      assert.equal(typeof body.code, 'string', context());
      assert.match(body.code as string, ERROR_CODE, context());
      assert.ok((body.code as string) in ERROR_CODES, `code missing from the error reference\n${context()}`);
      assert.equal(body.request_id, requestId, context());
      if (Array.isArray(body.detail)) {
        assert.equal(res.statusCode, 422, context());
        assert.equal(body.code, 'validation_error', context());
        assert.ok(body.detail.length > 0, context());
        for (const issue of body.detail as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(issue).sort(), ['loc', 'msg', 'type'], context());
          assert.ok(Array.isArray(issue.loc) && issue.loc.length > 0, context());
          for (const part of issue.loc as unknown[]) assert.ok(['string', 'number'].includes(typeof part), context());
          assert.equal(typeof issue.msg, 'string', context());
          assert.equal(typeof issue.type, 'string', context());
        }
      } else {
        assert.equal(typeof body.detail, 'string', context());
        assert.notEqual(body.code, 'validation_error', context());
      }
    }

    // Renew what a successful request may have used up.
    const path = url.split('?')[0];
    if (res.statusCode === 200 && (path === '/v1/auth/logout' || path === '/v1/auth/refresh')) await newSession();
    if (res.statusCode === 204 && path.startsWith('/v1/keys/')) await newVictimKey();
    return res;
  }

  before(async () => {
    // 0 = unlimited: the fuzzer sends thousands of requests from one IP and one workspace.
    hilt = await createTestApp({ HILT_RATE_LIMIT_PUBLIC: '0', HILT_RATE_LIMIT_FREE: '0' });
    const m = await registerMerchant(hilt);
    creds.email = m.email;
    creds.password = m.password;
    creds.userId = m.userId;
    await newSession();
    creds.adminKey = (await createKey(hilt, creds.session, { permissions: ['read', 'execute', 'admin'] })).raw;
    creds.readKey = (await createKey(hilt, creds.session, { permissions: ['read'] })).raw;
    const revoked = await createKey(hilt, creds.session, { name: 'revoked' });
    creds.revokedKey = revoked.raw;
    await hilt.app.inject({
      method: 'DELETE',
      url: `/v1/keys/${revoked.id}`,
      headers: { authorization: `Bearer ${creds.session}` },
    });
    await newVictimKey();
    const other = await registerMerchant(hilt);
    creds.otherWorkspaceKeyId = (await createKey(hilt, other.token)).id;
    // Well-formed JWTs the server must refuse: signed with another secret, and unsigned (alg none).
    creds.forgedJwt = await new SignJWT({ sid: '00000000-0000-0000-0000-000000000000' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(m.userId)
      .setIssuer('hilt')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not the server secret, not at all'));
    creds.algNoneJwt = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: m.userId, sid: 'x', iss: 'hilt' })}.`;
  });

  after(async () => {
    // Visible with --test-reporter=spec: which statuses the fuzzer reached.
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`);
    console.log(`fuzz: ${requests} requests, statuses ${summary.join(' ')}`);
    await hilt.dispose();
  });

  test('random bodies and content types at the auth routes, without credentials', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...AUTH_ROUTES)
          .chain((path) =>
            fc.record({ path: fc.constant(path), body: anyBody(path), ct: contentType, query: queryString }),
          ),
        async ({ path, body, ct, query }) => {
          await send({ method: 'POST', url: path + query, headers: withContentType({}, ct), body });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  test('random headers and query strings at every auth and key route, with and without credentials', async () => {
    const route = fc.constantFrom<[Method, string]>(
      ...AUTH_ROUTES.map((p): [Method, string] => ['POST', p]),
      ['GET', '/v1/keys'],
      ['POST', '/v1/keys'],
      ['DELETE', '/v1/keys/<<VICTIM_KEY_ID>>'],
    );
    await fc.assert(
      fc.asyncProperty(
        route.chain(([method, path]) =>
          fc.record({
            method: fc.constant(method),
            path: fc.constant(path),
            headers: randomHeaders,
            query: queryString,
            body:
              method === 'POST'
                ? fc.option(anyBody(path.split('/').slice(0, 4).join('/')), { nil: undefined })
                : fc.constant(undefined),
            ct: contentType,
          }),
        ),
        async ({ method, path, headers, query, body, ct }) => {
          await send({
            method,
            url: path + query,
            headers: body === undefined ? headers : withContentType(headers, ct),
            body,
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  test('the key routes, authenticated (session or keys of each kind), with random bodies, queries and ids', async () => {
    const auth = fc.constantFrom<Record<string, string>>(
      { authorization: 'Bearer <<SESSION>>' },
      { authorization: 'Bearer <<SESSION>>', 'x-hilt-mode': 'sandbox' },
      { 'x-hilt-key': '<<ADMIN_KEY>>' },
      { 'x-hilt-key': '<<READ_KEY>>' },
      { 'x-hilt-key': '<<REVOKED_KEY>>' },
      { 'x-hilt-key': '<<ADMIN_KEY>>', authorization: 'Bearer <<SESSION>>' },
    );
    const request = fc.oneof(
      fc.record({ method: fc.constant<Method>('GET'), url: queryString.map((q) => `/v1/keys${q}`) }),
      fc.record({
        method: fc.constant<Method>('POST'),
        url: queryString.map((q) => `/v1/keys${q}`),
        body: anyBody('/v1/keys'),
        ct: contentType,
      }),
      fc.record({
        method: fc.constant<Method>('DELETE'),
        url: fc.tuple(keyIdSegment, queryString).map(([id, q]) => `/v1/keys/${id}${q}`),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        auth,
        request,
        fc.option(fc.constantFrom(...'abcdefghijklmnop'.split('')), { nil: undefined }),
        async (authHeaders, req, idempotencyKey) => {
          const headers: Record<string, string> = { ...authHeaders };
          // A small pool of Idempotency-Keys so replays and mismatches happen too.
          if (idempotencyKey && req.method === 'POST') headers['idempotency-key'] = `fuzz-${idempotencyKey}`;
          const body = 'body' in req ? req.body : undefined;
          const ct = 'ct' in req ? req.ct : undefined;
          await send({ method: req.method, url: req.url, headers: withContentType(headers, ct), body });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  test('sessions with garbage claims signed with the server secret are 401, not 500', async () => {
    // Only the server can mint these, so this guards the code behind a valid signature: claims of any type must
    // not reach the database as-is.
    const sub = fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 60 }), fc.integer(), fc.constant(null));
    const sid = fc.oneof(fc.uuid(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    await fc.assert(
      fc.asyncProperty(sub, sid, fc.constantFrom('/v1/keys', '/v1/auth/logout'), async (subject, sessionId, path) => {
        const token = await signWithServerSecret({ sub: subject, sid: sessionId });
        await send({
          method: path === '/v1/keys' ? 'GET' : 'POST',
          url: path,
          headers: { authorization: `Bearer ${token}` },
        });
        await send({
          method: 'POST',
          url: '/v1/auth/refresh',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token }),
        });
      }),
      { numRuns: 150 },
    );
  });

  test('the fuzzer got past validation and authentication often enough to mean something', () => {
    const count = (lo: number, hi: number) =>
      [...statuses.entries()].filter(([s]) => s >= lo && s < hi).reduce((n, [, c]) => n + c, 0);
    assert.ok(count(200, 300) >= 20, `only ${count(200, 300)} successful requests`);
    assert.ok((statuses.get(401) ?? 0) > 0 && (statuses.get(422) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0);
  });

  // Regressions found by the properties above, pinned as plain cases.

  test('router-level refusals (path parameter over 100 characters, broken percent-encoding) use the error shape', async () => {
    for (const id of ['a'.repeat(101), '%zz', '%', '%E0%A4%A']) {
      await send({ method: 'DELETE', url: `/v1/keys/${id}`, headers: { 'x-hilt-key': '<<ADMIN_KEY>>' } });
    }
  });

  test('a string field containing U+0000 is refused with a 4xx', async () => {
    const nul = 'a\u0000b';
    const cases: [string, Record<string, string>, unknown][] = [
      ['/v1/auth/login', {}, { email: nul, password: 'whatever1' }],
      ['/v1/auth/register', {}, { email: 'nul@example.com', password: 'long enough', display_name: nul }],
      [
        '/v1/auth/wallet',
        {},
        { wallet_address: '11111111111111111111111111111111', message_nonce: nul, signed_message: '1'.repeat(64) },
      ],
      ['/v1/keys', { 'x-hilt-key': '<<ADMIN_KEY>>' }, { name: nul }],
    ];
    const failures: string[] = [];
    for (const [url, headers, body] of cases) {
      try {
        await send({
          method: 'POST',
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      } catch (err) {
        failures.push((err as Error).message.split('\n').slice(0, 2).join(' '));
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a token signed with the server secret whose sid is not a UUID is 401', async () => {
    const token = await signWithServerSecret({ sub: creds.userId, sid: 'not-a-uuid' });
    await send({ method: 'GET', url: '/v1/keys', headers: { authorization: `Bearer ${token}` } });
  });
});
