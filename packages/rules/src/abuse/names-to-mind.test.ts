/** Names offered as what comes to mind, against places, other words and denials. */
import { describe, expect, it } from 'vitest';
import { STRONG_INSULT_NOUNS } from './lexicon/insults.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.rule === 'abuse.insult.directed' && r.score >= 0.5);
const NAMES = STRONG_INSULT_NOUNS.filter((n) => /^[a-z]+$/.test(n));

describe('a name said to come to mind', () => {
  it('holds every strong name, quoted or not, marking the name', () => {
    const missed = NAMES.flatMap((n) =>
      [
        `The word "${n}" comes to mind.`,
        `Reading this, the term ${n} immediately springs to mind.`,
        `${n[0]?.toUpperCase()}${n.slice(1)} comes to mind.`,
        `They could not. The word "${n}" comes to mind.`,
      ].filter((body) => !held(body).some((r) => r.evidence.some((e) => e.text.toLowerCase() === n))),
    );
    expect(missed).toEqual([]);
  });

  it('holds the names listed after words said to come to mind', () => {
    const r = held('When I watch the premier, the following words come to mind: idiot, clown, fraud.');
    expect(r.flatMap((x) => x.evidence.map((e) => e.text))).toEqual(['idiot', 'clown', 'fraud']);
    expect(r[0]?.message).toContain('aimed at someone');
  });

  it.each([
    'Iran, Venezuela and Saudi Arabia come to mind.',
    'The word "prorogue" comes to mind here.',
    'A few words come to mind: brilliant, generous, kind.',
    'Some of his friends (Hughes comes to mind) would rather look away.',
    'Several examples come to mind: the bridge, the library, the pool.',
    'Nothing comes to mind when I think of the bridge.',
    'The word "dumb" comes to mind when I read this policy.',
    'When I read the plan, the words stupid and reckless come to mind.',
    'The word "idiot" does not come to mind.',
  ])('stays clean: %s', (body) => {
    expect(held(body)).toEqual([]);
  });
});
