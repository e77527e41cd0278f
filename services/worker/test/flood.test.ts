import type { Config } from '@cm/config';
import { analyze, type DuplicateCandidate } from '@cm/rules';
import { type Harness, harness } from '@cm/testing';
import { startWorker, type WorkerHandle } from '@cm/worker';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisDuplicateIndex } from '../src/duplicates/redis-duplicate-index.js';

const DAY = 86_400_000;
const SENTENCE =
  'Vote no on the harbour levy before the council sells the waterfront to its developer friends, share this everywhere.';
const copy = (n: number) => `Comment ${n}: ${SENTENCE}`;

/** The copies, authors and first comment a campaign reason names. */
function campaignFigures(message: string): { copies: number; authors: number; first: string } {
  const m =
    /^Copy-paste campaign: ([\d,]+) cop(?:y|ies) .* by (?:about )?([\d,]+) authors? .*\(comment ([^)]+)\)\.$/.exec(
      message,
    );
  if (!m) throw new Error(`not a campaign reason: ${message}`);
  const n = (s: string | undefined) => Number((s ?? '').replaceAll(',', ''));
  return { copies: n(m[1]), authors: n(m[2]), first: m[3] ?? '' };
}

describe('a copy-paste flood in the Redis duplicate index', () => {
  let h: Harness;
  let index: RedisDuplicateIndex;
  const prefix = () => `${h.config.redis.prefix}:flood-test`;
  beforeAll(async () => {
    h = await harness({ worker: false, api: false });
    index = new RedisDuplicateIndex(h.redis, prefix());
  });
  afterAll(() => h.close());

  const query = (n: number, receivedAt: number, siteId = 'demo') => ({
    commentId: `f-${siteId}-${n}`,
    siteId,
    authorKey: `bot-${n}`,
    receivedAt,
    fingerprint: analyze(copy(n)).fingerprint,
    windowMs: DAY,
  });

  it('counts every copy into one campaign with its authors and first copy, bounded per comment and in Redis', async () => {
    const t = 1_800_000_000_000;
    const replies: DuplicateCandidate[][] = [];
    const bucket = `${prefix()}:dup4:demo:${DAY / 3}:${Math.floor(t / (DAY / 3))}`;
    let fieldsAt300 = 0;
    const opener = analyze(copy(7)).fingerprint.signature;
    for (let i = 0; i < 600; i += 25) {
      const batch = Array.from({ length: 25 }, (_, k) => query(i + k, t + i + k));
      replies.push(...(await index.checkAndAdd(batch)));
      if (i + 25 === 300) fieldsAt300 = await h.redis.hlen(bucket);
    }
    for (const [i, candidates] of replies.entries()) {
      // However large the campaign, a comment gets at most the first few copies, or the campaign alone.
      expect(candidates.length, `comment ${i}`).toBeLessThanOrEqual(9);
      const campaign = candidates.find((c) => c.campaign);
      if (i < 8) {
        expect(campaign, `comment ${i}`).toBeUndefined();
        expect(candidates.map((c) => c.commentId).sort()).toEqual(
          Array.from({ length: i }, (_, k) => `f-demo-${k}`).sort(),
        );
      } else {
        expect(candidates, `comment ${i}`).toHaveLength(1);
        expect(campaign?.campaign?.copies, `comment ${i}`).toBe(i);
        expect(Math.abs((campaign?.campaign?.authors ?? 0) - i), `comment ${i}`).toBeLessThanOrEqual(
          Math.max(1, i / 20),
        );
        expect(campaign?.commentId).toBe('f-demo-0');
        expect(campaign?.receivedAt).toBe(t);
        // Every copy compares with the signature of the comment that opened the campaign (the K-th), though a
        // batch's reply carries it once.
        expect(campaign?.signature, `comment ${i}`).toEqual(opener);
      }
    }
    // The second 300 copies added nothing to the bucket but counts.
    expect(await h.redis.hlen(bucket)).toBe(fieldsAt300);
  });

  it('goes on counting when the details of the first copies were erased', async () => {
    const t = 1_900_000_000_000;
    await index.checkAndAdd(Array.from({ length: 20 }, (_, k) => query(k, t + k, 'erased')));
    const bucket = `${prefix()}:dup4:erased:${DAY / 3}:${Math.floor(t / (DAY / 3))}`;
    const fields = (await h.redis.hkeys(bucket)).filter((f) => /^[ms]:/.test(f));
    expect(fields.length).toBeGreaterThan(0);
    await h.redis.hdel(bucket, ...fields);
    const [late] = await index.checkAndAdd([query(20, t + 20, 'erased')]);
    expect(late?.map((c) => c.campaign?.copies)).toEqual([20]);
    // A new text in the same bucket is filed and checked as before.
    const [fresh] = await index.checkAndAdd(
      [query(21, t + 21, 'erased')].map((q) => ({
        ...q,
        fingerprint: analyze('An unrelated remark about tram timetables and the new ticket machines at the depot.')
          .fingerprint,
      })),
    );
    expect(fresh).toEqual([]);
  });
});

describe('a copy-paste flood through two workers', () => {
  let h: Harness;
  const extra: WorkerHandle[] = [];
  afterEach(async () => {
    for (const w of extra.splice(0)) await w.close();
    await h.close();
  });

  it('decides every copy once, flags all but the first with the campaign and its counts, approves one', async () => {
    h = await harness({ env: { WORKER_BATCH_SIZE: '16', WORKER_BATCH_WAIT_MS: '1' } });
    const config: Config = h.config;
    extra.push(await startWorker(config, { serveMetrics: false }));
    const n = 240;
    const ids: string[] = [];
    for (let i = 0; i < n; i += 40) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 40 }, (_, k) =>
            h.postComment({ author: { id: `bot-${i + k}`, name: 'Bot' }, body: copy(i + k) }),
          ),
        )),
      );
    }
    const statuses = await Promise.all(ids.map((id) => h.waitForDecision(id, 60_000)));
    expect(statuses.filter((s) => s === 'approved')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'flagged')).toHaveLength(n - 1);

    const stored = await h.db.selectFrom('comments').select(['id', 'status']).execute();
    expect(stored).toHaveLength(n);
    const reasons = await h.db
      .selectFrom('comment_reasons')
      .select(['comment_id', 'message'])
      .where('rule', '=', 'duplicate.campaign')
      .execute();
    // One campaign reason for each flagged copy: none decided twice.
    expect(reasons).toHaveLength(n - 1);
    expect(new Set(reasons.map((r) => r.comment_id)).size).toBe(n - 1);
    const figures = reasons.map((r) => campaignFigures(r.message));
    // Once the campaign is counted, every copy names the same first copy, one of the flood's.
    const firsts = new Set(figures.filter((f) => f.copies >= 8).map((f) => f.first));
    expect(firsts.size).toBe(1);
    expect(ids).toContain([...firsts][0]);
    // Each copy counts the copies decided before it: 1 to n - 1, each once.
    expect(figures.map((f) => f.copies).sort((a, b) => a - b)).toEqual(Array.from({ length: n - 1 }, (_, k) => k + 1));
    // Authors are counted by a 1,024-register sketch (about 3 % error): two registers may collide at any count.
    for (const f of figures) expect(Math.abs(f.authors - f.copies)).toBeLessThanOrEqual(Math.max(2, f.copies / 16));
  });
});
