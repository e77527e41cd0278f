import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../normalize/fold.js';
import { findPhones } from './phones.js';

const phones = (body: string) => findPhones(foldText(body));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

describe('phone numbers with letters for digits, without spaces, with a vanity word', () => {
  // Each group keeps one digit (its first): a group of letters alone ("OOO") is a word.
  it('reads O and l as 0 and 1 wherever they stand in a group of digits', () => {
    fc.assert(
      fc.property(digits(6), fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }), (rest, swap) => {
        const number = `07700${rest.join('')}`;
        const written = [...number]
          .map((d, i) => (i === 0 || i === 5 || i === 8 || !swap[i] ? d : d === '0' ? 'O' : d === '1' ? 'l' : d))
          .join('');
        const spaced = `${written.slice(0, 5)} ${written.slice(5, 8)} ${written.slice(8)}`;
        const found = phones(`Cheap loans, call ${spaced} today`);
        expect(
          found.map((p) => p.number),
          spaced,
        ).toEqual([number]);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a valid national number written as one block of digits, without a cue', () => {
    expect(phones('For more info 07911123456').map((p) => p.number)).toEqual(['07911123456']);
    expect(phones('more info 02079460958 anytime').map((p) => p.number)).toEqual(['02079460958']);
  });

  it('reads keycap, circled and dingbat digits, and digit words mixed with digits', () => {
    const keycap = '07700 900123'.replace(/\d/g, (d) => `${d}\ufe0f\u20e3`);
    const dingbat = '07700 900123'
      .replace(/[1-9]/g, (d) => String.fromCodePoint(0x2776 + Number(d) - 1))
      .replace(/0/g, '⓿');
    for (const n of [keycap, dingbat, '⓪⑦⑦⓪⓪ ⑨⓪⓪①②③', '0 seven 7 double oh 9 zero 0 one 2 three'])
      expect(
        phones(`call ${n}`).map((p) => p.number),
        n,
      ).toEqual(['07700900123']);
  });

  it('reads a vanity word after a toll-free prefix and a space', () => {
    expect(phones('dial 1800 FLOWERS').map((p) => p.number)).toEqual(['18003569377']);
  });

  it('leaves counts, percentages and words with o and l alone', () => {
    for (const body of [
      'I have 3oo followers lol',
      'rated 1oo percent',
      'Page 0123456789 of the report',
      'Order ref 0123456789',
      '1800 people attended, lol',
      'the oil price fell 10%',
    ])
      expect(phones(body), body).toEqual([]);
  });
});
