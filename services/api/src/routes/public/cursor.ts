import type { StreamCursor } from '@cm/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Opaque to clients (base64url), so that its shape can change without breaking them. `received_at` is written
 * from a millisecond clock, so milliseconds lose nothing.
 */
export function encodeCursor(c: StreamCursor): string {
  return Buffer.from(`${c.receivedAt.getTime()}.${c.id}`).toString('base64url');
}

/** The cursor, or undefined for anything this API did not issue. */
export function decodeCursor(raw: string): StreamCursor | undefined {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const m = /^(\d{1,15})\.(.+)$/.exec(text);
  if (!m?.[1] || !m[2] || !UUID.test(m[2])) return undefined;
  return { receivedAt: new Date(Number(m[1])), id: m[2] };
}
