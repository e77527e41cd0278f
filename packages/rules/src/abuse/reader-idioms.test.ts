/**
 * Idioms that call the reader something without a listed word in its usual place: a coward ("too chicken to answer"),
 * the trouble with the world ("you are what's wrong with ..."), out of touch ("what planet are you on?"), talk
 * repeated as rubbish ("regurgitating bullshit"), and a name that doubles as a verb before "you are" ("the troll you
 * are"). The same words in plain use stay clean.
 */
import { describe, expect, it } from 'vitest';
import { DISMISSIVE_NOUNS } from './lexicon/denigration.js';
import { VERB_LIKE_NOUNS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

const insulted = (body: string) => abuse(body).some((r) => r.rule === 'abuse.insult.directed');

describe('idioms said to the reader', () => {
  it('holds each idiom with every subject and tense', () => {
    for (const [you, are] of [
      ['you', 'are'],
      ['You', 'were'],
      ['He', 'is'],
    ])
      expect(insulted(`Whenever asked, ${you} ${are} too chicken to respond.`), you).toBe(true);
    for (const body of [
      "You are what's wrong with this country.",
      'People like you are what is wrong with the internet.',
      'You are whats wrong with politics today.',
      'What planet are you living on?',
      'What planet do you live on, seriously?',
      'What planet are you from?',
    ])
      expect(insulted(body), body).toBe(true);
  });

  it('holds talk repeated as rubbish, for every dismissive noun and verb', () => {
    for (const noun of DISMISSIVE_NOUNS)
      for (const verb of ['regurgitating', 'parroting', 'repeating'])
        expect(insulted(`Sorry, but you're ${verb} ${noun}.`), `${verb} ${noun}`).toBe(true);
  });

  it('holds every name that doubles as a verb before "you are", after an article and a describing word', () => {
    for (const noun of VERB_LIKE_NOUNS)
      for (const body of [`Everyone can now see the lib ${noun} you are.`, `What a miserable ${noun} you are!`])
        expect(insulted(body), body).toBe(true);
  });

  it.each([
    'The recipe uses too much chicken to be healthy.',
    'Which planet are you studying this term?',
    'What planet is closest to the sun?',
    'Do you know what is wrong with the boiler?',
    'They are repeating the garbage collection schedule on Monday.',
    "Don't troll, you are better than that.",
    'They troll you all day on that forum.',
  ])('plain use stays clean: %s', (body) => {
    expect(insulted(body)).toBe(false);
  });
});
