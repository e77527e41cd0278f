import { letterOf, wordForms } from './forms.js';
import type { MappedText } from './mapped-text.js';
import type { Token } from './tokens.js';

/**
 * A word ready for matching: a token whose `forms` are filled in (the spellings to look up: literal, l33t read as
 * letters, stretched letters collapsed, masks resolved).
 */
export type Word = Token;

/** What the word builder needs from the lexicons, so that normalization does not depend on the checks. */
export interface Vocabulary {
  /** Whether a spelling is a known word (used to split letter-by-letter runs into words). */
  has(word: string): boolean;
  /** Known words that a masked spelling ("c*nt", "f***") could stand for. */
  unmask(masked: string): string[];
}

const SEPARATOR_GAP = /^[\s.\-_/*,·+|'"~:]{1,3}$/;
const MAX_RUN = 48;

/** Turns tokens into words: joins letters spread out with separators, then computes lookup spellings. */
export function buildWords(tokens: Token[], folded: MappedText, vocabulary: Vocabulary): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const runEnd = spacedRunEnd(tokens, i, folded.text);
    if (runEnd - i >= 3) {
      for (const w of segmentRun(tokens.slice(i, runEnd), vocabulary)) words.push(w);
      i = runEnd;
      continue;
    }
    const t = tokens[i] as Token;
    words.push(withForms(t, vocabulary));
    i++;
  }
  return words;
}

function withForms(t: Token, vocabulary: Vocabulary): Word {
  const forms = wordForms(t.text);
  if (t.text.includes('*')) {
    for (const f of vocabulary.unmask(t.text)) if (!forms.includes(f)) forms.push(f);
  }
  // Tokens are fresh objects owned by this analysis: fill in place rather than copy.
  t.forms = forms;
  return t;
}

/** End (exclusive) of a run of one-character tokens separated by short separators, starting at `i`. */
function spacedRunEnd(tokens: Token[], i: number, text: string): number {
  let j = i;
  while (j < tokens.length && j - i < MAX_RUN) {
    const t = tokens[j] as Token;
    if (t.text.length !== 1 || letterOf(t.text) === null) break;
    if (j > i) {
      const prev = tokens[j - 1] as Token;
      if (!SEPARATOR_GAP.test(text.slice(prev.end, t.start))) break;
    }
    j++;
  }
  return j;
}

/**
 * Splits a run of single letters ("u r a p a t h e t i c l o s e r") into known words by dynamic programming:
 * the split that leaves the fewest letters unexplained, then the fewest words. The run is bounded (MAX_RUN),
 * so this stays linear in the body.
 */
function segmentRun(run: Token[], vocabulary: Vocabulary): Word[] {
  const letters = run.map((t) => letterOf(t.text) ?? '?');
  const n = letters.length;
  const joined = letters.join('');
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const back = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const base = cost[start] ?? Number.POSITIVE_INFINITY;
      if (base === Number.POSITIVE_INFINITY) continue;
      const piece = joined.slice(start, end);
      let c: number;
      if (end - start === 1) c = vocabulary.has(piece) ? 0.1 : 1;
      else if (vocabulary.has(piece)) c = 0.1;
      else continue;
      if (base + c < (cost[end] ?? Number.POSITIVE_INFINITY)) {
        cost[end] = base + c;
        back[end] = start;
      }
    }
  }
  const pieces: Array<[number, number]> = [];
  for (let end = n; end > 0; ) {
    const start = back[end] ?? end - 1;
    pieces.push([start, end]);
    end = start;
  }
  pieces.reverse();
  const first = run[0] as Token;
  return pieces.map(([s, e], k) => {
    const a = run[s] as Token;
    const b = run[e - 1] as Token;
    const text = joined.slice(s, e);
    return {
      text,
      start: a.start,
      end: b.end,
      breakBefore: k === 0 ? first.breakBefore : false,
      pauseBefore: k === 0 ? first.pauseBefore : false,
      capitalized: k === 0 ? first.capitalized : false,
      mention: k === 0 ? first.mention : false,
      joined: true,
      forms: wordForms(text),
    };
  });
}
