/**
 * Name-calling frames only a person fits, tried on every listed noun that names a person: each must be flagged
 * in each frame. The same nouns in frames about things, and compounds that name a thing or a behaviour, stay clean.
 */

import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { lexiconEntries } from './lexicon/index.js';
import { LITERAL_NOUNS } from './lexicon/insults.js';

const policy = compilePolicy(DEFAULT_POLICY);
/**
 * A frame that may be about a thing ("What a garbage.", "Typical trash take") holds a mass noun as denigration,
 * which only a site that flags criticism acts on.
 */
const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
/** The abuse rules that hold the comment. */
const abuseRules = (body: string, p = policy): string[] =>
  evaluate(analyze(body), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] })
    .reasons.filter((r) => r.category === 'abuse' && r.score >= 0.5)
    .map((r) => r.rule);

/** Every single-word noun that names a person, whatever its kind. */
const NOUNS = lexiconEntries()
  .filter((e) => /^[a-z]+$/.test(e.word) && !e.word.endsWith('s'))
  .filter((e) => ['insult-strong', 'insult-targeted', 'insult-person'].some((k) => e.kinds.has(k as never)))
  .filter((e) => !e.kinds.has('slur') && !e.kinds.has('slur-ambiguous'))
  .map((e) => e.word);

const article = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');

const THING_FRAMES: ReadonlySet<string> = new Set(['an exclamation', 'the kind of comment']);
const FRAMES: Array<[string, (w: string) => string]> = [
  ['an exclamation', (w) => `What ${article(w)} ${w}. Read the piece before replying.`],
  ['an exclamation at the reader', (w) => `Honestly... what ${article(w)} ${w} you are`],
  ['one who would write this', (w) => `Only ${article(w)} ${w} would write this about the tram line.`],
  ['the kind of comment', (w) => `Typical ${w} take on the harbour plan.`],
  ['a word offered for the reader', (w) => `"${w}" is the only word for you, Marta`],
  ['the author of the piece', (w) => `The writer of this column is ${article(w)} ${w}!!`],
  ['anyone who does something', (w) => `Anyone who supports the new tax is ${article(w)} ${w}`],
  ['whoever did something', (w) => `Whoever wrote this is ${article(w)} ${w}.`],
  ['what the reader is', (w) => `Go on, show us the ${w} you are.`],
  ['what they are', (w) => `They whine like the ${w}s they are.`],
  ['the reader addressed', (w) => `Nice try, ${w}.`],
  ['the reader compared to it', (w) => `The council owes nothing to ${article(w)} ${w} such as yourself.`],
  ['the one the reader backs', (w) => `Enjoy the ${w} you're backing.`],
  ['what doing something makes of one', (w) => `Defending that record makes one ${article(w)} ${w}.`],
  ['a name and the noun, the verb dropped', (w) => `Gerald Smith ${article(w)} ${w}?? No way.`],
  ['the greatest of its kind', (w) => `Last week we met the county's biggest ${w}.`],
];

/** Person nouns with no everyday sense as an animal or a thing: a pointing word is enough to aim them. */
const PEOPLE_ONLY = NOUNS.filter((w) => !LITERAL_NOUNS.includes(w));

describe('name-calling frames, on every person noun of the lexicon', () => {
  it('has nouns to try', () => {
    expect(NOUNS).toEqual(expect.arrayContaining(['prick', 'parasite', 'degenerate', 'idiot', 'clown']));
  });
  it.each(FRAMES)('%s', (name, make) => {
    const p = THING_FRAMES.has(name) ? strict : policy;
    const missed = NOUNS.filter((w) => abuseRules(make(w), p).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('what someone acts as: "stop being a ...", "to be a ... about it"', () => {
  const REFUSE = ['trash', 'garbage', 'rubbish', 'filth'];
  const ACTS: Array<(w: string) => string> = [
    (w) => `Stop being ${article(w)} ${w} and read the report.`,
    (w) => `It is one thing to disagree, another to be ${article(w)} ${w} about it.`,
    (w) => `Don't be ${article(w)} ${w} like the rest of them.`,
    (w) => `Being ${article(w)} ${w} must be exhausting.`,
    (w) => `The councillor is being ${article(w)} ${w}.`,
  ];
  it.each(ACTS)('names someone: %s', (make) => {
    const missed = NOUNS.filter((w) => !REFUSE.includes(w)).filter((w) => abuseRules(make(w)).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('a person put out: "throw the ... out"', () => {
  it('names someone', () => {
    const missed = PEOPLE_ONLY.filter((w) => abuseRules(`Throw the ${w} out!`).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('a person noun pointed at with "this" or "that"', () => {
  it('names someone', () => {
    const missed = PEOPLE_ONLY.filter((w) => abuseRules(`Voters keep electing this ${w}.`).length === 0);
    expect(missed).toEqual([]);
  });
  // Refuse nouns pointed at ("that garbage") are held as denigration of what someone said; no one is named.
  it.each(LITERAL_NOUNS)('an animal or a thing names no one: we moved that %s', (w) => {
    expect(abuseRules(`Last spring we moved that ${w}.`)).not.toContain('abuse.insult.directed');
  });
});

describe('the same nouns about things, and compounds, stay clean', () => {
  it.each([
    'The parasite infects the gut of freshwater fish.',
    'What a parasite does to its host is remarkable.',
    'A parasite can live for years inside the host.',
    'The results of the parasite study are in.',
    'Typical parasite behaviour, the lab report says.',
    'Their new dumb-bell rack design is a relief.',
    'Schools should teach that slut-shaming hurts teenagers.',
    'Only a referendum would settle this.',
    'What a relief. The bridge reopens on Monday.',
    'The author of this piece is right about the tram line.',
    'Anyone who supports the new tax is welcome at the meeting.',
    'The pigs they are raising are healthy.',
    'The snakes he is studying are rare.',
    'Bring the bottles, cans, trash.',
    'We sorted glass, paper and trash.',
    'On the farm we kept a goat and, later, a pig.',
    'A parasite such as the one in your report is rare.',
    'Planners such as yourself know the tram line well.',
    'He trained for years to be a clown at the circus.',
    'The old depot used to be a pig farm.',
    'Being a sheep farmer is hard work.',
    'My costume this year will be a snake.',
    "The fair's biggest pig won a ribbon.",
    'Throw the trash out before Monday.',
    'Throw the rats out of the barn.',
    "The snake you're keeping needs a heat lamp.",
    'It makes one a target for thieves.',
    'We named our dog Rex a hero.',
    'The old barn is being a pig farm again.',
    'The biggest snake in the zoo is asleep.',
    'Being a sheep farmer must be hard work.',
  ])('%s', (body) => {
    expect(abuseRules(body)).toEqual([]);
  });
});

describe('evidence', () => {
  it('marks the noun the frame aims, not the frame', () => {
    const d = evaluate(analyze('Typical prick take on the harbour plan.'), {
      policy,
      authorKey: 'a',
      receivedAt: 0,
      duplicates: [],
    });
    const r = d.reasons.find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual(['prick']);
  });
});
