import { fileURLToPath } from 'node:url';
import { resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { replay } from './run.js';

/**
 * `corpus/civil-news.jsonl`: comments written for this repository in the voice of good-faith news readers —
 * disagreement, harsh verdicts on plans and policies, crime and war reporting, identity groups named neutrally,
 * idioms ("hell of a game", "killed it"), reported speech, names and product names that contain listed words,
 * enthusiasm. Lines of the `harsh-criticism` kind judge what a person did in harsh words: the default policy holds
 * them (`abuse.criticism: "flag"`), a site that keeps criticism as a note approves them.
 */
const CIVIL = fileURLToPath(new URL('../../corpus/civil-news.jsonl', import.meta.url));
const rows = readCorpus(CIVIL);
const harsh = rows.filter((r) => r.technique === 'harsh-criticism');
const civil = rows.filter((r) => r.technique !== 'harsh-criticism');
const held = (results: ReturnType<typeof replay>) =>
  results
    .filter((r) => r.status !== 'approved')
    .map((r) => ({ body: r.row.body, rules: r.reasons.map((x) => x.rule) }));

describe('civil news comments', () => {
  it('are all approved under the default policy', () => {
    expect(civil.length).toBeGreaterThanOrEqual(150);
    expect(held(replay(civil))).toEqual([]);
  });

  it('harsh criticism of what someone did is held by default and approved when criticism is a note', () => {
    expect(harsh.length).toBeGreaterThan(0);
    expect(held(replay(harsh)).map((h) => h.body)).toEqual(harsh.map((r) => r.body));
    expect(held(replay(harsh, resolvePolicy({ abuse: { criticism: 'note' } })))).toEqual([]);
  });
});
