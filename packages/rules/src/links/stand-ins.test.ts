import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';

const policy = compilePolicy(DEFAULT_POLICY);
const linkReasons = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.category === 'link',
  );

const LABELS = ['cheapmeds', 'bet-kings', 'deals24', 'promo-hub', 'xk7shop', 'fastloans'];
const PROSE = ['Great offers at', 'visit', 'Best odds:', 'see', 'all here ->'];
const PLAIN = ['com', 'org', 'biz', 'info', 'xyz'];
const emoji = ['🔴', '⚫', '🔵', '💲', '👉'];

/** Each stand-in for a link's dots, from a name and a TLD it takes. */
const STAND_INS: Record<string, [(label: string, tld: string) => string, readonly string[]]> = {
  'dot then space': [(l, t) => `${l}. ${t}`, PLAIN],
  comma: [(l, t) => `${l},${t}`, [...PLAIN, 'net', 'io', 'ru']],
  emoji: [(l, t) => `${l}${emoji[l.length % emoji.length]}${t}`, [...PLAIN, 'net', 'shop', 'io']],
  'www without dots': [(l, t) => `www ${l} ${t}`, [...PLAIN, 'net', 'co']],
  'a space before "com"': [(l, t) => `${l} ${t}`, ['com']],
  'spelled-out TLD': [(l, t) => `${l}.${[...t].join(' ')}`, [...PLAIN, 'net']],
  'spelled-out TLD after "dot"': [(l, t) => `${l} dot ${[...t].join(' ')}`, [...PLAIN, 'net']],
  'l33t "d0t"': [(l, t) => `${l} d0t ${t}`, [...PLAIN, 'net', 'io', 'shop']],
  'bracketed "d0t"': [(l, t) => `${l}[d0t]${t}`, [...PLAIN, 'net']],
  '"dot" before a TLD that is a word': [(l, t) => `${l}99 dot ${t}`, ['me', 'us', 'in', 'to']],
  'an underscore': [(l, t) => `${l}_${t}`, PLAIN],
  '"-dot-"': [(l, t) => `${l}-dot-${t}`, [...PLAIN, 'net', 'shop']],
  'a TLD in l33t': [
    (l, t) => `${l}.${t.replace('o', '0').replace('e', '3').replace('i', '1')}`,
    ['com', 'net', 'org', 'biz'],
  ],
  'a TLD in l33t after "dot"': [(l, t) => `${l} dot ${t.replace('o', '0').replace('e', '3')}`, ['com', 'net', 'org']],
  'a TLD spelled out with bracketed dots': [(l, t) => `${l}(.)${[...t].join('(.)')}`, PLAIN],
  'a raised or katakana middle dot': [(l, t) => `${l}${l.length % 2 ? '⸳' : '・'}${t}`, [...PLAIN, 'net']],
  '"DOT" in capitals inside the name': [(l, t) => `${l}${l.length % 2 ? 'DOT' : 'D0T'}${t}`, [...PLAIN, 'net', 'io']],
};

describe('stand-ins for the dots of a link', () => {
  for (const [name, [write, tlds]] of Object.entries(STAND_INS)) {
    it(`reads ${name} as a disguised link, with the whole of it as evidence`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...LABELS), fc.constantFrom(...tlds), fc.constantFrom(...PROSE), (l, t, p) => {
          const link = write(l, t);
          const body = `${p} ${link} now`;
          const found = linkReasons(body);
          expect(
            found.map((r) => r.rule),
            body,
          ).toContain('link.disguised');
          const at = body.indexOf(link);
          expect(
            found.flatMap((r) => r.evidence).some((e) => e.start <= at + 1 && e.end >= at + link.length - 1),
            body,
          ).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('reads an address at a webmail provider without its TLD, and an at-sign set apart', () => {
    for (const body of [
      'email me at dealsking at gmail',
      'reach me on dealsking@yahoo',
      'my email: dealsking(at)hotmail',
      'contact dealsking @ gmail . com',
      'write to sales @ cheap-deals.net',
    ])
      expect(
        linkReasons(body).map((r) => r.rule),
        body,
      ).toContain('link.email.disguised');
    for (const body of ['I worked at yahoo for years', 'Meet me at outlook point at noon'])
      expect(linkReasons(body), body).toEqual([]);
  });

  it('reads IP addresses written with "dot" or as one number', () => {
    for (const body of [
      'visit 203 dot 0 dot 113 dot 7 now',
      'Read this first: 40 DOT 52 DOT 9 DOT 6',
      'go to http://3405803783/win',
      'http://0xcb007107/x',
    ])
      expect(
        linkReasons(body).map((r) => r.rule),
        body,
      ).toContain('link.ip');
  });

  it('leaves prose with commas, full stops, emoji and "dot" alone', () => {
    for (const body of [
      'Good ideas,information and a plan.',
      'Fewer buses,company cars everywhere.',
      'It ended at midnight. Com',
      'We lost again. Org chart reshuffle next.',
      'A dot in the sky turned out to be the ISS.',
      'My polka dot dress is older than this club.',
      'Great win🔥come on lads',
      'Loved it😍so good',
      'Apples, oranges, com-',
      'Check www for the answer, it is all there',
      'Back in the dot com era nobody cared.',
      'e.g. the U.S.A. and the u.k. too',
      'The I.T. dept at c.o.m.p.a.n.y level is a mess.',
      'A polka-dot-dress sale at the market.',
      'rename it to snake_case first',
      'ジョン・スミス is great',
      'Plug it into the serial com port first.',
      'The telecom company raised prices again.',
      'Scores 3 dot 1 dot 2 dot 0 were the odds.',
      'Version 1.2.3.4 fixed it, and 2 dot 0 is next.',
      'Kim Dotcom was arrested in 2012.',
      'The idiotcom jokes are old.',
      'A hotDOTcomic strip ran in the paper.',
      'Polka-DOTcom forum? No, PolkaDOTCOM is the brand.',
    ])
      expect(linkReasons(body), body).toEqual([]);
  });
});

describe("a site's own short links", () => {
  const policyAllowing = compilePolicy({ ...DEFAULT_POLICY, allowedDomains: ['youtube.com'] });
  const rulesUnder = (body: string, p = policy) =>
    evaluate(analyze(body), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.map((r) => r.rule);

  it('reads youtu.be as a link to youtube.com, which an allowed youtube.com covers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{11}$/), fc.constantFrom('', 'https://', 'http://www.'), (id, s) => {
        const body = `The full interview: ${s.replace('www.', '')}youtu.be/${id}`;
        expect(rulesUnder(body), body).toEqual(['link.url']);
        expect(rulesUnder(body, policyAllowing), body).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('still reads other shorteners as hiding where they lead', () => {
    expect(rulesUnder('The full interview: bit.ly/3xYzAbc')).toEqual(['link.shortener']);
  });
});
