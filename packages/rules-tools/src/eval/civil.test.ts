import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { replay } from './run.js';

/**
 * `corpus/civil-news.jsonl`: comments written for this repository in the voice of good-faith news readers —
 * disagreement, harsh verdicts on plans and policies, crime and war reporting, identity groups named neutrally,
 * idioms ("hell of a game", "killed it"), reported speech, names and product names that contain listed words,
 * enthusiasm. Every line must stay approved under the default policy.
 */
const CIVIL = fileURLToPath(new URL('../../corpus/civil-news.jsonl', import.meta.url));

describe('civil news comments under the default policy', () => {
  const rows = readCorpus(CIVIL);

  it('holds none of them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const held = replay(rows)
      .filter((r) => r.status !== 'approved')
      .map((r) => ({ body: r.row.body, rules: r.reasons.map((x) => x.rule) }));
    expect(held).toEqual([]);
  });
});
