/** A sentence given to a source with "according to" reports the name; the writer's own stays theirs. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const SOURCES = ['witnesses', 'police', 'the prosecution', 'two of his neighbours', 'court documents'];
const NAMES = ['a drunk thug', 'a reckless idiot', 'a liar'];
const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);

describe('a name given to a source', () => {
  it('is reported, for every source and name, after the sentence or opening it', () => {
    expect(
      held(
        SOURCES.flatMap((s) =>
          NAMES.flatMap((n) => [
            `The man who attacked the nurse was ${n}, according to ${s}, and he has now been charged.`,
            `According to ${s}, the driver was ${n}.`,
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    'Trump is a crook, according to me.',
    'He is an idiot, according to anyone with a brain.',
    'According to this idiot, the earth is flat.',
    'According to you, the mayor is a liar, and you are an idiot.',
  ])('is the writer’s own otherwise: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
