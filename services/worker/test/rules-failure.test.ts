import { type Analysis, analyze, evaluate } from '@cm/rules';
import { type Harness, harness } from '@cm/testing';
import { startWorker, type WorkerHandle } from '@cm/worker';
import { afterEach, describe, expect, it } from 'vitest';

/** The real rules engine, except that it throws on comments that carry one of two markers. */
const failingRules = {
  analyze(body: string): Analysis {
    if (body.includes('[analysis fails]')) throw new TypeError('analysis failed');
    return analyze(body);
  },
  evaluate(a: Analysis, ctx: Parameters<typeof evaluate>[1]) {
    if (a.body.includes('[evaluation fails]')) throw new RangeError('evaluation failed');
    return evaluate(a, ctx);
  },
};

describe('a comment the rules fail on', () => {
  let h: Harness;
  let worker: WorkerHandle | undefined;
  afterEach(async () => {
    await worker?.close();
    await h.close();
  });

  it('is held for review with the reason, once, and its batch is decided as usual', async () => {
    h = await harness({ worker: false, env: { WORKER_BATCH_WAIT_MS: '100' } });
    worker = await startWorker(h.config, { serveMetrics: false, rules: failingRules });
    const bodies = [
      'The new timetable finally puts a late bus on the coast road.',
      'A fair point about the levy [analysis fails], though the figures are old.',
      'Thanks for covering the library hours [evaluation fails] so clearly.',
      'The consultation closes on Friday, so send your views in soon.',
    ];
    // Posted together, so that the worker most likely takes them in one batch (it waits 100 ms to fill one).
    const ids = await Promise.all(
      bodies.map((body, i) => h.postComment({ author: { id: `r${i}`, name: `Reader ${i}` }, body })),
    );
    const statuses = await Promise.all(ids.map((id) => h.waitForDecision(id)));
    expect(statuses).toEqual(['approved', 'flagged', 'flagged', 'approved']);
    for (const [i, id] of ids.entries()) {
      const reasons = await h.db
        .selectFrom('comment_reasons')
        .select(['rule', 'category', 'message'])
        .where('comment_id', '=', id)
        .execute();
      if (i === 1 || i === 2) {
        expect(reasons).toEqual([
          { rule: 'rules.error', category: 'policy', message: expect.stringMatching(/could not check this comment/) },
        ]);
      } else expect(reasons).toEqual([]);
    }
    const stored = await h.db.selectFrom('comments').select('id').where('id', 'in', ids).execute();
    expect(stored).toHaveLength(4);
    expect(await h.queue.getFailedCount()).toBe(0);
  });
});
