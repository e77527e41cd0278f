/**
 * Evidence marks the toxic words themselves: the curse of a curse phrase, the insulting word with the listed word
 * that describes it, never the "you" of "you idiot".
 */
import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { lexiconEntries } from './lexicon/index.js';
import { INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';

const policy = compilePolicy(DEFAULT_POLICY);
/** Denigrating words about a thing are held only where a site flags criticism. */
const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
/** The evidence of the abuse reasons that acted (notes beside them have their own). */
const evidence = (body: string, p = policy): string[] =>
  evaluate(analyze(body), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] })
    .reasons.filter((r) => r.category === 'abuse' && r.score >= p.policy.thresholds.abuse)
    .flatMap((r) => r.evidence.map((e) => e.text.toLowerCase()));

// Strong insults that are not also slurs (a slur is its own reason, with its own evidence).
const noun = fc.constantFrom(
  ...lexiconEntries()
    .filter((e) => e.kinds.has('insult-strong') && !e.kinds.has('slur') && !e.kinds.has('slur-ambiguous'))
    .map((e) => e.word),
);
const adjective = fc.constantFrom(...INSULT_ADJECTIVES.filter((a) => !['lying', 'cheating', 'whining'].includes(a)));

describe('evidence of name-calling', () => {
  it('is the insult alone after "you", and the adjective with it when one describes it', () => {
    fc.assert(
      fc.property(noun, adjective, (n, a) => {
        expect(evidence(`Sit down, you ${n}.`)).toEqual([n]);
        expect(evidence(`Sit down, you ${a} ${n}.`)).toContain(`${a} ${n}`);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['Oh fuck off, nobody asked.', ['fuck']],
    ['Go fuck yourself with that argument.', ['fuck']],
    ['Well fuck you too.', ['fuck you']],
    ['This councillor is a piece of shit.', ['shit']],
    ['Screw you and your survey.', ['screw you']],
    ['Eat a dick, councillor.', ['dick']],
    ['Fuck Henderson and his toll road.', ['fuck']],
    ['Suck an egg, Wexford.', ['suck an egg']],
    ['They all suck at this job.', ['suck']],
    ['FuckOff!', ['fuckoff']],
    ['Well fuckyou too, councillor.', ['fuckyou']],
    ['Go Lisa!\nF^ck Henderson!', ['f^ck']],
    ['Fck the council and its toll road.', ['fck']],
  ])('marks the curse, not the words around it: %s', (body, marked) => {
    expect([...new Set(evidence(body))]).toEqual(marked);
  });
});

describe('profanity cursing people', () => {
  const modifiers = ['damn', 'bloody', 'fucking', 'goddamn'];
  const people = ['cyclists', 'tourists', 'bankers', 'commuters', 'liberals', 'kids', 'politicians'];

  it('holds "damn cyclists" as profanity aimed at a group, marking the curse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...modifiers), fc.constantFrom(...people), (m, p) => {
        const body = `${m[0]?.toUpperCase()}${m.slice(1)} ${p} think they own the roads.`;
        const r = evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.find(
          (x) => x.rule === 'abuse.profanity.directed',
        );
        expect(r, body).toBeDefined();
        expect(r?.message).toContain('a group of people');
        expect(r?.evidence.map((e) => e.text.toLowerCase())).toEqual([m]);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    'Damn good match report.',
    "I don't give a damn, commuters will pay it anyway.",
    'Damn. Another rise in the bus fares.',
    'Laughing My Damn Head Off at this goal.',
  ])('leaves exclamations and praise alone: %s', (body) => {
    expect(evidence(body)).toEqual([]);
  });
});

describe('denigrating nouns described by an adjective', () => {
  it.each([
    ['Forget the racist crap about the bypass.', 'crap'],
    ['Spare us your sanctimonious garbage.', 'garbage'],
    ['Same pretentious rubbish, every single week.', 'rubbish'],
    ['Nothing in this paper but liberal crap!', 'crap'],
    ['Do you believe the conspiracist garbage you post?', 'garbage'],
  ])('%s', (body, word) => {
    expect(evidence(body, strict)).toContain(word);
  });

  it.each([
    'That dog shit on the pavement again.',
    'This is some good shit right here.',
    'The old rubbish tip closes.',
  ])('leaves %s alone', (body) => {
    expect(evidence(body)).toEqual([]);
  });
});
