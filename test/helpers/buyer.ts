// A buyer's wallet for tests: signs the unsigned transaction the server hands out, as Phantom or Solflare would.
import {
  createKeyPairFromBytes,
  getBase64EncodedWireTransaction,
  getSignatureFromTransaction,
  getTransactionDecoder,
  signTransaction,
} from '@solana/kit';
import bs58 from '../../src/lib/base58.ts';

export async function signAsBuyer(unsignedBase64: string, secretKeyBase58: string) {
  const keyPair = await createKeyPairFromBytes(bs58.decode(secretKeyBase58));
  const tx = getTransactionDecoder().decode(Buffer.from(unsignedBase64, 'base64'));
  const signed = await signTransaction([keyPair], tx);
  return { wire: getBase64EncodedWireTransaction(signed), signature: getSignatureFromTransaction(signed) as string };
}
