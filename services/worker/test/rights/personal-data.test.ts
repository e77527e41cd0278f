import { loadConfig } from '@cm/config';
import { type DecidedComment, saveDecidedComments, uuidv7Floor } from '@cm/db';
import { type Harness, harness } from '@cm/testing';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataPruner } from '../../src/rights/personal-data-pruner.js';

const DAY = 86_400_000;
let serial = 0;
/** A UUIDv7 of the millisecond `ms` (comment ids are UUIDv7: their time is when the comment arrived). */
const idAt = (ms: number) => `${uuidv7Floor(ms).slice(0, 14)}7000-8000-${(++serial).toString(16).padStart(12, '0')}`;

describe('personal-data retention', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, api: false });
  });
  afterAll(() => h.close());

  it('keeps e-mails and addresses 90 days unless PERSONAL_DATA_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).personalDataRetentionMs).toBe(90 * DAY);
    expect(loadConfig({ PERSONAL_DATA_RETENTION_DAYS: '7' }).personalDataRetentionMs).toBe(7 * DAY);
    expect(() => loadConfig({ PERSONAL_DATA_RETENTION_DAYS: '0' })).toThrow(/PERSONAL_DATA_RETENTION_DAYS/);
  });

  it('clears e-mails and addresses of comments older than the retention, in batches; bodies and names stay', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        async (ages, batchSize) => {
          const now = Date.now();
          const comments: DecidedComment[] = ages.map((days, i) => {
            const at = now - days * DAY + i;
            return {
              id: idAt(at),
              siteId: 'demo',
              articleId: 'retention',
              articleUrl: null,
              articleTitle: null,
              parentId: null,
              authorKey: `retained-${serial}`,
              authorName: `Reader ${serial}`,
              authorEmail: `reader${serial}@mail.example`,
              body: `Comment body ${serial}`,
              status: 'approved',
              reasons: [],
              scores: {},
              receivedAt: new Date(at),
              requestId: null,
              clientIp: '203.0.113.7',
            };
          });
          await saveDecidedComments(h.db, comments, { publicUrl: h.config.http.publicUrl });
          const pruner = new PersonalDataPruner({
            db: h.db,
            logger: pino({ level: 'silent' }),
            retentionMs: 90 * DAY,
            batchSize,
          });
          await pruner.pruneOnce(now);
          const rows = await h.db
            .selectFrom('comments')
            .select(['id', 'author_email', 'client_ip', 'body', 'author_name'])
            .where(
              'id',
              'in',
              comments.map((c) => c.id),
            )
            .execute();
          for (const [i, c] of comments.entries()) {
            const row = rows.find((r) => r.id === c.id);
            const old = (ages[i] as number) > 90;
            expect(row).toEqual({
              id: c.id,
              author_email: old ? null : c.authorEmail,
              client_ip: old ? null : c.clientIp,
              body: c.body,
              author_name: c.authorName,
            });
          }
          expect(await pruner.pruneOnce(now)).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
  });
});
