import { type Db, getArticleState } from '@cm/db';

interface Entry {
  closed: boolean;
  createdAt: number | null;
  at: number;
}

const TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/**
 * Whether an article takes comments, kept in memory for a few seconds per article so that the ingest path asks
 * Postgres once per article and interval rather than once per comment. A change made through this replica is
 * seen at once (`forget`); other replicas see it within `TTL_MS`.
 */
export class ArticleGate {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly db: Db) {}

  /** True when the article is closed, by a moderator or by the site's `articles.closeAfterDays`. */
  async isClosed(siteId: string, articleId: string, closeAfterDays: number | null, now = Date.now()): Promise<boolean> {
    const key = `${siteId}\u0000${articleId}`;
    let entry = this.entries.get(key);
    if (!entry || now - entry.at > TTL_MS) {
      const known = entry;
      entry = await getArticleState(this.db, siteId, articleId).then(
        (state) => ({ closed: state.closed, createdAt: state.createdAt?.getTime() ?? null, at: now }),
        // Postgres away: the last known state holds (else open) until the next interval, so that comments are still
        // accepted into the queue while the database is down, as they were before articles could be closed.
        (): Entry => ({ closed: known?.closed ?? false, createdAt: known?.createdAt ?? null, at: now }),
      );
      this.entries.delete(key);
      if (this.entries.size >= MAX_ENTRIES) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, entry);
    }
    if (entry.closed) return true;
    return closeAfterDays !== null && entry.createdAt !== null && now - entry.createdAt > closeAfterDays * 86_400_000;
  }

  forget(siteId: string, articleId: string): void {
    this.entries.delete(`${siteId}\u0000${articleId}`);
  }
}

const gates = new WeakMap<Db, ArticleGate>();

/** One gate per database handle (tests run several databases in one process). */
export function articleGate(db: Db): ArticleGate {
  let gate = gates.get(db);
  if (!gate) {
    gate = new ArticleGate(db);
    gates.set(db, gate);
  }
  return gate;
}
