import type { Evidence } from '@cm/contracts';

/**
 * The middle finger emoji (U+1F595, in any skin tone): an obscene gesture at whoever the comment answers, as "fuck
 * you" is. The tokenizer reads no word in an emoji, so it is looked for in the body itself; the evidence is each
 * run of them.
 */
const MIDDLE_FINGER = /\u{1F595}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)*/gu;

/** Each run of middle fingers in `body`, as evidence in its code units. */
export function findGestures(body: string): Evidence[] {
  // One search for the emoji rules out nearly every comment before the regex runs.
  if (!body.includes('\u{1F595}')) return [];
  const out: Evidence[] = [];
  let last: Evidence | undefined;
  for (const m of body.matchAll(MIDDLE_FINGER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "🖕🖕🖕", "🖕 🖕": one gesture repeated is one piece of evidence.
    if (last && /^\s*$/u.test(body.slice(last.end, start))) {
      last.end = end;
      last.text = body.slice(last.start, end);
      continue;
    }
    last = { text: m[0], start, end };
    out.push(last);
  }
  return out;
}
