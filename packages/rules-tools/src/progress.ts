/** Where progress goes: stderr in the CLI; a test can pass its own. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/**
 * A progress reporter for long command-line runs. On a terminal: one bar redrawn in place. Otherwise (a log
 * file, CI): a plain line at every 10%, so logs stay readable. Call `done()` to end the bar's line.
 */
export function progressReporter(
  label: string,
  stream: ProgressStream = process.stderr,
): { update(done: number, total: number | undefined): void; done(): void } {
  let lastDecile = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (!total) return;
      const ratio = Math.min(1, done / total);
      const pct = Math.floor(ratio * 100);
      if (stream.isTTY) {
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
        const full = Math.round(ratio * width);
        const bar = `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
        stream.write(
          `\r${label} ${bar} ${String(pct).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
        );
        drawn = true;
        return;
      }
      const decile = Math.floor(pct / 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label} ${decile * 10}% (${done}/${total})\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
