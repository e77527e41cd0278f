import type { Reason } from '@cm/contracts';
import { IDENTITY_GROUPS } from './lexicon/identity.js';
import { MORE_IDENTITY_GROUPS } from './lexicon/identity-attacks.js';
import { abuseReasons } from './test-support.js';

/** Every listed people in the plural ("muslims", "mexicans"), for tests of what is said of a whole people. */
export const PLURAL_GROUPS: readonly string[] = [
  ...new Set([...IDENTITY_GROUPS, ...MORE_IDENTITY_GROUPS].filter((g) => g.endsWith('s') && !g.endsWith('ous'))),
];

/** The identity attack held on `body`, if any. */
export const identityAttack = (body: string): Reason | undefined =>
  abuseReasons(body).find((r) => r.rule === 'abuse.identity-attack');

export const capital = (w: string): string => `${w[0]?.toUpperCase()}${w.slice(1)}`;
