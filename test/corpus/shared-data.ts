import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared data folder beside the repository, and the files the corpus checks read from it. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const DEV_CORPUS = `${SHARED}corpus/dev.jsonl`;
export const YOUTUBE_SPAM = `${SHARED}corpus/external/youtube-spam-dev.jsonl`;
export const TOXIC_SPANS = `${SHARED}corpus/external/toxic-spans-train.jsonl`;
export const SEED_ARTICLE = `${SHARED}seed/oped-istanbul-talks.json`;

export const REQUIRED = [DEV_CORPUS, YOUTUBE_SPAM, TOXIC_SPANS, SEED_ARTICLE];

export function missingSharedFiles(): string[] {
  return REQUIRED.filter((f) => !existsSync(f));
}
