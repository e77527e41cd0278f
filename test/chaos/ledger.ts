import type { Harness } from '@cm/testing';
import { sql } from 'kysely';
import { vi } from 'vitest';

/** Every 202 the load generator got, and what else it was told. */
export interface Ledger {
  accepted: string[];
  refused: Map<number, number>;
  networkErrors: number;
}

export interface LoadHandle {
  ledger: Ledger;
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<Ledger>;
  /** Waits for the planned duration, then stops. */
  done(): Promise<Ledger>;
}

/**
 * Sends comments at a steady rate (bounded in count and time, loopback only) and records every answer.
 * `body(i)` lets a test choose the text (e.g. copies for duplicate races).
 */
export function steadyLoad(
  h: Harness,
  opts: { perSecond: number; maxSeconds: number; body?: (i: number) => string; author?: (i: number) => string },
): LoadHandle {
  const ledger: Ledger = { accepted: [], refused: new Map(), networkErrors: 0 };
  const inFlight = new Set<Promise<void>>();
  let i = 0;
  let stopped = false;
  const started = Date.now();
  const tick = 20;
  const perTick = Math.max(1, Math.round((opts.perSecond * tick) / 1000));
  const timer = setInterval(() => {
    if (stopped || Date.now() - started > opts.maxSeconds * 1000) return;
    for (let k = 0; k < perTick; k++) {
      const n = i++;
      const p = h
        .post('/v1/comments', {
          articleId: `chaos-${n % 25}`,
          author: { id: opts.author?.(n) ?? `chaos-reader-${n % 400}`, name: `Reader ${n % 400}` },
          body: opts.body?.(n) ?? `Comment ${n}: the council's figures on the bridge deserve a second look, item ${n}.`,
        })
        .then(async (res) => {
          if (res.status === 202) ledger.accepted.push(((await res.json()) as { id: string }).id);
          else {
            await res.body?.cancel();
            ledger.refused.set(res.status, (ledger.refused.get(res.status) ?? 0) + 1);
          }
        })
        .catch(() => {
          ledger.networkErrors++;
        });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
  }, tick);
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    await Promise.all([...inFlight]);
    return ledger;
  };
  return {
    ledger,
    stop,
    async done() {
      const left = opts.maxSeconds * 1000 - (Date.now() - started);
      if (left > 0) await new Promise((r) => setTimeout(r, left));
      return stop();
    },
  };
}

export interface Verdict {
  accepted: number;
  decided: number;
  duplicated: number;
  missingReasons: number;
  retried: number;
  lost: number;
}

/**
 * Waits until every accepted comment is decided, then checks each is in Postgres exactly once, with one rules
 * decision and one event, and that no held comment lacks its reasons.
 */
export async function verifyLedger(h: Harness, ledger: Ledger, timeoutMs = 120_000): Promise<Verdict> {
  const ids = ledger.accepted;
  const countDecided = async () => {
    let n = 0;
    for (let i = 0; i < ids.length; i += 5000) {
      const r = await h.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', ids.slice(i, i + 5000))
        .executeTakeFirstOrThrow();
      n += Number(r.n);
    }
    return n;
  };
  await vi
    .waitFor(
      async () => {
        const n = await countDecided();
        if (n < ids.length) throw new Error(`${n} of ${ids.length} decided`);
      },
      { timeout: timeoutMs, interval: 250 },
    )
    .catch(() => undefined);
  const decided = await countDecided();
  const dup = await sql<{ n: number }>`
    select count(*)::int as n from (
      select comment_id::text from decisions where source = 'rules' group by comment_id having count(*) > 1
      union all
      select payload->'data'->>'commentId' from outbox where type like 'comment.%'
        group by payload->'data'->>'commentId', type having count(*) > 1
    ) d`.execute(h.db);
  const missing = await sql<{ n: number }>`
    select count(*)::int as n from comments c
     where c.status <> 'approved' and not exists (select 1 from comment_reasons r where r.comment_id = c.id)`.execute(
    h.db,
  );
  let retried = 0;
  for (const state of ['completed', 'failed'] as const) {
    const jobs = (await Promise.all(h.queues.map((q) => q.getJobs([state], 0, -1)))).flat();
    for (const j of jobs) retried += Math.max(0, j.attemptsMade - 1) + (j.stalledCounter ?? 0);
  }
  const verdict: Verdict = {
    accepted: ids.length,
    decided,
    duplicated: dup.rows[0]?.n ?? 0,
    missingReasons: missing.rows[0]?.n ?? 0,
    retried,
    lost: ids.length - decided,
  };
  return verdict;
}

/** Prints the figures of a fault run in one line, for the README's Reliability section. */
export function report(fault: string, verdict: Verdict, ledger: Ledger, extra: Record<string, unknown> = {}): void {
  console.log(
    `[chaos] ${JSON.stringify({ fault, ...verdict, refused: Object.fromEntries(ledger.refused), networkErrors: ledger.networkErrors, ...extra })}`,
  );
}

/** Lets the load run for a while before the next fault: a schedule, not a synchronization. */
export const elapse = (ms: number) => new Promise((r) => setTimeout(r, ms));
