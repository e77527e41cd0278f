import type {
  AuthorState,
  BulkResult,
  DecidedStatus,
  DryRun,
  Featured,
  Me,
  ModerationDetailView,
  Outcome,
  QueueItem,
  QueuePageView,
  Reason,
  RejectAuthorResult,
  ReplyContext,
  SitePolicyView,
} from '@cm/contracts';

/** The shapes the review page reads, as the contracts package defines them (types only: erased in the bundle). */
export type Status = DecidedStatus;
export type { Featured, Me, Outcome, QueueItem, Reason, ReplyContext };
export type QueuePage = QueuePageView;
export type Detail = ModerationDetailView;
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
    this.call<BulkResult>('POST', '/v1/moderation/bulk', { action, comments });
  private authorPath = (siteId: string, key: string) =>
    `/v1/moderation/sites/${encodeURIComponent(siteId)}/authors/${encodeURIComponent(key)}`;
  ban = (siteId: string, key: string, until: string | undefined, reason: string | undefined) =>
    this.call<AuthorState>('PUT', `${this.authorPath(siteId, key)}/ban`, { until, reason });
  unban = (siteId: string, key: string) => this.call<AuthorState>('DELETE', `${this.authorPath(siteId, key)}/ban`);
  premoderate = (siteId: string, key: string, on: boolean) =>
    this.call<AuthorState>(on ? 'PUT' : 'DELETE', `${this.authorPath(siteId, key)}/premoderation`);
  rejectAll = (siteId: string, key: string, ban: { until?: string; reason?: string } | undefined) =>
    this.call<RejectAuthorResult>('POST', `${this.authorPath(siteId, key)}/reject-all`, { ban });
  policy = (siteId: string) => this.call<SitePolicyView>('GET', `/v1/admin/sites/${encodeURIComponent(siteId)}/policy`);
  savePolicy = (siteId: string, policy: Record<string, unknown>) =>
    this.call<SitePolicyView>('PUT', `/v1/admin/sites/${encodeURIComponent(siteId)}/policy`, policy);
  dryRun = (siteId: string, body: string, policy: Record<string, unknown>) =>
    this.call<DryRun>('POST', `/v1/admin/sites/${encodeURIComponent(siteId)}/dry-run`, { body, policy });
}
