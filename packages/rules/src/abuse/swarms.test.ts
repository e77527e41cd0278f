/** A people counted as a swarm, a horde or a plague is an identity attack; a swarm of anything else is not. */
import { describe, expect, it } from 'vitest';
import { identityAttack as attack, PLURAL_GROUPS as GROUPS } from './group-test-support.js';

const MASSES = ['a swarm of', 'hordes of', 'an infestation of', 'a plague of', 'swarms of these'];

describe('a people counted as vermin or a plague', () => {
  it('holds every group after every mass word, marking the phrase', () => {
    expect(GROUPS.length).toBeGreaterThan(10);
    for (const g of GROUPS)
      for (const m of MASSES) {
        const phrase = `${m} ${g}`;
        expect(
          attack(`The town is facing ${phrase} again.`)?.evidence.map((e) => e.text),
          phrase,
        ).toEqual([phrase.replace(/^(a|an) /, '')]);
      }
  });

  it.each([
    'A swarm of bees settled on the bus shelter.',
    'Hordes of tourists filled the old town in August.',
    'A plague of locusts hit the farms in the east.',
    'An infestation of rats closed the café for a week.',
  ])('leaves a swarm of anything else alone: %s', (body) => {
    expect(attack(body)).toBeUndefined();
  });
});
