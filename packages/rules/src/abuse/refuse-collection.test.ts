/** Words for refuse used for refuse, against the same words said of what a reader writes. */
import { describe, expect, it } from 'vitest';
import { abuseReasons as abuse } from './test-support.js';

const held = (body: string) => abuse(body).filter((r) => r.score >= 0.5);
const REFUSE = ['garbage', 'trash', 'rubbish'];

describe('refuse collected, binned or recycled', () => {
  it('is no abuse, whoever owns it, for every word for refuse', () => {
    const wrong = REFUSE.flatMap((w) =>
      [
        `Your ${w} was collected late again.`,
        `They never picked up your ${w} last week.`,
        `Put your ${w} in the green bin, not the blue one.`,
        `Is your ${w} going to landfill or to recycling?`,
      ].filter((body) => held(body).length > 0),
    );
    expect(wrong).toEqual([]);
  });

  it('still calls what a reader writes by it, and dumping it is no collection', () => {
    const missed = REFUSE.flatMap((w) =>
      [
        `Stop dumping your ${w} on this site.`,
        `Your post is ${w}, like the bins on my street.`,
        `Your ${w} is what you post every day.`,
      ].filter((body) => held(body).length === 0),
    );
    expect(missed).toEqual([]);
  });
});
