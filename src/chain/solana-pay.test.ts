import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Address } from '@solana/kit';
import { SolanaPayUrlError } from './errors.ts';
import { USDC_MINT } from './port.ts';
import { encodeTransactionRequestUrl, encodeTransferRequestUrl, parseSolanaPayUrl } from './solana-pay.ts';

const recipient = 'mvines9iiHiQTysrwkJjGf2gb9Ex9jXJX8ns3qwf2kN' as Address;
const reference = '82ZJ7nbGpixjeDCmEhUcmwXYfvurzAgGdtSMuHnUgyny' as Address;
const reference2 = 'Fy1dS4sAqFdKQSSNf8Y5CHZrnLcUUvvx4u4Hyf9wF9pA' as Address;

describe('Solana Pay URLs', () => {
  test('a SOL transfer request round-trips', () => {
    const url = encodeTransferRequestUrl({
      recipient,
      amountMinor: 1_000_000_000n,
      references: [reference, reference2],
      label: 'Michael & Co',
      message: 'Thanks for all the fish',
      memo: 'HILT:OrderId#1234',
    });
    assert.equal(
      url,
      `solana:${recipient}?amount=1&reference=${reference}&reference=${reference2}&label=Michael%20%26%20Co&message=Thanks%20for%20all%20the%20fish&memo=HILT%3AOrderId%231234`,
    );
    assert.deepEqual(parseSolanaPayUrl(url), {
      kind: 'transfer',
      recipient,
      amount: '1',
      amountMinor: 1_000_000_000n,
      references: [reference, reference2],
      label: 'Michael & Co',
      message: 'Thanks for all the fish',
      memo: 'HILT:OrderId#1234',
    });
  });

  test('an SPL (USDC) transfer request round-trips with exact decimals', () => {
    const url = encodeTransferRequestUrl({
      recipient,
      amountMinor: 12_340_001n,
      splToken: USDC_MINT,
      references: [reference],
    });
    assert.equal(url, `solana:${recipient}?amount=12.340001&spl-token=${USDC_MINT}&reference=${reference}`);
    const parsed = parseSolanaPayUrl(url);
    assert.equal(parsed.kind, 'transfer');
    assert.equal(parsed.kind === 'transfer' && parsed.amountMinor, 12_340_001n);
    assert.equal(parsed.kind === 'transfer' && parsed.splToken, USDC_MINT);
  });

  test('parses the spec examples, including + for spaces and a bare recipient', () => {
    const parsed = parseSolanaPayUrl(`solana:${recipient}?amount=0.01&label=Michael+Shop&message=Thanks%21`);
    assert.equal(parsed.kind === 'transfer' && parsed.amountMinor, 10_000_000n);
    assert.equal(parsed.kind === 'transfer' && parsed.label, 'Michael Shop');
    assert.deepEqual(parseSolanaPayUrl(`solana:${recipient}`), { kind: 'transfer', recipient, references: [] });
    // Unknown tokens keep the amount as written, and give minor units once their decimals are known.
    const other = parseSolanaPayUrl(`solana:${recipient}?amount=1.25&spl-token=${reference}`);
    assert.equal(other.kind === 'transfer' && other.amount, '1.25');
    assert.equal(other.kind === 'transfer' && other.amountMinor, undefined);
  });

  test('transaction requests', () => {
    const url = encodeTransactionRequestUrl('https://example.com/v1/pay/transaction/abc?x=1');
    assert.equal(url, 'solana:https%3A%2F%2Fexample.com%2Fv1%2Fpay%2Ftransaction%2Fabc%3Fx%3D1');
    const parsed = parseSolanaPayUrl(url);
    assert.equal(parsed.kind === 'transaction' && parsed.link.href, 'https://example.com/v1/pay/transaction/abc?x=1');
    assert.equal(parseSolanaPayUrl('solana:https://example.com/tx').kind, 'transaction');
    assert.throws(() => parseSolanaPayUrl('solana:http%3A%2F%2Fexample.com'), SolanaPayUrlError);
  });

  test('rejects malformed amounts, addresses and oversized URLs', () => {
    for (const amount of ['1e3', '.5', '-1', '1.', '1,5', '0x10', ' 1', 'NaN', 'Infinity', '+1', '']) {
      assert.throws(
        () => parseSolanaPayUrl(`solana:${recipient}?amount=${encodeURIComponent(amount)}`),
        SolanaPayUrlError,
        amount,
      );
    }
    assert.throws(
      () => parseSolanaPayUrl(`solana:${recipient}?amount=0.0000000001`),
      SolanaPayUrlError,
      'too many decimals for SOL',
    );
    assert.throws(
      () => parseSolanaPayUrl(`solana:${recipient}?amount=1.0000001&spl-token=${USDC_MINT}`),
      SolanaPayUrlError,
    );
    assert.throws(() => parseSolanaPayUrl(`solana:${recipient}?amount=1&amount=2`), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl('solana:notbase58!!'), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl(`solana:${recipient}0`), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl(`solana:${recipient}?reference=abc`), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl(`solana:${recipient}?spl-token=xyz`), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl(`bitcoin:${recipient}`), SolanaPayUrlError);
    assert.throws(() => parseSolanaPayUrl(`solana:${recipient}?message=${'a'.repeat(2048)}`), SolanaPayUrlError);
    assert.throws(() => encodeTransferRequestUrl({ recipient, message: 'a'.repeat(2048) }), SolanaPayUrlError);
    assert.throws(() => encodeTransferRequestUrl({ recipient: 'nope' as Address }), SolanaPayUrlError);
    assert.throws(() => encodeTransferRequestUrl({ recipient, amountMinor: -1n }), SolanaPayUrlError);
    assert.throws(
      () => encodeTransferRequestUrl({ recipient, amountMinor: 1n, splToken: reference }),
      SolanaPayUrlError,
    );
  });
});
