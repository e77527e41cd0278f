import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments } from './highlight.js';

describe('segments', () => {
  it('marks the evidence and leaves the rest plain', () => {
    expect(segments('You absolute moron.', [{ start: 13, end: 18, label: 'insult' }])).toEqual([
      { text: 'You absolute ', labels: [] },
      { text: 'moron', labels: ['insult'] },
      { text: '.', labels: [] },
    ]);
  });

  it('names both rules where evidence overlaps', () => {
    expect(
      segments('abcdef', [
        { start: 1, end: 4, label: 'x' },
        { start: 3, end: 5, label: 'y' },
      ]),
    ).toEqual([
      { text: 'a', labels: [] },
      { text: 'bc', labels: ['x'] },
      { text: 'd', labels: ['x', 'y'] },
      { text: 'e', labels: ['y'] },
      { text: 'f', labels: [] },
    ]);
  });

  it('ignores spans that are empty or outside the body', () => {
    expect(
      segments('hi', [
        { start: 5, end: 9, label: 'z' },
        { start: 1, end: 1, label: 'z' },
      ]),
    ).toEqual([{ text: 'hi', labels: [] }]);
  });

  it('always joins back into the body', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 50 }),
            end: fc.integer({ min: -5, max: 50 }),
            label: fc.constantFrom('a', 'b'),
          }),
        ),
        (body, spans) => {
          expect(
            segments(body, spans)
              .map((s) => s.text)
              .join(''),
          ).toBe(body);
        },
      ),
    );
  });
});
