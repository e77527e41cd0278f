/** The longest `Retry-After` we honour: a receiver asking for more is treated as if it asked for a day. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * The delay before the next attempt. `attemptsMade` counts the attempts already made (1 after the first
 * failure), so entry `attemptsMade` of the schedule is the wait before attempt `attemptsMade + 1`. Each wait gets
 * ±10% jitter (`random` in [0, 1)) so that an outage's backlog does not return in one wave; a `Retry-After` the
 * receiver sent stretches the wait, never shortens it.
 */
export function nextRetryDelay(
  scheduleMs: readonly number[],
  attemptsMade: number,
  retryAfterMs?: number,
  random: number = Math.random(),
): number {
  const base = scheduleMs[Math.min(attemptsMade, scheduleMs.length - 1)] ?? 0;
  const jittered = Math.round(base * (0.9 + 0.2 * random));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: Date = new Date()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
