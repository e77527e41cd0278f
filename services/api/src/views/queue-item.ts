import { excerpt, type QueueItem, type ReplyContext, type ReportSummary } from '@cm/contracts';
import type { AppealQueueRow, OpenReports, QueueRow, ReplyRow } from '@cm/db';
import { etagOf } from '../routes/moderation/support.js';

/** A card of the moderation queue. */
export function queueItemView(r: QueueRow): QueueItem {
  return {
    id: r.id,
    siteId: r.site_id,
    article: { id: r.article_id, url: r.article_url, title: r.article_title },
    author: { id: r.author_key, name: r.author_name },
    body: r.body,
    status: r.status,
    categories: r.categories,
    reasons: r.reasons,
    receivedAt: r.received_at,
    decidedAt: r.decided_at,
    version: r.version,
    etag: etagOf(r.version),
    inReplyTo: r.in_reply_to && replyContextView(r.in_reply_to),
    reports: reportSummaryView(r.reports),
    featured: r.featured,
  };
}

/** A card of the Appeals view: the queue's card with the author's appeal. */
export function appealItemView(r: AppealQueueRow): QueueItem {
  return {
    ...queueItemView(r),
    appeal: {
      message: r.appeal_message,
      statusAppealed: r.status_appealed,
      filedAt: r.filed_at.toISOString(),
      outcome: r.appeal_outcome,
    },
  };
}

/** The comment a reply answers, its body cut to an excerpt. */
export function replyContextView(r: ReplyRow): ReplyContext {
  return { ...r, excerpt: excerpt(r.excerpt) };
}

/** A comment's open reports: how many, their weight, and how many gave each reason; null without any. */
function reportSummaryView(raw: OpenReports | null): ReportSummary | null {
  if (!raw) return null;
  const summary: ReportSummary = { count: 0, weight: 0, reasons: {} };
  for (const [reason, { n, w }] of Object.entries(raw)) {
    summary.count += Number(n);
    summary.weight += Number(w);
    summary.reasons[reason] = Number(n);
  }
  summary.weight = Math.round(summary.weight * 1000) / 1000;
  return summary;
}
