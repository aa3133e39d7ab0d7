import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, DAY_MS, nextPeriod, reminderTimes } from './activation.ts';

const at = new Date('2026-03-10T12:00:00.000Z');

describe('membership period arithmetic', () => {
  test('a first purchase starts now and lasts the billing interval', () => {
    const p = nextPeriod(undefined, at, 30);
    assert.equal(p.start.toISOString(), '2026-03-10T12:00:00.000Z');
    assert.equal(p.end.toISOString(), '2026-04-09T12:00:00.000Z');
    assert.equal(p.reactivated, false);
  });

  test('a renewal before the end, or in grace, continues from the current end', () => {
    for (const status of ['ACTIVE', 'GRACE', 'PAST_DUE']) {
      const currentEnd = new Date('2026-03-15T00:00:00.000Z');
      const p = nextPeriod({ status, current_period_end_at: currentEnd }, at, 7);
      assert.equal(p.start.toISOString(), currentEnd.toISOString(), status);
      assert.equal(p.end.toISOString(), '2026-03-22T00:00:00.000Z', status);
      assert.equal(p.reactivated, false);
    }
    // In grace the current end is already behind: the paid time still follows it, not the payment's time.
    const lapsed = new Date('2026-03-08T00:00:00.000Z');
    const p = nextPeriod({ status: 'GRACE', current_period_end_at: lapsed }, at, 30);
    assert.equal(p.start.toISOString(), lapsed.toISOString());
    assert.equal(p.end.toISOString(), '2026-04-07T00:00:00.000Z');
  });

  test('after expiry access starts again now', () => {
    const p = nextPeriod({ status: 'EXPIRED', current_period_end_at: new Date('2026-01-01T00:00:00Z') }, at, 30);
    assert.equal(p.start.toISOString(), at.toISOString());
    assert.equal(p.end.toISOString(), '2026-04-09T12:00:00.000Z');
    assert.equal(p.reactivated, true);
  });

  test('a period is exactly the interval in days, whatever the start (no calendar or DST drift)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 3650 }),
        (start, days) => {
          const p = nextPeriod(undefined, start, days);
          assert.equal(p.end.getTime() - p.start.getTime(), days * DAY_MS);
        },
      ),
    );
  });

  test('reminders fall the given days before the end, only those still ahead', () => {
    const end = new Date('2026-03-20T12:00:00.000Z');
    const times = reminderTimes(end, [1, 3, 7, 14], at);
    assert.deepEqual(
      times.map((t) => [t.offset, t.runAt.toISOString()]),
      [
        [1, '2026-03-19T12:00:00.000Z'],
        [3, '2026-03-17T12:00:00.000Z'],
        [7, '2026-03-13T12:00:00.000Z'],
      ],
    );
    // A reminder due exactly now is past: it would fire at once, after the buyer has just paid.
    assert.deepEqual(reminderTimes(addDays(at, 2), [2], at), []);
    assert.deepEqual(reminderTimes(end, [], at), []);
  });
});
