/**
 * Gathers items pushed one by one (one per BullMQ job) into batches, so that a batch of comments costs one
 * Redis round trip and one Postgres statement instead of one each. A batch goes when it is full or when the
 * first item in it has waited `maxWaitMs`, and only while fewer than `maxInFlight` batches are running: the
 * items beyond wait here as they came. Starting every full batch at once put many transactions on the same index
 * pages and held every batch's working data across queued round trips; too few in flight leave the worker idle
 * while each batch waits on Postgres or Redis (the worker's cap is `WORKER_BATCHES_IN_FLIGHT`). Each push
 * resolves with its item's own result, or rejects with the batch's error.
 */
export class Batcher<I, O> {
  private pending: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The oldest pending item has waited its `maxWaitMs`: the next free slot takes what is pending. */
  private due = false;
  private inFlight = new Set<Promise<void>>();

  constructor(
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
    private readonly handle: (items: I[]) => Promise<(O | Error)[]>,
    private readonly maxInFlight = Number.POSITIVE_INFINITY,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else if (!this.due) this.timer ??= setTimeout(() => this.onTimer(), this.maxWaitMs);
    });
  }

  /** Starts batches of what is pending now, as many as the free slots allow. */
  flush(): void {
    this.due = true;
    this.pump();
  }

  /** Flushes and waits until nothing is pending or in flight. */
  async drain(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight.size > 0) {
      this.flush();
      await Promise.allSettled([...this.inFlight]);
    }
  }

  private onTimer(): void {
    this.timer = undefined;
    this.flush();
  }

  /** Starts full batches, or any batch once `due`, while slots are free. */
  private pump(): void {
    while (
      this.inFlight.size < this.maxInFlight &&
      (this.pending.length >= this.maxSize || (this.due && this.pending.length > 0))
    ) {
      this.start(this.pending.splice(0, this.maxSize));
    }
    if (this.pending.length === 0) {
      this.due = false;
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private start(batch: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[]): void {
    const run = this.handle(batch.map((b) => b.item)).then(
      (results) => {
        batch.forEach((b, i) => {
          const r = results[i];
          if (r instanceof Error) b.reject(r);
          else if (r === undefined) b.reject(new Error('batch handler returned no result for an item'));
          else b.resolve(r);
        });
      },
      (err: unknown) => {
        for (const b of batch) b.reject(err);
      },
    );
    this.inFlight.add(run);
    void run.finally(() => {
      this.inFlight.delete(run);
      this.pump();
    });
  }
}
