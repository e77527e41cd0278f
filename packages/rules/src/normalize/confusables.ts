/**
 * Look-alike characters folded to the ASCII they imitate. NFKC already folds fullwidth forms, mathematical
 * alphanumerics, ligatures and circled letters, so this table only holds what Unicode normalization keeps
 * apart: Cyrillic and Greek letters that render like Latin ones, a few Latin extensions, and punctuation that
 * evaders use in place of a dot or a hyphen. Written by hand from the Unicode confusables data (no network).
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic lower case
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['ё', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['ѕ', 's'],
  ['і', 'i'],
  ['ї', 'i'],
  ['ј', 'j'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
  ['һ', 'h'],
  ['ɡ', 'g'],
  ['ь', 'b'],
  ['п', 'n'],
  ['г', 'r'],
  ['ӏ', 'l'],
  ['ԍ', 'g'],
  ['ү', 'y'],
  ['ɩ', 'i'],
  // Cyrillic upper case
  ['А', 'a'],
  ['В', 'b'],
  ['Е', 'e'],
  ['Ё', 'e'],
  ['К', 'k'],
  ['М', 'm'],
  ['Н', 'h'],
  ['О', 'o'],
  ['Р', 'p'],
  ['С', 'c'],
  ['Т', 't'],
  ['У', 'y'],
  ['Х', 'x'],
  ['Ѕ', 's'],
  ['І', 'i'],
  ['Ї', 'i'],
  ['Ј', 'j'],
  ['Ԁ', 'd'],
  ['Ԛ', 'q'],
  ['Ԝ', 'w'],
  ['Һ', 'h'],
  ['Ь', 'b'],
  ['Ү', 'y'],
  ['Ӏ', 'l'],
  ['Ԍ', 'g'],
  // Greek lower case
  ['α', 'a'],
  ['β', 'b'],
  ['ε', 'e'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
  ['ω', 'w'],
  ['γ', 'y'],
  ['η', 'n'],
  ['ϲ', 'c'],
  ['ϳ', 'j'],
  ['µ', 'u'],
  ['μ', 'u'],
  // Greek upper case
  ['Α', 'a'],
  ['Β', 'b'],
  ['Ε', 'e'],
  ['Ζ', 'z'],
  ['Η', 'h'],
  ['Ι', 'i'],
  ['Κ', 'k'],
  ['Μ', 'm'],
  ['Ν', 'n'],
  ['Ο', 'o'],
  ['Ρ', 'p'],
  ['Τ', 't'],
  ['Υ', 'y'],
  ['Χ', 'x'],
  ['Ϲ', 'c'],
  ['Ϳ', 'j'],
  // Armenian, Coptic and Cherokee letters that render like Latin ones
  ['օ', 'o'],
  ['Օ', 'o'],
  ['ս', 'u'],
  ['Ս', 'u'],
  ['հ', 'h'],
  ['ո', 'n'],
  ['ց', 'g'],
  ['զ', 'q'],
  ['ⲟ', 'o'],
  ['Ⲟ', 'o'],
  ['ⲣ', 'p'],
  ['Ⲣ', 'p'],
  ['ⲙ', 'm'],
  ['ⲕ', 'k'],
  ['ⲭ', 'x'],
  ['Ꭺ', 'a'],
  ['Ᏼ', 'b'],
  ['Ꮯ', 'c'],
  ['Ꭰ', 'd'],
  ['Ꭼ', 'e'],
  ['Ꮐ', 'g'],
  ['Ꮋ', 'h'],
  ['Ꭵ', 'i'],
  ['Ꮶ', 'k'],
  ['Ꮮ', 'l'],
  ['Ꮇ', 'm'],
  ['Ꮲ', 'p'],
  ['Ꮢ', 'r'],
  ['Ꮪ', 's'],
  ['Ꭲ', 't'],
  ['Ꮩ', 'v'],
  ['Ꮃ', 'w'],
  ['Ꮤ', 'w'],
  ['Ꮓ', 'z'],
  // Latin extensions and IPA letters that survive NFKC
  ['ı', 'i'],
  ['ȷ', 'j'],
  ['ɑ', 'a'],
  ['ɒ', 'a'],
  ['ƅ', 'b'],
  ['ɓ', 'b'],
  ['ɔ', 'o'],
  ['ɵ', 'o'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ħ', 'h'],
  ['Ħ', 'h'],
  ['ŧ', 't'],
  ['ƚ', 'l'],
  ['ʀ', 'r'],
  ['ʏ', 'y'],
  ['ᴀ', 'a'],
  ['ʙ', 'b'],
  ['ᴄ', 'c'],
  ['ᴅ', 'd'],
  ['ᴇ', 'e'],
  ['ɢ', 'g'],
  ['ʜ', 'h'],
  ['ɪ', 'i'],
  ['ᴊ', 'j'],
  ['ᴋ', 'k'],
  ['ʟ', 'l'],
  ['ᴍ', 'm'],
  ['ɴ', 'n'],
  ['ᴏ', 'o'],
  ['ᴘ', 'p'],
  ['ꞯ', 'q'],
  ['ꜱ', 's'],
  ['ᴛ', 't'],
  ['ᴜ', 'u'],
  ['ᴠ', 'v'],
  ['ᴡ', 'w'],
  ['ᴢ', 'z'],
  ['ꜰ', 'f'],
  // Letters of "fancy text" generators: hooks and tails on Latin letters, and a Greek sigma for an "o".
  ['ƒ', 'f'],
  ['ɱ', 'm'],
  ['ɾ', 'r'],
  ['ɦ', 'h'],
  ['ɳ', 'n'],
  ['ʂ', 's'],
  ['ƈ', 'c'],
  ['ɗ', 'd'],
  ['ɠ', 'g'],
  ['ʝ', 'j'],
  ['ƙ', 'k'],
  ['ʋ', 'u'],
  ['ȥ', 'z'],
  ['ƭ', 't'],
  ['σ', 'o'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  // Dots, hyphens, slashes and at-signs that stand in for the ASCII ones
  ['。', '.'],
  ['｡', '.'],
  ['․', '.'],
  ['‧', '.'],
  ['·', '.'],
  ['⸳', '.'],
  ['⸱', '.'],
  ['ꞏ', '.'],
  ['᛫', '.'],
  ['・', '.'],
  ['･', '.'],
  ['•', '.'],
  ['∙', '.'],
  ['⋅', '.'],
  ['‐', '-'],
  ['‑', '-'],
  ['‒', '-'],
  ['–', '-'],
  ['—', '-'],
  ['―', '-'],
  ['−', '-'],
  ['⁃', '-'],
  ['∕', '/'],
  ['⁄', '/'],
  ['＠', '@'],
  ['’', "'"],
  ['‘', "'"],
  ['ʼ', "'"],
  ['“', '"'],
  ['”', '"'],
];

/**
 * Letters and digits in boxes, circles and brackets that NFKC leaves alone or spells out with their brackets, by the
 * first code point of each run of 26 (or 9): parenthesized letters, negative circled and negative squared capitals,
 * regional indicators (which pair into flags, and spell words one letter at a time), dingbat circled digits.
 */
const ENCLOSED_RUNS: ReadonlyArray<readonly [number, number, string]> = [
  // Parenthesized letters ("⒡⒰⒞⒦"), which NFKC would spell out with their brackets.
  [0x249c, 26, 'a'],
  [0x1f110, 26, 'a'],
  [0x1f150, 26, 'a'],
  [0x1f170, 26, 'a'],
  [0x1f1e6, 26, 'a'],
  [0x2776, 9, '1'],
  [0x2780, 9, '1'],
  [0x278a, 9, '1'],
];

/** The ASCII letter or digit an enclosed one stands for, or undefined. */
export function enclosed(cp: number): string | undefined {
  if (cp === 0x24ff || cp === 0x1f10c) return '0';
  for (const [first, length, base] of ENCLOSED_RUNS) {
    if (cp >= first && cp < first + length) return String.fromCharCode(base.charCodeAt(0) + cp - first);
  }
  return undefined;
}

/** Code point → replacement (lower case ASCII, or ASCII punctuation). */
export const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  PAIRS.map(([from, to]) => [from.codePointAt(0) ?? 0, to] as const),
);

/**
 * Characters that render as nothing and are used to split words invisibly: zero-width space, joiners and
 * non-joiner, word joiner, soft hyphen, BOM, bidi controls, invisible operators, variation selectors, tags.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    cp === 0x0000
  );
}
