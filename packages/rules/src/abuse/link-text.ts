import type { Finding } from '../engine/reason.js';

/**
 * Abuse findings without those read inside links: a video id or a path ("youtu.be/wO-9_----12") is letters,
 * digits and separators that the normalizer's disguise-joining can read as a word ("w-o-9" as a slur). The link is
 * held as a link; what it spells is not the commenter's words. A finding keeps its evidence outside links, and is
 * dropped when none is left. A word that is the whole of a "link" is still the commenter's word: "bit🖕ch" reads as a
 * Swiss domain with an emoji for its dot, and as a disguised insult; so is a word that ends a bare domain, no path
 * after it ("a b r a i n l . s s" reads as the South Sudan domain "abrainl.ss", and "brainl.ss" as "brainless").
 */
export function outsideLinks(
  findings: Finding[],
  links: readonly { start: number; end: number; value: string }[],
): Finding[] {
  if (links.length === 0) return findings;
  const inLink = (e: { start: number; end: number }) =>
    links.some(
      (l) =>
        e.start >= l.start &&
        e.end <= l.end &&
        (e.start !== l.start || e.end !== l.end) &&
        (e.end !== l.end || l.value.includes('/')),
    );
  return findings.filter((f) => f.evidence.length === 0 || !f.evidence.every(inLink));
}
