import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a request may read /metrics: always when `METRICS_TOKEN` is unset, else only with
 * `Authorization: Bearer <token>` (what Prometheus sends with `authorization: { credentials: ... }`). Compared as
 * SHA-256 digests in constant time, so neither the token's length nor its prefix leaks through timing.
 */
export function metricsAuthorized(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) return false;
  return timingSafeEqual(digest(m[1] as string), digest(token));
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
