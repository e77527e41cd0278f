/**
 * The generated adversarial lines decided as labelled, for the default seed and a few others: every disguised insult
 * and threat held for abuse, every disguised link held for a link, every hard negative approved. A disguise the rules
 * cannot read fails here, not only in `pnpm eval --adversarial`.
 */
import { DEFAULT_POLICY } from '@cm/contracts';
import { analyze, compilePolicy, evaluate } from '@cm/rules';
import { describe, expect, it } from 'vitest';
import { adversarialCorpus, DEFAULT_SEED } from './generate.js';

const policy = compilePolicy(DEFAULT_POLICY);

describe('the adversarial lines', () => {
  it.each([DEFAULT_SEED, 1, 2, 3, 4])('of seed %i are decided as labelled', (seed) => {
    const wrong: string[] = [];
    for (const row of adversarialCorpus(seed)) {
      const d = evaluate(analyze(row.body), { policy, authorKey: row.author.id, receivedAt: 0, duplicates: [] });
      const categories = new Set<string>(d.reasons.filter((r) => r.score >= 0.5).map((r) => r.category));
      const ok =
        row.expect === 'approve'
          ? d.status === 'approved'
          : d.status !== 'approved' && row.categories.every((c) => categories.has(c));
      if (!ok) wrong.push(`${row.id} ${row.technique}: ${row.body}`);
    }
    expect(wrong).toEqual([]);
  });
});
