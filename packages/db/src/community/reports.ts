import {
  newId,
  type Reason,
  type ReportReason,
  type ReportSummary,
  type ResolvedPolicy,
  reporterWeight,
} from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { forgetApprovedCount } from '../articles/repository.js';
import type { Db } from '../database.js';
import { reasonsOf } from '../moderation/queue.js';
import { selectForStatusChange, statusChangeEvent } from '../moderation/status-change.js';
import type { Database } from '../schema/index.js';

export interface ReportInput {
  commentId: string;
  reporter: { key: string; name: string | null };
  reason: ReportReason;
  note: string | null;
  clientIp: string | null;
  /** The reporting site's resolved policy, by site id (the comment's site is known only once it is read). */
  policyOf: (siteId: string) => ResolvedPolicy | undefined;
  publicUrl: string;
}

export type ReportOutcome =
  | { outcome: 'not_found' }
  | { outcome: 'duplicate' }
  | { outcome: 'received'; flagged: boolean; summary: ReportSummary };

/** "Reported by 3 readers: abuse (2), spam (1)". */
export function reportsMessage(summary: ReportSummary): string {
  const reasons = Object.entries(summary.reasons)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([r, n]) => `${r} (${n})`)
    .join(', ');
  return `Reported by ${summary.count} reader${summary.count === 1 ? '' : 's'}: ${reasons}`;
}

/**
 * Stores a reader's report of a published comment, in one transaction with its consequence: when the weight of
 * the comment's open reports reaches the site's threshold, the comment goes back to `flagged` with a
 * `reports.threshold` reason, and a `comment.reported` event goes to the outbox. The report is in Postgres
 * before the caller answers 202, so an accepted report cannot be lost. A second report of the same comment by
 * the same reader changes nothing (`duplicate`). Only approved comments can be reported.
 */
export async function reportComment(db: Db, input: ReportInput): Promise<ReportOutcome> {
  const result = await db.transaction().execute(async (trx) => {
    // Locks the comment so that two last reports cannot both see the threshold not reached.
    const comment = await selectForStatusChange(trx)
      .where('c.id', '=', input.commentId)
      .where('c.status', '=', 'approved')
      .executeTakeFirst();
    const policy = comment && input.policyOf(comment.site_id);
    if (!comment || !policy) return { outcome: 'not_found' as const };
    const record = await trx
      .selectFrom('reporters')
      .select(['upheld', 'dismissed'])
      .where('site_id', '=', comment.site_id)
      .where('reporter_key', '=', input.reporter.key)
      .executeTakeFirst();
    const weight = reporterWeight(record ?? { upheld: 0, dismissed: 0 }, policy.reports.weighByAccuracy);
    const inserted = await trx
      .insertInto('comment_reports')
      .values({
        id: newId(),
        comment_id: comment.id,
        site_id: comment.site_id,
        reporter_key: input.reporter.key,
        reporter_name: input.reporter.name,
        reason: input.reason,
        note: input.note,
        weight,
        client_ip: input.clientIp,
      })
      .onConflict((oc) => oc.columns(['comment_id', 'reporter_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return { outcome: 'duplicate' as const };
    const summary = (await openReportSummaries(trx, [comment.id])).get(comment.id) ?? {
      count: 0,
      weight: 0,
      reasons: {},
    };
    // A float sum of weights like 0.2 may land a hair under the threshold it reaches.
    const flagged = summary.weight + 1e-9 >= policy.reports.threshold;
    if (flagged) {
      const reason: Reason = {
        category: 'reports',
        rule: 'reports.threshold',
        severity: 'medium',
        score: 1,
        message: reportsMessage(summary),
        evidence: [],
      };
      const position = await trx
        .selectFrom('comment_reasons')
        .select((eb) => eb.fn.coalesce(eb.fn.max('position'), sql<number>`-1`).as('p'))
        .where('comment_id', '=', comment.id)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('comment_reasons')
        .values({ comment_id: comment.id, position: Number(position.p) + 1, ...reason, evidence: '[]' })
        .execute();
      await trx
        .updateTable('comments')
        .set({
          status: 'flagged',
          categories: sql`array_append(array_remove(categories, 'reports'), 'reports')`,
          version: sql`version + 1`,
          updated_at: sql`now()`,
          decided_at: sql`now()`,
        })
        .where('id', '=', comment.id)
        .execute();
      const reasons = (await reasonsOf(trx, [comment.id])).get(comment.id) ?? [];
      const event = statusChangeEvent(
        comment,
        { status: 'flagged', reasons, by: 'rules', actorName: null },
        input.publicUrl,
      );
      const payload = JSON.parse(event.payload) as { type: string; data: object };
      payload.type = 'comment.reported';
      payload.data = { ...payload.data, reports: summary };
      await trx
        .insertInto('outbox')
        .values({ ...event, type: 'comment.reported', payload: JSON.stringify(payload) })
        .execute();
    }
    return { outcome: 'received' as const, flagged, summary, siteId: comment.site_id, articleId: comment.article_id };
  });
  if (result.outcome !== 'received') return result;
  if (result.flagged) forgetApprovedCount(db, result.siteId, result.articleId);
  return { outcome: 'received', flagged: result.flagged, summary: result.summary };
}

/** The open reports of comments: count, total weight and count per reason. Comments without any are absent. */
export async function openReportSummaries(db: Kysely<Database>, ids: string[]): Promise<Map<string, ReportSummary>> {
  const out = new Map<string, ReportSummary>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('comment_reports')
    .select([
      'comment_id',
      'reason',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.sum<number>('weight').as('w'),
    ])
    .where('comment_id', 'in', ids)
    .where('state', '=', 'open')
    .groupBy(['comment_id', 'reason'])
    .execute();
  for (const r of rows) {
    const s = out.get(r.comment_id) ?? { count: 0, weight: 0, reasons: {} };
    s.count += Number(r.n);
    s.weight = Math.round((s.weight + Number(r.w)) * 1000) / 1000;
    s.reasons[r.reason] = Number(r.n);
    out.set(r.comment_id, s);
  }
  return out;
}

/**
 * A moderator's decision settles a comment's open reports: rejecting it upholds them, approving it dismisses
 * them, and each reporter's record counts the outcome (their weight next time). Putting it back in the queue
 * settles nothing. Runs in the decision's transaction.
 */
export async function settleReports(
  trx: Kysely<Database>,
  commentIds: string[],
  status: 'approved' | 'rejected' | 'flagged',
): Promise<void> {
  if (commentIds.length === 0 || status === 'flagged') return;
  const state = status === 'rejected' ? 'upheld' : 'dismissed';
  const settled = await trx
    .updateTable('comment_reports')
    .set({ state, resolved_at: sql`now()` })
    .where('comment_id', 'in', commentIds)
    .where('state', '=', 'open')
    .returning(['site_id', 'reporter_key'])
    .execute();
  if (settled.length === 0) return;
  const perReporter = new Map<string, { site_id: string; reporter_key: string; n: number }>();
  for (const r of settled) {
    const key = `${r.site_id}\u0000${r.reporter_key}`;
    const e = perReporter.get(key) ?? { ...r, n: 0 };
    e.n++;
    perReporter.set(key, e);
  }
  // In key order, so two decisions settling the same reporters cannot deadlock.
  const rows = [...perReporter.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e);
  await trx
    .insertInto('reporters')
    .values(
      rows.map((r) => ({
        site_id: r.site_id,
        reporter_key: r.reporter_key,
        upheld: state === 'upheld' ? r.n : 0,
        dismissed: state === 'dismissed' ? r.n : 0,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['site_id', 'reporter_key']).doUpdateSet({
        upheld: sql`reporters.upheld + excluded.upheld`,
        dismissed: sql`reporters.dismissed + excluded.dismissed`,
      }),
    )
    .execute();
}

/** One report as a moderator sees it on the comment's detail. */
export interface CommentReport {
  id: string;
  reason: string;
  note: string | null;
  /** The reporter and their record: how many of their reports moderators upheld and dismissed. */
  reporter: { id: string; name: string | null; upheld: number; dismissed: number };
  weight: number;
  state: 'open' | 'upheld' | 'dismissed';
  createdAt: Date;
}

/** Every report of a comment, oldest first, with each reporter's record. */
export async function listCommentReports(db: Db, commentId: string): Promise<CommentReport[]> {
  const rows = await db
    .selectFrom('comment_reports as r')
    .leftJoin('reporters as p', (j) =>
      j.onRef('p.site_id', '=', 'r.site_id').onRef('p.reporter_key', '=', 'r.reporter_key'),
    )
    .select([
      'r.id',
      'r.reason',
      'r.note',
      'r.reporter_key',
      'r.reporter_name',
      'r.weight',
      'r.state',
      'r.created_at',
      'p.upheld',
      'p.dismissed',
    ])
    .where('r.comment_id', '=', commentId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    note: r.note,
    reporter: { id: r.reporter_key, name: r.reporter_name, upheld: r.upheld ?? 0, dismissed: r.dismissed ?? 0 },
    weight: r.weight,
    state: r.state,
    createdAt: r.created_at,
  }));
}

/** Reports settled since a time: upheld and dismissed (for the stats). */
export async function reportStats(
  db: Db,
  f: { siteIds: string[] | null; since: Date },
): Promise<{ upheld: number; dismissed: number; open: number }> {
  let q = db
    .selectFrom('comment_reports')
    .select([
      sql<number>`(count(*) filter (where state = 'upheld' and resolved_at >= ${f.since}))::int`.as('upheld'),
      sql<number>`(count(*) filter (where state = 'dismissed' and resolved_at >= ${f.since}))::int`.as('dismissed'),
      sql<number>`(count(*) filter (where state = 'open'))::int`.as('open'),
    ]);
  if (f.siteIds !== null)
    q = f.siteIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('site_id', 'in', f.siteIds);
  const row = await q.executeTakeFirstOrThrow();
  return { upheld: row.upheld, dismissed: row.dismissed, open: row.open };
}
