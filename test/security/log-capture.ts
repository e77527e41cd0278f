/** A pino destination that keeps every line the API and the worker log, for assertions on the logs themselves. */
export interface LogCapture {
  destination: { write(chunk: string): void };
  /** Everything written so far, as written. */
  text(): string;
  /** The lines written so far (pino writes one event per line). */
  lines(): string[];
}

export function logCapture(): LogCapture {
  const chunks: string[] = [];
  return {
    destination: { write: (chunk) => void chunks.push(chunk) },
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== ''),
  };
}
