import { DEFAULT_POLICY } from '@cm/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { DETERMINERS } from './promotion-words.js';
import { BETWEEN, pointsToTime, writerDoes } from './request-context.js';
import { checkSelfPromotion } from './self-promotion.js';

const policy = compilePolicy(DEFAULT_POLICY);
const status = (body: string) =>
  evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).status;
const promotion = (body: string) => checkSelfPromotion(analyze(body))[0];

/** Verbs that point readers at a work, and works that are not a channel ("my channel" alone is a request). */
const VERBS = ['listen to', 'watch', 'see', 'go to', 'visit', 'look at', 'hear', 'view'];
const WORKS = ['playlist', 'old videos', 'music', 'covers', 'songs', 'podcast', 'account', 'profile', 'vlogs'];

describe('the writer telling what they do themselves', () => {
  it('passes every pointing verb with the writer as subject, whatever stands between', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I', 'We', "I'd", 'i'),
        fc.array(fc.constantFrom(...BETWEEN), { maxLength: 2 }),
        fc.constantFrom(...VERBS),
        fc.constantFrom('my', 'our'),
        fc.constantFrom(...WORKS),
        (subject, between, verb, own, work) => {
          const body = `${[subject, ...between, verb].join(' ')} ${own} ${work} on the way to work.`;
          expect(status(body), body).toBe('approved');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still holds the same words asked of the reader, or offered by the writer', () => {
    for (const verb of VERBS) {
      for (const work of WORKS) {
        for (const body of [
          `${verb} my ${work}!`,
          `Please ${verb} my ${work}.`,
          `I hope you ${verb} my ${work}.`,
          `I want you to ${verb} my ${work}.`,
          `Can you ${verb} my ${work}?`,
        ]) {
          expect(status(body), body).toBe('flagged');
        }
      }
    }
    for (const body of [
      "I'd love to share my music with you all.",
      'We want to spread our songs, help us.',
      "I'd love to see my channel grow.",
      'I would really appreciate it if you subscribe to my channel.',
      "I'll sub back to everyone.",
    ]) {
      expect(status(body), body).toBe('flagged');
    }
  });

  it('reads the subject right before the verb only', () => {
    expect(writerDoes('i listen to my playlist', 2)).toBe(true);
    expect(writerDoes('i hope you listen to my playlist', 11)).toBe(false);
    expect(writerDoes("i'd love to share my songs", 12)).toBe(false);
    expect(writerDoes('listen to my playlist', 0)).toBe(false);
  });

  it('passes the writer subscribing to something of their own, not the reader asked to', () => {
    for (const body of [
      'I subscribe to my local paper for the court reports.',
      'We subscribed to our regional news site years ago.',
      'I still subscribe to my old school newsletter.',
    ]) {
      expect(status(body), body).toBe('approved');
    }
    for (const body of ['subscribe to my channel', 'Please sub to me', 'Could you subscribe to our page?']) {
      expect(status(body), body).toBe('flagged');
    }
  });
});

describe('a point in the video', () => {
  const TIMES = ['0:45', '2:31', '12:03', '1:02:45'];
  it('is no title after "check out", in any position of the comment', () => {
    for (const t of TIMES) {
      expect(pointsToTime(` ${t}`, 0), t).toBe(true);
      for (const body of [`Check out ${t}, the drummer's face!`, `Wow. Check out ${t} in slow motion.`]) {
        expect(status(body), body).toBe('approved');
      }
    }
  });

  it('leaves names with digits and other numbers to the title rule', () => {
    expect(pointsToTime(' 2Pac', 0)).toBe(false);
    expect(pointsToTime(' 12:345', 0)).toBe(false);
    for (const body of ['Check out 2Pac Remixes on my page', 'check out djmike99 for fresh beats']) {
      expect(status(body), body).toBe('flagged');
    }
  });
});

describe('searching and checking something named by a determiner', () => {
  it('passes "just search" and "search up" before every determiner, with or without "for"', () => {
    for (const det of DETERMINERS) {
      for (const body of [
        `Just search ${det} archive by date.`,
        `Just search for ${det} court records, it's all public.`,
        `Search up ${det} original interview.`,
      ]) {
        expect(status(body), body).toBe('approved');
      }
    }
  });

  it('still holds a search for a name, a quote or the writer', () => {
    for (const body of [
      'just search DJ Kofi Beats',
      'search up kofibeats on youtube',
      'Just search "kofi beats official"',
      'just search my name',
    ]) {
      expect(status(body), body).toBe('flagged');
    }
  });

  it('passes "don\'t forget to check/follow" before a determiner, not before the writer', () => {
    for (const det of DETERMINERS) {
      for (const body of [`Don't forget to check ${det} date on the tin.`, `Never forget to follow ${det} recipe.`]) {
        expect(status(body), body).toBe('approved');
      }
    }
    for (const body of [
      "Don't forget to follow me",
      "don't forget to check out my channel",
      "don't forget to subscribe",
      'never forget to like and share',
    ]) {
      expect(status(body), body).toBe('flagged');
    }
  });
});

describe("the video's own link talked about", () => {
  const VERBS = ['is broken', "doesn't work", 'was removed', 'no longer works', 'says 2019', 'needs fixing'];
  it('passes "the link in the description" as the subject of a verb', () => {
    for (const v of VERBS) {
      for (const body of [`The link in the description ${v}.`, `Link in the description ${v}, sadly.`]) {
        expect(status(body), body).toBe('approved');
      }
    }
  });

  it('still holds a link pointed to in the writer\'s bio or a bare "link in description"', () => {
    for (const body of ['Link in my bio', 'link in description!', 'links are in my profile', 'Link in my bio is new']) {
      expect(status(body), body).toBe('flagged');
    }
  });
});

describe('easy money and dislike of comments, named', () => {
  it('notes easy money named in a report and holds it offered', () => {
    for (const body of [
      'He made easy money from the scheme until the police caught him.',
      'Scammers promise easy money, do not fall for it.',
      'It was a get rich quick scheme from the start.',
      'Get-rich-quick scams target pensioners.',
    ]) {
      expect(status(body), body).toBe('approved');
    }
    expect(promotion('Easy money was the promise.')?.score).toBeLessThan(0.5);
    for (const body of ['Make easy money at home', 'earn easy money today', 'get rich quick with this app']) {
      expect(status(body), body).toBe('flagged');
    }
  });

  it("passes the writer's own dislike of comments and holds the apology of a pitch", () => {
    for (const body of [
      'I hate these comments about her weight.',
      'I really hate these kinds of comments.',
      'We just skip these comments now.',
    ]) {
      expect(status(body), body).toBe('approved');
    }
    for (const body of [
      'I know you hate these comments, but I just started singing.',
      'Most people skip these kinds of comments but please read.',
    ]) {
      expect(status(body), body).toBe('flagged');
    }
  });
});
