import type { Fingerprint } from './fingerprint.js';

/**
 * An earlier comment that shares the exact hash or an LSH band with the one being checked; or, with `campaign`, a
 * whole copy-paste campaign the index counted the comment into: then `commentId` and `receivedAt` are its first
 * copy's, `signature` one of its copies', and `authorKey` is empty.
 */
export interface DuplicateCandidate {
  commentId: string;
  authorKey: string;
  receivedAt: number;
  exact: string;
  signature: number[];
  campaign?: DuplicateCampaign;
}

/** What an index that counts a large campaign instead of listing it knows of it, before the comment checked. */
interface DuplicateCampaign {
  /** Comments counted into it. */
  copies: number;
  /** Distinct authors among them: an estimate (a few percent) once there are more than a handful. */
  authors: number;
}

interface Entry extends DuplicateCandidate {
  bands: number[];
}

/**
 * A 32-bit hash of the exact hash (FNV-1a over its first 16 units: 16 hex digits are already 64 random bits).
 * Collisions only cost a comparison.
 */
function exactHash(key: string): number {
  const n = Math.min(key.length, 16);
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** A 32-bit hash of band `k`'s hash: the same value in another band is another key. */
function bandSlotHash(k: number, value: number): number {
  const h = Math.imul(value ^ Math.imul(k + 1, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Whether entry `e` has the key `k` (-1 the exact hash, 0… a band) of `fp`. */
function sameKey(e: Entry, k: number, fp: Fingerprint): boolean {
  return k < 0 ? e.exact === fp.exact : e.bands[k] === fp.bands[k];
}

const EMPTY = 0;
const INITIAL_SLOTS = 1024;

/**
 * In-memory stand-in for the shared Redis index (used by eval, try, backtest and the engine bench). Entries live
 * for the window; `checkAndAdd` returns the candidates first and then records the comment, as one atomic step
 * would in Redis. Comments must arrive in non-decreasing `receivedAt` order for expiry to be exact.
 *
 * The keys (the exact hash and 16 band hashes a comment, a band's hash a key of that band only) sit in one
 * open-addressing table of typed arrays: a slot holds a key's hash, the arrival number of its comment and which of
 * its keys it is, and a key's comments lie along its probe sequence in arrival order. A `Map` from key strings to
 * lists spent most of its time probing a large, freshly grown hash table. Slots of expired comments are skipped until the table
 * is rebuilt, which happens when live and dead slots fill half of it.
 */
export class MemoryDuplicateIndex {
  /** Comments in arrival order; those not yet expired are `entries[head…]`. A comment's arrival number is its
   * index here (renumbered when the table is rebuilt). */
  private entries: Entry[] = [];
  private head = 0;
  private hashes = new Int32Array(INITIAL_SLOTS);
  /** Arrival number + 1 of the comment a slot belongs to; EMPTY for an empty slot. */
  private owners = new Int32Array(INITIAL_SLOTS);
  /** Which of the comment's keys the slot holds (-1 the exact hash, 0… the bands). */
  private which = new Int8Array(INITIAL_SLOTS);
  /** Slots taken, by live and expired comments. */
  private used = 0;

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
    const keys = 1 + fp.bands.length;
    if ((this.used + keys) * 2 > this.owners.length) this.rebuild(keys);
    const entry: Entry = {
      commentId,
      authorKey,
      receivedAt,
      exact: fp.exact,
      signature: fp.signature,
      bands: fp.bands,
    };
    const seq = this.entries.length;
    this.entries.push(entry);
    const firstLive = this.head;
    const mask = this.owners.length - 1;
    let found: Set<Entry> | null = null;
    // Plain loops, not a callback per key: tsx names every closure it creates, which costs per comment.
    for (let k = -1; k < entry.bands.length; k++) {
      const h = k < 0 ? exactHash(fp.exact) : bandSlotHash(k, fp.bands[k] as number);
      let slot = h & mask;
      // Earlier comments with this key lie along its probe sequence, oldest first; this one goes after them.
      for (let owner = this.owners[slot] as number; owner !== EMPTY; owner = this.owners[slot] as number) {
        if (this.hashes[slot] === h && this.which[slot] === k && owner - 1 >= firstLive) {
          const e = this.entries[owner - 1] as Entry;
          if (sameKey(e, k, fp) && e.commentId !== commentId && e.receivedAt >= receivedAt - windowMs) {
            found ??= new Set();
            found.add(e);
          }
        }
        slot = (slot + 1) & mask;
      }
      this.put(slot, h, seq, k);
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

  private put(slot: number, h: number, seq: number, k: number): void {
    this.hashes[slot] = h;
    this.owners[slot] = seq + 1;
    this.which[slot] = k;
    this.used++;
  }

  private expire(before: number): void {
    while (this.head < this.entries.length) {
      const e = this.entries[this.head] as Entry;
      if (e.receivedAt >= before) break;
      this.head++;
    }
  }

  /**
   * Moves the live comments' slots into a table at most a quarter full once `needed` more slots are taken;
   * expired comments' slots are dropped. The old table is read from just after an empty slot, so each cluster is
   * read whole, in probe order: each key's comments reach the new table in the order they had, arrival order.
   */
  private rebuild(needed: number): void {
    const head = this.head;
    let slots = needed;
    for (let i = head; i < this.entries.length; i++) slots += 1 + (this.entries[i] as Entry).bands.length;
    let size = INITIAL_SLOTS;
    while (size < slots * 4) size *= 2;
    const { hashes, owners, which } = this;
    const oldMask = owners.length - 1;
    let start = 0;
    while (owners[start] !== EMPTY) start++;
    this.hashes = new Int32Array(size);
    this.owners = new Int32Array(size);
    this.which = new Int8Array(size);
    this.used = 0;
    const mask = size - 1;
    for (let n = 0, from = start; n <= oldMask; n++, from = (from + 1) & oldMask) {
      const owner = owners[from] as number;
      if (owner === EMPTY || owner - 1 < head) continue;
      const h = hashes[from] as number;
      let slot = h & mask;
      while (this.owners[slot] !== EMPTY) slot = (slot + 1) & mask;
      // Arrival numbers restart from the first live comment, so they stay small however many pass through.
      this.put(slot, h, owner - 1 - head, which[from] as number);
    }
    this.entries = this.entries.slice(head);
    this.head = 0;
  }
}
