/** Insults of a person's mind or maturity by comparison or idiom, against the same words said of things or in praise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHILD_COMPARANDS, CHILD_QUALITIES, THING_COMPARANDS, THING_QUALITIES } from './lexicon/mind-phrases.js';
import { abuseReasons } from './test-support.js';

const insult = (body: string) => abuseReasons(body).find((r) => r.rule === 'abuse.insult.directed');
const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
/** Spellings of qualities as written in a sentence: "attention span", "impulse control", "IQ". */
const WRITTEN: Record<string, string> = { span: 'attention span', control: 'impulse control', iq: 'IQ' };
const HOLDERS = ['You have', 'He has', 'The mayor has', 'These people have', 'A man with'];

describe('a mind likened to a child', () => {
  it('holds every quality of every child, said of every holder, marking the comparison', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHILD_QUALITIES),
        fc.constantFrom(...CHILD_COMPARANDS, 'five-year-old', '12 year old'),
        fc.constantFrom(...HOLDERS),
        (quality, child, holder) => {
          const q = WRITTEN[quality] ?? quality;
          const body = `${holder} the ${q} of ${article(child)} ${child}.`;
          const found = insult(body);
          expect(found, body).toBeDefined();
          expect(found?.evidence.map((e) => e.text).join(' '), body).toContain(child.split(' ')[0]);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it.each([
    'She has the curiosity of a child and the patience of a saint.',
    'The museum shows the drawings of a toddler next to a Picasso.',
    'In memory of a child who died in the flood.',
    'The story is told through the eyes of a five-year-old.',
    'The clinic treats the teeth of a baby from the first tooth.',
  ])('stays clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});

describe('a mind likened to a thing', () => {
  it('holds every quality of every thing, said of every holder', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THING_QUALITIES),
        fc.constantFrom(...THING_COMPARANDS),
        fc.constantFrom(...HOLDERS),
        (quality, thing, holder) => {
          const body = `${holder} the ${WRITTEN[quality] ?? quality} of ${article(thing)} ${thing}.`;
          expect(insult(body), body).toBeDefined();
        },
      ),
      { numRuns: 250, seed: 5 },
    );
  });

  it.each([
    'The lion has the courage of a warrior.',
    'We grew a potato the size of a football.',
    'The recipe calls for the juice of a lemon and a pinch of salt.',
    'Researchers mapped the brain of a fruit fly.',
    'The stegosaurus had a brain the size of a walnut.',
  ])('stays clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});

describe('dumber than a dull thing', () => {
  it('holds every comparand after "dumber than", with no subject named', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHILD_COMPARANDS, ...THING_COMPARANDS), (thing) => {
        const body = `Dumber than ${article(thing)} ${thing}, honestly.`;
        expect(insult(body), body).toBeDefined();
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe('idioms of a dull or mad mind', () => {
  it.each([
    ['His brain is the size of a pea.', 'His brain is the size of a pea'],
    ['Your brain is smaller than a walnut.', 'Your brain is smaller than a walnut'],
    ['Your brain must be the size of a pea.', 'Your brain must be the size of a pea'],
    ['He has the IQ of room temperature.', 'IQ of room temperature'],
    ['A single digit IQ is all she has.', 'single digit IQ'],
    ["He isn't the sharpest tool in the shed.", 't the sharpest tool'],
    ['You are not the brightest bulb in the box.', 'not the brightest bulb'],
    ['She is a few fries short of a happy meal.', 'few fries short of a happy meal'],
    ['He is one card short of a full deck.', 'one card short of a full deck'],
    ['That man is not playing with a full deck.', 'not playing with a full deck'],
    ['The lights are on but nobody is home.', 'lights are on but nobody is home'],
    ["He doesn't have two brain cells to rub together.", 'cells to rub together'],
    ['The senator needs his head examined.', 'needs his head examined'],
    ['You need your head checked.', 'need your head checked'],
    ['He has a screw loose.', 'screw loose'],
    ['The man is off his rocker.', 'off his rocker'],
    ['Is he off his meds again?', 'off his meds'],
    ['He belongs in a padded cell.', 'belongs in a padded cell'],
    ['The governor belongs in a psych ward.', 'belongs in a psych ward'],
    ['He should be institutionalized.', 'should be institutionalized'],
    ['Take your meds.', 'Take your meds'],
    ['Time to up your meds.', 'up your meds'],
    ['Your tin foil hat is on too tight.', 'tin foil hat'],
    ['Engage brain before typing.', 'Engage brain before'],
    ['She tweets like a twelve year old.', 'tweets like a twelve year old'],
    ['The premier governs like a toddler.', 'governs like a toddler'],
    ['You argue like a kindergartner.', 'argue like a kindergartner'],
    ['He belongs in a rubber room.', 'belongs in a rubber room'],
    ['They are as mad as a hatter.', 'mad as a hatter'],
    ['If brains were dynamite he could not blow his nose.', 'If brains were dynamite'],
  ])('%s', (body, words) => {
    expect(insult(body)?.evidence.map((e) => e.text)).toEqual([words]);
  });

  it.each([
    'Polaris is not the brightest star in the sky.',
    'His brain is the size of a planet, and he uses all of it.',
    'Her mind must be the size of Texas to hold all those facts.',
    'This is not the sharpest knife in my kitchen, but it cuts bread.',
    'The truck was two pallets short of a full deck of cargo? No, of a full container.',
    'The lights are on at the rink but the game is cancelled.',
    'Tighten the screw until it is no longer loose.',
    'The rocking chair is off its rocker base.',
    'He belongs in the hall of fame.',
    'The patient was taken to a psychiatric hospital for evaluation.',
    'The prisoner was held in a padded cell overnight, the report says.',
    'My grandfather needs his hearing checked.',
    'Remember to take your medication with food.',
    'Wrap the fish in tin foil and bake it.',
    'The patient will get a brain scan on Monday.',
    'Doctors say the head injury needs to be examined again.',
    'The toddler sulked like a child who missed a nap.',
    'Our puppy acts like a baby when it thunders.',
    'The toddler argues like a lawyer at bedtime.',
  ])('stays clean: %s', (body) => {
    expect(insult(body)).toBeUndefined();
  });
});

describe('wits denied by understatement', () => {
  const SUBJECTS = ["You're", 'You are', "You aren't", 'He is', "He's", "She isn't", 'She was'];
  const DEGREES = ['very', 'too', 'exactly', 'that', 'particularly'];
  it('holds every subject, degree and word of wits, marking the words', () => {
    for (const subject of SUBJECTS)
      for (const degree of DEGREES)
        for (const wits of ['bright', 'smart']) {
          const negation = subject.endsWith("n't") ? '' : ' not';
          const body = `${subject}${negation} ${degree} ${wits}, are they?`;
          expect(
            insult(body)
              ?.evidence.map((e) => e.text)
              .join(' '),
            body,
          ).toContain(`${degree} ${wits}`);
        }
  });

  it.each([
    'The lights are not very bright.',
    'The future is not very bright for the mill.',
    'It is not very smart to drive there in winter.',
    "I'm not very bright at maths, I admit.",
    'They were not very bright colours.',
    'You are very bright, and so is she.',
  ])('stays clean: %s', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
