import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { DOT_WORD_TLDS, DOT_WORDS, FOREIGN_DOT_TLDS, SPOKEN_TLDS } from './lists.js';

const policy = compilePolicy(DEFAULT_POLICY);
const reasons = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.category === 'link',
  );

const LABELS = ['cheapmeds', 'bet-kings', 'deals24', 'promo-hub', 'xk7shop'];
const PROSE = ['', 'Great offers at', 'visit', 'Best odds:', 'see'];
/** How a dot word is set between the name and the TLD. */
const SETTINGS: ReadonlyArray<(w: string) => string> = [
  (w) => ` ${w} `,
  (w) => ` ${w.toUpperCase()} `,
  (w) => ` ${w[0]?.toUpperCase()}${w.slice(1)} `,
  (w) => ` (${w}) `,
  (w) => `[${w}]`,
  (w) => ` {${w}} `,
];

describe('the word for "dot" in other languages', () => {
  it('reads every dot word with every TLD it takes, however it is set, as a disguised link', () => {
    const cases = DOT_WORDS.flatMap((w) => [...FOREIGN_DOT_TLDS, ...(DOT_WORD_TLDS[w] ?? [])].map((t) => [w, t]));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...LABELS),
        fc.constantFrom(...SETTINGS),
        fc.constantFrom(...PROSE),
        ([word, tld], label, set, before) => {
          const link = `${label}${set(word as string)}${tld}`;
          const body = `${before} ${link} now`.trim();
          const found = reasons(body);
          expect(
            found.map((r) => r.rule),
            body,
          ).toContain('link.disguised');
          const at = body.indexOf(link);
          const ev = found.flatMap((r) => r.evidence);
          expect(
            ev.some((e) => e.start >= at - 1 && e.end <= at + link.length + 1),
            body,
          ).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('leaves the same words alone in ordinary sentences', () => {
    for (const body of [
      'El punto es que nadie lo sabía.',
      'Mon point de vue est différent, point final.',
      'Il punto di vista del governo è chiaro.',
      'Punkt für Punkt, ein guter Punkt in der Debatte.',
      'O ponto de vista dele é outro.',
      'A good point in time to ask, and a point to note.',
      'Bu nokta da önemli.',
      'That is my point, com on.',
      'Het punt is dat niemand het weet.',
    ]) {
      expect(reasons(body), body).toEqual([]);
    }
  });
});

describe('IP-address links', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const ip = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));

  it('flags an address with a scheme, a port, a path or disguised dots', () => {
    fc.assert(
      fc.property(
        ip,
        fc.constantFrom(
          (a: string) => `http://${a}`,
          (a: string) => `https://${a}/login`,
          (a: string) => `${a}:8080`,
          (a: string) => `${a}/wp-admin`,
          (a: string) => a.replaceAll('.', '[.]'),
          (a: string) => `hxxp://${a}`,
        ),
        (address, form) => {
          const link = form(address);
          const found = reasons(`log in at ${link} today`);
          expect(
            found.map((r) => r.rule),
            link,
          ).toContain('link.ip');
          expect(found.find((r) => r.rule === 'link.ip')?.evidence[0]?.text).toBe(link);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not take versions and dotted figures for addresses', () => {
    fc.assert(
      fc.property(ip, (address) => {
        for (const body of [`version ${address} is out`, `release ${address}.1 fixed it`, `figures ${address}`]) {
          expect(reasons(body), body).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('phone numbers in other digits', () => {
  const SPOKEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  /** Zero of each script's decimal digits: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, fullwidth;
   * and mathematical bold, double-struck, monospace (astral). */
  const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7f6];
  const number = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 11 });

  it('finds a number written in the digits of any script', () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...ZEROS), (digits, zero) => {
        const written = digits.map((d) => String.fromCodePoint(zero + d));
        const phone = `${written.slice(0, 5).join('')} ${written.slice(5).join('')}`;
        const found = reasons(`call ${phone} now`).find((r) => r.rule === 'link.phone');
        expect(found?.evidence[0]?.text, phone).toBe(phone);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a number spelt out in words, with "double" and "triple" and "oh" for zero', () => {
    fc.assert(
      fc.property(number, fc.boolean(), (digits, cue) => {
        const words: string[] = [];
        for (let i = 0; i < digits.length; ) {
          const d = digits[i] as number;
          let run = 1;
          while (run < 3 && digits[i + run] === d) run++;
          const name = d === 0 && i > 0 ? 'oh' : (SPOKEN[d] as string);
          words.push(run === 1 ? name : `${run === 2 ? 'double' : 'triple'} ${name}`);
          i += run;
        }
        const phone = words.join(' ');
        const body = cue ? `text me on ${phone}` : `${phone} anytime`;
        const found = reasons(body).find((r) => r.rule === 'link.phone');
        expect(found?.evidence[0]?.text, body).toBe(phone);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a number written in digits with one of them spelt out ("0 7 7 zero 0 6 ...")', () => {
    fc.assert(
      fc.property(number, fc.integer({ min: 0, max: 9 }), fc.boolean(), (digits, p, cue) => {
        const at = p % digits.length;
        const phone = digits.map((d, i) => (i === at ? (SPOKEN[d] as string) : String(d))).join(' ');
        const body = cue ? `text me on ${phone}` : `${phone} anytime`;
        const found = reasons(body).find((r) => r.rule === 'link.phone');
        expect(found?.evidence[0]?.text, body).toBe(phone);
      }),
      { numRuns: 200 },
    );
  });

  it('reads "hundred" and "thousand" after a digit as its zeros', () => {
    const at = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(number, at, fc.constantFrom(2, 3), fc.boolean(), (digits, p, zeros, cue) => {
        // The digit at `p` (not a zero) followed by its zeros, said in one word: "eight hundred", "nine thousand".
        const d = Math.max(1, digits[p] as number);
        const before = digits.slice(0, p).map((x) => SPOKEN[x] as string);
        const after = digits.slice(p + 1).map((x) => SPOKEN[x] as string);
        const phone = [...before, SPOKEN[d], zeros === 2 ? 'hundred' : 'thousand', ...after].join(' ');
        const body = cue ? `ring me on ${phone}` : `${phone} anytime`;
        const found = reasons(body).find((r) => r.rule === 'link.phone');
        expect(found?.evidence[0]?.text, body).toBe(phone);
      }),
      { numRuns: 200 },
    );
    for (const body of [
      'ring oh eight hundred, one one one one',
      'call one eight hundred five five five one two one two',
    ])
      expect(reasons(body).map((r) => r.rule)).toContain('link.phone');
  });

  it('does not read counting or ordinary numbers in words as a phone', () => {
    for (const body of [
      'One, two, three, four, five, six: the count went on.',
      'It was one of the two or three best of the year.',
      'Six of one, half a dozen of the other.',
      'About nine hundred people came and two thousand more watched.',
      'Three thousand two hundred and twelve votes were cast.',
      'One two three four five six hundred times I told him.',
    ]) {
      expect(reasons(body), body).toEqual([]);
    }
  });
});

describe('names that read as domains', () => {
  it.each([
    'We rewrote it from ASP.NET to Node.js and Vue.js.',
    'She has an M.Sc. and a B.Com. from the same university.',
    'VB.NET and ADO.NET still run the payroll.',
    'The U.S. and the E.U. signed it on 3.4.2024.',
    'I still edit photos in Paint.NET, it is quick.',
    'Paint.NET and Entity.NET are older than most of the team.',
  ])('%s', (body) => {
    expect(reasons(body)).toEqual([]);
  });

  it('still flags lower-case and longer names on those TLDs', () => {
    for (const body of [
      'cheap pills at asp.net',
      'try DEALS.NET now',
      'follow X.com for news',
      'cheap pills at Deals.net',
      'cheap pills at www.Deals.NET',
      'cheap pills at Deals.NET/offer',
      'cheap pills at http://Deals.NET',
    ]) {
      expect(
        reasons(body).map((r) => r.rule),
        body,
      ).toContain('link.url');
    }
  });
});

describe('a YouTube address without its host ("watch?v=" and an eleven-character id)', () => {
  it('reads every such id as a YouTube link, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{11}$/),
        fc.constantFrom('{}', '{} Check this out .', 'Go to {} for the full song', 'best part: {}!'),
        (id, frame) => {
          const found = reasons(frame.replace('{}', `watch?v=${id}`));
          expect(found.map((r) => r.rule)).toContain('link.disguised');
          expect(found.find((r) => r.rule === 'link.disguised')?.evidence[0]?.text).toBe(`watch?v=${id}`);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('reads the whole id when a stand-in for a dot and a TLD stand in it, for every TLD in either case', () => {
    const ids = [...SPOKEN_TLDS]
      .filter((tld) => /^[a-z]{2,5}$/.test(tld))
      .flatMap((tld) => [tld, tld.toUpperCase()].map((cased) => `Q-Q_${cased}-_`.padStart(11, 'A')));
    const misread = ids.filter(
      (id) => reasons(`watch?v=${id}`).find((r) => r.rule === 'link.disguised')?.evidence[0]?.text !== `watch?v=${id}`,
    );
    expect(misread).toEqual([]);
  });
  it.each(["What's the watch?v=short thing?", 'The watch?v=parameter names the video.', 'I love my watch?very much!'])(
    'leaves a shorter or longer word after "watch?v=" alone: %s',
    (body) => {
      expect(reasons(body)).toEqual([]);
    },
  );
});
