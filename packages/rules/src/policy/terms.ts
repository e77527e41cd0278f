import { ABUSE_VOCABULARY } from '../abuse/lexicon/index.js';
import { foldText } from '../normalize/fold.js';
import { collapseRuns, wordForms } from '../normalize/forms.js';
import { tokenize } from '../normalize/tokens.js';
import { buildWords, type Word } from '../normalize/words.js';

/** A site term (banned or suspect) as the words it must match, in canonical spelling. */
interface Term {
  source: string;
  words: string[];
}

/** A term found in a comment: which term, and the words [first, last] it covers. */
export interface TermMatch {
  term: string;
  first: number;
  last: number;
}

/**
 * Matches a site's word list on the canonical words of a comment, so that the evasions the abuse check sees
 * through (l33t, spacing, look-alikes, stretched letters) are seen through for site terms too. Whole words
 * only: "ass" never matches inside "classic". A trailing plural -s on the comment's word is allowed.
 */
export class TermMatcher {
  private readonly byFirst = new Map<string, Term[]>();
  /** Single-word terms without separators, for letters spelled out one at a time ("s c a m"). */
  private readonly joined = new Map<string, string>();
  private maxJoined = 0;

  constructor(terms: readonly string[]) {
    for (const source of terms) {
      const words = canonicalTerm(source);
      if (words.length === 0) continue;
      const first = words[0] as string;
      const list = this.byFirst.get(first);
      if (list) list.push({ source, words });
      else this.byFirst.set(first, [{ source, words }]);
      const j = words.join('');
      if (j.length >= 3) {
        this.joined.set(j, source);
        this.maxJoined = Math.max(this.maxJoined, j.length);
      }
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** All matches, left to right. */
  find(words: readonly Word[]): TermMatch[] {
    if (this.byFirst.size === 0) return [];
    const out: TermMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      const seen = new Set<Term>();
      for (const f of spellings(w)) {
        for (const t of this.byFirst.get(f) ?? []) {
          if (seen.has(t)) continue;
          seen.add(t);
          if (matchesAt(words, i, t.words)) out.push({ term: t.source, first: i, last: i + t.words.length - 1 });
        }
      }
    }
    // Letters spelled out one by one were split by the abuse vocabulary; look for site terms in each run.
    for (let i = 0; i < words.length; ) {
      if (!(words[i] as Word).joined) {
        i++;
        continue;
      }
      let j = i;
      let run = '';
      while (j < words.length && (words[j] as Word).joined && (j === i || !(words[j] as Word).breakBefore)) {
        run += (words[j] as Word).text;
        j++;
      }
      this.findInRun(words, i, j, run, out);
      i = j;
    }
    return out;
  }

  private findInRun(words: readonly Word[], from: number, to: number, run: string, out: TermMatch[]): void {
    // Map each letter of the run back to its word so that the evidence covers exactly the matched letters.
    const owner: number[] = [];
    for (let k = from; k < to; k++) for (let c = 0; c < (words[k] as Word).text.length; c++) owner.push(k);
    for (let s = 0; s < run.length; s++) {
      for (let len = 3; len <= this.maxJoined && s + len <= run.length; len++) {
        const term = this.joined.get(run.slice(s, s + len));
        if (term === undefined) continue;
        const first = owner[s] ?? from;
        const last = owner[s + len - 1] ?? first;
        if (!out.some((m) => m.first <= first && m.last >= last && m.term === term)) out.push({ term, first, last });
      }
    }
  }
}

function spellings(w: Word): string[] {
  const out = [...w.forms];
  for (const f of w.forms) if (f.length > 3 && f.endsWith('s')) out.push(f.slice(0, -1));
  return out;
}

function matchesAt(words: readonly Word[], i: number, term: readonly string[]): boolean {
  for (let k = 0; k < term.length; k++) {
    const w = words[i + k];
    if (!w || (k > 0 && w.breakBefore)) return false;
    if (!spellings(w).includes(term[k] as string)) return false;
  }
  return true;
}

/** A term in canonical spelling: folded, l33t read as letters when the admin wrote it so, runs collapsed. */
function canonicalTerm(source: string): string[] {
  const folded = foldText(source);
  const words = buildWords(tokenize(folded, source), folded, ABUSE_VOCABULARY);
  return words.map((w) => {
    const forms = wordForms(w.text);
    // Prefer the letter reading of an admin's "sh1t"; keep plain words as written.
    const letters = forms.find((f) => /^[a-z]+$/.test(f)) ?? forms[0] ?? w.text;
    return collapseRuns(letters, 2);
  });
}
