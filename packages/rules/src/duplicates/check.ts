import type { Analysis } from '../engine/analysis.js';
import { type Finding, finding } from '../engine/reason.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { campaignEvidence, isStockReply } from './fingerprint.js';
import type { DuplicateCandidate } from './memory-index.js';
import { similarity } from './similarity.js';

function ago(ms: number): string {
  const min = Math.round(ms / 60000);
  if (min < 1) return ms < 0 ? 'at the same moment' : 'moments earlier';
  if (min < 90) return `${min} min earlier`;
  const h = Math.round(min / 60);
  return h < 48 ? `${h} h earlier` : `${Math.round(h / 24)} days earlier`;
}

/**
 * How much less similar than the site's threshold a comment may be to a counted campaign's one signature and still
 * be one of its copies. The similarity of two signatures estimates the share of words two texts have in common,
 * give or take a few points: a comment compared with many copies keeps the closest estimate, one compared with a
 * campaign's single representative gets whatever that one pair gives. Copies of one sentence that differ by one
 * word (92 % alike) score from about 0.77 to 1 against another copy: at a threshold of 0.8, a few copies in every
 * hundred thousand of a flood would otherwise pass as new text and be approved.
 */
const CAMPAIGN_TOLERANCE = 0.05;

/**
 * Same-author repeats and multi-author campaigns among the candidates the index returned. Only comments long
 * enough and not stock replies count; similarity must reach the site's threshold. Copies by other authors make a
 * campaign only when the text is evidence of one (`campaignEvidence`): `hasContact` says it carries a link or a
 * phone number.
 */
export function checkDuplicates(
  a: Analysis,
  policy: CompiledPolicy,
  authorKey: string,
  receivedAt: number,
  candidates: readonly DuplicateCandidate[],
  hasContact = false,
): Finding[] {
  const cfg = policy.policy.duplicates;
  if (candidates.length === 0) return [];
  if (a.canonical.length < cfg.minLength || isStockReply(a.canonicalWords)) return [];
  const windowMs = cfg.windowSeconds * 1000;
  const fp = a.fingerprint;
  let same: { c: DuplicateCandidate; sim: number } | null = null;
  let campaign: { c: DuplicateCandidate; sim: number } | null = null;
  const others = new Map<string, { c: DuplicateCandidate; sim: number }>();
  let copies = 0;
  for (const c of candidates) {
    if (c.campaign) {
      // A campaign the index counted instead of listing: it lives while copies keep coming, and its first copy
      // may be older than the window. It stands for its copies with one signature, where a listed comment is
      // compared with each copy listed and keeps the closest.
      const sim = similarity(fp.signature, c.signature);
      if (sim >= cfg.similarity - CAMPAIGN_TOLERANCE && (!campaign || sim > campaign.sim)) campaign = { c, sim };
      continue;
    }
    // A candidate the shared index already held was filed before this comment, even when its API replica
    // stamped it a few milliseconds later: two copies racing through two workers must still meet.
    if (Math.abs(receivedAt - c.receivedAt) > windowMs) continue;
    const sim = c.exact === fp.exact ? 1 : similarity(fp.signature, c.signature);
    if (sim < cfg.similarity) continue;
    if (c.authorKey === authorKey) {
      if (!same || sim > same.sim) same = { c, sim };
    } else {
      copies++;
      const prev = others.get(c.authorKey);
      if (!prev || sim > prev.sim) others.set(c.authorKey, { c, sim });
    }
  }
  const whole = wholeBody(a.body);
  const out: Finding[] = [];
  if (same) {
    const kind = same.sim >= 0.999 ? 'the same text' : `nearly the same text (${Math.round(same.sim * 100)}% similar)`;
    out.push(
      finding(
        'duplicate',
        'duplicate.same-author',
        'medium',
        same.sim,
        `Repeat: this author posted ${kind} ${ago(receivedAt - same.c.receivedAt)} (comment ${same.c.commentId}).`,
        [whole],
      ),
    );
  }
  if ((others.size > 0 || campaign) && campaignEvidence(a.canonicalWords, hasContact)) {
    const list = [...others.values()];
    if (campaign) list.push(campaign);
    const best = Math.max(...list.map((o) => o.sim));
    const first = list.reduce((x, y) => (y.c.receivedAt < x.c.receivedAt ? y : x));
    // A counted campaign's figures include the copies listed beside it.
    const n = Math.max(copies, campaign?.c.campaign?.copies ?? 0);
    const authors = Math.max(others.size, campaign?.c.campaign?.authors ?? 0);
    const about = authors > others.size && authors > 10 ? 'about ' : '';
    out.push(
      finding(
        'duplicate',
        'duplicate.campaign',
        authors >= 3 ? 'high' : 'medium',
        Math.min(1, best + 0.02 * (authors - 1)),
        `Copy-paste campaign: ${count(n, 'copy', 'copies')} of the same or nearly the same text by ${about}${count(authors, 'author', 'authors')} in the window, the first ${ago(receivedAt - first.c.receivedAt)} (comment ${first.c.commentId}).`,
        [whole],
      ),
    );
  }
  return out;
}

function count(n: number, one: string, many: string): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
}

function wholeBody(body: string): { text: string; start: number; end: number } {
  const start = body.length - body.trimStart().length;
  const end = body.trimEnd().length;
  return end > start ? { text: body.slice(start, end), start, end } : { text: body, start: 0, end: body.length };
}
