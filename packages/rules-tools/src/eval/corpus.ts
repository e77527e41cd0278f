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
 * The corpora `pnpm eval` reads without `--corpus`, relative to the repository: the dev corpus and the real comments
 * beside it, and the civil comments written for this repository, each line's kind or topic in its `note`:
 * - `civil-news`: good-faith news comments; `civil-debate`: a larger set whose words look risky;
 * - `civil-topics`: everyday topics (sports, cooking, health, courts, history, music, animals, politics, faith and
 *   identity, self-deprecation, banter, regional English, names and places) where risky words appear innocently;
 * - `civil-mentions`: the words comment spam uses, innocently (sources and creators recommended by name, timestamps,
 *   subscribing to a paper, "follow the recipe", giveaways in the news, helplines, product names with dots);
 * - `civil-casual`: the casual register of video, forum, review and social posts (slang praise, fans' banter,
 *   teasing, quoted lyrics, informal spelling, emoji, swearing aimed at no one);
 * - `civil-replies`: replies between readers (disagreement addressed to "you", concessions, quoting the other reader,
 *   reported speech and quoted insults, identity groups named neutrally, medical words, mild profanity);
 * - `civil-regional`: the Englishes of the world and their slang (British, Irish, Australian, South African, Indian,
 *   Nigerian, Caribbean, Singaporean, North American; dishes, places and surnames with rude syllables);
 * - `civil-sensitive`: contested topics (immigration, faiths, wars, policing and race, trans rights, abortion,
 *   disability, history, terrorism; slurs and threats reported as news; experience as a member of a group);
 * - `civil-politics`: political news (accusations about acts, calls to resign, verdicts on records, elections,
 *   courts, parties, media, quoted insults of politicians, the writer's own regrets).
 * All but `civil-news` were written before the rules (or, for `civil-mentions`, the spam rules) were run on them.
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
  'packages/rules-tools/corpus/civil-politics.jsonl',
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
