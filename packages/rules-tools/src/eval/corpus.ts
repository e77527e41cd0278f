import { readFileSync } from 'node:fs';

/** One labelled line of an evaluation corpus (JSONL). */
export interface CorpusRow {
  id: string;
  articleId: string;
  author: { id: string; name: string };
  body: string;
  expect: 'approve' | 'flag';
  categories: string[];
  technique: string;
  note?: string;
  /** Toxic-span corpora: the code point offsets annotators marked as what makes the comment toxic. */
  spans?: number[];
}

/**
 * The corpora `pnpm eval` reads without `--corpus`, relative to the repository: the dev corpus and the real
 * comments beside it, and the civil comments written for this repository (`corpus/civil-news.jsonl`;
 * `corpus/civil-debate.jsonl`, a larger, independent set of good-faith news comments whose words look risky,
 * written without looking at the rules; and `corpus/civil-topics.jsonl`, good-faith reader comments on everyday
 * topics (sports, cooking, gardening, tech, health, crime and court reports, history, reviews, music, animals,
 * politics, religion and identity, self-deprecation, banter, regional English, names and places) where risky words
 * appear innocently, also written before the rules were run on them, its topic in each line's `note`; and
 * `corpus/civil-mentions.jsonl`, good-faith comments that use the words comment spam uses (recommending a source or
 * another creator, timestamps, subscribing to a paper, "follow the recipe", "I like this", giveaways and money in the
 * news, "message the council", the writer's own life, fans asking for more, helplines, product names with dots),
 * written before the spam rules were read, its kind in `note`; and
 * `corpus/civil-casual.jsonl`, good-faith comments in the casual register of video, forum, review and social posts
 * (music and gaming slang, fans' banter, reviews, parenting and pets, fitness, memes, self-deprecation, teasing,
 * quoted lyrics and film lines, informal spelling, capitals, emoji, swearing aimed at no one), written the same way);
 * `corpus/civil-replies.jsonl`, replies between readers in a comment thread (disagreement addressed to "you",
 * concessions, quoting the other reader, reported speech and quoted insults, crime and court, identity groups named
 * neutrally, medical words, names and places, mild profanity aimed at no one; the kind in `note`), written the same way;
 * `corpus/civil-regional.jsonl`, good-faith comments in the Englishes of the world and their slang (British, Scottish,
 * Irish, Australian and New Zealand, South African, Indian, Nigerian and Ghanaian, Caribbean, Singaporean, North
 * American; dishes, places and surnames with rude syllables, self-deprecation, fond address), written the same way;
 * `corpus/civil-sensitive.jsonl`, good-faith comments on the most contested topics (immigration, faiths, wars,
 * policing and race, crime figures, trans rights, abortion, disability, history, terrorism, class; slurs and threats
 * reported as news; personal experience as a member of a group), written the same way.
 */
export const DEFAULT_CORPORA = [
  '../shared/corpus/dev.jsonl',
  'packages/rules-tools/corpus/civil-news.jsonl',
  'packages/rules-tools/corpus/civil-debate.jsonl',
  'packages/rules-tools/corpus/civil-topics.jsonl',
  'packages/rules-tools/corpus/civil-mentions.jsonl',
  'packages/rules-tools/corpus/civil-casual.jsonl',
  'packages/rules-tools/corpus/civil-replies.jsonl',
  'packages/rules-tools/corpus/civil-regional.jsonl',
  'packages/rules-tools/corpus/civil-sensitive.jsonl',
  '../shared/corpus/external/youtube-spam-dev.jsonl',
  '../shared/corpus/external/toxic-spans-train.jsonl',
] as const;

export function parseCorpus(text: string): CorpusRow[] {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusRow);
}

export function readCorpus(path: string): CorpusRow[] {
  return parseCorpus(readFileSync(path, 'utf8'));
}

/** 32-bit FNV-1a of a string's UTF-16 units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A fixed split of real corpora by id: `dev` (70%) is what rules are developed against, `check` (30%) is only
 * measured, to see whether a change generalizes beyond the lines it was written for.
 */
export function splitOf(id: string): 'dev' | 'check' {
  return fnv1a(id) % 100 < 70 ? 'dev' : 'check';
}
