import { describe, expect, it } from 'vitest';
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
