import { authorStateKey, getAuthorStates } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('author states read for a batch', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false });
    await h.db.insertInto('sites').values({ id: 'other', name: 'Other', policy: '{}', allowed_origins: [] }).execute();
    const later = new Date(Date.now() + 3_600_000);
    await h.db
      .insertInto('author_states')
      .values([
        {
          site_id: 'demo',
          author_key: 'ana',
          banned: true,
          premoderated: false,
          ban_reason: 'spam',
          banned_until: later,
        },
        { site_id: 'other', author_key: 'bo', banned: true, premoderated: false, ban_reason: 'abuse' },
        { site_id: 'other', author_key: 'cy', banned: false, premoderated: true },
        {
          site_id: 'demo',
          author_key: 'old',
          banned: true,
          premoderated: false,
          banned_until: new Date(Date.now() - 1000),
        },
      ])
      .execute();
  });
  afterAll(() => h.close());

  it('matches each author on its own site only, once however often it is asked, and drops expired bans', async () => {
    const states = await getAuthorStates(
      h.db,
      [
        { siteId: 'demo', authorKey: 'ana' },
        { siteId: 'other', authorKey: 'ana' },
        { siteId: 'demo', authorKey: 'bo' },
        { siteId: 'other', authorKey: 'cy' },
        { siteId: 'other', authorKey: 'cy' },
        { siteId: 'demo', authorKey: 'old' },
        { siteId: 'demo', authorKey: 'nobody' },
      ],
      new Date(),
    );
    expect([...states.keys()].sort()).toEqual(
      [authorStateKey('demo', 'ana'), authorStateKey('demo', 'old'), authorStateKey('other', 'cy')].sort(),
    );
    expect(states.get(authorStateKey('demo', 'ana'))?.banned).toMatchObject({ reason: 'spam' });
    expect(states.get(authorStateKey('other', 'cy'))).toEqual({ banned: null, premoderated: true });
    expect(states.get(authorStateKey('demo', 'old'))).toEqual({ banned: null, premoderated: false });
  });
});
