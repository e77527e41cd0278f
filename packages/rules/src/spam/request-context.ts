/**
 * What the words around a request say about who makes it and what it points at: the writer telling of their own
 * doing ("I listen to my playlist on the way to work") rather than asking readers to do it ("listen to my
 * playlist"), and a point in the video ("check out 2:31") rather than a name or title.
 */

/** Adverbs, modals and catenatives that may stand between the writer and their verb: "I always", "I'd love to". */
export const BETWEEN: readonly string[] = [
  'always',
  'often',
  'usually',
  'sometimes',
  'still',
  'just',
  'also',
  'only',
  'never',
  'really',
  'even',
  'mostly',
  'normally',
  'rarely',
  'actually',
  'then',
  'now',
  'can',
  'could',
  'will',
  'would',
  'do',
  'did',
  "don't",
  "didn't",
  "can't",
  'cannot',
  "couldn't",
  "won't",
  'might',
  'should',
  'must',
  'used to',
  'had to',
  'have to',
  'has to',
  'got to',
  'get to',
  'like to',
  'love to',
  'want to',
  'wanted to',
  'need to',
  'went to',
  'tend to',
  'go',
  'went',
];
/** The writer ("I", "we", with a contraction) then at most three of `BETWEEN`, right before the verb. */
const WRITER_SUBJECT = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}'])(?:i|we)(?:'d|'ll|'ve|'m)?\s+(?:(?:${BETWEEN.join('|')})\s+){0,3}$`,
  'u',
);
/** Verbs that offer the writer's work to others whoever their subject is: "I'd like to share my music". */
const OFFERING = /^(?:share|spread|support|show)\b/;

/**
 * Whether the verb at `at` in the folded text has the writer as its subject and tells of what they do themselves:
 * "I listen to my playlist", "we watch our old videos", "I had to go to my profile"; not "I hope you check out my
 * channel" (the reader is asked) nor "I'd love to share my songs" (an offer).
 */
export function writerDoes(text: string, at: number): boolean {
  if (OFFERING.test(text.slice(at, at + 8))) return false;
  return WRITER_SUBJECT.test(text.slice(Math.max(0, at - 60), at));
}

/** A time in a video: "2:31", "12:03", "1:02:45". */
const TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/;

/** Whether the original body at `at` (after spaces) gives a time in the video rather than a name: "check out 2:31". */
export function pointsToTime(body: string, at: number): boolean {
  let i = at;
  while (i < body.length && i - at < 4 && body[i] === ' ') i++;
  return TIMESTAMP.test(body.slice(i, i + 12));
}
