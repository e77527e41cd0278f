/** A page of `GET /v1/articles/{articleId}/comments`, as the public tests read it. */
export interface PageBody {
  siteId: string;
  articleId: string;
  order: string;
  total: number;
  comments: { id: string; parentId: string | null; author: { name: string }; body: string; createdAt: string }[];
  nextCursor: string | null;
}
