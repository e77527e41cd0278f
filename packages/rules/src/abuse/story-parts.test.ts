/** Names given to a part in a story name no one; the villain of a real story stays named. */
import { describe, expect, it } from 'vitest';
import { STORY_PARTS, TITLED_WORKS, WORKS } from './lexicon/literal-uses.js';
import { abuseReasons as abuse } from './test-support.js';

const held = (bodies: string[]) => bodies.filter((b) => abuse(b).length > 0);
const PARTS = STORY_PARTS.filter((p) => !p.endsWith('s'));
const KINDS = [...WORKS, ...TITLED_WORKS].filter((w) => !w.endsWith('s'));

describe('a part in a story called a name', () => {
  it('names no one, for every part and every kind of work', () => {
    expect(
      held(
        PARTS.flatMap((p) => [
          ...KINDS.map((w) => `The ${w}'s ${p} is a psychopath, and you almost like him.`),
          `The main ${p} is a selfish jerk for most of the book, which is the point.`,
          `The idiot brother ${p} was played for laughs.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one placed in every kind of work', () => {
    expect(
      held(
        KINDS.flatMap((w) => [
          `The con artist in the ${w} is so charming you forget he's robbing everyone.`,
          `The thug from the new ${w} was played by a stand-up comic.`,
        ]),
      ),
    ).toEqual([]);
  });

  it('names no one in a synopsis where the name is a verb', () => {
    expect(held(['fools', 'trolls', 'bullies'].map((v) => `The movie is about a man who ${v} a small town.`))).toEqual(
      [],
    );
  });

  it.each([
    'He is the biggest crook in the show.',
    'The villain here is the mayor, a psychopath.',
    'In this tale the idiots are the landlords and the mayor.',
    'The mayor is a selfish jerk.',
    'You are the villain and a psychopath.',
    'He is a fool who fools nobody.',
  ])('a real person is still named: %s', (body) => {
    expect(abuse(body).map((r) => r.rule)).toContain('abuse.insult.directed');
  });
});
