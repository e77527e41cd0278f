import type { DecidedStatus } from '@cm/contracts';
import { sql } from 'kysely';
import type { Db } from '../database.js';

/** A stored comment as a backtest replays it: its body and the decision the rules took when it arrived. */
export interface ReplayComment {
  id: string;
  body: string;
  authorKey: string;
  /** ms since epoch */
  receivedAt: number;
  /** The rules' decision (a moderator's later decision is left out: the backtest is about the rules). */
  status: DecidedStatus;
  /** Rules that acted on that decision. */
  rules: string[];
}

export interface ReplayRange {
  siteId: string;
  /** Comments received at or after this instant... */
  since: Date;
  /** ...and strictly before this one (fix it at the start, so a running site does not move the end). */
  until: Date;
}

/** How many comments of a site fall in the range: what a backtest of it would replay. */
export async function countReplayComments(db: Db, range: ReplayRange): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', range.siteId)
    .where('received_at', '>=', range.since)
    .where('received_at', '<', range.until)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Streams a site's comments in received order (then id), `chunkSize` rows per query, keyset-paged on
 * (received_at, id) so a site of millions of comments is never held in memory and no page costs more than the
 * last. Stops after `limit` comments when given.
 */
export async function* streamReplayComments(
  db: Db,
  range: ReplayRange & { chunkSize?: number; limit?: number },
): AsyncGenerator<ReplayComment> {
  const chunkSize = range.chunkSize ?? 1000;
  let remaining = range.limit ?? Number.POSITIVE_INFINITY;
  // The cursor keeps received_at as Postgres text: a JS Date would drop the microseconds and repeat rows.
  let cursor: { at: string; id: string } | undefined;
  while (remaining > 0) {
    const rows = await db
      .selectFrom('comments as c')
      .leftJoin('decisions as d', (j) => j.onRef('d.comment_id', '=', 'c.id').on('d.source', '=', 'rules'))
      .select([
        'c.id',
        'c.body',
        'c.author_key',
        'c.received_at',
        sql<string>`c.received_at::text`.as('cursor_at'),
        'c.status',
        'd.status as rules_status',
        'd.rules',
      ])
      .where('c.site_id', '=', range.siteId)
      .where('c.received_at', '>=', range.since)
      .where('c.received_at', '<', range.until)
      .$if(cursor !== undefined, (q) =>
        q.where(sql<boolean>`(c.received_at, c.id) > (${cursor?.at}::timestamptz, ${cursor?.id}::uuid)`),
      )
      .orderBy('c.received_at')
      .orderBy('c.id')
      .limit(Math.min(chunkSize, remaining))
      .execute();
    for (const r of rows) {
      yield {
        id: r.id,
        body: r.body,
        authorKey: r.author_key,
        receivedAt: r.received_at.getTime(),
        // Comments written before decisions were recorded fall back to their current status.
        status: (r.rules_status ?? r.status) as DecidedStatus,
        rules: r.rules ?? [],
      };
    }
    remaining -= rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < chunkSize) return;
    cursor = { at: last.cursor_at, id: last.id };
  }
}
