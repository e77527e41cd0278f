/** Deaths ordered, called for or longed to be seen, and people put away as refuse, against their everyday uses. */
import { describe, expect, it } from 'vitest';
import { DYING, GALLOWS, PUT_AWAY } from './lexicon/death-phrases.js';
import { abuseReasons } from './test-support.js';

const rules = (body: string) => abuseReasons(body).map((r) => r.rule);
const each = (alternatives: string) => alternatives.split('|');
const LEADS = ['', 'Go ', 'Just go ', 'Please '];
const opening = (lead: string, rest: string) => (lead ? `${lead}${rest}` : rest[0]?.toUpperCase() + rest.slice(1));

describe('a death ordered', () => {
  it('holds being run over ordered, for every lead, verb and vehicle', () => {
    const missed: string[] = [];
    for (const lead of LEADS)
      for (const verb of ['step', 'jump', 'walk', 'lie down'])
        for (const vehicle of ['a train', 'the bus', 'a truck']) {
          const body = `${opening(lead, `${verb} in front of ${vehicle}`)}.`;
          if (!rules(body).includes('abuse.self-harm')) missed.push(body);
        }
    for (const road of ['the freeway', 'the highway', 'the motorway', 'the interstate', 'the tracks'])
      for (const lead of ['', 'Just ', 'Seriously, ']) {
        const body = `${opening(lead, `go play on ${road}`)}, troll.`;
        if (!rules(body).includes('abuse.self-harm')) missed.push(body);
      }
    expect(missed).toEqual([]);
  });

  it('holds a choking ordered', () => {
    for (const lead of LEADS) {
      for (const body of [
        `${opening(lead, 'choke to death on your own vomit')}.`,
        `${opening(lead, 'choke on a bone')}.`,
      ])
        expect(rules(body), body).not.toEqual([]);
    }
  });

  it.each([
    "Don't step in front of a train, kids.",
    'Never walk in front of a bus.',
    'He stepped in front of a train in 1987, the inquest found.',
    'Step in front of the camera and smile.',
    'Kids go play on the tracks at the old station, which is dangerous.',
    'The toddler could choke on a grape, so cut them.',
    'Dogs can choke to death on bones.',
    'Choke on the clutch and you stall.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('an execution called for', () => {
  it('holds every means of execution said too good for someone, or called for them', () => {
    const missed: string[] = [];
    for (const means of [...each(GALLOWS).map((g) => `the ${g}`), 'a firing squad', 'death', 'hanging'])
      for (const whom of ['him', 'them', 'that monster', 'traitors']) {
        const body = `${opening('', means)} is too good for ${whom}.`;
        if (!rules(body).includes('abuse.threat')) missed.push(body);
      }
    for (const means of [...each(GALLOWS).map((g) => `The ${g}`), 'Firing squad'])
      for (const whom of ['every one of them', 'all of them', 'traitors', 'him']) {
        const body = `${means} for ${whom}.`;
        if (!rules(body).includes('abuse.threat')) missed.push(body);
      }
    for (const g of each(GALLOWS)) {
      const body = `Traitors get the ${g}.`;
      if (!rules(body).includes('abuse.threat')) missed.push(body);
    }
    expect(missed).toEqual([]);
  });

  it('holds a bullet to the head, a rope or a noose called for in a clause of its own', () => {
    const missed: string[] = [];
    for (const bullet of ['Bullet', 'A bullet', 'Bullets'])
      for (const to of ['to', 'in', 'through', 'between'])
        for (const part of ['the head', 'his skull', 'their heads', 'the eyes'])
          for (const end of ['.', ', problem solved.', '. End of story.']) {
            const body = `${bullet} ${to} ${part}${end}`;
            if (!rules(body).includes('abuse.threat')) missed.push(body);
          }
    for (const body of [
      'Get a rope.',
      'Get a noose!',
      'Fetch the noose.',
      'Time to get the rope.',
      'Time to bring out the gallows.',
      'Bring out the guillotines.',
      'Roll out the guillotine!',
    ])
      if (!rules(body).includes('abuse.threat')) missed.push(body);
    expect(missed).toEqual([]);
  });

  it.each([
    'A bullet to the head killed him instantly.',
    'He died of a bullet to the head.',
    'The autopsy found a bullet to the head was the cause of death.',
    'Get a rope and tie the boat to the dock.',
    "Grab the rope, we're climbing.",
    'Time to get the rope swing out for summer.',
    'Bring out the guillotine for the history class play.',
    'Prison is too good for him.',
    'We need a rope for the boat.',
    'The noose for the swing set broke.',
    'The kids get the rope swing on Saturdays.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a death longed to be seen', () => {
  it('holds every death or torment someone longs, waits or would pay to watch', () => {
    const missed: string[] = [];
    for (const [opener, verb] of [
      ["I'd love to", 'see'],
      ["I'd pay to", 'watch'],
      ["Can't wait to", 'see'],
      ['I want to', 'watch'],
    ] as const)
      for (const dying of each(DYING)) {
        const body = `${opener} ${verb} them ${dying}.`;
        if (!rules(body).includes('abuse.threat')) missed.push(body);
      }
    for (const place of ['a body bag', 'a coffin', 'the morgue']) {
      const body = `I'd love to see her in ${place}.`;
      if (!rules(body).includes('abuse.threat')) missed.push(body);
    }
    for (const subject of ['They will be', 'I want to see them all', 'Traitors will be'])
      for (const hanging of ['hanging', 'swinging', 'dangling'])
        for (const from of ['lampposts', 'meathooks']) {
          const body = `${subject} ${hanging} from ${from}.`;
          if (!rules(body).includes('abuse.threat')) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    "I'd pay to see him play live.",
    "Can't wait to see them in concert.",
    "Can't wait to see them win the cup.",
    "I'd love to see him in the final.",
    'The kids were hanging from the monkey bars.',
    'The lights were hanging from lampposts all along the street.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('harm promised to the reader for a word more', () => {
  it.each([
    'Say that to my face and see what happens.',
    'Say that again and you will regret it.',
    "Do that again and you'll be sorry.",
    "You're lucky we're not in the same room.",
    "You're lucky I can't reach you.",
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.threat');
  });

  it.each([
    'Say that to my face, I dare you.',
    "You're lucky I'm not there to eat all the cake.",
    'You are lucky we are in the same league.',
    "You're lucky I can find you a seat.",
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a person put away as refuse or sent back to slavery', () => {
  it('holds every order putting him or her in a gutter, the trash or a cotton field "where she belongs"', () => {
    const missed: string[] = [];
    for (const verb of each(PUT_AWAY))
      for (const place of ['the gutter', 'the trash', 'a dumpster', 'the swamp', 'the cotton field']) {
        const body = `${opening('', verb)} her in ${place} where she belongs.`;
        if (!rules(body).includes('abuse.harassment')) missed.push(body);
      }
    for (const verb of each(PUT_AWAY)) {
      const body = `${opening('', verb)} them back to the cotton fields where they belong.`;
      if (!rules(body).includes('abuse.harassment')) missed.push(body);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    'Put it in the trash where it belongs.',
    'Throw them in the trash where they belong, those old magazines.',
    "Put the dog in the kennel where he belongs, he's tired.",
    'Keep them in the barn where they belong, the calves get cold.',
    'Bury them in the ground where they belong, the tulip bulbs need the cold.',
    'Put them back in the swamp where they belong, said the ranger of the alligators.',
    'Lock him up in prison where he belongs.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe("a death or a disease called someone's due", () => {
  it('holds every modal of due with every fate of being left, and every disease deserved in a clause of its own', () => {
    const missed: string[] = [];
    for (const due of ['should', 'must', 'ought to', 'deserve to', 'need to'])
      for (const fate of ['die', 'rot', 'starve', 'suffer', 'burn']) {
        const body = `Addicts ${due} be left to ${fate}.`;
        if (!rules(body).includes('abuse.threat')) missed.push(body);
      }
    for (const disease of ['cancer', 'AIDS', 'ebola', 'leprosy'])
      for (const end of ['.', ', honestly.'])
        for (const who of ['Smokers deserve', 'He deserves']) {
          const body = `${who} ${disease}${end}`;
          if (!rules(body).includes('abuse.threat')) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'The patients were left to die in the corridor.',
    'Smokers deserve cancer screenings like everyone else.',
    'Nobody should be left to die alone.',
    'No one deserves cancer.',
    'Should the elderly be left to die alone?',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
