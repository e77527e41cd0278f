import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);

describe('an insult phrase that names no one else stays clean', () => {
  const phrases = ['a waste of space', 'a horrible person', 'a sorry excuse for a man', 'an awful human being'];
  it('the writer calling themselves one, a denied claim, a report, a denial', () => {
    for (const p of phrases)
      for (const frame of [
        `I was ${p} back then.`,
        `Nobody is saying she is ${p}.`,
        `I don't think he is ${p}.`,
        `He called her ${p}, the court heard.`,
        `She is not ${p}, just tired.`,
      ])
        expect(held(frame), frame).toEqual([]);
  });

  it('the same phrases said of someone are held', () => {
    for (const p of phrases)
      for (const frame of [`You are ${p}.`, `The mayor is ${p}.`, `Honestly, he is such ${p}.`])
        expect(held(frame).length, frame).toBeGreaterThan(0);
  });

  it('about no one in particular', () => {
    for (const p of ['horrible people', 'awful human beings'])
      for (const body of [
        `There are ${p} in every party.`,
        `There were ${p} on both sides.`,
        `Not all of them are ${p}.`,
        `Not every one of them are ${p}.`,
      ])
        expect(held(body), body).toEqual([]);
  });

  it('"nothing but" affirms, "no shit" denies nothing', () => {
    expect(held('They are nothing but pieces of garbage.').length).toBeGreaterThan(0);
    expect(held('No kidding, a waste of space that one.').length).toBeGreaterThan(0);
  });
});

describe('"pieces of ..." in the plural', () => {
  it.each([
    'They are pieces of garbage, every one of them.',
    'Pieces of trash, all of them.',
    'The left are nothing but pieces of garbage.',
    'You lying pieces of crap.',
    'Those two pieces of filth should resign.',
  ])('said of people: %s', (body) => {
    expect(held(body).length).toBeGreaterThan(0);
  });
  it.each([
    'We picked up pieces of garbage on the beach all morning.',
    'Volunteers collected 400 pieces of trash from the river.',
    'The gulls scattered pieces of garbage across the lot.',
  ])('litter stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
