import { readFileSync } from 'node:fs';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from './shared-data.js';

interface Seed {
  article: { id: string; title: string };
  comments: { author: { id: string; name: string }; body: string }[];
}

describe('the seed article through the running service', () => {
  let h: Harness;
  const seed = JSON.parse(readFileSync(SEED_ARTICLE, 'utf8')) as Seed;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('approves the two real reader comments of the seed op-ed with no reasons', async () => {
    expect(seed.comments).toHaveLength(2);
    const ids: string[] = [];
    for (const c of seed.comments) {
      ids.push(
        await h.postComment({
          articleId: seed.article.id,
          articleTitle: seed.article.title,
          author: c.author,
          body: c.body,
        }),
      );
    }
    for (const id of ids) {
      expect(await h.waitForDecision(id)).toBe('approved');
      const reasons = await h.db
        .selectFrom('comment_reasons')
        .select(['rule', 'message'])
        .where('comment_id', '=', id)
        .execute();
      expect(reasons).toEqual([]);
    }
  });
});
