import type { Fingerprint } from './fingerprint.js';

/** An earlier comment that shares the exact hash or an LSH band with the one being checked. */
export interface DuplicateCandidate {
  commentId: string;
  authorKey: string;
  receivedAt: number;
  exact: string;
  signature: number[];
}

interface Entry extends DuplicateCandidate {
  bands: string[];
}

/**
 * In-memory stand-in for the shared Redis index (used by eval, try and tests). Entries live for the window;
 * `checkAndAdd` returns the candidates first and then records the comment, as one atomic step would in Redis.
 * Comments must arrive in non-decreasing `receivedAt` order for expiry to be exact.
 */
export class MemoryDuplicateIndex {
  private readonly entries: Entry[] = [];
  private head = 0;
  private readonly byKey = new Map<string, Set<Entry>>();

  /** Candidates received within `windowMs` before `receivedAt`, then adds this comment if it is eligible. */
  checkAndAdd(
    commentId: string,
    authorKey: string,
    receivedAt: number,
    fp: Fingerprint,
    windowMs: number,
  ): DuplicateCandidate[] {
    this.expire(receivedAt - windowMs);
    const found = new Set<Entry>();
    if (fp.eligible) {
      for (const key of this.keysOf(fp)) {
        for (const e of this.byKey.get(key) ?? []) {
          if (e.commentId !== commentId && e.receivedAt >= receivedAt - windowMs) found.add(e);
        }
      }
      const entry: Entry = {
        commentId,
        authorKey,
        receivedAt,
        exact: fp.exact,
        signature: fp.signature,
        bands: fp.bands,
      };
      this.entries.push(entry);
      for (const key of this.keysOf(entry)) {
        let set = this.byKey.get(key);
        if (!set) {
          set = new Set();
          this.byKey.set(key, set);
        }
        set.add(entry);
      }
    }
    return [...found]
      .sort((a, b) => a.receivedAt - b.receivedAt)
      .map(({ commentId: id, authorKey: ak, receivedAt: at, exact, signature }) => ({
        commentId: id,
        authorKey: ak,
        receivedAt: at,
        exact,
        signature,
      }));
  }

  /** Number of comments currently held. */
  get size(): number {
    return this.entries.length - this.head;
  }

  /** Exact hashes (40 hex digits) and band keys ("b:hash") never collide, so one map holds both. */
  private keysOf(e: { exact: string; bands: string[] }): string[] {
    return [e.exact, ...e.bands];
  }

  private expire(before: number): void {
    while (this.head < this.entries.length) {
      const e = this.entries[this.head] as Entry;
      if (e.receivedAt >= before) break;
      for (const key of this.keysOf(e)) {
        const set = this.byKey.get(key);
        set?.delete(e);
        if (set && set.size === 0) this.byKey.delete(key);
      }
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }
}
