import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { getBase58Decoder, getBase58Encoder, isSignature } from '@solana/kit';
import base58 from './base58.ts';
import { isSolanaSignature } from './crypto.ts';

// @solana/kit's codec is the reference: its "decoder" turns bytes into text, its "encoder" text into bytes.
const kitText = getBase58Decoder();
const kitBytes = getBase58Encoder();

test('encodes and decodes as @solana/kit does, leading zero bytes as leading "1"s', () => {
  const samples: Uint8Array[] = [
    new Uint8Array(0),
    new Uint8Array([0]),
    new Uint8Array(64),
    new Uint8Array([0, 0, 1]),
    new Uint8Array([255, 255, 255, 255]),
    new Uint8Array(32).fill(255),
  ];
  for (let n = 1; n <= 96; n++) {
    const bytes = randomBytes(n);
    samples.push(bytes);
    const zeros = new Uint8Array(n);
    zeros.set(bytes.subarray(0, n - (n % 5)), n % 5);
    samples.push(zeros);
  }
  for (const bytes of samples) {
    const text = base58.encode(bytes);
    assert.equal(text, kitText.decode(bytes), `encode ${Buffer.from(bytes).toString('hex')}`);
    assert.deepEqual(base58.decode(text), new Uint8Array(kitBytes.encode(text)), `decode ${text}`);
    assert.deepEqual(base58.decode(text), new Uint8Array(bytes));
  }
});

test('text outside the alphabet is refused', () => {
  for (const bad of ['0', 'O', 'I', 'l', 'abc+', 'é', ' 1', '1\n']) {
    assert.equal(base58.tryDecode(bad), undefined, bad);
    assert.throws(() => base58.decode(bad), /Non-base58/);
  }
});

test('a signature is 64 bytes in base58, as @solana/kit decides', () => {
  const cases = [
    base58.encode(randomBytes(64)),
    base58.encode(new Uint8Array(64)),
    base58.encode(randomBytes(63)),
    base58.encode(randomBytes(65)),
    base58.encode(randomBytes(32)),
    `${base58.encode(randomBytes(64)).slice(0, -1)}0`,
    '',
    'x'.repeat(89),
  ];
  // (kit's throws on a character outside the alphabet where ours answers false)
  const kitSays = (s: string) => {
    try {
      return isSignature(s);
    } catch {
      return false;
    }
  };
  for (const s of cases) assert.equal(isSolanaSignature(s), kitSays(s), s);
  assert.equal(isSolanaSignature(cases[0]), true);
});
