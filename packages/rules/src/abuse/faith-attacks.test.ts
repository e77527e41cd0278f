/** Calls to root out a faith as a whole, against criticism of doctrine, movements and calls denied. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAITH_BLIGHTS, FAITH_ERADICATED, FAITH_ERADICATING, FAITHS } from './lexicon/identity-attacks.js';
import { abuseReasons } from './test-support.js';

const attack = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.identity-attack');
const named = (faith: string) => `${faith[0]?.toUpperCase()}${faith.slice(1)}`;

describe('a faith to be rooted out', () => {
  it('holds every faith, every passive call, marking the faith and the verb', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FAITHS),
        fc.constantFrom('needs to be', 'should be', 'must be', 'ought to be', 'has to be'),
        fc.constantFrom(...FAITH_ERADICATED),
        (faith, demand, verb) => {
          const out = verb === 'wiped' || verb === 'stamped' ? `${verb} out` : verb;
          const r = attack(`${named(faith)} ${demand} ${out}.`);
          expect(r?.evidence.map((e) => e.text)).toEqual([named(faith), out]);
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });

  it('holds every faith, every active call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FAITHS),
        fc.constantFrom('We must', "Let's", 'Time to', 'We need to'),
        fc.constantFrom(...FAITH_ERADICATING),
        (faith, call, verb) => {
          const out = verb === 'wipe' || verb === 'stamp' ? `${verb} out` : verb;
          expect(attack(`${call} ${out} ${named(faith)}.`)?.evidence.map((e) => e.text)).toEqual([
            `${out} ${named(faith)}`,
          ]);
        },
      ),
      { numRuns: 120, seed: 5 },
    );
  });

  it('leaves every faith criticised, reformed, or a call denied or made of a movement', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAITHS), (faith) => {
        for (const body of [
          `${named(faith)} should be reformed.`,
          `${named(faith)} needs to be better understood.`,
          `I disagree with the teaching of ${named(faith)}.`,
          `Nobody says ${named(faith)} should be banned.`,
          `Radical ${named(faith)} must be destroyed, the minister said.`,
          `The court struck down the ban on ${named(faith)}.`,
          `He tried to ban ${named(faith)} and failed.`,
        ])
          expect(attack(body), body).toBeUndefined();
      }),
      { numRuns: 30, seed: 5 },
    );
  });

  it.each([
    'I disagree with Catholic teaching on divorce.',
    'Polio needs to be eradicated.',
    'Racism must be wiped out.',
  ])('stays clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});

describe('a faith called a sickness', () => {
  const an = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
  it('holds every faith called every sickness, marking the faith and the sickness', () => {
    const wrong = FAITHS.flatMap((faith) =>
      FAITH_BLIGHTS.flatMap((b) =>
        [
          `${named(faith)} is ${an(b)} ${b}.`,
          `${named(faith)} is nothing but ${an(b)} ${b}.`,
          `${named(faith)} is a dangerous ${b} on the world.`,
          `${named(faith)} is the ${b} of our age.`,
        ].filter((body) => {
          const r = attack(body);
          return r?.evidence.map((e) => e.text).join('|') !== `${named(faith)}|${b}`;
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('leaves a denial, a question, a reported claim, a movement and a sickness of its own clean', () => {
    const held = FAITHS.flatMap((faith) =>
      FAITH_BLIGHTS.flatMap((b) =>
        [
          `${named(faith)} is not ${an(b)} ${b}.`,
          `Is ${named(faith)} ${an(b)} ${b}?`,
          `Nobody says ${named(faith)} is ${an(b)} ${b}.`,
          `Radical ${named(faith)} is ${an(b)} ${b}.`,
          `${named(faith)} is a religion, not ${an(b)} ${b}.`,
          `${named(faith)} is a big religion; ${an(b)} ${b} is something else.`,
          `${named(faith)}'s hospitals treat every ${b}.`,
        ].filter((body) => attack(body) !== undefined),
      ),
    );
    expect(held).toEqual([]);
  });
});

describe('a faith to be rooted out, as an order', () => {
  it('holds every faith after every eradicating verb said as an order, marking the verb and the faith', () => {
    const missed: string[] = [];
    for (const faith of FAITHS) {
      for (const verb of FAITH_ERADICATING) {
        const out = verb === 'wipe' || verb === 'stamp' ? `${verb} out` : verb;
        for (const [body, said] of [
          [`${named(out)} ${named(faith)}.`, `${named(out)} ${named(faith)}`],
          [`Just ${out} ${named(faith)} now!`, `${out} ${named(faith)}`],
          [`Enough talk, ${out} ${named(faith)} completely.`, `${out} ${named(faith)}`],
        ] as const) {
          if (
            attack(body)
              ?.evidence.map((e) => e.text)
              .join(' ') !== said
          )
            missed.push(body);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('leaves a place it is kept out of, a movement and a call reported', () => {
    for (const faith of FAITHS) {
      for (const body of [
        `Ban ${named(faith)} from public schools.`,
        `The article says ban ${named(faith)}.`,
        `Nobody said abolish ${named(faith)}.`,
      ])
        expect(attack(body), body).toBeUndefined();
    }
    expect(attack('Ban radical Islam.')).toBeUndefined();
  });
});
