import type { Analysis } from '../engine/analysis.js';
import { evidence, type Finding, finding, quote } from '../engine/reason.js';
import { type Kind, LABELS, PATTERNS } from './promotion-patterns.js';
import { pointsToTime, writerDoes } from './request-context.js';

/**
 * Comment spam without links: writers promoting themselves (their channel, their music, their account), asking
 * for subscribers, follows and likes, or offering giveaways and easy money. Patterns run on the folded text
 * (lower case, look-alikes and fullwidth letters read as ASCII), each a kind of request with bounded gaps, never
 * a list of remembered sentences.
 */

/**
 * Whether what follows `at` in the original body reads as a name or title: a capital, a digit or a quote after the
 * spaces ("check out Some Band", "check out "Title""), or a handle of letters with digits or underscores ("check out
 * djmike99"), not "check out the report".
 */
function namesTitle(body: string, at: number): boolean {
  let i = at;
  while (i < body.length && i - at < 4 && (body[i] === ' ' || body[i] === '-')) i++;
  if (pointsToTime(body, i)) return false;
  return /^["“'«\p{Lu}\p{N}]/u.test(body.slice(i, i + 1)) || HANDLE.test(body.slice(i, i + 40));
}
/**
 * What a reader points others to when recommending a source rather than promoting themselves: "check out Krugman's
 * column", "check out Hansard for the full debate". Self-promotion points to a channel, a song, a video, a page.
 */
export const READING_NOUNS: readonly string[] = [
  'column',
  'article',
  'piece',
  'report',
  'reporting',
  'analysis',
  'op-ed',
  'oped',
  'editorial',
  'interview',
  'speech',
  'debate',
  'study',
  'studies',
  'book',
  'letter',
  'record',
  'figures',
  'data',
  'transcript',
  'paper',
  'coverage',
  'investigation',
  'review',
  'statement',
  'testimony',
  'essay',
  'findings',
  'poll',
  'survey',
  'minutes',
  'ruling',
  'judgment',
  'judgement',
];
const READING = new RegExp(`\\b(?:${READING_NOUNS.join('|')})(?:s|es)?\\b`);
/** The rest of the sentence after `at` (up to 100 characters) names something to read. */
function pointsToReading(text: string, at: number): boolean {
  const rest = text.slice(at, at + 100);
  const end = rest.search(/[.!?\n]/);
  return READING.test(end >= 0 ? rest.slice(0, end) : rest);
}
const HANDLE = /^\p{L}[\p{L}_]*(?:\d|_[\p{L}\d])[\p{L}\d_]*(?![\p{L}\d_])/u;

/**
 * Every cue a pattern needs, in one expression. No cue begins another ("sub", never also "subs"), so at each
 * position at most one cue matches and stepping one character after each match finds every cue in the text.
 */
const CUE_RE = new RegExp(
  [...new Set(PATTERNS.flatMap((p) => p.needs.flat()))].map((c) => c.replace(/[/$]/g, '\\$&')).join('|'),
  'g',
);

/**
 * For each cue, the patterns with a group it is in, as [pattern, bit of the group]: the cues found say which groups
 * of which patterns hold, without asking every pattern about every cue.
 */
const GROUPS_OF_CUE = new Map<string, Array<[number, number]>>();
PATTERNS.forEach((p, i) => {
  if (p.needs.length > 31) throw new Error('a promotion pattern has more cue groups than a bit set holds');
  p.needs.forEach((group, g) => {
    for (const cue of group) {
      const list = GROUPS_OF_CUE.get(cue) ?? [];
      list.push([i, 1 << g]);
      GROUPS_OF_CUE.set(cue, list);
    }
  });
});
/** A pattern runs when every one of its groups holds: all its bits set. */
const ALL_GROUPS: readonly number[] = PATTERNS.map((p) => (1 << p.needs.length) - 1);

/** Per pattern, the bits of its groups that the cues present in the folded text satisfy; null when there are none. */
function groupsHeld(text: string): Uint32Array | null {
  let held: Uint32Array | null = null;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    held ??= new Uint32Array(PATTERNS.length);
    for (const [i, bit] of GROUPS_OF_CUE.get(m[0]) ?? []) held[i] = (held[i] as number) | bit;
    CUE_RE.lastIndex = m.index + 1;
  }
  return held;
}

/** Self-promotion: one reason with the spans of every request found and the strongest kind in its message. */
export function checkSelfPromotion(a: Analysis): Finding[] {
  const text = a.folded.text;
  const held = groupsHeld(text);
  if (!held) return [];
  const spans: Array<[number, number]> = [];
  const kinds: Kind[] = [];
  let best = 0;
  let bestKind: Kind = 'channel';
  for (let i = 0; i < PATTERNS.length; i++) {
    if (held[i] !== ALL_GROUPS[i]) continue;
    const p = PATTERNS[i] as (typeof PATTERNS)[number];
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      // The request itself, without the punctuation or line start a pattern may open with.
      let from = m.index;
      const to = m.index + m[0].length;
      if (p.title && (!namesTitle(a.body, a.folded.ends[to - 1] ?? 0) || pointsToReading(text, to))) continue;
      while (from < to && !/[a-z0-9]/.test(text[from] ?? '')) from++;
      if (p.writer && writerDoes(text, from)) continue;
      spans.push([from, to]);
      if (!kinds.includes(p.kind)) kinds.push(p.kind);
      if (p.score > best) {
        best = p.score;
        bestKind = p.kind;
      }
    }
  }
  if (spans.length === 0) return [];
  const hits = merge(spans).map(([from, to]) => evidence(a.body, a.folded, from, to));
  // Each further kind of request makes promotion likelier: "new youtuber" and "check my videos" together.
  const score = Math.min(0.95, best + 0.1 * (kinds.length - 1));
  return [
    finding(
      'spam',
      'spam.self-promotion',
      score >= 0.7 ? 'medium' : 'low',
      score,
      `Self-promotion: ${LABELS[bestKind]}: ${quote(hits)}`,
      hits,
    ),
  ];
}

/** Overlapping or touching spans joined: "subscribe to my" and "my channel" are one request. */
function merge(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = spans.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
