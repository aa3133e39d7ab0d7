// Base58 (the Bitcoin alphabet Solana uses) through @solana/kit's codec, in the encode/decode shape of bs58:
// encode turns bytes into text, decode turns text into bytes and throws on a character outside the alphabet.
import { getBase58Decoder, getBase58Encoder } from '@solana/kit';

const toText = getBase58Decoder();
const toBytes = getBase58Encoder();

const base58 = {
  encode: (bytes: Uint8Array): string => toText.decode(bytes),
  decode: (text: string): Uint8Array => new Uint8Array(toBytes.encode(text)),
};

export default base58;
