/** Taunts that run the reader down without an insult word, against the same words said kindly. */
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const rules = (body: string) => abuseReasons(body).map((r) => r.rule);

describe('taunts aimed at the reader', () => {
  it('holds the reader told nobody likes them, for every way of saying nobody and liking', () => {
    const missed: string[] = [];
    for (const nobody of ['Nobody', 'Noone', 'No one'])
      for (const likes of ['likes', 'wants', 'loves'])
        for (const end of ['.', ', Dave.', '!']) {
          const body = `${nobody} ${likes} you${end}`;
          if (!rules(body).includes('abuse.harassment')) missed.push(body);
        }
    for (const everyone of ['Everyone', 'Everybody'])
      for (const hates of ['hates', 'despises'])
        if (!rules(`${everyone} ${hates} you.`).includes('abuse.harassment')) missed.push(`${everyone} ${hates} you.`);
    expect(missed).toEqual([]);
  });

  it('holds the reader asked whether they think or read before they write', () => {
    const missed: string[] = [];
    for (const even of ['even', 'ever'])
      for (const think of ['think', 'read'])
        for (const type of ['type', 'post', 'comment', 'speak']) {
          const body = `Do you ${even} ${think} before you ${type}?`;
          if (!rules(body).includes('abuse.harassment')) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'How do you even tie your shoes?',
    "You're the reason shampoo has instructions.",
    "You're the reason the gene pool needs a lifeguard.",
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.insult.directed');
  });

  it.each([
    'Nobody likes you more than your mother does.',
    'Do you think before you buy a car?',
    "Everyone hates you when you win, that's sport.",
    'Is English your second language? Mine is French.',
    'The shampoo has instructions in six languages.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('a person run down as a waste, a joke or a mistake of their parents', () => {
  it.each([
    "He's a waste of a human being.",
    'You are a waste of a person.',
    "He's a laughing stock.",
    "She's a laughingstock.",
    "He's a walking disaster.",
    "You're a walking advertisement for birth control.",
    "You're a walking advert for contraception.",
    "He's proof that evolution can go in reverse.",
    "You're living proof evolution can go backwards.",
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.insult.directed');
  });

  it.each([
    "Too bad his parents didn't use a condom.",
    'His parents should have used protection.',
    'Your mother should have used contraception.',
  ])('%s', (body) => {
    expect(rules(body)).toContain('abuse.harassment');
  });

  it.each([
    'What a waste of a life.',
    'The council is a laughing stock.',
    'It was a waste of a human being’s talent.',
    'Evolution can go in reverse, biologists say, when a trait is lost.',
    'There is proof that evolution can go backwards in cave fish.',
    'The weather was a walking disaster of a day.',
  ])('stays clean: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});
