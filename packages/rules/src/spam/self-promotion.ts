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
 * For each cue, the patterns with a group it is in, flattened as pairs (pattern, bit of the group): the cues found
 * say which groups of which patterns hold, without asking every pattern about every cue.
 */
const GROUPS_OF_CUE: number[][] = [];
const CUE_IDS = new Map<string, number>();
PATTERNS.forEach((p, i) => {
  if (p.needs.length > 31) throw new Error('a promotion pattern has more cue groups than a bit set holds');
  p.needs.forEach((group, g) => {
    for (const cue of group) {
      let id = CUE_IDS.get(cue);
      if (id === undefined) {
        id = GROUPS_OF_CUE.length;
        CUE_IDS.set(cue, id);
        GROUPS_OF_CUE.push([]);
      }
      (GROUPS_OF_CUE[id] as number[]).push(i, 1 << g);
    }
  });
});

/**
 * Every cue a pattern needs, in one trie walked from each position of the text, as a table: state × character
 * class → next state (0: no cue goes on so). Cues are written in ASCII; the classes number the characters they use
 * (class 0: any other character, which ends every walk). No cue begins another ("sub", never also "subs"), so at
 * most one cue is found at each position.
 */
const CUE_CLASS = new Uint8Array(128);
let cueClasses = 1;
for (const cue of CUE_IDS.keys()) {
  for (let k = 0; k < cue.length; k++) {
    const c = cue.charCodeAt(k);
    if (c >= 128) throw new Error(`a promotion cue is not ASCII: ${cue}`);
    if (CUE_CLASS[c] === 0) CUE_CLASS[c] = cueClasses++;
  }
}
/** Trie states: 0 is the dead state, 1 the root. */
const cueStates: number[][] = [[], []];
/** The cue (its index in GROUPS_OF_CUE) that ends at each state, or -1. */
const cueAt: number[] = [-1, -1];
for (const [cue, id] of CUE_IDS) {
  if (cue.length === 0) throw new Error('a promotion pattern needs an empty cue');
  let state = 1;
  for (let k = 0; k < cue.length; k++) {
    const cls = CUE_CLASS[cue.charCodeAt(k)] as number;
    const row = cueStates[state] as number[];
    let next = row[cls];
    if (next === undefined) {
      next = cueStates.length;
      row[cls] = next;
      cueStates.push([]);
      cueAt.push(-1);
    }
    state = next;
  }
  cueAt[state] = id;
}
cueStates.forEach((row, state) => {
  if ((cueAt[state] as number) >= 0 && row.length > 0) throw new Error('a promotion cue begins another');
});
const CUE_NEXT = new Int32Array(cueStates.length * cueClasses);
cueStates.forEach((row, state) => {
  row.forEach((next, cls) => {
    CUE_NEXT[state * cueClasses + cls] = next;
  });
});
const CUE_AT = Int32Array.from(cueAt);
const CUE_CLASSES = cueClasses;

/** A pattern runs when every one of its groups holds: all its bits set. */
const ALL_GROUPS: readonly number[] = PATTERNS.map((p) => (1 << p.needs.length) - 1);

/** Per pattern, the bits of its groups that the cues of the text checked last satisfy (see `groupsHeld`). */
const HELD = new Uint32Array(PATTERNS.length);

/**
 * Fills `HELD` with, per pattern, the bits of its groups that the cues present in the folded text satisfy; false
 * when there are none. One table for every call: the check reads it before it runs again.
 */
function groupsHeld(text: string): boolean {
  let held = false;
  const n = text.length;
  for (let at = 0; at < n; at++) {
    let state = 1;
    let cue = -1;
    for (let k = at; k < n; k++) {
      const c = text.charCodeAt(k);
      state = c < 128 ? (CUE_NEXT[state * CUE_CLASSES + (CUE_CLASS[c] as number)] as number) : 0;
      if (state === 0) break;
      cue = CUE_AT[state] as number;
      // Cues are prefix-free: the first one found is the only one at this position.
      if (cue >= 0) break;
    }
    if (cue < 0) continue;
    if (!held) {
      HELD.fill(0);
      held = true;
    }
    const groups = GROUPS_OF_CUE[cue] as number[];
    for (let g = 0; g < groups.length; g += 2) {
      const i = groups[g] as number;
      HELD[i] = (HELD[i] as number) | (groups[g + 1] as number);
    }
  }
  return held;
}

/** Self-promotion: one reason with the spans of every request found and the strongest kind in its message. */
export function checkSelfPromotion(a: Analysis): Finding[] {
  const text = a.folded.text;
  if (!groupsHeld(text)) return [];
  const spans: Array<[number, number]> = [];
  const kinds: Kind[] = [];
  let best = 0;
  let bestKind: Kind = 'channel';
  for (let i = 0; i < PATTERNS.length; i++) {
    if (HELD[i] !== ALL_GROUPS[i]) continue;
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
