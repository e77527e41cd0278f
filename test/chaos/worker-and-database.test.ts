import { type Harness, harness, type ThrowawayPostgres, throwawayPostgres } from '@cm/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elapse, report, steadyLoad, verifyLedger } from './ledger.js';

describe('faults under load: nothing accepted is lost', () => {
  let h: Harness | undefined;
  let pg: ThrowawayPostgres | undefined;
  afterEach(async () => {
    await h?.close();
    pg?.destroy();
    h = undefined;
    pg = undefined;
  });

  it('the worker SIGKILLed mid-batch, then restarted', async () => {
    h = await harness({ worker: false });
    let child = h.spawnWorker();
    const load = steadyLoad(h, { perSecond: 300, maxSeconds: 12 });
    await vi.waitFor(
      async () => expect(await h!.db.selectFrom('comments').select('id').limit(200).execute()).toHaveLength(200),
      {
        timeout: 20_000,
        interval: 50,
      },
    );
    child.kill('SIGKILL');
    const acceptedAtKill = load.ledger.accepted.length;
    await new Promise((r) => child.once('exit', r));
    await elapse(2_000);
    child = h.spawnWorker();
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    report('worker SIGKILL mid-batch', verdict, ledger, { acceptedAtKill });
    // Comments were accepted before the kill (some decided, some in the killed batch) and after it (queued while no
    // worker ran, then decided by the restarted one).
    expect(acceptedAtKill).toBeGreaterThanOrEqual(200);
    expect(verdict.accepted - acceptedAtKill).toBeGreaterThan(500);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, missingReasons: 0 });
    child.kill('SIGTERM');
  });

  it('Postgres stopped for 10 s, then started: the API keeps accepting, the worker retries', async () => {
    pg = await throwawayPostgres();
    h = await harness({ databaseUrl: pg.url });
    const load = steadyLoad(h, { perSecond: 200, maxSeconds: 18 });
    await elapse(3_000);
    pg.stop();
    const stoppedAt = load.ledger.accepted.length;
    await elapse(10_000);
    const acceptedWhileDown = load.ledger.accepted.length - stoppedAt;
    pg.start();
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    report('postgres stopped 10 s', verdict, ledger, { acceptedWhileDown });
    expect(acceptedWhileDown).toBeGreaterThan(1_000);
    expect(ledger.refused.size).toBe(0);
    expect(verdict.retried).toBeGreaterThan(0);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, missingReasons: 0 });
  });

  it('two workers racing on the same duplicates decide each comment once and let at most one copy through', async () => {
    h = await harness();
    const second = h.spawnWorker();
    // 40 texts, each posted by many authors, in a rotating order: every text is being decided by both workers.
    const load = steadyLoad(h, {
      perSecond: 300,
      maxSeconds: 8,
      body: (i) => `Campaign text number ${i % 40}: stop the bridge now, the council is hiding the real costs from us.`,
      author: (i) => `racer-${i}`,
    });
    const ledger = await load.done();
    const verdict = await verifyLedger(h, ledger);
    const approvedPerText = await h.db
      .selectFrom('comments')
      .select((eb) => ['body', eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'approved')
      .groupBy('body')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    report('two workers racing on duplicates', verdict, ledger, {
      textsWithMoreThanOneApproved: approvedPerText.length,
    });
    expect(approvedPerText).toEqual([]);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, missingReasons: 0 });
    second.kill('SIGTERM');
  });
});
