import { describe, expect, it } from 'vitest';
import { progressReporter } from './progress.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 80, write: (s: string) => out.push(s) } };
}

describe('progressReporter', () => {
  it('writes a plain line at every 10% when stderr is not a terminal', () => {
    const { out, stream } = sink(false);
    const p = progressReporter('backtest demo', stream);
    for (let done = 0; done <= 1000; done += 25) p.update(done, 1000);
    p.done();
    expect(out).toHaveLength(11);
    expect(out[0]).toBe('backtest demo 0% (0/1000)\n');
    expect(out[5]).toBe('backtest demo 50% (500/1000)\n');
    expect(out[10]).toBe('backtest demo 100% (1000/1000)\n');
  });

  it('redraws one bar in place on a terminal and ends its line', () => {
    const { out, stream } = sink(true);
    const p = progressReporter('backtest demo', stream);
    p.update(500, 1000);
    p.update(1000, 1000);
    p.done();
    expect(out[0]?.startsWith('\rbacktest demo ')).toBe(true);
    expect(out[0]).toContain(' 50% 500/1,000');
    expect(out[1]).toContain('100% 1,000/1,000');
    expect(out[1]).not.toContain('░');
    expect(out.at(-1)).toBe('\n');
  });

  it('stays silent without a total', () => {
    const { out, stream } = sink(false);
    progressReporter('x', stream).update(10, undefined);
    expect(out).toEqual([]);
  });
});
