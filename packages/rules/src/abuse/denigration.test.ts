/**
 * Denigrating language (harsh words about someone or what they said or did) against exclamations and praise: the
 * same words, told apart by how they are used. Said of a thing it is criticism, a note by default and held where a
 * site sets `abuse.criticism: 'flag'`; said of a person or of what a reader wrote it is held either way.
 */
import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { NONSENSE_NOUNS, PROFANE_MODIFIERS } from './lexicon/denigration.js';
import { abuseReasons } from './test-support.js';

const byDefault = compilePolicy(DEFAULT_POLICY);
const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
const held = abuseReasons;

const SUBJECTS = ['This column', 'Her reply', 'The whole plan', 'That argument', 'His speech', 'The budget'];
const NOUNS = ['crap', 'garbage', 'bullshit', 'trash', 'rubbish', 'shite', 'drivel', 'horseshit'];
const FRAMES: ReadonlyArray<(s: string, n: string) => string> = [
  (s, n) => `${s} is ${n}.`,
  (s, n) => `${s} is total ${n}, honestly.`,
  (s, n) => `${s}? What a load of ${n}.`,
  (s, n) => `${s} was utter ${n} from start to finish`,
  (s, n) => `Stop spouting ${n} about ${s.toLowerCase()}.`,
];

describe('denigrating words said of something are held under a strict criticism policy, with only the word as evidence', () => {
  it('holds a denigrating noun after a verb of being, "what a load of", "utter" or "spouting"', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUBJECTS), fc.constantFrom(...NOUNS), fc.constantFrom(...FRAMES), (s, n, f) => {
        const body = f(s, n);
        const reasons = held(body, strict);
        const r = reasons.find((x) => x.rule === 'abuse.denigration');
        expect(r, body).toBeDefined();
        expect(r?.evidence.map((e) => e.text.toLowerCase())).toEqual([n]);
        expect(r?.message).toContain('Denigrating words');
        // By default robust language about ideas is kept as a note.
        expect(held(body).some((x) => x.rule === 'abuse.denigration')).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it('holds profanity used as an adjective of someone or something ("the damn council")', () => {
    const modifiers = ['damn', 'bloody', 'fucking', 'goddamn', 'freaking'];
    const nouns = ['council', 'government', 'paywall', 'committee'];
    fc.assert(
      fc.property(fc.constantFrom(...modifiers), fc.constantFrom(...nouns), (m, n) => {
        const body = `Why does the ${m} ${n} never answer letters?`;
        const r = held(body, strict).find((x) => x.rule === 'abuse.denigration');
        expect(r, body).toBeDefined();
        expect(r?.evidence.map((e) => e.text)).toEqual([m]);
        expect(held(body), body).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['Bullshit. The figures say the opposite.', 'Bullshit'],
    ['Spare us this crap about the bypass.', 'crap'],
    ['Utter rubbish. The council knew in May.', 'rubbish'],
    ['He stuffed the report with his own bullshit.', 'bullshit'],
  ])('holds a dismissal or a pointed denigrating noun: %s', (body, word) => {
    const r = held(body, strict).find((x) => x.rule === 'abuse.denigration');
    expect(r?.evidence.map((e) => e.text)).toEqual([word]);
    expect(held(body)).toEqual([]);
  });

  it.each([
    ['Councillor Hale sucks at his job', 'sucks', 'a named person'],
    ['you suck', 'suck', 'another reader'],
    ['The new manager sucks.', 'sucks', 'a named person'],
    ['Nobody needs more of your drivel.', 'drivel', 'another reader'],
    ['Why does the damn referee never answer letters?', 'damn', 'a named person'],
  ])('holds denigrating words said of someone under either policy: %s', (body, word, target) => {
    for (const policy of [byDefault, strict]) {
      const r = held(body, policy).find((x) => x.rule === 'abuse.insult.directed');
      expect(r?.evidence.map((e) => e.text)).toEqual([word]);
      expect(r?.message).toContain(`aimed at ${target}`);
    }
  });
});

describe('exclamations and praise stay clean', () => {
  it.each([
    'Holy shit, two million signatures already.',
    'Damn, what a goal that was!',
    'Fucking love this piece, thank you.',
    'That was a damn good interview.',
    'Oh crap, I forgot to renew my licence.',
    'The bloody best match of the season.',
    "Honestly I don't give a damn about the royals.",
    'Suck it up and vote, everyone.',
    'It sucks that the pool closed early.',
    'The garbage collection strike is in its third week.',
    'Trash pickup moves to Thursdays.',
    'This fare hike is a dumb policy.',
    'This shit never gets old, what a chorus.',
    'We threw that rubbish bin out years ago.',
    'He slipped on the ice and fell on his arse.',
    'Get off your arse and vote on Tuesday.',
  ])('%s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('name-calling of people we do not list by name', () => {
  it.each([
    ['honestly the mayor is a pig', 'pig'],
    ['johnson is a traitor and always was', 'traitor'],
    ['Hollis is a shameless Russian stooge.', 'stooge'],
    // A listed adjective right before the noun is part of the insult, as readers mark it.
    ['What an arrogant arse that man is, and a smug clown too.', 'smug clown'],
    ['Caught his interview last night. What an arrogant arse!', 'arrogant arse'],
    ['Honestly, the man is an arse.', 'arse'],
  ])('%s', (body, word) => {
    const r = held(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toContain(word);
  });

  it('finds the subject before "who"', () => {
    const r = held('Councillors who are this useless should resign.').find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual(['useless']);
  });

  it('holds a call to kill a group of people, not a report of what could kill them', () => {
    for (const body of ["Why don't we go kill all the reporters", 'lets hang all these politicians']) {
      expect(
        held(body).some((x) => x.rule === 'abuse.threat'),
        body,
      ).toBe(true);
    }
    for (const body of ['The heatwave could kill all the people without air conditioning.', 'Kill all the lights.']) {
      expect(held(body), body).toEqual([]);
    }
  });

  it('holds a curse aimed at whoever follows it', () => {
    const r = held('Fuck this guy and his column.').find((x) => x.rule === 'abuse.profanity.directed');
    expect(r?.evidence.map((e) => e.text)).toEqual(['Fuck']);
  });

  it.each([
    'There is a pig in the photo.',
    'The farm is a pig and cattle operation.',
    'She is feeding the pig every morning.',
    'Fuck yes, what a result.',
    'Why the fuck this keeps going up in the charts I will never know.',
  ])('%s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('nouns that insult a person only when said of one', () => {
  it.each([
    ['Senator Marsh is a disgrace.', 'a named person'],
    ['You are a joke.', 'another reader'],
    ['The mayor is an embarrassment to this town.', 'a named person'],
  ])('%s', (body, target) => {
    const r = held(body).find((x) => x.rule === 'abuse.insult.directed');
    expect(r?.message).toContain(`aimed at ${target}`);
  });

  it.each([
    'The result is a disgrace for the league.',
    'That joke about the weather was good.',
    'The pothole is a menace to cyclists.',
  ])('%s', (body) => {
    expect(held(body)).toEqual([]);
  });
});

describe('a crowd pointed at and cursed', () => {
  const crowds = ['tourists', 'business owners', 'cyclists', 'kids', 'politicians'];
  it('every profane modifier after "these" or "those" curses the people named after it', () => {
    for (const m of PROFANE_MODIFIERS)
      for (const c of crowds)
        for (const p of ['These', 'Those']) {
          const body = `${p} ${m} ${c} are everywhere this summer.`;
          const r = abuseReasons(body).find((x) => x.rule === 'abuse.profanity.directed');
          expect(
            r?.evidence.map((e) => e.text),
            body,
          ).toEqual([m]);
        }
  });
  it.each(['These damn cars keep breaking down.', 'Those damn good players won again.', 'Those darn left hands!'])(
    'things and praise stay notes: %s',
    (body) => {
      expect(abuseReasons(body).filter((x) => x.score >= 0.5)).toEqual([]);
    },
  );
});

describe('what the one addressed wrote, said to be worthless', () => {
  const writings = ['reporting', 'writing', 'article', 'column', 'journalism', 'statement', 'diatribe'];
  it('"your ... is garbage" is aimed at the reader, whatever they wrote', () => {
    for (const w of writings)
      for (const verdict of ['garbage', 'utter crap', 'rubbish']) {
        const body = `Your ${w} is ${verdict}.`;
        const r = abuseReasons(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain('another reader');
      }
  });
  it('"this comment is garbage": a reply pointed at in the thread is the reader\'s, whatever is said of it', () => {
    for (const pointer of ['This', 'That'])
      for (const reply of ['comment', 'reply', 'response', 'rant'])
        for (const verdict of ['garbage', 'utter drivel', 'nonsense']) {
          const body = `${pointer} ${reply} is ${verdict}.`;
          const r = abuseReasons(body).find((x) => x.rule === 'abuse.insult.directed');
          expect(r?.message, body).toContain('another reader');
        }
    for (const verdict of ['baloney', 'garbage'])
      expect(abuseReasons(`Your speculations are ${verdict}.`).map((x) => x.rule)).toContain('abuse.insult.directed');
  });
  it.each([
    'This article is garbage.',
    'What a stupid article.',
    'Your council is rubbish.',
    'This post is nonsense.',
    'This comment section is garbage.',
    'This comment is spot on.',
  ])('a thing not the reader’s stays a note: %s', (body) => {
    expect(abuseReasons(body).filter((x) => x.score >= 0.5)).toEqual([]);
  });
});

describe('every word for talk not worth hearing', () => {
  it("said of the reader's words is aimed at the reader; exclaimed alone it is a note", () => {
    for (const noun of NONSENSE_NOUNS) {
      const aimed = abuseReasons(`Your argument is ${noun}.`).filter((r) => r.rule === 'abuse.insult.directed');
      expect(
        aimed.map((r) => r.evidence.map((e) => e.text)),
        noun,
      ).toEqual([[noun]]);
      expect(
        abuseReasons(`What utter ${noun}.`).filter((r) => r.score >= 0.5),
        noun,
      ).toEqual([]);
    }
  });
});
