/**
 * The exact bytes a receiver gets for an outbox payload. jsonb stores keys in its own order, so the body is
 * rebuilt as `{ type, timestamp, data }`: the order Standard Webhooks shows, the same on every attempt.
 */
export function eventBody(payload: unknown): string {
  const p = (payload ?? {}) as { type?: unknown; timestamp?: unknown; data?: unknown };
  return JSON.stringify({ type: p.type, timestamp: p.timestamp, data: p.data });
}
