import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Coalescer } from './coalescer.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

test('a lone call runs at once by itself; calls arriving meanwhile go together in the next batch', async () => {
  const calls: string[] = [];
  const c = new Coalescer<number, number>(
    async (xs) => {
      calls.push(`many ${xs.join(',')}`);
      await tick();
      return xs.map((x) => x * 10);
    },
    async (x) => {
      calls.push(`one ${x}`);
      await tick();
      return x * 10;
    },
  );
  const results = await Promise.all([1, 2, 3, 4].map((x) => c.run(x)));
  assert.deepEqual(results, [10, 20, 30, 40]);
  assert.deepEqual(calls, ['one 1', 'many 2,3,4']);
});

test('a failed batch is retried item by item, so only the bad item fails', async () => {
  const c = new Coalescer<number, number>(
    async (xs) => {
      if (xs.includes(3)) throw new Error('batch refused');
      return xs;
    },
    async (x) => {
      await tick();
      if (x === 3) throw new Error('three refused');
      return x;
    },
  );
  const results = await Promise.allSettled([1, 2, 3, 4].map((x) => c.run(x)));
  assert.deepEqual(
    results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
    [1, 2, 'three refused', 4],
  );
  // It keeps working after a failure.
  assert.equal(await c.run(5), 5);
});

test('batches are capped', async () => {
  const sizes: number[] = [];
  const c = new Coalescer<number, number>(
    async (xs) => {
      sizes.push(xs.length);
      await tick();
      return xs;
    },
    async (x) => {
      sizes.push(1);
      await tick();
      return x;
    },
    3,
  );
  await Promise.all(Array.from({ length: 8 }, (_, i) => c.run(i)));
  assert.deepEqual(sizes, [1, 3, 3, 1]);
});
