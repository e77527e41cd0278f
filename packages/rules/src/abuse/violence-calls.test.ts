/** Blows called for or called someone's due without a threat word, against reports, denials, things and figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOWS_SUFFERED } from './lexicon/blow-phrases.js';
import { abuseReasons } from './test-support.js';
import { BLOW_VERBS, DUE_BLOWS, PART_BLOWS, PARTICLE_BLOWS, PLACE_BLOWS } from './violence-calls.js';

const threat = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.threat');
const CALLS = ['Somebody ought to', 'Someone should', "I'd", 'I want to', 'Someone needs to', 'Just', "Let's"];
const PEOPLE = ['him', 'her', 'them', 'that guy', 'this clown'];

describe('a blow called for', () => {
  it('holds every blow verb after every call, on every person, marking the blow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BLOW_VERBS),
        fc.constantFrom(...CALLS),
        fc.constantFrom(...PEOPLE),
        (v, call, who) => {
          const body = `${call} ${v} ${who}.`;
          // A promise keeps its speaker in the evidence ("I'd smack him").
          expect(
            threat(body)
              ?.evidence.map((e) => e.text)
              .join(' '),
            body,
          ).toMatch(new RegExp(`${v} ${who}$`));
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });

  it('holds every blow on a body part and every blow with its particle, opening a sentence too', () => {
    const bodies = [
      ...Object.entries(PART_BLOWS).flatMap(([v, parts]) => parts.map((p) => `${v} his ${p}`)),
      ...Object.entries(PARTICLE_BLOWS).flatMap(([v, particles]) => particles.map((p) => `${v} him ${p}`)),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.constantFrom('Someone should', "I'd", ''), (blow, call) => {
        const body = call ? `${call} ${blow}.` : `${blow[0]?.toUpperCase()}${blow.slice(1)}.`;
        expect(threat(body), body).toBeDefined();
      }),
      { numRuns: 120, seed: 13 },
    );
  });

  it('holds every person taken to every place, and leaves "them" there (it may be things)', () => {
    const takings = Object.entries(PLACE_BLOWS).flatMap(([v, [preps, places]]) =>
      preps.flatMap((p) => places.map((place) => [v, `${p} the ${place}`] as const)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...takings), ([v, where]) => {
        expect(threat(`Someone should ${v} him ${where}.`), `${v} him ${where}`).toBeDefined();
        expect(threat(`Someone should ${v} them ${where}.`), `${v} them ${where}`).toBeUndefined();
      }),
      { numRuns: 80, seed: 13 },
    );
  });

  it('leaves every blow verb reported, denied or asked about', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BLOW_VERBS), fc.constantFrom(...PEOPLE), (v, who) => {
        for (const body of [
          `Police say he tried to ${v} ${who}.`,
          `You should never ${v} ${who}.`,
          `Nobody should ${v} ${who}.`,
          `Why would anyone ${v} ${who}?`,
        ])
          expect(threat(body), body).toBeUndefined();
      }),
      { numRuns: 60, seed: 13 },
    );
  });

  it.each([
    ['Somebody ought to smack him.', 'smack him'],
    ['Someone should deck that guy.', 'deck that guy'],
    ["I'd knock him out.", 'knock him out'],
    ['Slit his throat.', 'Slit his throat'],
    ['I could wring his neck, honestly? No: I would wring his neck.', 'wring his neck'],
    ['Someone should run him over.', 'run him over'],
    ['Tar and feather them.', 'Tar and feather them'],
    ['Someone should smack that smug grin off his face.', 'smack that smug grin off his face'],
    ['Somebody should slap some sense into him.', 'slap some sense into him'],
    ['Stone her.', 'Stone her'],
    ['Tie him to a tree and leave him.', 'Tie him to a tree'],
    ['Someone should drag that guy behind a truck.', 'drag that guy behind a truck'],
    ['Just throw him in the river.', 'throw him in the river'],
    ['I hope someone puts a bullet in him.', 'puts a bullet in him'],
    ['The only good liberal is a dead liberal.', 'only good liberal is a dead'],
    ['Bring back the rope.', 'Bring back the rope'],
    ['He deserves the noose.', 'deserves the noose'],
    ['Give me five minutes alone with him.', 'minutes alone with him'],
    ["I'd like ten minutes in a room with that guy.", 'minutes in a room with'],
    ['Meet me in a dark alley.', 'Meet me in a dark alley'],
    ["He'd better watch his back.", 'better watch his back'],
  ])('%s', (body, words) => {
    expect(threat(body)?.evidence.map((e) => e.text)).toContain(words);
  });

  it.each([
    'They decked the halls with holly.',
    'Deck them out in tinsel for the party.',
    'She belted it out at the concert.',
    'We need to knock them out of the playoffs.',
    'Just knock it out of the park.',
    'The Liberals will beat them in November.',
    'Police said the attacker slit his throat.',
    'They tried to slit his throat, the court heard.',
    'The new rules will whack small businesses with fees.',
    'They ran him over with a truck, police said.',
    'We should tar and feather the old shed roof? No, re-shingle it.',
    'Parents should not smack their children.',
    'Stone the cherries before baking.',
    'Tie them to the post with twine.',
    'Throw them in the lake, the stones I mean.',
    'The police tied him to the crime with DNA.',
    'They dragged him behind the scenes to talk.',
    'The only good thing about the show is the music.',
    'Give me five minutes with the mayor for an interview.',
    'The bodyguards watch his back.',
    'He smacked his lips and ordered dessert.',
  ])('stays clean: %s', (body) => {
    expect(threat(body)).toBeUndefined();
  });
});

describe('a blow called due', () => {
  it('holds every due blow after a manner, said of every person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DUE_BLOWS),
        fc.constantFrom('He needs', 'She deserves', 'You need', 'The mayor deserves', 'Smith needs', 'Give him'),
        fc.constantFrom('good', 'swift', 'proper'),
        (blow, due, manner) => {
          const body = `${due} a ${manner} ${blow}.`;
          expect(
            threat(body)?.evidence.map((e) => e.text),
            body,
          ).toEqual([`${manner} ${blow}`]);
        },
      ),
      { numRuns: 150, seed: 17 },
    );
  });

  it('holds every blow suffered called due in the passive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BLOWS_SUFFERED),
        fc.constantFrom('He needs to be', 'She should be', 'They deserve to get'),
        (blow, due) => {
          const body = `${due} ${blow}.`;
          expect(threat(body), body).toBeDefined();
        },
      ),
      { numRuns: 80, seed: 17 },
    );
  });

  it('leaves every due blow that is a figure or of a thing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DUE_BLOWS), (blow) => {
        for (const body of [
          `He deserves a good ${blow} on the wrist? No, a fine.`,
          `The recipe needs a good ${blow} of flavour.`,
          `The Leafs need a good ${blow} in the third period.`,
          `The lawn needs a good ${blow}.`,
          `He needs a ${blow === 'beatdown' ? 'nap' : 'rest'} and a good meal.`,
        ])
          expect(threat(body), body).toBeUndefined();
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it.each([
    'He deserves more than a slap on the wrist.',
    'The mayor got a slap on the wrist.',
    'He needs to be decked out in a suit for the wedding.',
    'The ticket needs to be punched before boarding.',
    'Give him a hand with the boxes.',
    'She gave him a beating at chess last night.',
  ])('stays clean: %s', (body) => {
    expect(threat(body)).toBeUndefined();
  });
});
