// Base58 (the Bitcoin alphabet Solana uses), in the encode/decode shape of bs58: encode turns bytes into text,
// decode turns text into bytes and throws on a character outside the alphabet. Digit arithmetic on a small byte
// buffer (the base-x method) rather than one BigInt per character: a confirmation turns signatures, keys and
// instruction data to and from base58 a dozen times, and @solana/kit's BigInt codec was a visible share of its CPU.
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
// log(256) / log(58) and its inverse, rounded up: the most digits a byte needs, the most bytes a digit needs.
const ENCODE_FACTOR = 1.38;
const DECODE_FACTOR = 0.734;

function encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const size = Math.ceil((bytes.length - zeros) * ENCODE_FACTOR) + 1;
  const digits = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i];
    let j = 0;
    for (let k = size - 1; (carry !== 0 || j < length) && k >= 0; k--, j++) {
      carry += 256 * digits[k];
      digits[k] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    length = j;
  }
  let start = size - length;
  while (start < size && digits[start] === 0) start++;
  let out = '1'.repeat(zeros);
  for (; start < size; start++) out += ALPHABET[digits[start]];
  return out;
}

/** The bytes of a base58 text, or undefined when a character is outside the alphabet. */
function tryDecode(text: string): Uint8Array | undefined {
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 49 /* '1' */) zeros++;
  const size = Math.ceil((text.length - zeros) * DECODE_FACTOR) + 1;
  const bytes = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let carry = code < 128 ? DIGIT[code] : -1;
    if (carry < 0) return undefined;
    let j = 0;
    for (let k = size - 1; (carry !== 0 || j < length) && k >= 0; k--, j++) {
      carry += 58 * bytes[k];
      bytes[k] = carry & 0xff;
      carry >>= 8;
    }
    length = j;
  }
  let start = size - length;
  while (start < size && bytes[start] === 0) start++;
  const out = new Uint8Array(zeros + size - start);
  out.set(bytes.subarray(start), zeros);
  return out;
}

function decode(text: string): Uint8Array {
  const bytes = tryDecode(text);
  if (!bytes) throw new Error('Non-base58 character');
  return bytes;
}

const base58 = { encode, decode, tryDecode };

export default base58;
