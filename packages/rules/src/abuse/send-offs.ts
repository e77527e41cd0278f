import { hasForm as has, type Word } from '../normalize/words.js';
import { ADDRESSES } from './lexicon/dismissals.js';
import {
  AFTER_OR,
  DELIGHT_WORDS,
  DISBELIEF_PHRASES,
  LEAD_PHRASES,
  LEAD_WORDS,
  READING_TAUNTS,
  SEND_OFFS,
  TAIL_WORDS,
} from './lexicon/send-offs.js';

const LEAD: ReadonlySet<string> = new Set(LEAD_WORDS);
const TAIL: ReadonlySet<string> = new Set([...TAIL_WORDS, ...ADDRESSES]);
const OR_ORDERS: ReadonlySet<string> = new Set(AFTER_OR);
const DELIGHT: ReadonlySet<string> = new Set(DELIGHT_WORDS);
/** Capitalised words after an order that are no one addressed: the writer, days ("Go away Monday"). */
const NOT_NAMES: ReadonlySet<string> = new Set(
  'i monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight'.split(' '),
);

/** The orders as sets of spellings per slot, by the spellings of their first slot. */
const BY_FIRST = new Map<string, ReadonlySet<string>[][]>();
/** The taunts among them, which must end their sentence: "You can't read, you have to listen to it" is no taunt. */
const TAUNTS = new Set<ReadonlySet<string>[]>();
for (const order of [...SEND_OFFS, ...READING_TAUNTS]) {
  const slots = order.map((s) => new Set(s.split('|')));
  if (READING_TAUNTS.includes(order)) TAUNTS.add(slots);
  for (const first of slots[0] ?? []) {
    const known = BY_FIRST.get(first);
    if (known) known.push(slots);
    else BY_FIRST.set(first, [slots]);
  }
}

/** Slot words after the first stay in one clause: "shut. up" is two sentences. */
function matches(words: Word[], i: number, slots: ReadonlySet<string>[]): boolean {
  return slots.every((s, k) => {
    const w = words[i + k];
    return w !== undefined && has(s, w) && (k === 0 || !w.breakBefore);
  });
}

/**
 * The order at `i` opens its clause: nothing before it in the sentence but words such as "just", "please", "oh"
 * ("Oh, just go away.") or a phrase handing it to the reader ("Why don't you grow up?", "You need to get a life.");
 * after "or" when it is a call to be silent ("Put up or shut up."). Not "the pain will go away", "kids grow up
 * fast", "don't go away".
 */
function opensClause(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  if (i > 0 && !w.breakBefore && !w.pauseBefore && words[i - 1]?.text === 'or' && OR_ORDERS.has(w.text)) return true;
  let j = i;
  for (;;) {
    const cur = words[j] as Word;
    if (j === 0 || cur.breakBefore || cur.pauseBefore) return true;
    // A phrase first: "well" of "bloody well" is also a lead word on its own ("Well, go away then.").
    const phrase = LEAD_PHRASES.find((p) => endsAt(words, j - 1, p));
    if (phrase) j -= phrase.length;
    else if (LEAD.has((words[j - 1] as Word).text)) j--;
    else return false;
  }
}

/** The words ending at `last` are `phrase`, in one clause. */
function endsAt(words: Word[], last: number, phrase: readonly string[]): boolean {
  const first = last - phrase.length + 1;
  if (first < 0) return false;
  return phrase.every((t, k) => words[first + k]?.text === t && (k === 0 || !(words[first + k] as Word).pauseBefore));
}

/**
 * The order ending at `last` ends its clause: nothing follows in the sentence but a comma, or words such as
 * "already", "please", a scornful address or a name ("Go away, troll.", "Shut up already, Dave."). Not "shut up
 * and dance", "go away for the weekend", "nobody asked you to pay". With `sentence`, a comma does not end it.
 */
function endsClause(words: Word[], last: number, sentence = false): boolean {
  for (let k = last + 1; k <= last + 3; k++) {
    const w = words[k];
    if (!w || w.breakBefore) return true;
    // "Go away, Dave.", "Get a life Roy.": a name after a comma or ending the sentence; "Go troll elsewhere, I hear
    // ..." goes on with the writer.
    const next = words[k + 1];
    const named = w.capitalized && !has(NOT_NAMES, w) && (w.pauseBefore || !next || next.breakBefore);
    const tail = has(TAIL, w) || named;
    if (!tail) return w.pauseBefore && !sentence;
  }
  const w = words[last + 4];
  return !w || w.breakBefore || w.pauseBefore;
}

/**
 * Orders that silence or send away whoever is addressed, standing as their own clause: "Shut up.", "Just go away,
 * troll.", "Prove it or shut up.", "Get a life.", "Nobody asked you.", "Take your hate elsewhere."; and the reader
 * told they cannot read ("Learn to read.", "Can you even read?"). The word ranges
 * `[first, last]` of each.
 */
export function findSendOffs(words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    for (const form of w.forms) {
      const orders = BY_FIRST.get(form);
      if (!orders) continue;
      for (const slots of orders) {
        const last = i + slots.length - 1;
        if (!matches(words, i, slots) || !opensClause(words, i) || !endsClause(words, last, TAUNTS.has(slots)))
          continue;
        if (form === 'shut' && delightFollows(words, last)) continue;
        out.push([i, last]);
      }
      break;
    }
  }
  return out;
}

/**
 * "Shut up! No way, you got the job?", "Shut up, that's amazing!", "Shut up, you did not just win that": "shut up" as
 * disbelief at good news. The next words say so: a cry of surprise or delight, or words of disbelief opening them.
 */
const DISBELIEF: readonly string[][] = DISBELIEF_PHRASES.map((p) => p.split(' '));

function delightFollows(words: Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next) return false;
  if (DISBELIEF.some((run) => run.every((t, n) => words[last + 1 + n]?.text === t))) return true;
  for (let k = last + 1; k <= last + 4 && k < words.length; k++) if (has(DELIGHT, words[k])) return true;
  return false;
}
