import { describe, expect, it } from 'vitest';
import { BRUSH_OFFS, JOINED_BRUSH_OFFS, RUDE_ORDERS } from './lexicon/brush-offs.js';
import { ADDRESSED_RETORTS, ADDRESSES, RETORTS } from './lexicon/dismissals.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);
const evidence = (body: string) => held(body).flatMap((r) => r.evidence.map((e) => e.text));

describe('retorts that brush off whoever is addressed', () => {
  const words = RETORTS.map((r) => r.join(' '));
  const HELD: Array<(r: string) => string> = [
    (r) => `${r[0]?.toUpperCase()}${r.slice(1)}.`,
    (r) => `Seriously, ${r}!`,
    (r) => `If the council doesn't like it, they can ${r}.`,
    (r) => `Nope. ${r}, pal.`,
  ];
  it.each(HELD)('each retort is held: %s', (make) => {
    expect(words.filter((r) => !evidence(make(r)).some((e) => e.toLowerCase() === r))).toEqual([]);
  });
  // Inside a sentence the same words are plain: the retort must end its clause.
  it.each(words)('"%s" running on in a sentence stays clean', (r) => {
    expect(held(`We watched them ${r} the whole afternoon at the park.`)).toEqual([]);
  });
  it.each([
    'The neighbour’s dog tried to bite me once.',
    'Mosquitoes always bite me at dusk.',
    'The fence got bent in the storm.',
    'Suck it up and keep training, the season is long.',
    'The team got bent out of shape over the call.',
    'He went to pound the pavement looking for work.',
    'Sales were up yours truly noticed.',
    "He told them to 'get bent', the minutes say.",
  ])('plain words stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('retorts that are advice alone and a brush-off said to someone', () => {
  const retorts = ADDRESSED_RETORTS.map((r) => r.join(' '));
  const cap = (r: string) => `${r[0]?.toUpperCase()}${r.slice(1)}`;
  it.each(ADDRESSES)('each retort is held said to "%s"', (to) => {
    expect(retorts.filter((r) => !evidence(`${cap(r)}, ${to}.`).includes(cap(r)))).toEqual([]);
  });
  it.each(retorts)('"%s" to a name is held', (r) => {
    expect(evidence(`${cap(r)} Gerald.`)).toContain(cap(r));
  });
  it.each(retorts)('"%s" alone or running on stays clean', (r) => {
    expect(held(`${cap(r)}. Tomorrow is another day.`)).toEqual([]);
    expect(held(`${cap(r)} and get back to work on the budget.`)).toEqual([]);
  });
});

describe('vulgar dismissals and sexual jibes', () => {
  it.each([
    ['The whole council can kiss my ass.', 'kiss my ass'],
    ['Kiss my big fat behind-the-times butt? No, kiss my lily white arse.', 'kiss my lily white arse'],
    ['The senator keeps kissing the governor’s butt.', 'kissing the governor’s butt'],
    ['Tell the board to stick it where the sun don’t shine.', 'stick it where the sun don’t shine'],
    ['You can shove that up your ass.', 'shove that up your ass'],
    ['Blow it out your ear, mister.', 'Blow it out your ear'],
    ['The mayor can go pound sand.', 'go pound sand'],
    ['A big middle finger salute for them, frankly.', 'middle finger salute for them'],
    ['Pull your head out of your behind.', 'head out of your behind'],
    ['No wonder, given his tiny penis.', 'his tiny penis'],
    ['His small pale penis explains it.', 'His small pale penis'],
    ['The aide kisses every butt in the building.', 'kisses every butt'],
    ['Everyone knows she slept her way to the top.', 'slept her way to the top'],
    ['She only got the job by sleeping with the boss.', 'got the job by sleeping with'],
    ['He earned that promotion by screwing the director.', 'earned that promotion by screwing the director'],
    ['She landed her role from sleeping around.', 'landed her role from sleeping around'],
    ["Bet she's great in bed.", "Bet she's great in bed"],
    ["I bet he'd be wild in bed.", "bet he'd be wild in bed"],
    ['Small penis syndrome explains the trucks.', 'Small penis syndrome'],
    ['Another sex-starved columnist weighs in.', 'sex-starved'],
    ['Fire his ass already.', 'ass'],
    ['The sock puppet will say whatever the party tells him.', 'puppet'],
  ])('%s', (body, words) => {
    expect(evidence(body)).toContain(words);
  });
  it.each([
    'A kiss on the cheek is polite in France.',
    'The cave is a place where the sun never reaches.',
    'The children put on a sock puppet show.',
    'She slept on the way to the coast.',
    'Sex education starts in grade five.',
    'His small dog Dick won the show.',
    'His little brother plays hockey.',
    'He hurt his middle finger to the bone.',
    'The player showed his middle finger to the crowd.',
    'Holy shit, what a goal!',
    'Damn! Two billion views.',
    'Fucking love it.',
    'He got the job by sleeping less and working more.',
    'He got the promotion by screwing the taxpayers.',
    "I bet she's great at her job.",
    'We got the seats by sleeping outside the box office.',
    'I bet the kids are great in bed by eight.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('orders that send the reader away', () => {
  it('every brush-off standing as its own sentence, or handed over with "you can"', () => {
    for (const b of BRUSH_OFFS) {
      const words = b.join(' ');
      const cap = `${words[0]?.toUpperCase()}${words.slice(1)}`;
      for (const [body, ev] of [
        [`${cap}.`, cap],
        [`Honestly, you can ${words}.`, words],
        [`${cap}, pal.`, cap],
      ] as const)
        expect(evidence(body), body).toContain(ev);
    }
  });

  it('every rude order joined by "and" to every brush-off', () => {
    for (const o of RUDE_ORDERS)
      for (const b of JOINED_BRUSH_OFFS) {
        const words = `${o.join(' ')} and ${b.join(' ')}`;
        const cap = `${words[0]?.toUpperCase()}${words.slice(1)}`;
        for (const body of [`${cap}.`, `Look, ${words}!`, `${cap}, Gary.`])
          expect(held(body).length, body).toBeGreaterThan(0);
      }
  });

  it.each([
    'Did you get lost on the way?',
    'We will take a hike on Sunday.',
    'Tourists get lost in the old town every summer.',
    'Go away for the weekend if you can.',
    'Shut up and dance with me was the song of the summer.',
    'Grow up and go to college, my father told me.',
    'Just shut up and listen to the experts for once.',
    'Shut up and take my money, this phone is great.',
    'They shut up shop and went home.',
    'The kids grew up and left home.',
    'I nearly choke on it every time I read the bill.',
    'Blow yourself a kiss in the mirror, the coach joked.',
  ])('advice, songs and plain words stay clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
