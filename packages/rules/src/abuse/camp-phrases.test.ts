/** People insulted as fakes or herd followers of a camp, and swindlers named in two words, against plain uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREEDS, FAKING, HERDS } from './lexicon/camp-phrases.js';
import { LEADER_INSULT_NAMES } from './lexicon/party-names.js';
import { abuseReasons } from './test-support.js';

const insult = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.insult.directed');
const cap = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;

describe('fakes of a creed or a camp', () => {
  it('holds every faking word before every creed, marking the two words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAKING), fc.constantFrom(...CREEDS), (fake, creed) => {
        for (const body of [`${cap(fake)} ${creed}!`, `They are all ${fake} ${creed}, every one of them.`])
          expect(
            insult(body)?.evidence.map((e) => e.text),
            body,
          ).toEqual([`${body.includes('!') ? cap(fake) : fake} ${creed}`]);
      }),
      { numRuns: 150, seed: 19 },
    );
  });

  it.each([
    'The store sold fake Christmas trees and faux leather bags.',
    'She bought a counterfeit Catholic medal at the market.',
    'Fake news spreads faster than corrections.',
    'The pseudo science of the piece was debunked by real scientists.',
    'Conservatives and liberals agreed on a bogus budget figure, the auditor said? No, on a fair one.',
  ])('stays clean: %s', (body) => {
    expect(insult(body)).toBeUndefined();
  });
});

describe('followers as a herd', () => {
  it('holds every herd after every way of following', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HERDS),
        fc.constantFrom('They follow him like', 'His voters march like', 'The base lined up like', 'You vote like'),
        (herd, frame) => {
          const body = `${frame} ${herd}.`;
          expect(insult(body), body).toBeDefined();
        },
      ),
      { numRuns: 80, seed: 19 },
    );
  });

  it.each([
    ['His cultish followers will believe anything.', 'cultish followers'],
    ['Her cultlike devotees cheered.', 'cultlike devotees'],
    ['They drank the Kool-Aid long ago.', 'drank the Kool'],
    ['Still drinking the koolaid, I see.', 'drinking the koolaid'],
    ['The mayor is a con man.', 'con man'],
    ['He is such a know-it-all.', 'a know-it-all'],
  ])('%s', (body, words) => {
    expect(insult(body)?.evidence.map((e) => e.text)).toEqual([words]);
  });

  it.each([
    'The cows followed the farmer like cattle do.',
    'The ducklings follow their mother like clockwork.',
    'Her followers on Instagram loved the photo.',
    'His loyal supporters gathered at the rally.',
    'The cult film drew a big crowd.',
    'The kids drank the punch at the party.',
    'I know it all too well.',
    'You know it all depends on the weather.',
    'The con is that it costs more.',
  ])('stays clean: %s', (body) => {
    expect(insult(body)).toBeUndefined();
  });
});

describe("a leader's name bent into an insult", () => {
  it('is held in any sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEADER_INSULT_NAMES),
        fc.constantFrom<Array<(w: string) => string>>(
          (w) => `${cap(w)} strikes again.`,
          (w) => `Thanks a lot, ${w}.`,
          (w) => `The budget that ${cap(w)} tabled is a mess.`,
        ),
        (name, make) => {
          const body = make(name);
          expect(insult(body), body).toBeDefined();
        },
      ),
      { numRuns: 60, seed: 19 },
    );
  });
});
