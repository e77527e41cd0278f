import { fileURLToPath } from 'node:url';
import { resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { replay } from './run.js';

/**
 * `corpus/civil-news.jsonl`: comments written for this repository in the voice of good-faith news readers —
 * disagreement, harsh verdicts on plans and policies, crime and war reporting, identity groups named neutrally,
 * idioms ("hell of a game", "killed it"), reported speech, names and product names that contain listed words,
 * enthusiasm. Lines of the `harsh-criticism` kind judge what a person did in harsh words: the default policy keeps
 * them as a note (`abuse.criticism: "note"`), a site that flags criticism holds them.
 */
const CIVIL = fileURLToPath(new URL('../../corpus/civil-news.jsonl', import.meta.url));
const rows = readCorpus(CIVIL);
const harsh = rows.filter((r) => r.technique === 'harsh-criticism');
const held = (results: ReturnType<typeof replay>) =>
  results
    .filter((r) => r.status !== 'approved')
    .map((r) => ({ body: r.row.body, rules: r.reasons.map((x) => x.rule) }));

describe('civil news comments', () => {
  it('are all approved under the default policy', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(held(replay(rows))).toEqual([]);
  });

  it('harsh criticism of what someone did is approved by default and held when the site flags criticism', () => {
    expect(harsh.length).toBeGreaterThan(0);
    expect(held(replay(harsh, resolvePolicy({ abuse: { criticism: 'flag' } }))).map((h) => h.body)).toEqual(
      harsh.map((r) => r.body),
    );
  });
});
