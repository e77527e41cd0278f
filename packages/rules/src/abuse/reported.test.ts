/**
 * Reported and mentioned insults ("critics called him a liar", "the word 'moron'") are the commenter's account of
 * someone else's words; the same insult made by the commenter is held. Checked for every strong insult noun.
 */
import { DEFAULT_POLICY } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { analyze, compilePolicy, evaluate } from '../index.js';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';

const policy = compilePolicy(DEFAULT_POLICY);
const abuseRules = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] })
    .reasons.filter((r) => r.category === 'abuse' && r.score >= 0.5)
    .map((r) => r.rule);

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');
const single = STRONG_INSULT_NOUNS.filter((n) => !n.includes(' ') && !n.includes('-'));
const capital = (n: string) => `${n[0]?.toUpperCase()}${n.slice(1)}`;

const REPORTED = [
  (n: string) => `Critics called him ${article(n)} ${n}, but the fact-check backed his claim.`,
  (n: string) => `Someone at the meeting called my neighbour ${article(n)} ${n} and the chair said nothing.`,
  (n: string) => `We should stop calling people ${n}s for asking questions.`,
  (n: string) => `The minister was labelled ${article(n)} ${n} by the tabloids last week.`,
  (n: string) => `The word "${n}" appears in the old statute, the judge noted.`,
  (n: string) => `Words like "${n}" or "${n}s" should get a comment removed.`,
  (n: string) => `Name-calling like "${n}" and worse has no place here.`,
  (n: string) => `Calling people ${n}s on a comment board never changed anyone's mind.`,
  (n: string) => `Stop calling these people ${n}s.`,
  (n: string) => `The papers keep calling those protesters ${n}s.`,
  (n: string) => `Calling every Trump voter ${article(n)} ${n} is exactly how the party lost Ohio.`,
  (n: string) => `Look up the definition of ${n} in any good dictionary.`,
  (n: string) => `What is the meaning of ${n} in the old statute?`,
  (n: string) => `The definition of ${n} has changed since the 1900s.`,
  (n: string) => `The article describes the attacker as ${article(n)} ${n} who hid behind a mask.`,
  (n: string) => `The protesters were described as ${n}s by the police chief, which drew criticism.`,
  (n: string) => `The senator was accused of being ${article(n)} ${n} by his opponent during the debate.`,
  (n: string) => `Her rivals dismissed her as ${article(n)} ${n}, and she won anyway.`,
  (n: string) => `The councillor said anyone who opposed the plan was ${article(n)} ${n}, and later apologised.`,
  (n: string) => `The candidate tweeted that the judge is ${article(n)} ${n}, which drew a rebuke.`,
  // The writer named by others, in the passive.
  (n: string) => `I was called ${article(n)} ${n} at the meeting for asking about the budget.`,
  (n: string) => `If we object we will be labelled ${n}s, as usual.`,
  (n: string) => `I get called ${article(n)} ${n} every time I mention the harbour.`,
  // The word opening its sentence, said to be a word.
  (n: string) => `${capital(n)} isn't a slur, it is a description.`,
  (n: string) => `${capital(n)} is not a hate word.`,
  (n: string) => `${capital(n)} is a word I never use at the dinner table.`,
];
const OWN = [
  (n: string) => `I would call him ${article(n)} ${n}, frankly.`,
  (n: string) => `You are the very definition of ${n}.`,
  (n: string) => `My brother-in-law is the textbook definition of ${n}.`,
  (n: string) => `Call them what they are: ${n}s.`,
  (n: string) => `It's called reading the article, ${n}.`,
  (n: string) => `These so-called experts are ${n}s.`,
  (n: string) => `Calling him ${article(n)} ${n} is fair.`,
  (n: string) => `Calling you ${article(n)} ${n} would be generous.`,
  (n: string) => `I would describe him as ${article(n)} ${n}, to be honest.`,
  (n: string) => `You keep describing yourself as a patriot, but you are ${article(n)} ${n}.`,
  (n: string) => `I accuse you of being ${article(n)} ${n}.`,
  (n: string) => `I said he was ${article(n)} ${n} and I stand by it.`,
  (n: string) => `As my father always said, the man is ${article(n)} ${n}.`,
  (n: string) => `Whoever wrote this article is ${article(n)} ${n}.`,
  (n: string) => `Anyone who says otherwise is ${article(n)} ${n}.`,
  (n: string) => `He said you are ${article(n)} ${n}, and he is right.`,
  (n: string) => `Stop calling these ${n}s "activists".`,
  (n: string) => `The papers keep calling those ${n}s heroes.`,
  (n: string) => `${capital(n)} is the word for him.`,
  (n: string) => `${capital(n)} is the only word that fits you.`,
  (n: string) => `I have been called worse by ${article(n)} ${n} like him.`,
];

describe('insults reported or mentioned, not made', () => {
  it('stays approved for every strong insult noun in every reporting frame', () => {
    const held = REPORTED.flatMap((frame) => single.map((n) => frame(n)).filter((body) => abuseRules(body).length > 0));
    expect(held).toEqual([]);
  });

  it("holds the commenter's own labelling for every strong insult noun", () => {
    const missed = OWN.flatMap((frame) => single.map((n) => frame(n)).filter((body) => abuseRules(body).length === 0));
    expect(missed).toEqual([]);
  });
});

describe('"it is called ...": the commenter naming what someone shows', () => {
  it.each([
    'We understand your thinking, it is called stupidity.',
    "Voting for him again? It's called stupidity.",
    'There is a thing called idiocy, and you live in it.',
  ])('%s', (body) => {
    expect(abuseRules(body)).toContain('abuse.insult.directed');
  });
  it.each([
    'The new bylaw is called the Safe Streets Act.',
    'Critics called the plan stupidity.',
    'The lane that is called Pig Lane floods every spring.',
    "It's called a pig roast and the whole village comes.",
    'That is called hypocrisy when a government does it.',
  ])('%s', (body) => {
    expect(abuseRules(body)).toEqual([]);
  });
});

describe('a threat reported with "saying"', () => {
  const threats = ['should be gassed', 'should be hanged', 'should be shot'];
  it("is reported when a message or a post says it, and the commenter's own otherwise", () => {
    for (const t of threats) {
      for (const body of [
        `She read out the emails, including one saying he ${t}.`,
        `The police found posts saying she ${t}.`,
      ])
        expect(abuseRules(body), body).toEqual([]);
      for (const body of [`Just saying, he ${t}.`, `I'm saying she ${t}.`])
        expect(abuseRules(body).length, body).toBeGreaterThan(0);
    }
  });
});
