import type { DecidedStatus } from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../audit/repository.js';
import { settleReports } from '../community/reports.js';
import type { Db } from '../database.js';
import { recordAppealOutcomes } from '../rights/appeals.js';
import type { Database } from '../schema/index.js';
import { reasonsOf } from './queue.js';
import { selectForStatusChange, statusChangeEvent } from './status-change.js';

/** Who acts: a token's id and name, as the audit log and the decision history record them. */
export interface Actor {
  id: string;
  name: string;
}

/** `flagged` puts a comment back in the queue (the review page's undo). */
export type ModeratorStatus = DecidedStatus;

export interface DecideInput {
  ids: string[];
  status: ModeratorStatus;
  actor: Actor;
  reason?: string | null | undefined;
  note?: string | null | undefined;
  /** Versions the moderator saw, by comment id; a comment whose version moved since is left alone. */
  expectedVersions?: Map<string, number> | undefined;
  /** Sites the actor may act on; `null` for every site. */
  siteIds: string[] | null;
  requestId: string | null;
  publicUrl: string;
}

export type DecideOutcome =
  | { id: string; outcome: 'decided'; status: DecidedStatus; previousStatus: DecidedStatus; version: number }
  | { id: string; outcome: 'unchanged'; status: DecidedStatus; version: number }
  | { id: string; outcome: 'conflict'; status: DecidedStatus; version: number }
  | { id: string; outcome: 'forbidden' }
  | { id: string; outcome: 'not_found' };

/** Records moderator decisions in one transaction of their own. */
export async function decideComments(db: Db, input: DecideInput): Promise<DecideOutcome[]> {
  return db.transaction().execute((trx) => decideCommentsIn(trx, input));
}

/**
 * Records moderator decisions inside the caller's transaction: the comment's new status and version, a
 * decision row beside the rules' one (with the rules that fired, so overturns can be counted per rule), the
 * outbox event and the audit row all commit together. Rows are locked in id order so that two bulk requests
 * over the same comments cannot deadlock. Outcomes come back in the order of `input.ids`.
 */
export async function decideCommentsIn(trx: Kysely<Database>, input: DecideInput): Promise<DecideOutcome[]> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return [];
  const rows = await selectForStatusChange(trx).where('c.id', 'in', ids).orderBy('c.id').execute();
  const byId = new Map(rows.map((r) => [r.id, r]));

  const outcomes = new Map<string, DecideOutcome>();
  const toChange: typeof rows = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      outcomes.set(id, { id, outcome: 'not_found' });
      continue;
    }
    const status = row.status as DecidedStatus;
    if (input.siteIds !== null && !input.siteIds.includes(row.site_id)) {
      outcomes.set(id, { id, outcome: 'forbidden' });
    } else if (input.expectedVersions?.has(id) && input.expectedVersions.get(id) !== row.version) {
      outcomes.set(id, { id, outcome: 'conflict', status, version: row.version });
    } else if (status === input.status) {
      outcomes.set(id, { id, outcome: 'unchanged', status, version: row.version });
    } else {
      toChange.push(row);
    }
  }

  if (toChange.length > 0) {
    const changeIds = toChange.map((r) => r.id);
    const updated = await trx
      .updateTable('comments')
      .set({
        status: input.status,
        version: sql`version + 1`,
        updated_at: sql`now()`,
        decided_at: sql`now()`,
      })
      .where('id', 'in', changeIds)
      .returning(['id', 'version'])
      .execute();
    const versions = new Map(updated.map((u) => [u.id, u.version]));
    const rulesDecisions = await trx
      .selectFrom('decisions')
      .select(['comment_id', 'rules'])
      .where('comment_id', 'in', changeIds)
      .where('source', '=', 'rules')
      .execute();
    const firedRules = new Map(rulesDecisions.map((d) => [d.comment_id, d.rules]));
    const reasons = await reasonsOf(trx, changeIds);
    const reason = input.reason ?? null;
    const note = input.note ?? null;

    for (const part of chunks(toChange)) {
      await trx
        .insertInto('decisions')
        .values(
          part.map((r) => ({
            comment_id: r.id,
            site_id: r.site_id,
            status: input.status,
            previous_status: r.status,
            source: 'moderator' as const,
            actor_id: input.actor.id,
            actor_name: input.actor.name,
            rules: firedRules.get(r.id) ?? [],
            reason,
            note,
          })),
        )
        .execute();
      await trx
        .insertInto('outbox')
        .values(
          part.map((r) =>
            statusChangeEvent(
              r,
              { status: input.status, reasons: reasons.get(r.id) ?? [], by: 'moderator', actorName: input.actor.name },
              input.publicUrl,
            ),
          ),
        )
        .execute();
      await appendAudit(
        trx,
        part.map((r) => ({
          actor: input.actor,
          action: `comment.${verbOf(input.status)}`,
          targetType: 'comment',
          targetId: r.id,
          siteId: r.site_id,
          before: { status: r.status, version: r.version },
          after: { status: input.status, version: versions.get(r.id), reason, note },
          requestId: input.requestId,
        })),
      );
    }
    await settleReports(trx, changeIds, input.status);
    for (const r of toChange) {
      outcomes.set(r.id, {
        id: r.id,
        outcome: 'decided',
        status: input.status,
        previousStatus: r.status as DecidedStatus,
        version: versions.get(r.id) ?? r.version + 1,
      });
    }
  }
  // A decision on an appealed comment is the appeal's outcome, also when it confirms the status appealed.
  const judged = [...outcomes.values()].filter((o) => o.outcome === 'decided' || o.outcome === 'unchanged');
  await recordAppealOutcomes(trx, {
    ids: judged.map((o) => o.id),
    status: input.status,
    actor: input.actor,
    requestId: input.requestId,
  });
  return ids.map((id) => outcomes.get(id) ?? { id, outcome: 'not_found' });
}

/** Postgres takes at most 65,535 bind parameters per statement; a whole author's history can exceed that. */
function* chunks<T>(items: T[], size = 1000): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The audit verb of a moderator's status change. */
export function verbOf(status: ModeratorStatus): 'approve' | 'reject' | 'requeue' {
  return status === 'approved' ? 'approve' : status === 'rejected' ? 'reject' : 'requeue';
}

/** Ids of an author's comments on a site in the given statuses (for "reject everything by this author"). */
export async function authorCommentIds(
  db: Kysely<Database>,
  siteId: string,
  authorKey: string,
  statuses: DecidedStatus[],
): Promise<string[]> {
  if (statuses.length === 0) return [];
  const rows = await db
    .selectFrom('comments')
    .select('id')
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .where('status', 'in', statuses)
    .execute();
  return rows.map((r) => r.id);
}

/** The sites the given comments belong to (unknown ids are left out). */
export async function commentSites(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('comments').select('site_id').distinct().where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.site_id));
}
