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
  /** Entries per exact hash or band key, oldest first (comments arrive in `receivedAt` order). */
  private readonly byKey = new Map<string, Entry[]>();

  /** Candidates received within `windowMs` before `receivedAt`, then adds this comment if it is eligible. */
  checkAndAdd(
    commentId: string,
    authorKey: string,
    receivedAt: number,
    fp: Fingerprint,
    windowMs: number,
  ): DuplicateCandidate[] {
    this.expire(receivedAt - windowMs);
    if (!fp.eligible) return [];
    let found: Set<Entry> | null = null;
    const entry: Entry = {
      commentId,
      authorKey,
      receivedAt,
      exact: fp.exact,
      signature: fp.signature,
      bands: fp.bands,
    };
    this.entries.push(entry);
    // Exact hashes (40 hex digits) and band keys never collide, so one map holds both. Plain loops, not a
    // callback per key: tsx names every closure it creates, which costs per comment.
    for (let k = -1; k < entry.bands.length; k++) {
      const key = k < 0 ? entry.exact : (entry.bands[k] as string);
      const list = this.byKey.get(key);
      if (!list) {
        this.byKey.set(key, [entry]);
        continue;
      }
      for (const e of list) {
        if (e.commentId !== commentId && e.receivedAt >= receivedAt - windowMs) {
          found ??= new Set();
          found.add(e);
        }
      }
      list.push(entry);
    }
    if (found === null) return [];
    return [...(found as Set<Entry>)]
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

  private expire(before: number): void {
    while (this.head < this.entries.length) {
      const e = this.entries[this.head] as Entry;
      if (e.receivedAt >= before) break;
      for (let k = -1; k < e.bands.length; k++) {
        const key = k < 0 ? e.exact : (e.bands[k] as string);
        const list = this.byKey.get(key);
        if (!list) continue;
        const at = list.indexOf(e);
        if (at >= 0) list.splice(at, 1);
        if (list.length === 0) this.byKey.delete(key);
      }
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
  }
}
