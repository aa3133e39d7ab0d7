import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import bs58 from '../lib/base58.ts';
import {
  checkReceiptProof,
  keyIdFor,
  SCHEMA_VERSION,
  type SigningKey,
  signingKeyFromSeed,
  signReceipt,
} from './proof.ts';

const key = signingKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => i));
const keys = new Map([[key.keyId, key.publicKey]]);
const BODY = { receipt_id: 'r1', amount_minor_units: '25000000', payer_wallet: 'Fy1dS4sAqF', memo: 'Café 日本' };

/** A receipt as the API returns it. */
function issued(body: Record<string, unknown>, signer: SigningKey = key) {
  const signed = signReceipt(body, signer);
  return {
    receipt_json: JSON.parse(signed.receiptJson),
    receipt_hash: signed.receiptHash,
    ed25519_sig: signed.signature,
  };
}

// Receipt fields: strings (any Unicode but lone surrogates), safe integers, booleans and null.
const field = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.boolean(), fc.constant(null));
const body = fc.dictionary(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), field, { maxKeys: 8 });

describe('receipt proof', () => {
  test('the key id names the public key: rk_ and 16 hex of its SHA-256, the same for the same seed', () => {
    assert.match(key.keyId, /^rk_[0-9a-f]{16}$/);
    assert.equal(key.keyId, keyIdFor(bs58.decode(key.publicKey)));
    assert.deepEqual(signingKeyFromSeed(key.seed), key);
    assert.notEqual(signingKeyFromSeed(new Uint8Array(32)).keyId, key.keyId);
  });

  test('the signed text is the canonical body with the key id and schema version, which the signer sets', () => {
    const signed = signReceipt({ ...BODY, key_id: 'forged', schema_version: 'v0' }, key);
    const parsed = JSON.parse(signed.receiptJson);
    assert.equal(parsed.key_id, key.keyId);
    assert.equal(parsed.schema_version, SCHEMA_VERSION);
    assert.equal(
      signed.receiptJson,
      `{"amount_minor_units":"25000000","key_id":"${key.keyId}","memo":"Café 日本","payer_wallet":"Fy1dS4sAqF","receipt_id":"r1","schema_version":"hilt-v1"}`,
    );
    assert.equal(signed.receiptHash, createHash('sha256').update(signed.receiptJson, 'utf8').digest('hex'));
  });

  test('anyone checks the signature with node:crypto and the base58 public key alone', () => {
    const signed = signReceipt(BODY, key);
    const x = Buffer.from(bs58.decode(key.publicKey)).toString('base64url');
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    assert.equal(
      verify(null, Buffer.from(signed.receiptJson, 'utf8'), publicKey, Buffer.from(signed.signature, 'base64')),
      true,
    );
  });

  test('any receipt body signs and checks valid; changing any field breaks hash and signature', () => {
    fc.assert(
      fc.property(body, field, (b, replacement) => {
        const r = issued(b);
        const ok = checkReceiptProof(r, keys);
        assert.deepEqual([ok.valid, ok.hash_valid, ok.signature_valid, ok.problems], [true, true, true, []]);
        for (const name of Object.keys(r.receipt_json)) {
          if (name === 'key_id' || Object.is(r.receipt_json[name], replacement)) continue;
          const tampered = { ...r, receipt_json: { ...r.receipt_json, [name]: replacement } };
          const check = checkReceiptProof(tampered, keys);
          assert.equal(check.hash_valid, false, name);
          assert.equal(check.signature_valid, false, name);
          assert.equal(check.valid, false);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('receipt_json may come as an object or as text in any key order and spacing; the hash in any case', () => {
    const r = issued(BODY);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(r.receipt_json).reverse()), null, 2);
    assert.equal(checkReceiptProof({ ...r, receipt_json: reordered }, keys).valid, true);
    assert.equal(checkReceiptProof({ ...r, receipt_hash: r.receipt_hash.toUpperCase() }, keys).valid, true);
  });

  test('a flipped signature bit: the hash holds, the signature does not, and the problem says so', () => {
    const r = issued(BODY);
    const sig = Buffer.from(r.ed25519_sig, 'base64');
    sig[63] ^= 0x01;
    const check = checkReceiptProof({ ...r, ed25519_sig: sig.toString('base64') }, keys);
    assert.deepEqual([check.valid, check.hash_valid, check.signature_valid], [false, true, false]);
    assert.deepEqual(check.problems, [`ed25519_sig is not a valid signature by key ${key.keyId}`]);
    const empty = checkReceiptProof({ ...r, ed25519_sig: '' }, keys);
    assert.equal(empty.signature_valid, false);
  });

  test('a receipt signed by a key of another server, an unknown key id, or a bad public key is not valid', () => {
    const other = signingKeyFromSeed(new Uint8Array(32).fill(9));
    // Signed by another key, but naming ours.
    const r = issued(BODY, { ...other, keyId: key.keyId });
    assert.equal(checkReceiptProof(r, keys).signature_valid, false);
    assert.equal(checkReceiptProof(r, new Map([[key.keyId, other.publicKey]])).valid, true);

    const unknown = checkReceiptProof(issued(BODY, other), keys);
    assert.equal(unknown.valid, false);
    assert.deepEqual(unknown.problems, [`no public key for key_id ${other.keyId}`]);
    assert.equal(unknown.hash_valid, true, 'the hash needs no key');

    const badKey = checkReceiptProof(issued(BODY), new Map([[key.keyId, '0OIl']]));
    assert.deepEqual(badKey.problems, ['the public key is not base58']);
  });

  test('receipt_json that is not JSON or names no key is reported, never thrown', () => {
    const r = issued(BODY);
    const garbage = checkReceiptProof({ ...r, receipt_json: '{not json' }, keys);
    assert.equal(garbage.valid, false);
    assert.equal(garbage.hash_valid, false);
    assert.ok(garbage.problems.includes('receipt_json is not valid JSON'));
    const { key_id: _, ...withoutKey } = r.receipt_json;
    const anonymous = checkReceiptProof({ ...r, receipt_json: withoutKey }, keys);
    assert.equal(anonymous.key_id, null);
    assert.ok(anonymous.problems.includes('receipt_json names no key_id'));
  });
});
