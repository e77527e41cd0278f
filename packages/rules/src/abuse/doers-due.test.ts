/**
 * A harm said to be the due of people a relative clause names by what they did ("Anyone who hurts a child should
 * die", "whoever did this must suffer", "the men who did it should rot"): every head, every clause, every harm due.
 * A relative clause whose own verb is the need ("those who need to suffer through the meeting"), harms denied,
 * foretold ("will die") or said of things, and ordinary advice to the same heads stay clean.
 */

import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const HEADS = ['Anyone who', 'Anybody who', 'Whoever', 'Those who', 'People who', 'The man who', 'The officers who'];
const CLAUSES = ['hurt a child', 'did this to the old lady', 'sold drugs near the school', 'voted for that bill'];
const DUES = ['should die', 'must suffer', 'needs to die', 'should rot in hell', 'ought to burn'];

describe('a harm due to people named by what they did', () => {
  it('holds every head with every clause and every harm due, marking the harm', () => {
    const missed: string[] = [];
    for (const head of HEADS)
      for (const clause of CLAUSES)
        for (const due of DUES) {
          const body = `${head} ${clause} ${due}.`;
          const ev = abuseReasons(body).flatMap((r) => r.evidence.map((e) => body.slice(e.start, e.end)));
          // The evidence is the harm due, not the clause naming the people.
          if (!ev.some((e) => e.startsWith(due.split(' ')[0] as string))) missed.push(body);
        }
    expect(missed).toEqual([]);
  });

  it.each([
    'Those who need to suffer through the meeting can leave early.',
    'Anyone who wants to should dye their hair blue for the match.',
    'Anyone who eats the mushrooms raw will die, the ranger warned.',
    'Anyone who does that should not die for it.',
    'Who should die first in the show?',
    'Anyone who gets lost should call the number on the back of the map.',
    'People who smoke should quit before the operation.',
    'Whoever did this should own up and apologise.',
    'The characters who annoy me should die in the next season.',
  ])('leaves "%s" clean', (body) => {
    expect(abuseReasons(body)).toEqual([]);
  });
});
