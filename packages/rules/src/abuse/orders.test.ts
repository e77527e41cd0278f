/** Orders to harm people ("Kill them.", "just shoot him") against orders about things ("Kill the fare rise!"). */
import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { KILLING_KINDLY, MAIMED_PARTS, ORDER_PEOPLE, SPORTS_WORDS } from './lexicon/harm.js';
import { CLASSES } from './lexicon/phrases.js';

const policy = compilePolicy(DEFAULT_POLICY);
const threats = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.rule === 'abuse.threat',
  );

const VERBS = ['kill', 'shoot', 'hang', 'lynch', 'stab', 'execute', 'murder', 'slaughter', 'punch'];
const OBJECTS = [
  'them',
  'him',
  'her',
  'the idiot',
  'those politicians',
  'the lying bastard',
  'these communists',
  'the gays',
  'all the Muslims',
  'the Jews',
  'these immigrants',
];
const OPENINGS: ReadonlyArray<(order: string) => string> = [
  (o) => `${o[0]?.toUpperCase()}${o.slice(1)}.`,
  (o) => `They never learn. Just ${o}!`,
  (o) => `Enough talk, ${o} and be done with it.`,
  (o) => `Ok let's just ${o}.`,
  (o) => `It's time to ${o}.`,
];

describe('orders to harm people', () => {
  it('holds a violent verb opening its sentence with a person as object, marking the order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom(...OPENINGS), (v, o, f) => {
        const body = f(`${v} ${o}`);
        const r = threats(body)[0];
        expect(r, body).toBeDefined();
        expect(r?.severity).toBe('critical');
        // Another threat pattern may also match ("just kill those ..."): the order is in the evidence either way.
        expect(
          r?.evidence.some((e) => e.text.toLowerCase().endsWith(`${v} ${o}`.toLowerCase())),
          body,
        ).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it.each([
    'Kill the fare rise! Sign the petition.',
    'Shoot more from distance, the keeper is shaky.',
    'Kill the bill before the summer recess.',
    'Hang the banners in the main hall.',
    'Police shoot them? That is not what the report says.',
    'They want to kill the filibuster for good.',
    "It's time to kill the bill.",
    'Hang them out to dry, as the party always does.',
    'Just kill them off in the next season, the writers said.',
    "Let's punch the numbers in again.",
    'Militants kill Christians in the north, the agency said.',
  ])('leaves orders about things and reports alone: %s', (body) => {
    expect(threats(body)).toEqual([]);
  });
});

const abuse = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.category === 'abuse',
  );

describe('orders joined to another, and damning', () => {
  it('holds a second order with a pronoun object, marking it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERBS, 'burn', 'drown'), fc.constantFrom('him', 'her', 'them'), (v, o) => {
        const body = `Catch the lot, then put ${o} on trial and ${v} ${o}.`;
        expect(
          threats(body)[0]?.evidence.map((e) => e.text),
          body,
        ).toContain(`${v} ${o}`);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['Go to hell, Martin.', 'abuse.harassment', 'Go to hell'],
    ['To hell with the lot of you.', 'abuse.harassment', 'To hell with'],
    ['To hell with you.', 'abuse.harassment', 'To hell with'],
    ['To hell with the councillors.', 'abuse.harassment', 'To hell with'],
    ['Honestly, you can go to hell.', 'abuse.harassment', 'can go to hell'],
    ['He ought to quit, then go hang himself.', 'abuse.self-harm', 'go hang himself'],
    ['Shoot that moron.', 'abuse.threat', 'Shoot that moron'],
    ['Kill Mayor Hale.', 'abuse.threat', 'Kill Mayor Hale'],
    ['Honestly, shoot Ruddock and his whole board.', 'abuse.threat', 'shoot Ruddock'],
    ['Honestly I want them dead.', 'abuse.threat', 'I want them dead'],
  ])('%s', (body, rule, marked) => {
    const r = abuse(body).find((x) => x.rule === rule);
    expect(r?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'If the deal collapses the whole region will go to hell.',
    'To hell with the rules, the mayor said.',
    'To hell with Brexit, say the fishermen.',
    'Kill the bill and then burn it.',
    'Police chased the suspect and shot him twice, the report says.',
    'The road to hell, as they say, is paved with good intentions.',
    'He shot himself in the foot with that interview.',
    'Burn the old files and then shred them.',
    'Police want him dead or alive, the poster says.',
    'Kill Bill was a great film.',
    'Kill Switch.',
    'Hang Ten! The surf is up.',
    'Burn Notice and Suits were my favourite shows.',
  ])('leaves reports, idioms and things alone: %s', (body) => {
    expect(abuse(body).filter((r) => r.rule !== 'abuse.insult')).toEqual([]);
  });
});

describe('orders aimed at people named by their deeds, at everyone of them, and beatings joined to an order', () => {
  it('holds an order to kill every listed kind of person, marking the order and its object', () => {
    for (const who of ORDER_PEOPLE) {
      const body = `Kill the ${who}! Enough is enough.`;
      expect(
        threats(body)[0]?.evidence.map((e) => e.text),
        body,
      ).toEqual([`Kill the ${who}`]);
    }
  });

  it.each([
    ['Kill every last one of them.', 'Kill every last one of them'],
    ['Honestly, hang each one of them.', 'hang each one of them'],
    ['Shoot every single one of them!', 'Shoot every single one of them'],
  ])('holds an order aimed at every one of a group: %s', (body, marked) => {
    expect(threats(body)[0]?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    ['Put them on trial and than flog them.', 'flog them'],
    ['Drag them out and beat them.', 'beat them'],
    ['Round them up, then flog them in the square.', 'flog them'],
    ['Pull him off the stage and thrash him.', 'thrash him'],
  ])('holds a beating joined to an order before it: %s', (body, marked) => {
    expect(threats(body)[0]?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each([
    'We played them twice and beat them both times.',
    'They met them in the final and beat them 3-1.',
    'Beat the eggs and whip them until stiff.',
    'Round them up and whip them into shape for the season opener.',
    'Kill every light in the house before you leave.',
    'Rather than hang them, jail them for life.',
  ])('leaves results and recipes alone: %s', (body) => {
    expect(threats(body)).toEqual([]);
  });

  it('leaves an order alone when its sentence is about a game, for every sports word', () => {
    for (const word of SPORTS_WORDS) {
      const body = `Kill the Canadians, this ${word} is ours.`;
      expect(threats(body), body).toEqual([]);
    }
  });

  it.each([
    'Kill the Canadians in the third period!',
    'Shoot the Germans down in the playoffs, boys.',
    'Crush the Yankees tonight.',
    "Kill the Bruins in tonight's game.",
  ])('leaves sports orders alone: %s', (body) => {
    expect(abuse(body).filter((r) => r.rule !== 'abuse.insult')).toEqual([]);
  });
});

describe('killing as a figure of speech', () => {
  it('leaves a killing with kindness alone, for every kindly means, as an order or a want', () => {
    for (const means of KILLING_KINDLY) {
      for (const body of [`Kill them with ${means}.`, `I want to kill him with ${means}.`]) {
        expect(threats(body), body).toEqual([]);
      }
    }
  });

  it.each(['We want to kill him off in season two.', 'Honestly, kill them off already.'])('%s', (body) => {
    expect(threats(body)).toEqual([]);
  });

  it('still holds a killing with a weapon', () => {
    expect(threats('Kill him with a shovel.')[0]?.evidence.map((e) => e.text)).toEqual(['Kill him']);
  });
});

describe('more violent verbs as orders', () => {
  it.each(['choke', 'throttle', 'waterboard', 'flog', 'decapitate', 'disembowel', 'maim', 'rape'])(
    'holds "%s" given as an order to a person',
    (verb) => {
      const body = `Honestly, ${verb} him.`;
      expect(threats(body)[0]?.evidence.map((e) => e.text)).toEqual([`${verb} him`]);
    },
  );

  it.each([
    'Choke up on the bat.',
    'Throttle back the engine.',
    'Smother them in gravy.',
    'Choke them off at the source.',
  ])('leaves phrasal and kitchen uses alone: %s', (body) => {
    expect(threats(body)).toEqual([]);
  });
});

describe('people run over or mown down on order', () => {
  it.each([
    ['Just run them over.', 'run them over'],
    ['If they block the road, run them over.', 'run them over'],
    ['Run him over with a truck!', 'Run him over'],
    ['Mow them down.', 'Mow them down'],
  ])('%s', (body, marked) => {
    expect(threats(body)[0]?.evidence.map((e) => e.text)).toEqual([marked]);
  });

  it.each(['Run him over to the store.', 'Run them down in the polls.', 'Run it over to the office.'])(
    'leaves lifts and errands alone: %s',
    (body) => {
      expect(threats(body)).toEqual([]);
    },
  );
});

describe('a maiming ordered', () => {
  it('holds every part of a body cut off on order, in either order, marking the order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Cut', 'Chop', 'Hack', 'Saw'),
        fc.constantFrom('his', 'her', 'their'),
        fc.constantFrom(...MAIMED_PARTS),
        fc.boolean(),
        (verb, whose, part, offFirst) => {
          const order = offFirst ? `${verb} off ${whose} ${part}` : `${verb} ${whose} ${part} off`;
          expect(threats(`${order}!`).map((r) => r.evidence.map((e) => e.text))).toContainEqual([order]);
        },
      ),
      { numRuns: 100, seed: 13 },
    );
  });

  it.each([
    'Cut off their funding!',
    'Cut their losses and move on.',
    'Chop the onions off the board.',
    'The army cut off their supply lines.',
    'They cut off his hand to save his life, doctors said.',
  ])('stays clean: %s', (body) => {
    expect(threats(body)).toEqual([]);
  });
});

describe('orders aimed at a thing the people named own', () => {
  const OWNERS = ['the Tories', 'the Liberals', 'the senators', 'the councillors', 'the immigrants', 'the mayor'];
  const OWNED = ['tax plan', 'bill', 'budget', 'proposal', 'policy', 'scheme', 'portraits', 'flags'];
  it('leaves every verb × owner × thing owned clean', () => {
    for (const verb of ['Kill', 'Shoot down', 'Just kill'])
      for (const owner of OWNERS)
        for (const thing of OWNED)
          for (const body of [`${verb} ${owner}' ${thing} before it passes.`, `${verb} ${owner}'s ${thing}.`])
            expect(threats(body), body).toEqual([]);
  });

  it('still holds the order aimed at the people, or at a person they own', () => {
    for (const verb of ['Kill', 'Shoot', 'Hang'])
      for (const body of [
        `${verb} the Tories.`,
        `${verb} the traitors that run this country.`,
        `${verb} the immigrants now.`,
        `${verb} the senator's wife.`,
        `${verb} the senators, all of them.`,
        `${verb} the senators and their portraits.`,
      ])
        expect(threats(body).length, body).toBeGreaterThan(0);
  });
});

describe('orders aimed at a person called a heap of refuse', () => {
  const HEAPS = ['piece', 'pile', 'sack', 'bag'];
  const REFUSE = CLASSES.refuse ?? [];

  it('holds every verb done to the living with every heap and every refuse, after a pointing word', () => {
    let n = 0;
    for (const verb of ['kill', 'shoot', 'hang', 'execute', 'murder', 'lynch', 'stab'])
      for (const heap of HEAPS) {
        const refuse = REFUSE[n++ % REFUSE.length] as string;
        for (const open of OPENINGS) {
          const body = open(`${verb} this ${heap} of ${refuse}`);
          expect(threats(body).length, body).toBeGreaterThan(0);
        }
        expect(threats(`Death to that worthless ${heap} of ${refuse}!`).length, heap).toBeGreaterThan(0);
      }
  });

  it.each([
    'Burn the pile of garbage in the yard.',
    'Torch this pile of rubbish before the rain.',
    'Hang the bag of laundry on the line.',
    'Kill the bag of chips, we are leaving.',
  ])('leaves a real heap alone: %s', (body) => {
    expect(threats(body)).toEqual([]);
  });
});
