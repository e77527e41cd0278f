import type { DecidedStatus } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { CountCache, perDatabase } from './count-cache.js';
import { type QueueFilter, queueScope } from './queue.js';

/**
 * Counts stop at this many. Past it a count says "10,000+": exact numbers matter while a queue is workable, and
 * counting hundreds of thousands of approved comments on every page view (a full scan) tells nobody anything.
 * Stopping there bounds every count to one index range of at most 10,001 entries.
 */
export const QUEUE_COUNT_CAP = 10_000;

const STATUSES: readonly DecidedStatus[] = ['flagged', 'rejected', 'approved'];

export interface QueueCounts {
  /** Comments per status under the filter's scope, at most `cap` ("cap or more" when `capped` says so). */
  byStatus: Record<DecidedStatus, number>;
  /** Comments per category in the chosen status (lower bounds when that status is capped). */
  byCategory: Record<string, number>;
  /** Where counting stops. */
  cap: number;
  /** Which counts stopped at the cap and so are lower bounds. */
  capped: { byStatus: Record<DecidedStatus, boolean>; byCategory: boolean };
}

/**
 * How many comments of one status are in scope, counting at most `cap + 1` (exported for the bench's EXPLAIN).
 * No ORDER BY: any `cap + 1` rows will do, so Postgres stops at the first ones the index range yields.
 */
export function statusCountQuery(db: Db, filter: QueueFilter, status: DecidedStatus, cap = QUEUE_COUNT_CAP) {
  const inScope = db
    .selectFrom('comments as c')
    .select(sql<number>`1`.as('one'))
    .where((eb) => queueScope(eb, filter))
    .where('c.status', '=', status)
    .limit(cap + 1)
    .as('x');
  return db.selectFrom(inScope).select((eb) => eb.fn.countAll<string>().as('n'));
}

/**
 * Comments per category in the filter's status, over at most `cap + 1` of them (exported for the bench's
 * EXPLAIN): exact whenever the status count is under the cap, lower bounds otherwise.
 */
export function categoryCountQuery(db: Db, filter: QueueFilter, cap = QUEUE_COUNT_CAP) {
  const inScope = db
    .selectFrom('comments as c')
    .select('c.categories')
    .where((eb) => queueScope(eb, filter))
    .where('c.status', '=', filter.status)
    .limit(cap + 1)
    .as('x');
  return db
    .selectFrom(inScope)
    .select([sql<string>`unnest(x.categories)`.as('category'), (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(sql`1`);
}

/**
 * Capped counts (the common case: "flagged 37") are recounted on every request, so a moderator sees their own
 * decision in the numbers at once. Only counts at the cap are kept, for a few seconds: "10,000+" does not change
 * when a few comments are decided, and refreshing it in the background keeps a busy site's queue page at the
 * cost of the page query alone.
 */
const COUNT_TTL_MS = 5_000;
const statusCache = perDatabase<Db, CountCache<number>>(
  () => new CountCache({ ttlMs: COUNT_TTL_MS, maxStaleMs: 60_000, maxEntries: 2_000 }),
);
const categoryCache = perDatabase<Db, CountCache<Record<string, number>>>(
  () => new CountCache({ ttlMs: COUNT_TTL_MS, maxStaleMs: 60_000, maxEntries: 2_000 }),
);

/** Counts per status (under the filter's scope) and per category (for the chosen status), capped at `cap`. */
export async function countQueue(db: Db, filter: QueueFilter, cap = QUEUE_COUNT_CAP): Promise<QueueCounts> {
  const scopeKey = JSON.stringify([
    filter.siteIds && [...filter.siteIds].sort(),
    filter.articleId ?? null,
    filter.authorKey ?? null,
    filter.text ?? null,
    filter.reported ?? false,
    cap,
  ]);
  const countStatus = (status: DecidedStatus) =>
    statusCache(db).get(
      `${scopeKey}|${status}`,
      async () => Number((await statusCountQuery(db, filter, status, cap).executeTakeFirstOrThrow()).n),
      (n) => n > cap,
    );
  const statusCounts = Promise.all(STATUSES.map(countStatus));
  // The category counts are cached exactly when the chosen status is capped (they are lower bounds then).
  const categoryKey = `${scopeKey}|${filter.status}`;
  const categories = categoryCache(db).get(
    categoryKey,
    async () => {
      const rows = await categoryCountQuery(db, filter, cap).execute();
      const byCategory: Record<string, number> = {};
      for (const r of rows) byCategory[r.category] = Math.min(cap, Number(r.n));
      return byCategory;
    },
    () => statusCache(db).has(`${scopeKey}|${filter.status}`),
  );
  const [counts, byCategory] = await Promise.all([statusCounts, categories]);
  const byStatus: Record<DecidedStatus, number> = { flagged: 0, rejected: 0, approved: 0 };
  const cappedStatus: Record<DecidedStatus, boolean> = { flagged: false, rejected: false, approved: false };
  STATUSES.forEach((s, i) => {
    const n = counts[i] ?? 0;
    byStatus[s] = Math.min(n, cap);
    cappedStatus[s] = n > cap;
  });
  return {
    byStatus,
    byCategory,
    cap,
    capped: { byStatus: cappedStatus, byCategory: cappedStatus[filter.status] },
  };
}
