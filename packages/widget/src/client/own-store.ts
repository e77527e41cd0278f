import type { OwnView, Status } from './api.js';

/** A comment this browser posted, kept so that its writer still sees it (and its fate) after a reload. */
export interface OwnComment {
  id: string;
  name: string;
  body: string;
  createdAt: string;
  status: Status;
  /** For a reply: the comment it answers, and that comment's author. */
  parent?: { id: string; name: string } | undefined;
  /** The author's secret for this comment: reads why it is not published, files the appeal. */
  receipt?: string | undefined;
  /** What the author was last told (statement of reasons, appeal). */
  view?: OwnView | undefined;
}

/** Long enough for any moderation queue; short enough that the store does not grow for ever. */
const KEEP_MS = 30 * 24 * 3600 * 1000;

/**
 * The reader's own comments for one article, in localStorage. Every access is guarded: storage throws in some
 * private modes and sandboxed frames, and the widget must work without it (it then forgets on reload).
 */
export class OwnStore {
  private readonly key: string;

  constructor(siteId: string, articleId: string) {
    this.key = `cm:own:${siteId}:${articleId}`;
  }

  all(): OwnComment[] {
    try {
      const raw = localStorage.getItem(this.key);
      const list = raw ? (JSON.parse(raw) as OwnComment[]) : [];
      const cutoff = Date.now() - KEEP_MS;
      return Array.isArray(list)
        ? list.filter((c) => c && typeof c.id === 'string' && Date.parse(c.createdAt) > cutoff)
        : [];
    } catch {
      return [];
    }
  }

  put(comment: OwnComment): void {
    this.write([comment, ...this.all().filter((c) => c.id !== comment.id)]);
  }

  remove(id: string): void {
    this.write(this.all().filter((c) => c.id !== id));
  }

  private write(list: OwnComment[]): void {
    try {
      if (list.length === 0) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify(list));
    } catch {
      // Storage full or forbidden: the comment still shows until the page is left.
    }
  }
}

/** The reader's name, remembered across articles for convenience. */
export const rememberedName = {
  get(): string {
    try {
      return localStorage.getItem('cm:name') ?? '';
    } catch {
      return '';
    }
  },
  set(name: string): void {
    try {
      localStorage.setItem('cm:name', name);
    } catch {
      // Not remembered; nothing else depends on it.
    }
  },
};
