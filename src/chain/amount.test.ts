import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatUnits, parseUnits, toUiTokenAmount } from './amount.ts';

const decimals = fc.integer({ min: 0, max: 18 });
const amount = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });

describe('amount math', () => {
  test('formatUnits and parseUnits are inverse for every non-negative amount and decimal count', () => {
    fc.assert(
      fc.property(amount, decimals, (minor, d) => {
        assert.equal(parseUnits(formatUnits(minor, d), d), minor);
      }),
    );
  });

  test('formatUnits writes plain decimals: no exponent, no trailing zeros, no leading zeros but one', () => {
    fc.assert(
      fc.property(amount, decimals, (minor, d) => {
        const text = formatUnits(minor, d);
        assert.match(text, /^(0|[1-9]\d*)(\.\d*[1-9])?$/);
        const fraction = text.split('.')[1] ?? '';
        assert.ok(fraction.length <= d, `${text} has at most ${d} decimals`);
      }),
    );
  });

  test('any decimal text the asset can hold parses to the same value padded or not', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        decimals,
        fc.integer({ min: 0, max: 6 }),
        (minor, d, extraZeros) => {
          const text = formatUnits(minor, d);
          const padded = text.includes('.') ? text + '0'.repeat(extraZeros) : text;
          // Trailing zeros are accepted only while the asset has room for them.
          const places = (padded.split('.')[1] ?? '').length;
          if (places <= d) assert.equal(parseUnits(padded, d), minor);
          else assert.throws(() => parseUnits(padded, d), RangeError);
        },
      ),
    );
  });

  test('exact boundaries of SOL (9) and USDC (6)', () => {
    assert.equal(formatUnits(0n, 9), '0');
    assert.equal(formatUnits(1n, 9), '0.000000001');
    assert.equal(formatUnits(999_999_999n, 9), '0.999999999');
    assert.equal(formatUnits(1_000_000_000n, 9), '1');
    assert.equal(formatUnits(1_000_000n, 6), '1');
    assert.equal(formatUnits(1_000_001n, 6), '1.000001');
    assert.equal(formatUnits(10n, 0), '10');
    assert.equal(formatUnits(2n ** 64n - 1n, 9), '18446744073.709551615');
    assert.equal(formatUnits(12_340_000n, 6), '12.34');
    assert.equal(parseUnits('0.000000001', 9), 1n);
    assert.equal(parseUnits('18446744073.709551615', 9), 2n ** 64n - 1n);
    assert.equal(parseUnits('0', 6), 0n);
    assert.equal(parseUnits('0.1', 9), 100_000_000n);
    assert.equal(parseUnits('007', 6), 7_000_000n, 'leading zeros are only digits');
    assert.equal(parseUnits('1.000000', 6), 1_000_000n);
    assert.equal(parseUnits('5', 0), 5n);
  });

  test('negative amounts keep their sign when formatted (a refund or a balance drop)', () => {
    assert.equal(formatUnits(-1n, 9), '-0.000000001');
    assert.equal(formatUnits(-1_500_000n, 6), '-1.5');
    fc.assert(
      fc.property(amount, decimals, (minor, d) => {
        if (minor === 0n) return;
        assert.equal(formatUnits(-minor, d), `-${formatUnits(minor, d)}`);
      }),
    );
  });

  test('parseUnits refuses what is not a plain unsigned decimal, or is finer than the asset', () => {
    for (const text of [
      '',
      '.5',
      '1.',
      '-1',
      '+1',
      '1e3',
      '1E3',
      ' 1',
      '1 ',
      '1,5',
      '0x10',
      'NaN',
      'Infinity',
      '1..2',
    ]) {
      assert.throws(() => parseUnits(text, 9), RangeError, JSON.stringify(text));
    }
    assert.throws(() => parseUnits('0.0000000001', 9), /more than 9 decimal places/);
    assert.throws(() => parseUnits('1.0000001', 6), /more than 6 decimal places/);
    assert.throws(() => parseUnits('1.5', 0), /more than 0 decimal places/);
    // Unicode digits are not ASCII digits.
    assert.throws(() => parseUnits('١', 6), RangeError);
  });

  test('toUiTokenAmount carries the exact amount as text; the float is for display only', () => {
    assert.deepEqual(toUiTokenAmount(12_340_000n, 6), {
      amount: '12340000',
      decimals: 6,
      uiAmount: 12.34,
      uiAmountString: '12.34',
    });
    assert.deepEqual(toUiTokenAmount(0n, 6), { amount: '0', decimals: 6, uiAmount: 0, uiAmountString: '0' });
    // Past 2^53 the float loses digits; the strings do not.
    const big = 2n ** 64n - 1n;
    const ui = toUiTokenAmount(big, 6);
    assert.equal(ui.amount, big.toString());
    assert.equal(parseUnits(ui.uiAmountString, 6), big);
    assert.notEqual(BigInt(Math.round(ui.uiAmount * 1e6)), big);
  });
});
