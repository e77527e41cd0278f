/** "No more Xs!": a whole people refused as a slogan, against reports, counts and sides that are no identity. */
import { describe, expect, it } from 'vitest';
import { identityAttack as attack, capital, PLURAL_GROUPS as GROUPS } from './group-test-support.js';

/** The groups as commenters name them in the plural. */

describe('a people refused as a slogan', () => {
  it('holds every group, opening the text or a sentence, marking the slogan', () => {
    expect(GROUPS.length).toBeGreaterThan(10);
    for (const g of GROUPS)
      for (const [body, slogan] of [
        [`No more ${capital(g)}!`, `No more ${capital(g)}`],
        [`Enough is enough. No more ${g} - they never fit in.`, `No more ${g}`],
        [`Yes, no more ${g}.`, `no more ${g}`],
      ])
        expect(
          attack(body as string)?.evidence.map((e) => e.text),
          body,
        ).toEqual([slogan]);
  });

  it('leaves reports, counts and the slogan inside a sentence', () => {
    for (const g of GROUPS)
      for (const body of [
        `No more ${g} were hurt in the fire.`,
        `There were no more ${g} on the list than last year.`,
        `We want no more ${g} to die at sea.`,
      ])
        expect(attack(body), body).toBeUndefined();
  });

  it.each(['No more politicians!', 'No more excuses.', 'No more homework on weekends!'])('%s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});
