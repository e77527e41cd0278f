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
