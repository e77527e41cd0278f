/** A plain failing said of some people of a kind is no name-calling; all of them, or a strong word, still is. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const KINDS = ['teachers', 'fans', 'drivers', 'cops', 'landlords', 'councillors'];
const FAILINGS = ['lazy', 'selfish', 'greedy', 'corrupt'];

describe('some of a kind', () => {
  it('is no name-calling, for every kind, failing and frame', () => {
    const held = KINDS.flatMap((k) =>
      FAILINGS.flatMap((f) => [
        `Some ${k} are ${f}, but most I met worked hard.`,
        `A few ${k} were a bit ${f} about it.`,
        `That said, certain ${k} can be so ${f}.`,
      ]),
    ).filter((b) => abuse(b).length > 0);
    expect(held).toEqual([]);
  });
  it('all of them, a strong word, a name or someone named are still held', () => {
    const missed = KINDS.flatMap((k) => [
      `${k[0]?.toUpperCase()}${k.slice(1)} are lazy.`,
      `Some ${k} are stupid.`,
      `Some ${k} are idiots.`,
      `Some ${k} are lazy and the mayor is a moron.`,
    ]).filter((b) => abuse(b).length === 0);
    expect(missed).toEqual([]);
  });
  it.each(['Some Muslims are lazy.', 'Some women are lazy.'])('a group people are born into still is: %s', (b) => {
    expect(abuse(b).map((r) => r.rule)).toContain('abuse.identity-attack');
  });
});
