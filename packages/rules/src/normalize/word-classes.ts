/**
 * Membership of words in the checks' word sets, asked once per spelling instead of once per question.
 *
 * The checks ask hundreds of times per comment whether a word is in one set or another ("is it a pronoun", "an
 * article", "a verb of harm"), each a string hash lookup for every spelling of the word. Here every set asked
 * through `inClass` becomes a class with a number, and every spelling listed in any class gets a bit array of the
 * classes holding it. A word looks its spellings up once (`classesOf`) and each question after that is one bit.
 *
 * A set becomes a class the first time it is asked about; the sets asked are the lexicons' and checks' constants,
 * fixed once their module is loaded. A set's members must not change after its first question.
 */

/** What a word needs for its classes: its spellings, and where its bits are kept between questions. */
export interface Classified {
  forms: string[];
  /** The bits of `forms` over the classes known at `classesAt`, or `NO_CLASSES` before the first question. */
  classes: Uint32Array;
  /** The spellings `classes` was computed from (a word's spellings are replaced, not edited, once it is built). */
  classesOf: readonly string[] | null;
  /** The number of classes when `classes` was computed: a class added later means computing them again. */
  classesAt: number;
}

type Classed = ReadonlySet<string> & { wordClass?: number };

/** Words (32 bits each) in every bit array; grows as classes are added. */
let width = 16;
let count = 0;
let empty = new Uint32Array(width);
const bitsOf = new Map<string, Uint32Array>();

/** Bits for a word that no class holds, before the first question. */
export const NO_CLASSES: Uint32Array = new Uint32Array(0);

/**
 * Far more classes than the checks' constants make (about a thousand): a set built anew for each question would
 * otherwise add a class every time, and the index would grow without end.
 */
export const MAX_CLASSES = 8192;

function addClass(set: Classed): number {
  if (count >= MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} word classes: is a set made per call?`);
  const id = count++;
  if (id >>> 5 >= width) {
    width *= 2;
    empty = new Uint32Array(width);
    for (const [form, bits] of bitsOf) {
      const wider = new Uint32Array(width);
      wider.set(bits);
      bitsOf.set(form, wider);
    }
  }
  const slot = id >>> 5;
  const bit = 1 << (id & 31);
  for (const form of set) {
    let bits = bitsOf.get(form);
    if (!bits) {
      bits = new Uint32Array(width);
      bitsOf.set(form, bits);
    }
    bits[slot] = (bits[slot] as number) | bit;
  }
  (set as { wordClass?: number }).wordClass = id;
  return id;
}

/** The classes holding any of the word's spellings (kept on the word until its spellings or the classes change). */
function classesOf(w: Classified): Uint32Array {
  if (w.classesOf === w.forms && w.classesAt === count) return w.classes;
  const forms = w.forms;
  let bits: Uint32Array = empty;
  let owned = false;
  for (let i = 0; i < forms.length; i++) {
    const b = bitsOf.get(forms[i] as string);
    if (b === undefined) continue;
    if (bits === empty) bits = b;
    else {
      if (!owned) {
        bits = bits.slice();
        owned = true;
      }
      for (let k = 0; k < width; k++) bits[k] = (bits[k] as number) | (b[k] as number);
    }
  }
  w.classes = bits;
  w.classesOf = forms;
  w.classesAt = count;
  return bits;
}

/** Whether any spelling of `w` is in `set`: the same answer as asking the set for each spelling. */
export function inClass(set: ReadonlySet<string>, w: Classified): boolean {
  const id = (set as Classed).wordClass ?? addClass(set as Classed);
  return ((classesOf(w)[id >>> 5] as number) & (1 << (id & 31))) !== 0;
}
