/**
 * A string derived from the original comment body, where every UTF-16 unit remembers which span of the
 * original produced it. Every transformation (folding, de-fanging) builds a new one, so a match found on
 * any derived text can still be highlighted in the body the reader wrote.
 */
export interface MappedText {
  readonly text: string;
  /** Original start offset of each unit of `text` (entries past `text.length` may exist: the identity mapping of
   * plain ASCII text is one shared array; read only the first `text.length`). */
  readonly starts: readonly number[];
  /** Original end offset (exclusive) of each unit of `text` (same note). */
  readonly ends: readonly number[];
}

/**
 * Appends pieces of text with their original span. Units and offsets are kept in plain arrays of small
 * integers and turned into one string at the end: concatenating a string per folded character, and typed
 * arrays (whose allocation goes through the runtime), made folding the costliest step.
 */
export class MappedTextBuilder {
  private readonly units: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends one UTF-16 unit that maps to the original span [start, end). */
  pushUnit(unit: number, start: number, end: number): void {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Appends `piece`; every unit of it maps to the original span [start, end). */
  push(piece: string, start: number, end: number): void {
    for (let i = 0; i < piece.length; i++) this.pushUnit(piece.charCodeAt(i), start, end);
  }

  /** Appends `source.text[from, to)` unchanged, keeping its own mapping. */
  copy(source: MappedText, from: number, to: number): void {
    const text = source.text;
    for (let i = from; i < to; i++) {
      this.units.push(text.charCodeAt(i));
      this.starts.push(source.starts[i] ?? 0);
      this.ends.push(source.ends[i] ?? 0);
    }
  }

  build(): MappedText {
    return { text: unitsToString(this.units), starts: this.starts, ends: this.ends };
  }
}

const CHUNK = 4096;

/** The string of UTF-16 units, decoded in chunks (apply's argument count is bounded). */
function unitsToString(units: number[]): string {
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units);
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  return out;
}

/** Maps a span [from, to) of a derived text back to the original body. */
export function originalSpan(mt: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= mt.text.length) return { start: 0, end: 0 };
  const last = Math.min(to, mt.text.length) - 1;
  return { start: mt.starts[from] ?? 0, end: mt.ends[last] ?? 0 };
}

/**
 * Rewrites every match of a global regex, keeping the mapping: untouched text is copied, a replacement maps to
 * the whole span of its match. Returning `null` from the replacer keeps the match as it is.
 * The regexes passed here must be linear-time (no nested quantifiers).
 */
export function mappedReplace(
  source: MappedText,
  regex: RegExp,
  replacer: (match: RegExpExecArray) => string | null,
): MappedText {
  regex.lastIndex = 0;
  let m = regex.exec(source.text);
  if (!m) return source;
  const out = new MappedTextBuilder();
  let last = 0;
  while (m) {
    const from = m.index;
    const to = from + m[0].length;
    const replacement = replacer(m);
    if (replacement !== null) {
      out.copy(source, last, from);
      const span = originalSpan(source, from, to);
      out.push(replacement, span.start, span.end);
      last = to;
    }
    if (m[0].length === 0) regex.lastIndex++;
    m = regex.exec(source.text);
  }
  out.copy(source, last, source.text.length);
  return out.build();
}
