export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}
export interface RateLimits {
  enabled: boolean;
  ip: RateLimitRule;
  author: RateLimitRule;
}

const DEFAULTS: RateLimits = {
  enabled: true,
  ip: { limit: 120, windowSeconds: 60 },
  author: { limit: 20, windowSeconds: 60 },
};

/**
 * Parses `RATE_LIMITS`: `off`, `on`, or `ip=120/60,author=20/60` (requests / seconds). Keys left out keep their
 * defaults. Throws a message naming the variable on anything else.
 */
export function parseRateLimits(raw: string | undefined): RateLimits {
  const value = (raw ?? 'on').trim().toLowerCase();
  if (value === 'off' || value === 'false' || value === '0') return { ...DEFAULTS, enabled: false };
  if (value === 'on' || value === 'true' || value === '') return DEFAULTS;
  const out: RateLimits = { ...DEFAULTS };
  for (const part of value.split(',')) {
    const m = /^(ip|author)=(\d+)\/(\d+)s?$/.exec(part.trim());
    if (!m) throw new Error(`RATE_LIMITS: cannot read "${part}"; expected off, on, or ip=120/60,author=20/60`);
    const rule = { limit: Number(m[2]), windowSeconds: Number(m[3]) };
    if (rule.limit < 1 || rule.windowSeconds < 1) throw new Error(`RATE_LIMITS: "${part}" must be positive`);
    if (m[1] === 'ip') out.ip = rule;
    else out.author = rule;
  }
  return out;
}
