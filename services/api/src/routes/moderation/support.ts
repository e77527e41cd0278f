import type { TokenPrincipal } from '@cm/db';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../errors.js';

/** The sites a principal may see: `null` for administrators (every site). */
export function siteScope(principal: TokenPrincipal): string[] | null {
  return principal.role === 'admin' ? null : principal.siteIds;
}

/** A comment's ETag: its version, which every decision bumps. */
export const etagOf = (version: number): string => `"v${version}"`;

/**
 * The version named by an `If-Match` header: undefined when there is none or it is `*` (any version), a number
 * for `"v3"` (weak `W/"v3"` accepted too: the version is the whole state), and a 412 for anything else, which
 * can only be a stale or foreign ETag.
 */
export function expectedVersion(c: Context<AppEnv>): number | undefined {
  const raw = c.req.header('if-match');
  if (raw === undefined || raw.trim() === '*') return undefined;
  const versions = raw.split(',').map((t) => /^\s*(?:W\/)?"v(\d+)"\s*$/.exec(t)?.[1]);
  const first = versions[0];
  if (versions.length !== 1 || first === undefined) {
    throw new ProblemError(
      'PRECONDITION_FAILED',
      `If-Match must carry one ETag of this comment, like "v3"; got ${raw}.`,
    );
  }
  return Number(first);
}

/** Opaque keyset cursor: base64url of JSON, so clients cannot come to depend on its shape. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(raw: string, check: (v: unknown) => v is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // falls through to the error below
  }
  throw new ProblemError('INVALID_CURSOR', 'This cursor was not issued by this API; start again without it.');
}
