import { describe, expect, it } from 'vitest';
import { FEELINGS } from './adjectives.js';
import { INSULT_ADJECTIVES, MILD_INSULT_ADJECTIVES } from './lexicon/insult-adjectives.js';
import { abuseReasons as abuse } from './test-support.js';

describe('"it is you that ...": the reader singled out', () => {
  const insults = ['brain dead', 'the idiot here', 'pathetic', 'the fool', 'clueless'];
  it('names the reader whatever the insult', () => {
    for (const opening of ['It is you that is', "It's you that is", 'It was you who was', 'I think it is you that is'])
      for (const insult of insults) {
        const body = `${opening} ${insult}.`;
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(r?.message, body).toContain('another reader');
      }
  });
  it.each(['I told you that is stupid.', 'I showed you that was pathetic of the council.'])(
    'a clause about something else stays out: %s',
    (body) => {
      expect(abuse(body).filter((x) => x.message.includes('another reader'))).toEqual([]);
    },
  );
});

describe('a political camp as the subject: "the left are ..."', () => {
  it('is people whatever the phrase', () => {
    for (const camp of ['The left', 'The far right', 'The hard left'])
      for (const p of ['nothing but pieces of garbage', 'a bunch of idiots', 'nothing but clowns']) {
        const body = `${camp} are ${p}.`;
        expect(abuse(body).filter((r) => r.score >= 0.5).length, body).toBeGreaterThan(0);
      }
  });
  it.each(['On the left are pieces of the old wall.', 'The left lane is closed.'])('places stay clean: %s', (body) => {
    expect(abuse(body).filter((r) => r.score >= 0.5)).toEqual([]);
  });
});

describe('a doing opening the sentence, capitalised as every opener is', () => {
  it.each([
    'Texting while driving is idiotic.',
    'Closing the pool in summer was stupid.',
    'Raising fares again is pathetic.',
  ])('is judged as the doing: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
  it.each(['Texting the mayor at midnight is stupid of you.', 'Yelling at reporters is what this idiot does.'])(
    'a person in the sentence is still named: %s',
    (body) => {
      expect(abuse(body)).not.toEqual([]);
    },
  );
});

describe('"no better than": a likeness said of someone', () => {
  const subjects = ['They are', 'He is', 'The senator is', 'These councillors are', 'You are'];
  const likened = ['rats', 'a thug', 'a common crook', 'pigs', 'vermin'];
  it('names the subject, for every frame and noun', () => {
    const missed = subjects
      .flatMap((s) => likened.flatMap((n) => [`${s} no better than ${n}.`, `${s} worse than ${n}.`]))
      .filter((b) => !abuse(b).some((r) => r.rule === 'abuse.insult.directed' || r.rule === 'abuse.identity-attack'));
    expect(missed).toEqual([]);
  });
  it.each([
    'The new plan is no better than the old one.',
    'My dog is better than a burglar alarm.',
    'This bus is no better than a cattle truck.',
  ])('a thing likened to a thing stays clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a doctrine or a system named with a capital', () => {
  const doctrines = ['Democracy', 'Bureaucracy', 'Capitalism', 'Socialism', 'Fascism', 'Racism', 'Astrology'];
  const verdicts = ['stupid', 'crazy', 'idiotic', 'evil', 'disgusting', 'a joke'];
  it('is criticism of an idea, for every doctrine and verdict', () => {
    const held = doctrines
      .flatMap((d) => verdicts.flatMap((v) => [`${d} is ${v}.`, `I think ${d} is ${v}, the numbers show it.`]))
      .filter((b) => abuse(b).length > 0);
    expect(held).toEqual([]);
  });
  it.each([
    'Socialism is for idiots.',
    'Democracy is stupid, and the mayor is an idiot.',
    'Judaism is evil.',
    'Catholicism is stupid.',
    'Trump is stupid.',
  ])('its followers, a faith or a person are still named: %s', (b) => {
    expect(abuse(b)).not.toEqual([]);
  });
});

describe('"the homeless are vermin": an adjective after "the" naming people, before a plural verb of being', () => {
  const PEOPLE = ['homeless', 'poor', 'rich', 'wealthy', 'elderly', 'unemployed', 'disabled', 'young', 'old'];
  it('is a group called names, for every such adjective and every name', () => {
    for (const who of PEOPLE)
      for (const name of ['vermin', 'parasites', 'leeches', 'a menace']) {
        const body = `The ${who} are ${name}.`;
        const r = abuse(body).find((x) => x.rule === 'abuse.insult.directed');
        expect(
          r?.evidence.map((e) => e.text),
          body,
        ).toEqual([name.replace('a ', '')]);
      }
  });
  it.each([
    'The filthy rich should pay more tax.',
    'The care for the elderly is laughable.',
    'The service for the unemployed is a joke.',
    'The rich are getting richer.',
    'The old are a burden on nobody, the study found.',
    'The disabled are heroes of this story.',
  ])('stays clean: %s', (body) => {
    expect(abuse(body)).toEqual([]);
  });
});

describe('a possessive after a plural is no verb of being: "Men\'s mental health"', () => {
  const single = (list: readonly string[]) => list.filter((w) => /^[a-z]+$/.test(w));
  const plurals = ['Men', 'Women', 'Children', 'People'];
  it('names no one for any mild adjective, where "X are <adjective>" does', () => {
    // "Men's whining" is a doing of theirs, a noun: the participles are left out.
    // Feelings ("they are sad") are no insult either way.
    for (const adjective of single(MILD_INSULT_ADJECTIVES).filter((w) => !w.endsWith('ing') && !FEELINGS.has(w)))
      for (const p of plurals) {
        const owned = `${p}'s ${adjective} health was ignored for years.`;
        expect(
          abuse(owned).filter((r) => r.score >= 0.5),
          owned,
        ).toEqual([]);
        const said = `${p} are ${adjective}.`;
        expect(abuse(said).length, said).toBeGreaterThan(0);
      }
  });
  it('attacks no group for any harsh adjective, where "X are <adjective>" does', () => {
    for (const adjective of single(INSULT_ADJECTIVES))
      for (const p of ['Men', 'Women']) {
        const owned = `${p}'s ${adjective} rules were dropped.`;
        expect(
          abuse(owned).map((r) => r.rule),
          owned,
        ).not.toContain('abuse.identity-attack');
        const said = `${p} are ${adjective}.`;
        expect(abuse(said).length, said).toBeGreaterThan(0);
      }
  });
});
