import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CanonicalJsonError, canonicalize } from './canonical-json.ts';

test('RFC 8785: sorted keys, no whitespace, ECMAScript numbers and string escapes', () => {
  assert.equal(
    canonicalize({ b: 1, a: [true, null, 'x'], c: { z: 1, y: 2 } }),
    '{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":1}}',
  );
  // The example of RFC 8785 §3.2.2 (numbers) and §3.2.3 (key order by UTF-16 code units).
  assert.equal(
    canonicalize(JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001]}')),
    '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}',
  );
  assert.equal(
    canonicalize({
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    }),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  );
  assert.equal(canonicalize({ s: '\u2028"\\\u0001' }), '{"s":"\u2028\\"\\\\\\u0001"}');
  assert.equal(canonicalize(-0), '0');
  assert.equal(canonicalize({ a: undefined, b: null }), '{"b":null}');
  assert.throws(() => canonicalize(Number.NaN), CanonicalJsonError);
  assert.throws(() => canonicalize({ s: '\ud800' }), CanonicalJsonError);
  assert.throws(() => canonicalize(1n), CanonicalJsonError);
});
