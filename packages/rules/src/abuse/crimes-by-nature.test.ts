/**
 * Crimes said of a whole people as its habit are an identity attack; an event reported with its count, a part of the
 * people, a denial, a question, harm to themselves and doers who are no people are not.
 */
import { describe, expect, it } from 'vitest';
import { CRIME_VERBS, ing } from './crimes-by-nature.js';
import { identityAttack as attack, capital, PLURAL_GROUPS as GROUPS } from './group-test-support.js';

describe('crimes said of a whole people', () => {
  it('holds every group with every crime as its habit, marking the group and the crime', () => {
    for (const g of GROUPS)
      for (const v of CRIME_VERBS) {
        const cases: Array<[string, string]> = [
          [`${capital(g)} ${v} women.`, v],
          [`${capital(g)} always ${v} their neighbours, everyone knows it.`, v],
          [`${capital(g)} have been ${ing(v)} each other for centuries.`, `have been ${ing(v)}`],
        ];
        for (const [body, crime] of cases) {
          expect(
            attack(body)?.evidence.map((e) => e.text),
            body,
          ).toEqual([capital(g), crime]);
        }
      }
    expect(attack('Muslims beat their wives.')?.evidence.map((e) => e.text)).toEqual(['Muslims', 'beat']);
  });

  it('leaves an event with its count, a part, a denial, a question, harm to themselves and jobs', () => {
    for (const g of GROUPS)
      for (const v of CRIME_VERBS)
        for (const body of [
          `${capital(g)} ${v} 24 people in a village, the agency says.`,
          `${capital(g)} ${v} at least three officers near the border.`,
          `Some ${g} ${v} women, as some of every people do.`,
          `${capital(g)} don't ${v} anyone.`,
          `${capital(g)} ${v} nobody.`,
          `Do ${g} ${v} more than others?`,
          `${capital(g)} in one province ${v} more often, the report says.`,
          `${capital(g)} ${v} more people than any other group, the figures say.`,
          `${capital(g)} ${v} their partners far less often than others.`,
          `${capital(g)} ${v} at a lower rate per capita than their neighbours.`,
        ])
          expect(attack(body), body).toBeUndefined();
    for (const g of GROUPS)
      for (const body of [
        `${capital(g)} kill themselves at higher rates.`,
        `${capital(g)} steal our jobs, the union says.`,
        `${capital(g)} beat us at chess.`,
      ])
        expect(attack(body), body).toBeUndefined();
  });

  it('leaves doers who are no people', () => {
    for (const who of ['Police', 'Soldiers', 'Wolves', 'Bankers', 'Gangs', 'Cartels'])
      for (const v of CRIME_VERBS) expect(attack(`${who} ${v} women.`), who).toBeUndefined();
  });
});
