import type { AuthorCommentView } from '@cm/contracts';

/** What the author of a comment is told about it with their receipt (status, statement of reasons, appeal). */
export type OwnView = AuthorCommentView;

/** A comment as the public API returns it. */
export interface PublicComment {
  id: string;
  parentId: string | null;
  author: { name: string };
  body: string;
  createdAt: string;
}

export interface CommentPage {
  total: number;
  comments: PublicComment[];
  nextCursor: string | null;
}

export type Order = 'newest' | 'oldest';
export type Status = 'pending' | 'approved' | 'flagged' | 'rejected';

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

/** What went wrong, from the problem+json body (status 0: the request never got an answer). */
export interface Problem {
  status: number;
  code?: string | undefined;
  detail?: string | undefined;
  errors?: { path: string; message: string }[] | undefined;
  retryAfterSeconds?: number | undefined;
}

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
    return this.request(`/v1/articles/${encodeURIComponent(articleId)}/comments?${q}`);
  }

  postComment(input: NewComment, idempotencyKey: string): Promise<{ id: string; receipt?: string }> {
    return this.request('/v1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
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
    const body = (await res.json().catch(() => ({}))) as Partial<Problem>;
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
