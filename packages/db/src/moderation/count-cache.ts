/**
 * A small in-process cache for counts that are expensive only when they are large.
 *
 * Callers decide per value whether it is worth keeping (`keep`): small counts are cheap and must be exact right
 * after a decision, so they are never kept; large ones (an article with 50,000 comments, a queue status past the
 * cap) are kept for `ttlMs` and then refreshed in the background while the previous value is still served
 * (stale-while-revalidate), so no reader waits on a refresh. Concurrent misses share one load (single flight).
 * A value older than `maxStaleMs` is never served: the caller then waits for a fresh one.
 */
export class CountCache<T> {
  private readonly entries = new Map<string, { value: T; at: number; refreshing: boolean }>();
  private readonly loading = new Map<string, Promise<T>>();

  constructor(private readonly opts: { ttlMs: number; maxStaleMs: number; maxEntries: number; now?: () => number }) {}

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  /** True when a value is held for `key` (so it was large the last time it was counted). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Drops the value held for `key`: the next `get` counts again. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** The value for `key`: cached when fresh or refreshable, else loaded (once for all concurrent callers). */
  async get(key: string, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.at : Number.POSITIVE_INFINITY;
    if (entry && age < this.opts.ttlMs) return entry.value;
    if (entry && age < this.opts.maxStaleMs) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        // A failed refresh keeps the old value until maxStaleMs; the next request past the TTL tries again.
        this.load(key, load, keep).catch(() => {
          entry.refreshing = false;
        });
      }
      return entry.value;
    }
    return this.load(key, load, keep);
  }

  private load(key: string, load: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    const pending = this.loading.get(key);
    if (pending) return pending;
    const p = load()
      .then((value) => {
        this.entries.delete(key);
        if (keep(value)) {
          if (this.entries.size >= this.opts.maxEntries) {
            const oldest = this.entries.keys().next().value;
            if (oldest !== undefined) this.entries.delete(oldest);
          }
          this.entries.set(key, { value, at: this.now(), refreshing: false });
        }
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, p);
    return p;
  }
}

/** One cache per database handle: tests run several databases in one process, and their keys would collide. */
export function perDatabase<K extends object, V>(make: () => V): (db: K) => V {
  const caches = new WeakMap<K, V>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = make();
      caches.set(db, cache);
    }
    return cache;
  };
}
