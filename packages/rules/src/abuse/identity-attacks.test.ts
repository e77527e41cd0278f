import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const attack = (body: string) => abuse(body).find((r) => r.rule === 'abuse.identity-attack');

/** Protected groups as commenters name them in the plural. */
const GROUPS = [
  'Muslims',
  'Jews',
  'Catholics',
  'Evangelicals',
  'Hindus',
  'Mexicans',
  'Somalis',
  'Immigrants',
  'Refugees',
  'Gays',
  'Lesbians',
  'Homosexuals',
  'Women',
  'Black people',
  'Gay men',
  'Transgender people',
  'Chinese people',
];

/** What is said of a whole group to brand it, with the words a moderator should see. */
const SLANDERS: Array<[string, string]> = [
  ['are sick.', 'sick'],
  ['are perverts', 'perverts'],
  ['are all degenerates.', 'degenerates'],
  ['are the problem.', 'problem'],
  ['are too stupid to vote.', 'stupid'],
  ['are mentally ill!', 'mentally ill'],
  ['are inherently violent.', 'violent'],
  ['are genetically inferior', 'genetically inferior'],
  ["can't be trusted.", "can't be trusted"],
  ['breed like rabbits', 'breed like rabbits'],
  ['should go back where they came from.', 'go back where they came from'],
  ['need to go back to their own country', 'go back to their own country'],
];

describe('generalizations that attack a whole group', () => {
  it('every group, every slander', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPS), fc.constantFrom(...SLANDERS), (group, [said, word]) => {
        const r = attack(`Honestly, ${group} ${said}`);
        expect(r?.evidence.map((e) => e.text)).toEqual([group, word]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('every group branded by an insulting adjective, or to be got rid of', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.constantFrom('nasty', 'stupid', 'disgusting', 'lazy', 'dirty', 'worthless', 'vile'),
        (group, adjective) => {
          expect(attack(`Typical, ${adjective} ${group} everywhere.`)?.evidence.map((e) => e.text)).toEqual([
            `${adjective} ${group}`,
          ]);
          expect(attack(`Just get rid of the ${group}.`)?.evidence.map((e) => e.text)).toEqual([`rid of the ${group}`]);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it.each([
    'We got rid of the old buses at last.',
    'The poor Mexicans in the story lost everything.',
    'Sick children wait months for a bed.',
    'Women are sick of being ignored by the council.',
    'Nurses and immigrants are sick and tired of the rota.',
    'Immigrants are the backbone of the care homes.',
    'Muslims are the problem solvers in this story, the report says.',
    'Muslims are not the problem.',
    'Refugees want to go back to their country when the war ends.',
    'Syrians can go back home now that the fighting is over.',
    'Two Mexicans were arrested after the match.',
    'Women are too often left out of the research.',
    'Gay people are dangerous drivers, claims a survey nobody can find.',
    'The Russian government cannot be trusted with the pipeline.',
    'Black voters can be trusted to decide for themselves.',
    'Catholics should go back to confession more often, the bishop said.',
  ])('neutral and reported mentions stay clean: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});
