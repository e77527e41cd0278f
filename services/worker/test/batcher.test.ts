import { describe, expect, it, vi } from 'vitest';
import { Batcher } from '../src/decide/batcher.js';

/** A batch handler whose calls stay open until released, recording what each call got. */
function gatedHandler() {
  const calls: { items: number[]; release: () => void }[] = [];
  let running = 0;
  let mostRunning = 0;
  const handle = (items: number[]) =>
    new Promise<(number | Error)[]>((resolve) => {
      running++;
      mostRunning = Math.max(mostRunning, running);
      calls.push({
        items,
        release: () => {
          running--;
          resolve(items.map((i) => (i === 13 ? new Error('thirteen') : i * 10)));
        },
      });
    });
  return { calls, handle, mostRunning: () => mostRunning };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Batcher', () => {
  it('runs at most maxInFlight batches; the rest wait as items and go, full, when a batch ends', async () => {
    const g = gatedHandler();
    const batcher = new Batcher<number, number>(3, 60_000, g.handle, 2);
    const results = Promise.allSettled(Array.from({ length: 10 }, (_, i) => batcher.push(i + 10)));
    await tick();
    expect(g.calls.map((c) => c.items)).toEqual([
      [10, 11, 12],
      [13, 14, 15],
    ]);
    g.calls[0]?.release();
    await tick();
    expect(g.calls.map((c) => c.items)).toHaveLength(3);
    expect(g.calls[2]?.items).toEqual([16, 17, 18]);
    // The last item is alone and its wait is a minute: a drain sends it as soon as a slot is free.
    const drained = batcher.drain();
    g.calls[1]?.release();
    await tick();
    expect(g.calls[3]?.items).toEqual([19]);
    g.calls[2]?.release();
    g.calls[3]?.release();
    await drained;
    const settled = await results;
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      100,
      110,
      120,
      'thirteen',
      140,
      150,
      160,
      170,
      180,
      190,
    ]);
    expect(g.mostRunning()).toBe(2);
  });

  it('sends a partial batch once its first item has waited maxWaitMs', async () => {
    vi.useFakeTimers();
    try {
      const g = gatedHandler();
      const batcher = new Batcher<number, number>(100, 20, g.handle, 1);
      const first = batcher.push(1);
      const second = batcher.push(2);
      await vi.advanceTimersByTimeAsync(19);
      expect(g.calls).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(g.calls.map((c) => c.items)).toEqual([[1, 2]]);
      // While the only slot is busy, a waiting item's timer makes it due: it goes when the slot frees.
      const third = batcher.push(3);
      await vi.advanceTimersByTimeAsync(60);
      expect(g.calls).toHaveLength(1);
      g.calls[0]?.release();
      await vi.advanceTimersByTimeAsync(0);
      expect(g.calls[1]?.items).toEqual([3]);
      g.calls[1]?.release();
      expect(await Promise.all([first, second, third])).toEqual([10, 20, 30]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects every item of a batch whose handler throws, and goes on with the next', async () => {
    let n = 0;
    const batcher = new Batcher<number, number>(
      2,
      0,
      async (items) => {
        n++;
        if (n === 1) throw new Error('postgres away');
        return items;
      },
      1,
    );
    const r = [1, 2, 3, 4].map((i) => batcher.push(i));
    const settled = await Promise.allSettled(r);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled']);
  });
});
