import { describe, expect, it } from 'vitest';
import { PERSON_FAILINGS } from './lexicon/name-calling.js';
import { abuseReasons as abuse } from './test-support.js';

const names = (body: string): string[] =>
  abuse(body)
    .filter((r) => r.rule === 'abuse.insult.directed')
    .flatMap((r) => r.evidence.map((e) => e.text));

describe('a failing "of" or "from" the people who have it', () => {
  it('every failing, even after a word that makes it a verdict', () => {
    for (const f of PERSON_FAILINGS)
      for (const frame of [`Typical ${f} from the senators.`, `More ${f} from you.`, `The ${f} of these councillors.`])
        expect(names(frame), frame).toEqual([f]);
  });
  it.each([
    'Such nonsense from the mayor.',
    'Typical hypocrisy from this report.',
    'The hypocrisy of the policy is plain.',
  ])('talk and ideas stay criticism: %s', (body) => {
    expect(names(body)).toEqual([]);
  });
});
