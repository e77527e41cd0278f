import type { DecidedStatus, Reason } from '@cm/contracts';
import type { AuthorNote, CommentReport, ReportSummary } from './community.js';

/** The shapes the review page reads: those the contracts package defines come from it, as types only. */
export type Status = DecidedStatus;
export type { Reason };

export interface QueueItem {
  id: string;
  siteId: string;
  article: { id: string; url: string | null; title: string | null };
  author: { id: string; name: string };
  body: string;
  status: Status;
  categories: string[];
  reasons: Reason[];
  receivedAt: string;
  version: number;
  etag: string;
  /** For a reply: the comment it answers. */
  inReplyTo: ReplyContext | null;
  reports?: ReportSummary | null;
  featured?: boolean;
  /** In the Appeals view: the author's appeal. */
  appeal?: { message: string; statusAppealed: string; filedAt: string; outcome: string | null } | undefined;
}
export interface ReplyContext {
  id: string;
  authorName: string;
  excerpt: string;
  status: string;
}
export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  counts: { byStatus: Record<Status, number>; byCategory: Record<string, number> };
}
export interface Me {
  id: string;
  name: string;
  role: 'admin' | 'moderator';
  sites: { id: string; name: string }[];
}
export interface Outcome {
  id: string;
  outcome: 'decided' | 'unchanged' | 'conflict' | 'forbidden' | 'not_found';
  status?: Status;
  previousStatus?: Status;
  version?: number;
  etag?: string;
}
export interface AuthorRecord {
  siteId: string;
  key: string;
  name: string | null;
  counts: Record<Status, number>;
  banned: { until: string | null; reason: string | null } | null;
  premoderated: boolean;
  recent: { id: string; articleId: string; status: Status; excerpt: string; receivedAt: string }[];
}
export interface Detail {
  comment: QueueItem & { author: { id: string; name: string; email: string | null } };
  version: number;
  etag: string;
  inReplyTo: ReplyContext | null;
  history: {
    status: string;
    previousStatus: string | null;
    source: string;
    actor: { name: string | null } | null;
    reason: string | null;
    note: string | null;
    at: string;
  }[];
  author: AuthorRecord & { notes?: AuthorNote[] };
  reports?: CommentReport[];
}
export type Action = 'approve' | 'reject' | 'requeue';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'cm.moderation.token';

/**
 * A thin client over the moderation API. The token lives in sessionStorage: it survives a reload but not the
 * tab, and no cookie means no CSRF surface.
 */
export class Api {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }
  set token(value: string | null) {
    if (value === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  }

  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const res = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${this.token ?? ''}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string; title?: string };
      throw new ApiError(
        res.status,
        problem.code ?? 'UNKNOWN',
        problem.detail ?? problem.title ?? `HTTP ${res.status}`,
      );
    }
    return (await res.json()) as T;
  }

  me = () => this.call<Me>('GET', '/v1/moderation/me');
  queue = (params: URLSearchParams) => this.call<QueuePage>('GET', `/v1/moderation/queue?${params}`);
  appeals = () => this.call<QueuePage>('GET', '/v1/moderation/queue?appealed=true&limit=100');
  detail = (id: string) => this.call<Detail>('GET', `/v1/moderation/comments/${id}`);
  decide = (id: string, action: Action, etag?: string) =>
    this.call<Outcome>('POST', `/v1/moderation/comments/${id}/${action}`, undefined, etag ? { 'if-match': etag } : {});
  bulk = (action: Action, comments: { id: string; version?: number }[]) =>
    this.call<{ results: Outcome[] }>('POST', '/v1/moderation/bulk', { action, comments });
  private authorPath = (siteId: string, key: string) =>
    `/v1/moderation/sites/${encodeURIComponent(siteId)}/authors/${encodeURIComponent(key)}`;
  ban = (siteId: string, key: string, until: string | undefined, reason: string | undefined) =>
    this.call('PUT', `${this.authorPath(siteId, key)}/ban`, { until, reason });
  unban = (siteId: string, key: string) => this.call('DELETE', `${this.authorPath(siteId, key)}/ban`);
  premoderate = (siteId: string, key: string, on: boolean) =>
    this.call(on ? 'PUT' : 'DELETE', `${this.authorPath(siteId, key)}/premoderation`);
  rejectAll = (siteId: string, key: string, ban: { until?: string; reason?: string } | undefined) =>
    this.call<{ results: Outcome[] }>('POST', `${this.authorPath(siteId, key)}/reject-all`, { ban });
  policy = (siteId: string) => this.call<SitePolicyView>('GET', `/v1/admin/sites/${encodeURIComponent(siteId)}/policy`);
  savePolicy = (siteId: string, policy: Record<string, unknown>) =>
    this.call<SitePolicyView>('PUT', `/v1/admin/sites/${encodeURIComponent(siteId)}/policy`, policy);
  dryRun = (siteId: string, body: string, policy: Record<string, unknown>) =>
    this.call<DryRun>('POST', `/v1/admin/sites/${encodeURIComponent(siteId)}/dry-run`, { body, policy });
}

export interface SitePolicyView {
  siteId: string;
  policy: Record<string, unknown>;
}
export interface DryRun {
  status: Status;
  reasons: Reason[];
}
