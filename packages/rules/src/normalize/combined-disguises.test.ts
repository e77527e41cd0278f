/**
 * Disguises combined and set at word boundaries, on every lexicon entry: the normalizer must give the listed
 * spelling among the word's lookup spellings. And what looks like them in clean text must keep its words.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABUSE_VOCABULARY, lexiconEntries, MASKED_VERBS } from '../abuse/lexicon/index.js';
import { abuseReasons } from '../abuse/test-support.js';
import { foldText } from './fold.js';
import { tokenize } from './tokens.js';
import { buildWords, TWO_LETTER_WORDS } from './words.js';

const words = (body: string) => {
  const folded = foldText(body);
  return buildWords(tokenize(folded, body), folded, ABUSE_VOCABULARY);
};

/** Whether some word of `body` has `spelling` among its lookup spellings. */
const finds = (body: string, spelling: string) => words(body).some((w) => w.forms.includes(spelling));

/** Threat words that count only in their phrases ("go kill yourself"), so no lexicon lists them alone. */
const PHRASE_WORDS = ['kill', 'hang', 'shoot', 'die', 'stab', 'burn', 'drown'];
const LEXICON = lexiconEntries()
  .map((e) => e.word)
  .filter((w) => /^[a-z]+$/.test(w));

/** Each letter, then the l33t characters that stand for it. */
const LEET: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  'a4@ e3 i1! o0 s5$ t7 b8 l1'.split(' ').map((spec) => [spec[0], [...spec.slice(1)]]),
);
const SPELLING_SEPARATORS = ['.', '-', '_', '/', '|', '~', ':', '·', ','];
const EMOJI = ['🤡', '🔥', '👉', '⭐', '🖕'];
const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘqʀꜱᴛᴜᴠᴡxʏᴢ';
const frame = (w: string) => `Honestly, you ${w} again.`;
const randoms = fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 });
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length] as T;

/** Runs of one letter in a word. */
const runsOf = (w: string) => w.match(/(.)\1*/g) ?? [];

/**
 * Checks `disguise` on every word of `list` with a few draws each, and lists the misses (so that a failure shows
 * every word it missed at once).
 */
function missesOf(list: readonly string[], disguise: (w: string, r: number[]) => string | null): string[] {
  const missed: string[] = [];
  for (const word of list) {
    fc.assert(
      fc.property(randoms, (r) => {
        const d = disguise(word, r);
        if (d !== null && !finds(frame(d), word)) missed.push(`${word} as ${JSON.stringify(d)}`);
      }),
      { numRuns: 4, seed: 7 },
    );
  }
  return missed;
}

describe('combined disguises on every lexicon entry', () => {
  it('stretched letters anywhere, with the word’s own double letters kept or stretched', () => {
    const stretch = (w: string, r: number[]) => {
      // Up to five runs of a letter are read both ways; longer words with more doubles are not stretched here.
      const runs = runsOf(w);
      const at = Math.floor((r[0] ?? 0) * runs.length);
      const out = runs.map((run, i) => (i === at || (r[i + 1] ?? 0) < 0.2 ? run + run[0]?.repeat(2 + i) : run));
      return out.filter((run) => run.length > 1).length > 5 ? null : out.join('');
    };
    expect(missesOf(LEXICON, stretch)).toEqual([]);
  });

  it('every letter doubled and one run stretched further, in a word with one double of its own ("jjaacckkaaaaaass")', () => {
    const doubled = (w: string, r: number[]) => {
      const runs = runsOf(w);
      // Six to sixteen runs: fewer are read every way by the case above; one double of the word's own at most.
      if (runs.length < 6 || runs.length > 16 || runs.filter((run) => run.length > 1).length > 1) return null;
      const at = Math.floor((r[0] ?? 0) * runs.length);
      return runs.map((run, i) => (run[0] as string).repeat(run.length * 2 + (i === at ? 3 : 0))).join('');
    };
    expect(missesOf(LEXICON, doubled)).toEqual([]);
  });

  it('leet spelled out letter by letter with a separator, where a "1" may be an "i" or an "l"', () => {
    const spell = (w: string, r: number[]) => {
      if (w.length < 3 || w.length > 12) return null;
      const sep = pick(SPELLING_SEPARATORS, r[0] ?? 0);
      const chars = [...w].map((c, i) => {
        const subs = LEET[c]?.filter((x) => i < w.length - 1 || x !== '!');
        return subs?.length && (r[i + 1] ?? 0) < 0.6 ? pick(subs, r[i + 1] ?? 0) : c;
      });
      // The first letter too ("$.7.u.p.!.d"), unless the word is all digits and "$" (figures).
      return /^[\d$]+$/.test(chars.join('')) ? null : chars.join(sep);
    };
    expect(missesOf(LEXICON, spell)).toEqual([]);
  });

  it('a symbol for the first letter of a word spelled out ("$.t.u.p.i.d", "@+s+s", "!.d.i.o.t"), also quoted', () => {
    const SYMBOL: Readonly<Record<string, string>> = { a: '@', s: '$', i: '!' };
    const spell = (w: string, r: number[]) => {
      const symbol = SYMBOL[w[0] ?? ''];
      if (!symbol || w.length < 3 || w.length > 12) return null;
      return [symbol, ...w.slice(1)].join(pick(SPELLING_SEPARATORS, r[0] ?? 0));
    };
    expect(missesOf(LEXICON, spell)).toEqual([]);
    const quoted = (w: string, r: number[]) => {
      const spelled = spell(w, r);
      return spelled === null ? null : `${pick(['"', "'", '(', '“'], r[1] ?? 0)}${spelled}"`;
    };
    expect(missesOf(LEXICON, quoted)).toEqual([]);
    // With stars between the letters ("@*r*s*e", "!*d*i*o*t").
    const starred = (w: string) =>
      SYMBOL[w[0] ?? ''] && w.length >= 3 ? [SYMBOL[w[0] ?? ''], ...w.slice(1)].join('*') : null;
    expect(missesOf(LEXICON, starred)).toEqual([]);
  });

  it('l33t digits among the letters of a name-calling word opening in a capital: no name ("R374Rd", "M0r0n")', () => {
    const digits: Record<string, string> = { e: '3', a: '4', o: '0', t: '7', i: '1', s: '5' };
    const names = lexiconEntries()
      .filter((e) => /^[a-z]{4,}$/.test(e.word) && (e.kinds.has('insult-strong') || e.kinds.has('insult-person')))
      .map((e) => e.word);
    const missed: string[] = [];
    for (const w of names) {
      const inner = [...w.slice(1, -1)].map((c) => digits[c] ?? c).join('');
      if (!/\d/.test(inner)) continue;
      // A second capital inside, as a name may have one ("McCain").
      const body = `Typical ${(w[0] as string).toUpperCase()}${inner}${(w.at(-1) as string).toUpperCase()} take.`;
      if (abuseReasons(body).length === 0) missed.push(body);
    }
    expect(missed).toEqual([]);
    expect(names.length).toBeGreaterThan(100);
  });

  it('a first letter written as its symbol, stretched ("@@@sshole", "!!!diot"), the rest stretched too', () => {
    const SYMBOL: Readonly<Record<string, string>> = { a: '@', i: '!' };
    const stretch = (w: string, r: number[]) => {
      const symbol = SYMBOL[w[0] ?? ''];
      if (!symbol || w.length < 4 || runsOf(w).length > 5) return null;
      const times = 2 + Math.floor((r[0] ?? 0) * 4);
      const at = 1 + Math.floor((r[1] ?? 0) * (w.length - 1));
      return symbol.repeat(times) + w.slice(1, at) + (w[at] ?? '').repeat((r[2] ?? 0) < 0.5 ? 1 : 3) + w.slice(at + 1);
    };
    expect(missesOf(LEXICON, stretch)).toEqual([]);
  });

  it('a two-letter word spelled out with a separator other than a space ("u_p", "g-o", "u.p"), between plain words', () => {
    const missed: string[] = [];
    for (const w of TWO_LETTER_WORDS)
      for (const sep of ['_', '-', '|', '/', '~', '+', ':', '.', '·', '•', ',']) {
        const body = `I will beat you ${w[0]}${sep}${w[1]} again.`;
        if (!words(body).some((x) => x.forms.includes(w) && x.joined)) missed.push(body);
      }
    expect(missed).toEqual([]);
    expect(abuseReasons('I will beat you u_p, Ines').map((r) => r.rule)).toContain('abuse.threat');
  });

  it('a word spelled out whose last letter is a symbol, before a full stop, a question mark, exclamation marks, a closing quote, or a dot and a comma or a closing quote ("j_e_r_k_$. Read", "j.e.r.k.$!!!", "k.y.$..", "k.y.$., Colm", "(j.e.r.k.$.)")', () => {
    const SYMBOL: Readonly<Record<string, string>> = { a: '@', s: '$' };
    const ENDS = [
      '. Read it again.',
      '? Read it again.',
      '!!! Read it again.',
      '" is the word.',
      ') is the word.',
      '.. Read it again.',
      '., read it again.',
      '.; read it again.',
      '." is the word.',
      '.) is the word.',
    ];
    const missed: string[] = [];
    for (const w of LEXICON) {
      const symbol = SYMBOL[w[w.length - 1] ?? ''];
      if (!symbol || w.length < 3 || w.length > 12) continue;
      for (const sep of SPELLING_SEPARATORS)
        for (const end of ENDS) {
          const spelled = [...w.slice(0, -1), symbol].join(sep);
          const open = end.includes('"') ? '"' : end.includes(')') ? '(' : '';
          const body = `Honestly, you ${open}${spelled}${end}`;
          if (!finds(body, w)) missed.push(body);
        }
    }
    expect(missed).toEqual([]);
  });

  it('every "i" and "l" of a word written as one long run of 1s, other letters stretched ("pp1111111ockk")', () => {
    const ones = (w: string, r: number[]) => {
      const run = /[il]+/.exec(w);
      if (!run || w.length < 3) return null;
      const at = Math.floor((r[0] ?? 0) * w.length);
      const stretched = [...w].map((c, i) => (i === at && !'il'.includes(c) ? c.repeat(2) : c)).join('');
      const cluster = /[il]+/.exec(stretched) as RegExpExecArray;
      return `${stretched.slice(0, cluster.index)}${'1'.repeat(7)}${stretched.slice(cluster.index + cluster[0].length)}`;
    };
    expect(missesOf(LEXICON, ones)).toEqual([]);
  });

  it('several "i" and "l" runs of a word each written as a stretched run of 1s ("11110w111ff3")', () => {
    const ones = (w: string, r: number[]) => {
      const clusters = w.match(/[il]+/g) ?? [];
      if (clusters.length < 2 || runsOf(w).length > 6) return null;
      let k = 0;
      const written = w.replace(/[il]+/g, (c) => '1'.repeat(c.length + 2 + Math.floor((r[k++] ?? 0) * 2)));
      return [...written].filter((c) => c === '1').length > 6 ? written : null;
    };
    expect(missesOf(LEXICON, ones)).toEqual([]);
  });

  it('an emoji wedged next to a stray letter or two of a threat word', () => {
    const wedge = (w: string, r: number[]) => {
      const at = (r[0] ?? 0) < 0.5 ? 1 : w.length - 1;
      return w.slice(0, at) + pick(EMOJI, r[1] ?? 0) + w.slice(at);
    };
    expect(missesOf(PHRASE_WORDS, wedge)).toEqual([]);
  });

  it('threat words spelled out with spaces or separators', () => {
    const spell = (w: string, r: number[]) => [...w].join(pick([' ', ...SPELLING_SEPARATORS], r[0] ?? 0));
    expect(
      missesOf(
        PHRASE_WORDS.filter((w) => w.length >= 3),
        spell,
      ),
    ).toEqual([]);
  });

  it('letters in circles and boxes, regional indicators, Armenian and Cherokee look-alikes', () => {
    const bases = [0x24d0, 0x1f150, 0x1f170, 0x1f1e6];
    const boxed = (w: string, r: number[]) => {
      const base = pick(bases, r[0] ?? 0);
      const sep = base === 0x1f1e6 ? '\u200b' : '';
      return [...w].map((c) => String.fromCodePoint(base + c.charCodeAt(0) - 97)).join(sep);
    };
    expect(missesOf(LEXICON, boxed)).toEqual([]);
    const other: Record<string, string> = { o: 'օ', u: 'ս', h: 'հ', n: 'ո', a: 'Ꭺ', e: 'Ꭼ', i: 'Ꭵ', s: 'Ꮪ', t: 'Ꭲ' };
    const scripts = (w: string, r: number[]) =>
      [...w].map((c, i) => ((r[i] ?? 0) < 0.6 ? (other[c] ?? c) : c)).join('');
    expect(missesOf(LEXICON, scripts)).toEqual([]);
  });

  it('mixed case is a disguise, not a name, and names with one inner capital stay names', () => {
    const tokens = (body: string) => {
      const folded = foldText(body);
      return tokenize(folded, body).map((t) => [t.text, t.capitalized]);
    };
    expect(tokens('ReTaRd MoRoN McCain DeSantis LaToya Hello BBC HeAd IdIoT')).toEqual([
      ['retard', false],
      ['moron', false],
      ['mccain', true],
      ['desantis', true],
      ['latoya', true],
      ['hello', true],
      ['bbc', false],
      ['head', false],
      ['idiot', false],
    ]);
  });

  it('a word split by a space after its first two letters or before its last two', () => {
    // A longer fragment that is a known word reads as that word ("idiot as", "as bastards"), so it is left out,
    // unless it comes first and its two-letter ending is no word ("wank er", not "dumb as"), or it is a listed word
    // itself beside two letters that are no word ("re tard"); a two-letter fragment that is a word ("dimw it",
    // "cret in") does not stop the gluing.
    const known = (x: string) => ABUSE_VOCABULARY.has(x);
    const split = (w: string, r: number[]) => {
      if (w.length < 5) return null;
      const at = (r[0] ?? 0) < 0.5 ? 2 : w.length - 2;
      const [a, b] = [w.slice(0, at), w.slice(at)];
      const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
      const cutEnding = a.length > b.length && !known(b) && !TWO_LETTER_WORDS.has(b);
      const listedPiece = ABUSE_VOCABULARY.flagged(longer) && !TWO_LETTER_WORDS.has(shorter);
      return known(longer) && !cutEnding && !listedPiece ? null : `${a} ${b}`;
    };
    expect(missesOf(LEXICON, split)).toEqual([]);
    // The verbs of violence, which no lexicon lists alone, are glued back for the threat phrases ("sh oot").
    expect(missesOf(MASKED_VERBS, split)).toEqual([]);
  });

  it('small capitals', () => {
    const small = (w: string, r: number[]) =>
      [...w].map((c, i) => ((r[i] ?? 0) < 0.7 ? (SMALL_CAPS[c.charCodeAt(0) - 97] ?? c) : c)).join('');
    expect(missesOf(LEXICON, small)).toEqual([]);
  });
});

describe('clean text around the same shapes', () => {
  it('keeps the words of prices, emoji between words and initials', () => {
    const texts = (body: string) => words(body).map((w) => w.text);
    expect(texts('It costs $ 5 now, or $5.')).toEqual(['it', 'costs', '5', 'now', 'or', '$5']);
    expect(texts('great🔥game tonight')).toEqual(['great', 'game', 'tonight']);
    expect(texts('go🔥team')).toEqual(['go', 'team']);
    expect(texts('Hello! How are you?')).toEqual(['hello', 'how', 'are', 'you']);
    expect(texts('The U.S. and the U.K.')).toEqual(['the', 'u', 's', 'and', 'the', 'u', 'k']);
    expect(texts('The con man had a gas bag')).toEqual(['the', 'con', 'man', 'had', 'a', 'gas', 'bag']);
    expect(texts('The plan is dumb as rocks')).toEqual(['the', 'plan', 'is', 'dumb', 'as', 'rocks']);
    expect(texts('Mo Ron is my uncle')).toEqual(['mo', 'ron', 'is', 'my', 'uncle']);
  });
});
