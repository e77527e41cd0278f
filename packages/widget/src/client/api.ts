import type {
  AuthorCommentView,
  CommentOrder,
  CommentStatus,
  PublicComment as ContractComment,
  Problem as ProblemBody,
  PublicCommentPage,
  ReportReason,
} from '@cm/contracts';

/** What the author of a comment is told about it with their receipt (status, statement of reasons, appeal). */
export type OwnView = AuthorCommentView;

// The API's shapes come from the contracts package, as types only: nothing of it reaches the bundle. The widget also
// shows the reader's own comments, which it builds itself and which are never featured.
export type PublicComment = Omit<ContractComment, 'featured'> & { featured?: boolean };
export type CommentPage = Pick<PublicCommentPage, 'total' | 'nextCursor' | 'closed'> & {
  comments: PublicComment[];
  /** Editors' picks, on the first page. */
  featured: PublicComment[];
};
export type Order = CommentOrder;
export type Status = CommentStatus;
export type { ReportReason };

export interface NewComment {
  siteId: string;
  articleId: string;
  articleUrl?: string | undefined;
  articleTitle?: string | undefined;
  /** The comment this one answers. */
  parentId?: string | undefined;
  author: { name: string };
  body: string;
  website: string;
  formShownAt: number;
}

/**
 * What went wrong: the HTTP status and what the problem+json body said of it (status 0: the request never got an
 * answer, and there is no body).
 */
export type Problem = Pick<ProblemBody, 'status'> & {
  [K in 'code' | 'detail' | 'errors' | 'retryAfterSeconds']?: ProblemBody[K] | undefined;
};

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? `HTTP ${problem.status}`);
  }
}

/** The calls the widget makes. No cookies, no credentials: the widget is anonymous. */
export class Api {
  constructor(
    private readonly base: string,
    private readonly siteId: string,
  ) {}

  listComments(articleId: string, order: Order, cursor: string | null, limit: number): Promise<CommentPage> {
    const q = new URLSearchParams({ siteId: this.siteId, order, limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    // Revalidated every time (ETag, a 304 when nothing changed): a reader who reloads after a moderator's
    // decision sees it, rather than the browser's copy from a few seconds before.
    return this.request(`/v1/articles/${encodeURIComponent(articleId)}/comments?${q}`, { cache: 'no-cache' });
  }

  postComment(input: NewComment, idempotencyKey: string): Promise<{ id: string; receipt?: string }> {
    return this.request('/v1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(input),
    });
  }

  report(
    id: string,
    input: { reason: ReportReason; note?: string | undefined; reporter: { id: string; name?: string | undefined } },
  ): Promise<{ status: 'received' }> {
    const q = new URLSearchParams({ siteId: this.siteId });
    return this.request(`/v1/comments/${encodeURIComponent(id)}/reports?${q}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  }

  /** The comment's status; with its receipt, the author's view (why it is not published, the appeal). */
  status(id: string, receipt?: string): Promise<OwnView> {
    const q = new URLSearchParams({ siteId: this.siteId });
    const headers: Record<string, string> = receipt ? { 'Comment-Receipt': receipt } : {};
    return this.request(`/v1/comments/${encodeURIComponent(id)}?${q}`, { cache: 'no-store', headers });
  }

  /** The author's one appeal against the decision on their comment. */
  appeal(id: string, receipt: string, message: string): Promise<unknown> {
    const q = new URLSearchParams({ siteId: this.siteId });
    return this.request(`/v1/comments/${encodeURIComponent(id)}/appeal?${q}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Comment-Receipt': receipt },
      body: JSON.stringify({ message }),
    });
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base + path, { ...init, mode: 'cors', credentials: 'omit' });
    } catch {
      throw new ApiError({ status: 0 });
    }
    if (res.ok) return (await res.json()) as T;
    const body = (await res.json().catch(() => ({}))) as Partial<ProblemBody>;
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new ApiError({
      status: res.status,
      code: body.code,
      detail: body.detail,
      errors: body.errors,
      retryAfterSeconds: retryAfter > 0 ? retryAfter : body.retryAfterSeconds,
    });
  }
}
