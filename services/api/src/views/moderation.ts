import {
  type ArticleStateView,
  type AuthorNote,
  type AuthorRecordView,
  type CommentReport,
  type DecisionEntry,
  excerpt,
  type ModerationDetailView,
} from '@cm/contracts';
import type * as db from '@cm/db';
import { etagOf } from '../routes/moderation/support.js';
import { replyContextView } from './queue-item.js';

/** How long an excerpt of an author's recent comment is, in their record. */
const RECENT_EXCERPT_CHARS = 200;

/** One entry of a comment's history. */
function decisionEntryView(e: db.DecisionEntry): DecisionEntry {
  return { ...e, at: e.at.toISOString() };
}

/** A moderator's note on an author. */
export function authorNoteView(n: db.AuthorNote): AuthorNote {
  return { ...n, createdAt: n.createdAt.toISOString() };
}

/** One reader's report, with the share of the reporter's settled reports that moderators upheld. */
function commentReportView(r: db.CommentReport): CommentReport {
  const { upheld, dismissed } = r.reporter;
  return {
    ...r,
    reporter: { ...r.reporter, accuracy: upheld + dismissed === 0 ? null : upheld / (upheld + dismissed) },
    createdAt: r.createdAt.toISOString(),
  };
}

/** An author's standing on a site, with moderators' notes. */
export function authorRecordView(a: db.AuthorRecord, notes: db.AuthorNote[]): AuthorRecordView {
  return {
    ...a,
    banned: a.banned && { until: a.banned.until?.toISOString() ?? null, reason: a.banned.reason },
    recent: a.recent.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      status: r.status,
      excerpt: excerpt(r.body, RECENT_EXCERPT_CHARS),
      receivedAt: r.receivedAt.toISOString(),
    })),
    notes: notes.map(authorNoteView),
  };
}

/** The moderator's view of one comment: record, ETag, history, author, the comment it answers, reports. */
export function moderationDetailView(
  d: db.ModerationDetail,
  more: { notes: db.AuthorNote[]; reports: db.CommentReport[] },
): ModerationDetailView {
  return {
    comment: d.comment,
    version: d.version,
    etag: etagOf(d.version),
    history: d.history.map(decisionEntryView),
    author: authorRecordView(d.author, more.notes),
    inReplyTo: d.inReplyTo && replyContextView(d.inReplyTo),
    reports: more.reports.map(commentReportView),
  };
}

/** What moderators set on an article. */
export function articleStateView(s: db.ArticleState): ArticleStateView {
  return { ...s, createdAt: s.createdAt?.toISOString() ?? null };
}

/** One entry of the audit log. */
export function auditRecordView(r: db.AuditRecord): Omit<db.AuditRecord, 'at'> & { at: string } {
  return { ...r, at: r.at.toISOString() };
}
