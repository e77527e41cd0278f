/** People insulted as fakes or herd followers of a camp, and swindlers named in two words, against plain uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMP_NICKNAMES, CREEDS, FAKING, HERDS } from './lexicon/camp-phrases.js';
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

describe('mocking names for the people of a camp', () => {
  const names = Object.entries(CAMP_NICKNAMES).flatMap(([first, rest]) => rest.map((r) => `${first} ${r}`));
  it('holds every name in every sentence, marking it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom<Array<(w: string) => string>>(
          (w) => `The ${w} are at it again.`,
          (w) => `Only ${w} would vote for this.`,
          (w) => `I am tired of hearing from ${w} on this page.`,
        ),
        (name, make) => {
          const body = make(name);
          // A second word listed on its own ("nuts", "bums") carries the evidence alone.
          const last = name.split(' ')[1] as string;
          expect(
            insult(body)
              ?.evidence.map((e) => e.text)
              .join(' '),
            body,
          ).toMatch(new RegExp(`${last}$`));
        },
      ),
      { numRuns: 150, seed: 23 },
    );
  });

  it.each([
    'The bible study group meets on Tuesday.',
    'The gun show opens Saturday at the fairground.',
    'The race was won by a traitor? No, by a rookie.',
    'Justice was served and the warriors went home.',
    'The eco fair had a nut stall and a honey stall.',
    'Wrap the fish in tinfoil and bake it.',
    'The welfare office was closed on Monday.',
    'Soy milk is popular with boys and girls alike.',
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
