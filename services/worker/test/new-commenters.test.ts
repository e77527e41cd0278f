import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('new commenters (newAuthors.premoderateFirst)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ api: true });
    await h.db
      .updateTable('sites')
      .set({ policy: JSON.stringify({ newAuthors: { premoderateFirst: 1 }, trustedAuthors: ['staff'] }) })
      .where('id', '=', 'demo')
      .execute();
    await h.api.deps.sites.refresh();
  });
  afterAll(() => h.close());

  const rules = async (id: string) =>
    (await h.db.selectFrom('comment_reasons').select(['rule', 'message']).where('comment_id', '=', id).execute()).map(
      (r) => `${r.rule}: ${r.message}`,
    );

  it("holds a new commenter's first comment, and not the second once the first was approved", async () => {
    const author = { id: 'newcomer', name: 'Newcomer' };
    const first = await h.postComment({ author, body: 'My first comment here: the council vote seems rushed.' });
    expect(await h.waitForDecision(first)).toBe('flagged');
    expect(await rules(first)).toEqual(['author.new: New commenter: 0 of 1 comments approved so far']);

    // Still held while the first waits for a moderator.
    const waiting = await h.postComment({ author, body: 'And another thought on the budget figures quoted.' });
    expect(await h.waitForDecision(waiting)).toBe('flagged');

    await h.db.updateTable('comments').set({ status: 'approved' }).where('id', '=', first).execute();
    const second = await h.postComment({ author, body: 'Thanks for the follow-up piece on the transit plan.' });
    expect(await h.waitForDecision(second)).toBe('approved');
    expect(await rules(second)).toEqual([]);
  });

  it('exempts trusted authors', async () => {
    const id = await h.postComment({
      author: { id: 'staff', name: 'Staff' },
      body: 'Correction appended to the article at 14:00, thanks to readers.',
    });
    expect(await h.waitForDecision(id)).toBe('approved');
  });
});
