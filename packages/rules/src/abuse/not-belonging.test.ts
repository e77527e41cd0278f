/** A whole people said to have no place in a land is an identity attack; a part of it, a denial or a league is not. */
import { describe, expect, it } from 'vitest';
import { identityAttack as attack, capital, PLURAL_GROUPS as GROUPS } from './group-test-support.js';

describe('a people said not to belong in a land', () => {
  it('holds every group with every denial and land, marking the group and the denial', () => {
    for (const g of GROUPS)
      for (const tail of [
        "don't belong here",
        'do not belong in this country',
        'simply dont belong in the West',
        "shouldn't belong here",
        'never belong in this country',
      ]) {
        const body = `${capital(g)} ${tail}.`;
        expect(
          attack(body)?.evidence.map((e) => e.text),
          body,
        ).toEqual([capital(g), tail]);
      }
  });

  it('leaves a part of the group, a denied claim, a place that is no land and belonging said', () => {
    for (const g of GROUPS)
      for (const body of [
        `Some ${g} don't belong in this league.`,
        `It is a myth that ${g} don't belong here.`,
        `${capital(g)} don't belong in the top league this year.`,
        `${capital(g)} don't belong to a union.`,
        `${capital(g)} do belong here, like everyone else.`,
        `${capital(g)} should belong in this country as much as anyone.`,
      ])
        expect(attack(body), body).toBeUndefined();
  });
});
