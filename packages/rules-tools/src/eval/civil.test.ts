import { fileURLToPath } from 'node:url';
import { resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus.js';
import { replay } from './run.js';

/**
 * `corpus/civil-news.jsonl`: comments written for this repository in the voice of good-faith news readers —
 * disagreement, harsh verdicts on plans and policies, crime and war reporting, identity groups named neutrally,
 * idioms ("hell of a game", "killed it"), reported speech, names and product names that contain listed words,
 * enthusiasm. Lines of the `harsh-criticism` kind judge what a person did in harsh words: the default policy keeps
 * them as a note (`abuse.criticism: "note"`), a site that flags criticism holds them.
 */
const CIVIL = fileURLToPath(new URL('../../corpus/civil-news.jsonl', import.meta.url));
const rows = readCorpus(CIVIL);
/**
 * `corpus/civil-debate.jsonl`: 315 more, written in fourteen kinds that look risky to word rules (crime and war
 * reporting, criticism of ideas, self-deprecation, reported quotes of threats and slurs, literal uses such as
 * titles and compounds, mental health, names and places), before the rules were run on them.
 */
const DEBATE = readCorpus(fileURLToPath(new URL('../../corpus/civil-debate.jsonl', import.meta.url)));
/**
 * `corpus/civil-topics.jsonl`: 372 good-faith comments on everyday topics (sports, cooking, gardening, tech, health,
 * courts, history, reviews, music, animals, politics, faith and identity, self-deprecation, banter, regional English,
 * names and places; the topic in `note`) where risky words appear innocently, written before the rules were run on
 * them. A few stay held on purpose: names friends call each other ("you cheeky git"), a
 * harsh word for an animal whose name is also an insult ("the stupid sheep").
 */
const TOPICS = readCorpus(fileURLToPath(new URL('../../corpus/civil-topics.jsonl', import.meta.url)));
/**
 * `corpus/civil-mentions.jsonl`: 301 good-faith comments using the words comment spam uses, innocently
 * (recommending a source or another creator by name, timestamps, subscribing to a paper or a service, "follow"
 * and "like" in their other senses, giveaways and money in the news, messages to the council, the writer's own
 * life, fans asking for more, helplines, product names with dots; the kind in `note`), written before the spam
 * rules were read. A helpline's number is a phone number, which a site may hold as a link: the guard counts lines
 * held for anything else.
 */
const MENTIONS = readCorpus(fileURLToPath(new URL('../../corpus/civil-mentions.jsonl', import.meta.url)));
/**
 * `corpus/civil-casual.jsonl`: good-faith comments in the casual register of videos, forums, reviews and social
 * posts (slang praise such as "this beat is sick", gamers' and fans' banter, reviews, self-deprecation, teasing,
 * quoted lyrics and film lines, informal spelling, capitals, emoji, swearing aimed at no one; the topic in `note`),
 * written before the rules were run on them.
 */
const CASUAL = readCorpus(fileURLToPath(new URL('../../corpus/civil-casual.jsonl', import.meta.url)));
/**
 * `corpus/civil-replies.jsonl`: 342 replies between readers in a thread, in nineteen kinds (disagreement addressed to
 * "you", concessions, quoting the other reader, reported speech and quoted insults, crime and court, identity groups,
 * medical words, names and places, mild profanity aimed at no one; the kind in `note`), written before the rules
 * were run on them.
 */
const REPLIES = readCorpus(fileURLToPath(new URL('../../corpus/civil-replies.jsonl', import.meta.url)));
/**
 * `corpus/civil-regional.jsonl`: 351 good-faith comments in twenty regional Englishes and kinds (slang, dishes, places
 * and surnames with rude syllables, self-deprecation, fond address, sports banter; the kind in `note`), written
 * before the rules were run on them.
 */
const REGIONAL = readCorpus(fileURLToPath(new URL('../../corpus/civil-regional.jsonl', import.meta.url)));
/**
 * `corpus/civil-sensitive.jsonl`: 360 good-faith comments on contested topics in twenty-one kinds (immigration,
 * faiths, wars, policing and race, trans rights, abortion, disability, history, terrorism; slurs and threats reported
 * as news; the kind in `note`), written before the rules were run on them.
 */
const SENSITIVE = readCorpus(fileURLToPath(new URL('../../corpus/civil-sensitive.jsonl', import.meta.url)));
/**
 * `corpus/civil-politics.jsonl`: 344 good-faith comments under political news in twenty kinds (accusations about acts,
 * calls to resign, verdicts on records, elections, courts, parties, media, quoted insults of politicians; the kind in
 * `note`), written before the rules were run on them.
 */
const POLITICS = readCorpus(fileURLToPath(new URL('../../corpus/civil-politics.jsonl', import.meta.url)));
const harsh = rows.filter((r) => r.technique === 'harsh-criticism');
const held = (results: ReturnType<typeof replay>) =>
  results
    .filter((r) => r.status !== 'approved')
    .map((r) => ({ body: r.row.body, rules: r.reasons.map((x) => x.rule) }));

describe('civil news comments', () => {
  it('are all approved under the default policy', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(held(replay(rows))).toEqual([]);
  });

  it('are approved in every risky kind of the second set', () => {
    expect(DEBATE.length).toBeGreaterThanOrEqual(300);
    expect(new Set(DEBATE.map((r) => r.technique)).size).toBeGreaterThanOrEqual(14);
    expect(held(replay(DEBATE))).toEqual([]);
  });

  it('are held at most one in fifty on everyday topics', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(TOPICS.map((r) => r.note)).size).toBeGreaterThanOrEqual(15);
    expect(held(replay(TOPICS)).length / TOPICS.length).toBeLessThanOrEqual(0.02);
  });

  it('are held at most one in fifty, links aside, when they use the words of comment spam', () => {
    expect(MENTIONS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(MENTIONS.map((r) => r.note)).size).toBeGreaterThanOrEqual(15);
    const nonLink = held(replay(MENTIONS)).filter((h) => h.rules.some((rule) => !rule.startsWith('link')));
    expect(nonLink.length / MENTIONS.length).toBeLessThanOrEqual(0.02);
  });

  it.each([
    ['as replies between readers', REPLIES],
    ['in the Englishes of the world', REGIONAL],
    ['on contested topics', SENSITIVE],
    ['under political news', POLITICS],
  ])('are held at most one in fifty %s', (_kind, set) => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    expect(new Set(set.map((r) => r.note)).size).toBeGreaterThanOrEqual(18);
    expect(held(replay(set)).length / set.length).toBeLessThanOrEqual(0.02);
  });

  it('are held at most one in fifty in the casual register', () => {
    expect(CASUAL.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASUAL.map((r) => r.note)).size).toBeGreaterThanOrEqual(20);
    expect(held(replay(CASUAL)).length / CASUAL.length).toBeLessThanOrEqual(0.02);
  });

  it('harsh criticism of what someone did is approved by default and held when the site flags criticism', () => {
    expect(harsh.length).toBeGreaterThan(0);
    expect(held(replay(harsh, resolvePolicy({ abuse: { criticism: 'flag' } }))).map((h) => h.body)).toEqual(
      harsh.map((r) => r.body),
    );
  });
});
