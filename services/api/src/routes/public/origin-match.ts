/**
 * True when `origin` (an Origin header: scheme://host[:port]) is on a site's list. An entry is `*` (any origin),
 * an exact origin (`https://news.example`), or a subdomain wildcard (`https://*.news.example`, which matches
 * `https://www.news.example` but not the apex, so that listing the apex stays a deliberate choice).
 */
export function originAllowed(allowed: readonly string[], origin: string): boolean {
  const wanted = origin.trim().toLowerCase();
  let parsed: URL | undefined;
  for (const entry of allowed) {
    const e = entry.trim().toLowerCase().replace(/\/+$/, '');
    if (e === '*') return true;
    if (e === wanted) return true;
    const wildcard = /^([a-z][a-z0-9+.-]*):\/\/\*\.(.+)$/.exec(e);
    if (wildcard) {
      parsed ??= safeUrl(wanted);
      if (parsed && parsed.protocol === `${wildcard[1]}:` && parsed.host.endsWith(`.${wildcard[2]}`)) return true;
    }
  }
  return false;
}

function safeUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}
