/** Calls to expel people by origin, against trips, reports, other places and lawful single cases. */
import { describe, expect, it } from 'vitest';
import {
  CONTINENTS,
  COUNTRIES,
  DEPORTING_VERBS,
  EXPELLED_AS_VERMIN,
  SEX_WORDS,
  TOURING_WORDS,
  WHOLE_LOTS,
} from './lexicon/exclusion.js';
import { IDENTITY_GROUPS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { abuseReasons as abuse } from './test-support.js';

const attack = (body: string) => abuse(body).find((r) => r.rule === 'abuse.identity-attack');
const marked = (body: string) => attack(body)?.evidence.map((e) => e.text);
const held = (body: string) => abuse(body).map((r) => r.rule);
const capital = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
/** Wild places are written in lower case: "the jungle". */
const WILD = new Set(['jungle', 'jungles', 'desert', 'deserts', 'trees', 'caves']);
/** A land as it is written: "Mexico", "the Middle East", "the jungle". */
const written = (land: string) =>
  land
    .split(' ')
    .map((w) => (w === 'the' || WILD.has(w) ? w : capital(w)))
    .join(' ');
const LANDS = [...CONTINENTS, ...COUNTRIES].map(written);

describe('told to go back to a land', () => {
  it('holds every land after every call, marking from "go" to the land', () => {
    for (const [n, land] of LANDS.entries()) {
      for (const frame of [
        'They should all go back to {}.',
        "Why don't you go back to {}?",
        'Go back to {}.',
        'Just go back to {}!',
        'You can go back to {} and stay there.',
        'I think you need to go back to {}.',
        'Why not go back to {}?',
      ]) {
        const body = frame.replace('{}', land);
        expect(marked(body), body).toEqual([`${body.includes('Go back') ? 'Go' : 'go'} back to ${land}`]);
      }
      // Each land once with what follows it in the call.
      const tail = ['where you came from', 'where they belong'][n % 2] as string;
      expect(marked(`Go back to ${land} ${tail}.`)).toEqual([`Go back to ${land} ${tail}`]);
      const body = `Go back to ${land} if you don't like it here.`;
      expect(marked(body), body).toEqual([`Go back to ${land}`]);
    }
  });

  it('holds a land of their own and where they came from', () => {
    for (const [body, words] of [
      ['Just go back to your own country.', 'go back to your own country'],
      ['You should go back to your homeland.', 'go back to your homeland'],
      ['They can go back to their shithole.', 'go back to their shithole'],
      ['Go back where you came from.', 'Go back where you came from'],
      ['Why not go back to where your family came from?', 'go back to where your family came from'],
      ['You should go back home to Pakistan.', 'go back home to Pakistan'],
    ] as const)
      expect(marked(body), body).toEqual([words]);
  });

  it('leaves every land visited, reported, planned by the writer, set on a condition, or claimed for a place or a thing', () => {
    for (const land of LANDS) {
      for (const frame of [
        'I want to go back to {} for a holiday.',
        'He went back to {} after the funeral.',
        'We should go back to {} next year.',
        'I should go back to {}.',
        'You should go back to {} for the food.',
        'You should go back to {}, the food is amazing.',
        'They will go back to {} when the war ends.',
        'Did you go back to {} last summer?',
        'They should go back to {} when it is safe.',
        'Many families go back to {} every winter.',
        'The artefacts should go back to {}.',
        'Crimea should go back to {}.',
      ]) {
        const body = frame.replace('{}', land);
        expect(attack(body), body).toBeUndefined();
      }
    }
  });

  it('leaves going back to a place that is no land', () => {
    for (const body of [
      'Go back to the start of the article and read it again.',
      'The troops should go back home to their families.',
      'The planners should all go back to their drawing boards.',
      'Go back to your seat, please.',
      'Go back to sleep.',
      'You should go back to your article and reread paragraph two.',
      'We need to go back to basics.',
      'Go back to the main menu.',
    ])
      expect(held(body), body).toEqual([]);
  });
});

/** The peoples a call to go home names: every identity group but a sex. */
const PEOPLES = [...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS].filter((g) => !SEX_WORDS.includes(g));

describe('told to go home by who they are', () => {
  it('holds every people named with "go home", marking the call and the people', () => {
    for (const g of PEOPLES) {
      expect(marked(`Go home, ${g}.`)).toEqual([`Go home, ${g}`]);
      expect(marked(`Go back home, you ${g}!`)).toEqual([`Go back home, you ${g}`]);
      expect(marked(`${capital(g)} go home!`)).toEqual([`${capital(g)} go home`]);
      expect(marked(`${capital(g)}, go home.`)).toEqual([`${capital(g)}, go home`]);
    }
  });

  it('leaves every people going home of their own accord, and "go home" said to anyone else', () => {
    for (const g of PEOPLES) {
      for (const body of [
        `Many ${g} go home for the holidays.`,
        `${capital(g)} go home every summer to see family.`,
        `The ${g} went home early.`,
        `Some ${g} want to go home when the war ends.`,
      ])
        expect(attack(body), body).toBeUndefined();
    }
    for (const body of ['Go home, son, it is late.', 'Go home, men, the job is done.', 'Go home, kids.'])
      expect(held(body), body).toEqual([]);
  });

  it('leaves every people sent back to their coach with every word of sightseeing', () => {
    for (const [n, g] of PEOPLES.entries()) {
      const tour = TOURING_WORDS[n % TOURING_WORDS.length] as string;
      for (const body of [
        `Go home, ${g}, the ${tour} bus is leaving.`,
        `${capital(g)}, go home, your ${tour} is over.`,
      ])
        expect(attack(body), body).toBeUndefined();
    }
    for (const tour of TOURING_WORDS) expect(attack(`Go home, Americans, the ${tour} bus is leaving.`)).toBeUndefined();
    expect(attack('Go home, Mexicans, the bus is leaving.')).toBeDefined();
  });
});

describe('a whole lot to be deported', () => {
  it('holds every deporting verb with every whole lot, after every call, marking the verb and the lot', () => {
    for (const verb of DEPORTING_VERBS) {
      for (const lot of WHOLE_LOTS) {
        for (const [frame, from] of [
          ['{V} {L}.', '{V}'],
          ['We should {v} {L}.', '{v}'],
          ["Let's {v} {L}.", '{v}'],
          ["I'd {v} {L}.", '{v}'],
          ['Time to {v} {L}, no exceptions.', '{v}'],
          ['Just {v} {L} back to where they came from.', '{v}'],
        ] as const) {
          const body = frame.replace('{V}', capital(verb)).replace('{v}', verb).replace('{L}', lot);
          const words = `${from.replace('{V}', capital(verb)).replace('{v}', verb)} ${lot}`;
          expect(marked(body), body).toEqual([words]);
        }
      }
    }
  });

  it('leaves reports, refusals, conditions, single cases and bodies other than a country', () => {
    for (const verb of DEPORTING_VERBS) {
      for (const lot of WHOLE_LOTS) {
        for (const frame of [
          'The government will {v} {L} by March.',
          'Trump wants to {v} {L}.',
          "We shouldn't {v} {L}.",
          "Don't {v} {L}.",
          '{V} {L} if they break the law.',
          'Should we {v} {L} who overstay?',
          'They threatened to {v} {L}, the report said.',
          '{V} {L} from the party.',
        ]) {
          const body = frame.replace('{V}', capital(verb)).replace('{v}', verb).replace('{L}', lot);
          expect(attack(body), body).toBeUndefined();
        }
      }
      for (const body of [
        `${capital(verb)} him if the court says so.`,
        `We should ${verb} criminals who overstay visas, as the law says.`,
        `${capital(verb)} him.`,
      ])
        expect(held(body), body).toEqual([]);
    }
  });
});

describe('people named as vermin or invaders, sent back or kept out of a land', () => {
  it('holds every such name in every call, marking from the verb to the land', () => {
    for (const [i, n] of EXPELLED_AS_VERMIN.entries()) {
      const land = LANDS[(i * 7) % LANDS.length] as string;
      for (const [body, words] of [
        [`Send these ${n} back where they came from.`, `Send these ${n} back where they came from`],
        [`Kick the ${n} out of our country.`, `Kick the ${n} out of our country`],
        [`We should ship the ${n} back to ${land}.`, `ship the ${n} back to ${land}`],
        [`Keep the filthy ${n} out of this nation!`, `Keep the filthy ${n} out of this nation`],
        [`Just get all these ${n} out of ${land}.`, `get all these ${n} out of ${land}`],
        [`Time to send the ${n} home.`, `send the ${n} home`],
        [`I'd deport the ${n} back to their own country.`, `deport the ${n} back to their own country`],
      ] as const)
        expect(marked(body), body).toEqual([words]);
    }
  });

  it.each([
    'Send the animals back to the zoo.',
    'Get the rats out of the kitchen.',
    'Ship the waste back to Canada, it was illegal to export it.',
    'The Great Wall was built to keep the invaders out of China.',
    'Rome tried to keep the barbarians out of Italy.',
    'Will they send the invaders back to Mars in the sequel?',
    'Keep the cockroaches out of the pantry with bay leaves.',
    'Get the parasites out of your dog before the vet visit.',
  ])('leaves things, pests and history: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});
