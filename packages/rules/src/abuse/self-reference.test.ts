/** A writer calling themselves names is not abuse; the same words about anyone else still are. */
import { describe, expect, it } from 'vitest';
import { lookupWord } from './lexicon/index.js';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';
import { HUMANKIND_WORDS, INCLUDED } from './self-reference.js';
import { abuseReasons as abuse } from './test-support.js';

describe('names a writer calls themselves', () => {
  it.each([
    'I was an idiot to trust the builder.',
    'Call me stupid, but the new form makes no sense.',
    'stupid me forgot the tickets at home',
    "I'm the idiot who paid for the extended warranty.",
    'I feel like a complete fool after reading this.',
    "I'm such a dummy, I misread the date.",
    'What a clown I was, waiting for the night bus.',
    'I was a moron about money in my twenties.',
    "I'm a total coward with spiders.",
    "I've been a hypocrite about flying.",
    "I'm an ignorant newcomer to this town.",
    "I'm officially a loser at the pub quiz.",
    'I was a lazy slob last winter.',
    'I was a jerk to my brother about it.',
    "Apparently I'm the village idiot for liking the roundabout.",
    'How stupid of me to forget the tickets.',
    'Silly of us, we booked the wrong night.',
  ])('%s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('names aimed at someone else', () => {
  it.each([
    'I think you are an idiot.',
    "I'd call you an idiot.",
    'me and you know he is a fool',
    "I'm not the idiot here, you are.",
    'I hate idiots like you.',
    'I would call him a moron to his face.',
    'I like idiots like you, they make me laugh.',
  ])('%s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});

const GROUP_NAMES = ['idiots', 'fools', 'morons', 'suckers', 'stupid', 'pathetic'];

describe('names writers give a group they belong to', () => {
  it.each([
    'We were {x} to trust the contractor.',
    "We're such {x} for buying that house.",
    'We are all {x} if we vote for this again.',
    'Are we {x} to keep paying for it?',
    'Us {x} who bought in 2021 are paying for it now.',
    'The council thinks of us {x} as a piggy bank.',
  ])('%s: no abuse, with every name', (frame) => {
    for (const x of GROUP_NAMES) expect(abuse(frame.replace('{x}', x)), x).toEqual([]);
  });
});

describe('names for others, next to "we" and "us"', () => {
  it.each([
    'We are ruled by {x}.',
    'We have {x} running this city.',
    'We all know you are {x}.',
    'We think the mayor and his staff are {x}.',
    'We, the readers, are not {x}, but you are {x}.',
  ])('%s: name-calling, with every name', (frame) => {
    for (const x of GROUP_NAMES) expect(abuse(frame.replaceAll('{x}', x)).length, x).toBeGreaterThan(0);
  });
});

const SIMILE_NAMES = ['idiot', 'fool', 'moron', 'clown', 'lunatic', 'maniac', 'dork'];
const an = (n: string) => (/^[aeiou]/.test(n) ? 'an' : 'a');

describe('the writer doing something like a fool', () => {
  it('is no abuse, for every name and every simile with "I" or "we" doing it', () => {
    const held = SIMILE_NAMES.flatMap((n) =>
      [
        `I danced like ${an(n)} ${n} all night.`,
        `I was running around like ${an(n)} ${n} looking for my keys.`,
        `We looked like ${n}s in those hats.`,
        `My wife and I laughed like ${n}s at the ending.`,
        `We were dancing like ${n}s to this at parties.`,
        `Don't treat us like ${n}s, minister: publish the contract.`,
        `They always talk to me like ${an(n)} ${n}.`,
        `I stood there like ${an(n)} ${n} for ten minutes.`,
        // The "I" left out of the writer's own reaction.
        `Felt like ${an(n)} ${n}.`,
        `Laughed like ${an(n)} ${n} at the ending.`,
        `Grinning like ${an(n)} ${n} all day after that goal.`,
        `Saw a bear on the trail and froze like ${an(n)} ${n}.`,
        `Watched the replay and stood there like ${an(n)} ${n}.`,
        `Felt like such ${an(n)} ${n}.`,
        `Felt like a complete ${n} afterwards.`,
        `Looked like ${an(n)} ${n} in that hat.`,
        `Kept grinning like ${an(n)} ${n}.`,
        `Stood in the rain like ${an(n)} ${n} for an hour.`,
      ].filter((body) => abuse(body).length > 0),
    );
    expect(held).toEqual([]);
  });
  it('still names whoever else does it', () => {
    const missed = SIMILE_NAMES.flatMap((n) =>
      [
        `They acted like ${n}s at the meeting.`,
        `You look like ${an(n)} ${n}.`,
        `I told him he acted like ${an(n)} ${n}.`,
      ].filter((body) => abuse(body).length === 0),
    );
    expect(missed).toEqual([]);
  });
  it('names whoever else reacts like one, with a subject before the verb or none of the reaction kind', () => {
    // "dork" said of how someone sits or grins is teasing, so it is left out here.
    const missed = SIMILE_NAMES.filter((n) => n !== 'dork').flatMap((n) =>
      [
        `The senator stood there like ${an(n)} ${n}.`,
        `You sat there like ${an(n)} ${n}.`,
        `Acted like ${an(n)} ${n} at the summit, as usual.`,
        `Stop grinning like ${an(n)} ${n}.`,
        `He laughed and then cried like ${an(n)} ${n}.`,
        `You looked like ${an(n)} ${n} in that hat.`,
        `He stood in the rain like a complete ${n}.`,
      ].filter((body) => abuse(body).length === 0),
    );
    expect(missed).toEqual([]);
  });
});

describe('a judgement on all people, the writer among them', () => {
  it('names no one, for every word for humankind and every frame', () => {
    const held = HUMANKIND_WORDS.flatMap((h) => {
      const be = h.endsWith('s') ? 'are' : 'is';
      const cap = h[0]?.toUpperCase() + h.slice(1);
      return [
        `${cap} ${be} stupid about risk, the study shows.`,
        `How stupid ${h} ${be} when it comes to the climate.`,
        `${cap} ${be} just animals with better tools.`,
        `${cap} can be so cruel to each other.`,
      ];
    }).filter((b) => abuse(b).length > 0);
    expect(held).toEqual([]);
  });
  it.each([
    'Humans are scum.',
    'He is a disgrace to humanity, the idiot.',
    'You are the dumbest of humans.',
    'Those thugs are animals, a stain on mankind.',
  ])('contempt for everyone, or a name for someone, is still held: %s', (b) => {
    expect(abuse(b)).not.toEqual([]);
  });
});

describe('a generalization the writer counts themselves in', () => {
  it('names no one, for every phrase that includes the writer', () => {
    const held = INCLUDED.flatMap(([a, b]) => [
      `People are stupid about money, ${a} ${b}.`,
      `${a[0]?.toUpperCase()}${a.slice(1)} ${b}, voters are lazy about reading the bill.`,
    ]).filter((b) => abuse(b).length > 0);
    expect(held).toEqual([]);
  });
  it.each([
    'People are stupid about money.',
    'Voters are lazy about reading the bill.',
    'The mayor is an idiot. Myself included? No.',
  ])('without it the group is still named: %s', (b) => {
    expect(abuse(b)).not.toEqual([]);
  });
});

describe('the writer too slow for something', () => {
  it.each(["I'm too stupid to understand this tax form.", 'I am just too dumb for this game.'])(
    '%s is no abuse',
    (body) => {
      expect(abuse(body)).toEqual([]);
    },
  );
  it.each(["You're too stupid to understand.", 'I think he is too stupid to understand.'])('%s is held', (body) => {
    expect(abuse(body).length).toBeGreaterThan(0);
  });
});

describe('a hedged name a writer gives themselves', () => {
  // A slur stays one whoever it is said of.
  const slur = (n: string) => [...(lookupWord([n])?.kinds ?? [])].some((k) => k.startsWith('slur'));
  const nouns = STRONG_INSULT_NOUNS.filter((n) => /^[a-z]+$/.test(n) && !slur(n));
  const a = (n: string) => (/^[aeiou]/.test(n) ? 'an' : 'a');
  it('is no insult after "a bit of", "something of", "kind of" or "sort of", for every strong noun', () => {
    for (const n of nouns)
      for (const hedge of ['a bit of', 'something of', 'kind of', 'sort of']) {
        const own = `Sorry, I was ${hedge} ${a(n)} ${n} about the timetable.`;
        expect(abuse(own), own).toEqual([]);
        const other = `Sorry, but he was ${hedge} ${a(n)} ${n} about the timetable.`;
        expect(abuse(other).length, other).toBeGreaterThan(0);
      }
  });
});

describe('other ways a writer names themselves', () => {
  const slur = (n: string) => [...(lookupWord([n])?.kinds ?? [])].some((k) => k.startsWith('slur'));
  const nouns = STRONG_INSULT_NOUNS.filter((n) => /^[a-z]+$/.test(n) && !slur(n));
  const a = (n: string) => (/^[aeiou]/.test(n) ? 'an' : 'a');
  const cap = (w: string) => `${w[0]?.toUpperCase()}${w.slice(1)}`;
  const held = (body: string) => abuse(body).some((r) => r.score >= 0.5);
  const cases: Array<[string, (n: string) => string, boolean]> = [
    ['introducing themselves', (n) => `Complete ${n} here, I booked the wrong week.`, false],
    ['introducing themselves', (n) => `${cap(n)} here.`, false],
    ['someone else here', (n) => `There is a complete ${n} here, and he runs the council.`, true],
    ['blamed for being one', (n) => `Serves me right for being ${a(n)} ${n}.`, false],
    ['blamed for being one', (n) => `My own fault for being such ${a(n)} ${n} with the booking.`, false],
    ['someone else blamed', (n) => `Serves him right for being ${a(n)} ${n}.`, true],
    ['yours truly', (n) => `Yours truly, total ${n}, booked the wrong week.`, false],
    ['beside "me"', (n) => `Me, complete ${n}, booked the wrong week.`, false],
    ['a lapse', (n) => `Total ${n} moment on my part, I booked the wrong week.`, false],
    ['a name', (n) => `What a total ${n}.`, true],
  ];
  it.each(cases)('%s, every strong noun: %s', (_kind, frame, expected) => {
    const wrong = nouns.map(frame).filter((body) => held(body) !== expected);
    expect(wrong).toEqual([]);
  });
});
