import type { Category, Evidence, Reason, Severity } from '@cm/contracts';
import { type MappedText, originalSpan } from '../normalize/mapped-text.js';

/** A reason as the checks produce it; `force` makes a reason act whatever the site's thresholds say. */
export interface Finding extends Omit<Reason, 'category'> {
  /** Rules find only rule categories (`reports` comes from readers). */
  category: Category;
  force?: 'reject' | 'flag';
}

/** Evidence for the folded span [from, to), mapped back to the original body. */
export function evidence(body: string, folded: MappedText, from: number, to: number): Evidence {
  const { start, end } = originalSpan(folded, from, to);
  return { text: body.slice(start, end), start, end };
}

/** Quotes evidence for a message: 'm0r0n', 'idiot' and 2 more. */
export function quote(ev: readonly Evidence[], max = 3): string {
  // Distinct non-empty texts in the order first seen, with their whitespace collapsed.
  const seen = new Set<string>();
  const uniq: string[] = [];
  for (let i = 0; i < ev.length; i++) {
    const t = collapseSpaces((ev[i] as Evidence).text);
    if (t.length === 0 || seen.has(t)) continue;
    seen.add(t);
    uniq.push(t);
  }
  const shown = uniq.slice(0, max);
  let out = '';
  for (let i = 0; i < shown.length; i++) {
    const t = shown[i] as string;
    out += `${i > 0 ? ', ' : ''}'${t.length > 60 ? `${cut(t, 57)}...` : t}'`;
  }
  const more = uniq.length - shown.length;
  return out + (more > 0 ? ` and ${more} more` : '');
}

const SPACES = /\s+/g;

/**
 * `t.replace(/\s+/g, ' ').trim()`, without the regex where it would change nothing: printable ASCII with single
 * spaces inside (most evidence).
 */
function collapseSpaces(t: string): string {
  const n = t.length;
  if (n === 0 || t.charCodeAt(0) === 0x20 || t.charCodeAt(n - 1) === 0x20) return t.replace(SPACES, ' ').trim();
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && t.charCodeAt(i + 1) === 0x20)) return t.replace(SPACES, ' ').trim();
  }
  return t;
}

/**
 * The first `n` units of `t`, one fewer where the cut would split a surrogate pair: messages are stored as text
 * and sent inside JSON, where a lone surrogate is invalid (Postgres refuses it in jsonb).
 */
function cut(t: string, n: number): string {
  const last = t.charCodeAt(n - 1);
  return last >= 0xd800 && last <= 0xdbff ? t.slice(0, n - 1) : t.slice(0, n);
}

const MAX_EVIDENCE = 50;

/** Builds a finding; evidence is de-duplicated and sorted. */
export function finding(
  category: Category,
  rule: string,
  severity: Severity,
  score: number,
  message: string,
  ev: Evidence[],
  force?: 'reject' | 'flag',
): Finding {
  // Longest spans first, then drop spans inside one already kept ("should shoot the author" inside
  // "someone should shoot the author"), then back to reading order.
  const kept: Evidence[] = [];
  // A reason shows at most MAX_EVIDENCE spans; a 1 MB body of insults must not make this quadratic.
  const bounded = ev.length > MAX_EVIDENCE ? [...ev].sort((a, b) => a.start - b.start).slice(0, MAX_EVIDENCE) : ev;
  for (const e of [...bounded].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start <= e.start && k.end >= e.end)) kept.push(e);
  }
  const sorted = kept.sort((a, b) => a.start - b.start);
  const f: Finding = { category, rule, severity, score: Math.max(0, Math.min(1, score)), message, evidence: sorted };
  if (force) f.force = force;
  return f;
}
