/** "Screw the immigrants": a people damned wholesale is profanity aimed at them; a thing screwed is a thing. */
import { describe, expect, it } from 'vitest';
import { CLASSES } from './lexicon/phrases.js';
import { abuseReasons as abuse } from './test-support.js';

const rulesOf = (body: string) => abuse(body).map((r) => r.rule);

describe('screwing a people', () => {
  it('is profanity aimed at them, for every people of the class and every way of pointing', () => {
    for (const people of CLASSES.people ?? [])
      for (const body of [`Screw the ${people}.`, `Honestly, screw all these ${people}!`, `Screw those ${people}.`])
        expect(rulesOf(body), body).toContain('abuse.profanity.directed');
  });

  it.each(['Screw the lid on tight.', 'Screw the rules, we are playing anyway.', 'Screw the shelf to the wall.'])(
    'a thing screwed stays clean: %s',
    (body) => {
      expect(abuse(body)).toEqual([]);
    },
  );
});
