/** A singular verb after a plural word for people inside "for/of/to …": the noun before the preposition is the subject. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const GROUPS = ['landlords', 'teachers', 'nurses', 'refugees', 'farmers', 'the unions', 'local families'];
const PREPOSITIONS = ['for', 'to', 'against', 'from'];
const VERDICTS = ['is a disgrace', 'is idiotic', 'was pathetic', 'is a joke', 'is stupid'];
const named = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed');

describe('a thing for a group, judged', () => {
  it('leaves every plan × preposition × group × verdict to the criticism of ideas', () => {
    for (const thing of ['The tax cut', 'The new rule', 'This pay rise', 'The support']) {
      for (const [n, g] of GROUPS.entries()) {
        const body = `${thing} ${PREPOSITIONS[n % PREPOSITIONS.length]} ${g} ${VERDICTS[n % VERDICTS.length]}.`;
        expect(named(body), body).toEqual([]);
      }
    }
  });

  it('holds a person at the head of the phrase, whatever the group after it', () => {
    for (const person of ['The leader', 'The spokesman', 'The mother', 'Every one']) {
      for (const g of GROUPS) {
        const body = `${person} of ${g} is an idiot.`;
        expect(named(body), body).not.toEqual([]);
      }
    }
  });

  it('reads a plural verb after a place named in a phrase as said of the things before it', () => {
    for (const things of ['The traffic lights', 'The potholes', 'The new bins', 'The parking signs'])
      for (const place of ['on Main Street', 'in Leeds', 'near the station', 'at Kings Cross'])
        for (const verdict of ['are idiotic', 'were a disgrace', 'are a joke']) {
          const body = `${things} ${place} ${verdict}.`;
          expect(named(body), body).toEqual([]);
        }
  });

  it('reads a singular verb after a name closing the phrase as said of what comes before it', () => {
    for (const thing of ['The food', 'The service', 'The new menu', 'The policy'])
      for (const place of ["at Joe's Diner", 'at Heathrow', 'of Trudeau', 'in Leeds'])
        for (const verdict of ['is disgusting', 'was a joke', 'is idiotic']) {
          const body = `${thing} ${place} ${verdict}.`;
          expect(named(body), body).toEqual([]);
        }
    for (const person of ['The coach', 'The wife', 'A friend'])
      expect(named(`${person} of Trudeau is an idiot.`), person).not.toEqual([]);
  });

  it('holds people before a place or a name, whatever the verb agrees with', () => {
    for (const people of ['The fans', 'Supporters', 'The people', 'The friends'])
      for (const place of ['from Leeds', 'of Trump', 'in Ohio'])
        expect(named(`${people} ${place} are idiots.`), `${people} ${place}`).not.toEqual([]);
  });

  it('leaves a plural verb alone: the group may be the subject ("the nurses are idiots")', () => {
    expect(named('Honestly, the nurses are idiots.')).not.toEqual([]);
  });
});
