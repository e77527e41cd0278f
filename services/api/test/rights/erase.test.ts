import { ERASE_AUTHOR_QUEUE, ERASED_MARKER } from '@cm/contracts';
import { as, type Harness, harness, makeToken } from '@cm/testing';
import { Queue } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ARTICLE = 'erasure-article';
const AUTHOR = 'erase-me';
/** Words only the erased author wrote, and their personal fields: none may be left anywhere afterwards. */
const SECRETS = [
  'Wilhelmina',
  'Okonkwo-Barraclough',
  'Featherstonehaugh',
  'erase.me@mail.example',
  'Erin Erasable',
  'Quiller-Couch',
  'Throckmorton',
];

/** Every key of the test's Redis namespace with its whole value, as text. */
async function dumpRedis(h: Harness): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await h.redis.scan(cursor, 'MATCH', `${h.config.redis.prefix}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await h.redis.type(key);
      const value =
        type === 'string'
          ? await h.redis.get(key)
          : type === 'hash'
            ? await h.redis.hgetall(key)
            : type === 'list'
              ? await h.redis.lrange(key, 0, -1)
              : type === 'set'
                ? await h.redis.smembers(key)
                : type === 'zset'
                  ? await h.redis.zrange(key, 0, -1, 'WITHSCORES')
                  : type === 'stream'
                    ? await h.redis.xrange(key, '-', '+')
                    : null;
      out.set(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return out;
}

/** Every row of the tables that hold comments' data, as text. */
async function dumpPostgres(h: Harness): Promise<string> {
  const tables = [
    'comments',
    'comment_reasons',
    'decisions',
    'appeals',
    'outbox',
    'audit_log',
    'author_states',
    'comment_reports',
    'reporters',
    'author_notes',
  ];
  const parts: string[] = [];
  for (const t of tables) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(t)} t`.execute(h.db);
    parts.push(...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

describe('export and erasure of an author', () => {
  let h: Harness;
  let admin: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness();
    admin = as(h, h.adminToken);
    await h.db
      .insertInto('webhook_endpoints')
      .values({
        id: '019ab8e0-0000-7000-8000-000000000002',
        site_id: 'demo',
        url: 'https://hooks.example/cm',
        events: ['comment.approved', 'comment.flagged', 'author.erased'],
        secret: 'plain:whsec_dGVzdA==',
        disabled_at: null,
      })
      .execute();
  });
  afterAll(() => h.close());

  const post = (author: { id: string; name: string; email?: string }, body: string) =>
    h.post('/v1/comments', { articleId: ARTICLE, author, body }).then(async (r) => {
      expect(r.status).toBe(202);
      return (await r.json()) as { id: string; receipt: string };
    });
  const erasedAuthor = { id: AUTHOR, name: 'Erin Erasable', email: 'erase.me@mail.example' };

  it('exports everything stored about the author, then erases it from Postgres and Redis', async () => {
    const mine = [
      await post(erasedAuthor, 'My neighbour Wilhelmina thinks the ferry timetable plan is sound and overdue.'),
      await post(erasedAuthor, 'The Okonkwo-Barraclough report on the harbour deserves a second careful reading.'),
    ];
    const other = await post({ id: 'stays', name: 'Sam Stays' }, 'A different reader with a different view of it.');
    for (const c of [...mine, other]) await h.waitForDecision(c.id);
    // Their comments are in the duplicate index and in finished jobs kept in Redis.
    const before = [...(await dumpRedis(h)).values()].join('\n');
    expect(before).toContain('Wilhelmina');
    expect(before).toContain(`|${AUTHOR}|`);

    // They reported another reader's comment, and a moderator wrote a note about them.
    await h.db.updateTable('comments').set({ status: 'approved' }).where('id', '=', other.id).execute();
    const report = await h.post(`/v1/comments/${other.id}/reports?siteId=demo`, {
      reason: 'off-topic',
      note: 'Quiller-Couch said the same last week.',
      reporter: { id: AUTHOR, name: 'Erin Erasable' },
    });
    expect(report.status).toBe(202);
    const note = await h.post(
      `/v1/moderation/sites/demo/authors/${AUTHOR}/notes`,
      { text: 'Asked twice about Throckmorton.' },
      { authorization: `Bearer ${h.adminToken}` },
    );
    expect(note.status).toBeLessThan(300);

    // One more is still queued when the erasure comes.
    await h.stopWorker();
    const queued = await post(erasedAuthor, 'Featherstonehaugh ferry crossings should run every hour at least.');

    const exported = await admin.get(`/v1/admin/sites/demo/authors/${AUTHOR}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await exported.json()) as {
      personal: { names: string[]; emails: string[]; ipAddresses: string[] };
      comments: { id: string; body: string; status: string; email: string | null; ipAddress: string | null }[];
      reportsMade: { commentId: string; reason: string; note: string | null }[];
      notes: { text: string }[];
    };
    expect(doc.personal).toEqual({
      names: ['Erin Erasable'],
      emails: ['erase.me@mail.example'],
      ipAddresses: [expect.any(String)],
    });
    expect(doc.comments.map((c) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
    expect(doc.comments.map((c) => c.body).join(' ')).toContain('Wilhelmina');
    expect(doc.reportsMade).toEqual([
      expect.objectContaining({
        commentId: other.id,
        reason: 'off-topic',
        note: 'Quiller-Couch said the same last week.',
      }),
    ]);
    expect(doc.notes.map((n) => n.text)).toEqual(['Asked twice about Throckmorton.']);

    expect((await admin.send('DELETE', `/v1/admin/sites/demo/authors/${AUTHOR}`)).status).toBe(204);
    await h.startWorker();
    const eraseQueue = new Queue(ERASE_AUTHOR_QUEUE, { connection: h.redis, prefix: h.config.redis.prefix });
    try {
      await h.waitForDecision(queued.id);
      await vi.waitFor(
        async () => {
          const counts = await eraseQueue.getJobCounts('waiting', 'active', 'delayed');
          expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0 });
        },
        { timeout: 15_000, interval: 50 },
      );
    } finally {
      await eraseQueue.close();
    }

    const rows = await h.db
      .selectFrom('comments')
      .select(['id', 'body', 'author_name', 'author_email', 'client_ip', 'status', 'erased_at'])
      .where('author_key', '=', AUTHOR)
      .execute();
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toMatchObject({ body: ERASED_MARKER, author_name: '', author_email: null, client_ip: null });
      expect(r.erased_at).not.toBeNull();
    }
    const pg = await dumpPostgres(h);
    const redis = [...(await dumpRedis(h)).values()].join('\n');
    for (const secret of SECRETS) {
      expect(pg, `Postgres still holds "${secret}"`).not.toContain(secret);
      expect(redis, `Redis still holds "${secret}"`).not.toContain(secret);
    }
    expect(redis).not.toContain(`|${AUTHOR}|`);
    // Their report is kept for the comment it weighed on, without who made it.
    const reports = await h.db.selectFrom('comment_reports').select(['reporter_key', 'reason']).execute();
    expect(reports).toEqual([{ reporter_key: expect.stringMatching(/^erased:/), reason: 'off-topic' }]);
    // The other reader is untouched, statistics keep every decision.
    expect(pg).toContain('A different reader with a different view of it.');
    const decisions = await h.db
      .selectFrom('decisions')
      .select('comment_id')
      .where(
        'comment_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(decisions).toHaveLength(3);

    const list = (await (await h.fetch(`/v1/articles/${ARTICLE}/comments?siteId=demo`)).json()) as {
      comments: { id: string }[];
    };
    expect(list.comments.map((c) => c.id)).toEqual([other.id]);

    const erasedEvent = await h.db.selectFrom('outbox').select('payload').where('type', '=', 'author.erased').execute();
    expect(erasedEvent.map((e) => (e.payload as { data: unknown }).data)).toEqual([
      { siteId: 'demo', authorKey: AUTHOR, commentIds: expect.arrayContaining(mine.map((c) => c.id)) },
    ]);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'author.erase').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ target_id: AUTHOR, site_id: 'demo', after: { comments: 2 } });

    // A second erasure finds nothing more: 204 again, audited again, nothing else changes.
    const snapshot = async () =>
      (await h.db.selectFrom('comments').selectAll().where('author_key', '=', AUTHOR).orderBy('id').execute()).map(
        (r) => [r.id, r.body, r.status, r.version, r.erased_at?.toISOString()],
      );
    const first = await snapshot();
    expect((await admin.send('DELETE', `/v1/admin/sites/demo/authors/${AUTHOR}`)).status).toBe(204);
    expect(await snapshot()).toEqual(first);
    expect(await h.db.selectFrom('audit_log').select('id').where('action', '=', 'author.erase').execute()).toHaveLength(
      2,
    );
    const redoc = (await (await admin.get(`/v1/admin/sites/demo/authors/${AUTHOR}/export`)).json()) as {
      personal: unknown;
    };
    expect(redoc.personal).toEqual({ names: [], emails: [], ipAddresses: [] });
  });

  it('refuses a moderator, and an unknown site is a 404', async () => {
    const mod = as(h, (await makeToken(h, { name: 'Mo' })).token);
    expect((await mod.send('DELETE', `/v1/admin/sites/demo/authors/${AUTHOR}`)).status).toBe(403);
    expect((await mod.get(`/v1/admin/sites/demo/authors/${AUTHOR}/export`)).status).toBe(403);
    expect((await admin.send('DELETE', '/v1/admin/sites/nowhere/authors/x')).status).toBe(404);
  });
});
