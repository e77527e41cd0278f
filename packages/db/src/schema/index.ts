import type { ApiTokensTable } from './api-tokens.js';
import type { AppealsTable } from './appeals.js';
import type { ArticlesTable } from './articles.js';
import type { AuditLogTable } from './audit-log.js';
import type { AuthorNotesTable } from './author-notes.js';
import type { AuthorStatesTable } from './author-states.js';
import type { CommentReasonsTable } from './comment-reasons.js';
import type { CommentReportsTable } from './comment-reports.js';
import type { CommentsTable } from './comments.js';
import type { DecisionsTable } from './decisions.js';
import type { ErasedAuthorsTable } from './erased-authors.js';
import type { OutboxTable } from './outbox.js';
import type { ReportersTable } from './reporters.js';
import type { SitesTable } from './sites.js';
import type { WebhookDeliveriesTable } from './webhook-deliveries.js';
import type { WebhookEndpointsTable } from './webhook-endpoints.js';

export type { ApiTokensTable, TokenRole } from './api-tokens.js';
export type { AppealsTable } from './appeals.js';
export type { ArticlesTable } from './articles.js';
export type { AuditLogTable } from './audit-log.js';
export type { AuthorNotesTable } from './author-notes.js';
export type { AuthorStatesTable } from './author-states.js';
export type { CommentReasonsTable } from './comment-reasons.js';
export type { CommentReportsTable, ReportState } from './comment-reports.js';
export type { CommentsTable } from './comments.js';
export type { DecisionsTable } from './decisions.js';
export type { ErasedAuthorsTable } from './erased-authors.js';
export type { OutboxTable } from './outbox.js';
export type { ReportersTable } from './reporters.js';
export type { SitesTable } from './sites.js';
export type { WebhookDeliveriesTable } from './webhook-deliveries.js';
export type { WebhookEndpointsTable } from './webhook-endpoints.js';

/** The whole schema: one interface per table. */
export interface Database {
  sites: SitesTable;
  articles: ArticlesTable;
  comments: CommentsTable;
  comment_reasons: CommentReasonsTable;
  decisions: DecisionsTable;
  author_states: AuthorStatesTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  comment_reports: CommentReportsTable;
  reporters: ReportersTable;
  author_notes: AuthorNotesTable;
  appeals: AppealsTable;
  erased_authors: ErasedAuthorsTable;
}
