import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import {
  generateSigningSecret,
  hiltSignature,
  SECRET_PREFIX,
  secretPreview,
  signedHeaders,
  standardSignature,
  verifyHiltSignature,
} from './signing.ts';

const NOW = 1_760_000_000;
const body = fc.string({ unit: 'grapheme', maxLength: 200 });
const eventId = fc.stringMatching(/^evt_[A-Za-z0-9]{1,24}$/);

describe('webhook signing', () => {
  test('a secret is whsec_ and the base64 of 32 random bytes; the preview shows only its first characters', () => {
    const a = generateSigningSecret();
    const b = generateSigningSecret();
    assert.notEqual(a, b);
    assert.match(a, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from(a.slice(SECRET_PREFIX.length), 'base64').length, 32);
    assert.equal(secretPreview(a), `${a.slice(0, 10)}…`);
  });

  test('X-Hilt-Signature is t=<unix>,v1=<HMAC-SHA256 hex over "<t>.<body>" keyed with the whole secret>', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const expected = createHmac('sha256', secret).update(`${NOW}.{"a":1}`).digest('hex');
    assert.equal(hiltSignature(secret, NOW, '{"a":1}'), `t=${NOW},v1=${expected}`);
  });

  test('the Standard Webhooks signature is what the standardwebhooks package verifies, for any body and id', () => {
    const secret = generateSigningSecret();
    const nowSec = Math.floor(Date.now() / 1000);
    fc.assert(
      // The package parses the body, and a delivery body is always JSON.
      fc.property(fc.json(), eventId, (payload, id) => {
        const headers = signedHeaders(secret, id, nowSec, payload);
        assert.equal(headers['webhook-signature'], standardSignature(secret, id, nowSec, payload));
        // The package checks the timestamp against the wall clock, hence a timestamp of now.
        new Webhook(secret).verify(payload, {
          'webhook-id': headers['webhook-id'],
          'webhook-timestamp': headers['webhook-timestamp'],
          'webhook-signature': headers['webhook-signature'],
        });
        assert.throws(() =>
          new Webhook(secret).verify(`${payload} `, {
            'webhook-id': headers['webhook-id'],
            'webhook-timestamp': headers['webhook-timestamp'],
            'webhook-signature': headers['webhook-signature'],
          }),
        );
      }),
      { numRuns: 50 },
    );
  });

  test('the Standard Webhooks key is the decoded secret, with or without the whsec_ prefix', () => {
    const raw = Buffer.alloc(32, 7).toString('base64');
    assert.equal(standardSignature(`whsec_${raw}`, 'evt_1', NOW, 'x'), standardSignature(raw, 'evt_1', NOW, 'x'));
    const mac = createHmac('sha256', Buffer.alloc(32, 7)).update(`evt_1.${NOW}.x`).digest('base64');
    assert.equal(standardSignature(raw, 'evt_1', NOW, 'x'), `v1,${mac}`);
  });

  test('a signed body verifies for any body, and any other body, secret or timestamp does not', () => {
    fc.assert(
      fc.property(body, body, (a, b) => {
        const secret = 'whsec_property';
        const header = hiltSignature(secret, NOW, a);
        assert.equal(verifyHiltSignature(secret, header, a, NOW), true);
        assert.equal(verifyHiltSignature(secret, header, b, NOW), a === b);
        assert.equal(verifyHiltSignature('whsec_other', header, a, NOW), false);
        // The timestamp is signed too: moving it breaks the signature.
        assert.equal(verifyHiltSignature(secret, header.replace(`t=${NOW}`, `t=${NOW + 1}`), a, NOW), false);
      }),
    );
  });

  test('the tolerance is inclusive, on both sides of now', () => {
    const secret = 'whsec_tolerance';
    const at = (t: number) => hiltSignature(secret, t, 'b');
    assert.equal(verifyHiltSignature(secret, at(NOW - 300), 'b', NOW), true);
    assert.equal(verifyHiltSignature(secret, at(NOW + 300), 'b', NOW), true);
    assert.equal(verifyHiltSignature(secret, at(NOW - 301), 'b', NOW), false);
    assert.equal(verifyHiltSignature(secret, at(NOW + 301), 'b', NOW), false);
    assert.equal(verifyHiltSignature(secret, at(NOW - 3600), 'b', NOW, 3600), true);
    assert.equal(verifyHiltSignature(secret, at(NOW - 1), 'b', NOW, 0), false);
  });

  test('a header with several v1 entries (a rotation) verifies when any entry matches; malformed ones never do', () => {
    const secret = 'whsec_rotation';
    const good = hiltSignature(secret, NOW, 'b');
    const mac = good.split('v1=')[1];
    const stale = hiltSignature('whsec_previous', NOW, 'b').split('v1=')[1];
    assert.equal(verifyHiltSignature(secret, `t=${NOW},v1=${stale},v1=${mac}`, 'b', NOW), true);
    assert.equal(verifyHiltSignature(secret, `t=${NOW}, v1=${mac}`, 'b', NOW), true, 'spaces after commas');
    assert.equal(verifyHiltSignature(secret, `t=${NOW},v1=${stale}`, 'b', NOW), false);
    for (const header of [
      '',
      `v1=${mac}`,
      `t=${NOW}`,
      `t=abc,v1=${mac}`,
      `t=${NOW}.5,v1=${mac}`,
      `t=${NOW},v1=`,
      `t=${NOW},v1=${mac.slice(1)}`,
      `t=${NOW},v1=${mac.toUpperCase()}`,
      `t=${NOW},v0=${mac}`,
    ]) {
      assert.equal(verifyHiltSignature(secret, header, 'b', NOW), false, header);
    }
  });

  test('every delivery carries both signatures over the same timestamp and the event id', () => {
    const secret = generateSigningSecret();
    const h = signedHeaders(secret, 'evt_42', NOW, '{}');
    assert.deepEqual(Object.keys(h).sort(), [
      'content-type',
      'user-agent',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
      'x-hilt-signature',
    ]);
    assert.equal(h['content-type'], 'application/json');
    assert.equal(h['webhook-id'], 'evt_42');
    assert.equal(h['webhook-timestamp'], String(NOW));
    assert.ok(h['x-hilt-signature'].startsWith(`t=${NOW},v1=`));
    assert.equal(verifyHiltSignature(secret, h['x-hilt-signature'], '{}', NOW), true);
  });
});
