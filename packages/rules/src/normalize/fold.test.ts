import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import { MappedTextBuilder } from './mapped-text.js';

/** The general path, unit by unit, for ASCII: lower case A–Z, tab and CR as space, runs of spaces as one. */
function foldAsciiSlowly(body: string) {
  const out = new MappedTextBuilder();
  let prevSpace = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      if (!prevSpace) out.pushUnit(0x20, i, i + 1);
      prevSpace = true;
    } else {
      out.pushUnit(c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
      prevSpace = false;
    }
  }
  return out.build();
}

const mapping = (t: { text: string; starts: readonly number[]; ends: readonly number[] }) => ({
  text: t.text,
  starts: t.starts.slice(0, t.text.length),
  ends: t.ends.slice(0, t.text.length),
});

describe('foldText on ASCII', () => {
  it('maps every unit as the unit-by-unit fold does, with or without the plain-text shortcut', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'B', 'z', 'Q', '1', ' ', ' ', '\t', '\r', '\n', '.', '@') });
    fc.assert(
      fc.property(ascii, (body) => {
        expect(mapping(foldText(body))).toEqual(mapping(foldAsciiSlowly(body)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps each result its own after longer bodies were folded', () => {
    const short = foldText('Hi There');
    foldText('A much longer body than the first one, folded afterwards.');
    expect(mapping(short)).toEqual({
      text: 'hi there',
      starts: [0, 1, 2, 3, 4, 5, 6, 7],
      ends: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    const long = 'x'.repeat(20_000);
    expect(mapping(foldText(long))).toEqual(mapping(foldAsciiSlowly(long)));
  });
});
