/**
 * A string derived from the original comment body, where every UTF-16 unit remembers which span of the
 * original produced it. Every transformation (folding, de-fanging) builds a new one, so a match found on
 * any derived text can still be highlighted in the body the reader wrote.
 */
export interface MappedText {
  readonly text: string;
  /** Original start offset of each unit of `text`. */
  readonly starts: Int32Array;
  /** Original end offset (exclusive) of each unit of `text`. */
  readonly ends: Int32Array;
}

/** Appends pieces of text with their original span; the pieces of one output string are joined at the end. */
export class MappedTextBuilder {
  private text = '';
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacityHint = 64) {
    this.starts = new Int32Array(Math.max(16, capacityHint));
    this.ends = new Int32Array(Math.max(16, capacityHint));
  }

  /** Appends `piece`; every unit of it maps to the original span [start, end). */
  push(piece: string, start: number, end: number): void {
    const n = piece.length;
    if (n === 0) return;
    this.ensure(this.length + n);
    for (let i = 0; i < n; i++) {
      this.starts[this.length + i] = start;
      this.ends[this.length + i] = end;
    }
    this.length += n;
    this.text += piece;
  }

  /** Appends `source.text[from, to)` unchanged, keeping its own mapping. */
  copy(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    const n = to - from;
    this.ensure(this.length + n);
    this.starts.set(source.starts.subarray(from, to), this.length);
    this.ends.set(source.ends.subarray(from, to), this.length);
    this.length += n;
    this.text += source.text.slice(from, to);
  }

  build(): MappedText {
    return {
      text: this.text,
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }

  private ensure(size: number): void {
    if (size <= this.starts.length) return;
    let cap = this.starts.length * 2;
    while (cap < size) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
}

/** Maps a span [from, to) of a derived text back to the original body. */
export function originalSpan(mt: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= mt.text.length) return { start: 0, end: 0 };
  const last = Math.min(to, mt.text.length) - 1;
  return { start: mt.starts[from] ?? 0, end: mt.ends[last] ?? 0 };
}

/** The identity mapping of a string onto itself. */
export function identity(text: string): MappedText {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
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
  const out = new MappedTextBuilder(source.text.length);
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
