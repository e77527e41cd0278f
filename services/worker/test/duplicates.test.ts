import type { Config } from '@cm/config';
import { type Harness, harness } from '@cm/testing';
import { startWorker, type WorkerHandle } from '@cm/worker';
import { afterEach, describe, expect, it } from 'vitest';

const text = (n: number) =>
  `The council should publish the full traffic study before the bridge vote, not after it. Reference ${n}.`;

async function rulesOf(h: Harness, id: string): Promise<string[]> {
  const rows = await h.db.selectFrom('comment_reasons').select('rule').where('comment_id', '=', id).execute();
  return rows.map((r) => r.rule);
}

describe('duplicates shared by every worker', () => {
  let h: Harness;
  const extra: WorkerHandle[] = [];
  afterEach(async () => {
    for (const w of extra.splice(0)) await w.close();
    await h.close();
  });

  it('flags the same author posting nearly the same text again, across articles', async () => {
    h = await harness();
    const first = await h.postComment({ articleId: 'a-1', author: { id: 'rep', name: 'Rep' }, body: text(1) });
    expect(await h.waitForDecision(first)).toBe('approved');
    const again = await h.postComment({
      articleId: 'a-2',
      author: { id: 'rep', name: 'Rep' },
      body: `${text(1).toUpperCase()} !!`,
    });
    expect(await h.waitForDecision(again)).toBe('flagged');
    expect(await rulesOf(h, again)).toContain('duplicate.same-author');
  });

  it('flags a copy-paste campaign from several authors, but not short common replies', async () => {
    h = await harness();
    const ids: string[] = [];
    for (const author of ['c1', 'c2', 'c3']) {
      ids.push(await h.postComment({ author: { id: author, name: author }, body: text(7) }));
      await h.waitForDecision(ids.at(-1)!);
    }
    expect(await rulesOf(h, ids[2]!)).toContain('duplicate.campaign');
    const replies: string[] = [];
    for (const author of ['r1', 'r2', 'r3'])
      replies.push(await h.postComment({ author: { id: author, name: author }, body: 'Well said!' }));
    for (const id of replies) expect(await h.waitForDecision(id)).toBe('approved');
  });

  it('two workers racing on identical comments still flag one of each pair', async () => {
    h = await harness({ env: { WORKER_BATCH_SIZE: '1', WORKER_BATCH_WAIT_MS: '0' } });
    const config: Config = h.config;
    extra.push(await startWorker(config, { serveMetrics: false }));
    const pairs: [string, string][] = [];
    // Ten unrelated texts, so a pair can only meet its own twin, never an earlier pair.
    const topics = [
      'The harbour bridge costing ignores the ferry subsidy that ends next spring.',
      'School lunches got smaller while the catering contract grew by a third.',
      'Nobody asked the night-shift nurses before the parking fees doubled.',
      'The library closures will hit villages without any bus on Sundays.',
      'Flood defences upstream were promised in 2019 and still have no start date.',
      'Tram drivers warned about the signalling fault for months before the crash.',
      'Allotment waiting lists are longer than the housing register in our ward.',
      'Street lighting was dimmed to save money, and the burglary reports rose.',
      'The recycling centre now opens two mornings a week, which suits nobody.',
      'Cycle lanes that end at a roundabout are worse than no cycle lanes at all.',
    ];
    for (let i = 0; i < 10; i++) {
      const body = topics[i]!;
      pairs.push(
        (await Promise.all([
          h.postComment({ author: { id: `x${i}`, name: 'X' }, body }),
          h.postComment({ author: { id: `y${i}`, name: 'Y' }, body }),
        ])) as [string, string],
      );
    }
    for (const [a, b] of pairs) {
      const statuses = [await h.waitForDecision(a), await h.waitForDecision(b)];
      expect(statuses, `pair ${a} / ${b}`).toContain('flagged');
    }
  });
});
