/** Places whose names are listed words name no one; the same word said of a person does. */
import { describe, expect, it } from 'vitest';
import { PLACE_KINDS } from './place-names.js';
import { abuseReasons as abuse } from './test-support.js';

const NAMES = ['Moron', 'Idiot', 'Twatt'];
const article = (k: string) => (/^[aeiou]/.test(k) ? 'an' : 'a');
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a place named by a listed word', () => {
  it('names no one, for every kind of place and name', () => {
    expect(
      held(
        PLACE_KINDS.flatMap((k) =>
          NAMES.flatMap((n) => [
            `${n} is ${article(k)} ${k} near the coast, my cousin lives there.`,
            `${n} was ${article(k)} small ${k} until the railway came.`,
            `We spent a week in the ${k} of ${n} and loved it.`,
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it.each(['Moron is a disgrace.', 'Trump is a moron.', 'He is the village idiot.', 'Moron, you are a disgrace.'])(
    'a person is still named: %s',
    (body) => {
      expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
    },
  );
});
