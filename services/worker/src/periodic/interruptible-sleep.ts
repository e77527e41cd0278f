/** A pause that `interrupt` ends at once: the loops of the relay and the pruner sleep in it, and stop without waiting. */
export class InterruptibleSleep {
  private interrupted = false;
  private wake: (() => void) | undefined;

  /** Resolves after `ms`, or now if interrupted (then every later sleep resolves at once too). */
  sleep(ms: number): Promise<void> {
    if (this.interrupted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  interrupt(): void {
    this.interrupted = true;
    this.wake?.();
  }
}
