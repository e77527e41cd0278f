/** A violent line quoted from a story or a film and given to its speaker stays clean; the same line said is held. */
import { describe, expect, it } from 'vitest';
import { abuseReasons } from './test-support.js';

const threats = (body: string) => abuseReasons(body).filter((r) => r.rule === 'abuse.threat');

const LINES = ['Off with their heads', 'Burn the witch', 'Hang them all', 'Kill them all'];

describe('violent lines quoted', () => {
  it('leaves every line given to a speaker clean', () => {
    for (const line of LINES)
      for (const tail of ['cried the Queen', 'shouts the mob in the film', 'sang the villagers', 'roared Gandalf'])
        for (const body of [`"${line}!" ${tail}.`, `${line}, ${tail}.`]) expect(threats(body), body).toEqual([]);
  });

  it('leaves every line named as a line, a scene or a song clean', () => {
    for (const line of LINES)
      for (const tail of [
        'is a line from Monty Python',
        'is the scene everyone quotes',
        'was the song the villagers sing',
        'is a famous quote from the film',
        'was painted on the church, police said',
        'was scrawled across the door',
      ])
        for (const body of [`${line}! ${tail}.`, `${line} ${tail}.`, `"${line}" ${tail}.`])
          expect(threats(body), body).toEqual([]);
  });

  it("still holds the line said, or owned as the commenter's motto", () => {
    for (const line of LINES)
      for (const tail of [
        ', every last one of the traitors',
        '. Is that clear?',
        ' is my motto',
        ' is what we should do',
        '! Said it before, will say it again',
      ]) {
        const body = `${line}${tail}.`;
        expect(threats(body).length, body).toBeGreaterThan(0);
      }
  });
});
