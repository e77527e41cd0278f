import type { Category, DecidedStatus, Evidence, Reason } from '@cm/contracts';
import { checkAbuse } from '../abuse/check.js';
import { outsideLinks } from '../abuse/link-text.js';
import { checkDuplicates } from '../duplicates/check.js';
import type { DuplicateCandidate } from '../duplicates/memory-index.js';
import { checkLinks, domainListed, findContacts } from '../links/check.js';
import { checkPolicy } from '../policy/check.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { checkSpam } from '../spam/check.js';
import type { Analysis } from './analysis.js';
import { type Finding, finding } from './reason.js';

/** What the worker knows about an author at decision time. */
export interface AuthorState {
  banned: { reason: string | null; until: string | null } | null;
  premoderated: boolean;
  trusted: boolean;
}

/** Everything `evaluate` needs besides the analysis; the engine itself reads no clock and does no I/O. */
export interface EvaluateContext {
  policy: CompiledPolicy;
  authorKey: string;
  /** When the comment was received, ms since epoch. */
  receivedAt: number;
  /** Earlier comments sharing the exact hash or an LSH band, within the window, not including this one. */
  duplicates: DuplicateCandidate[];
  author?: AuthorState;
  /** From the widget: the honeypot field was filled; the form was submitted faster than a person types. */
  signals?: { honeypot: boolean; tooFast: boolean };
}

/**
 * The outcome for one comment. `reasons` holds what acted and, on a held comment, the notes of the categories that
 * acted (scored below the threshold, marked so in their message); `scores` the highest score per category.
 */
export interface Decision {
  status: DecidedStatus;
  reasons: Reason[];
  scores: Record<Category, number>;
}

const RANK = { approve: 0, flag: 1, reject: 2 } as const;
const STATUS = { approve: 'approved', flag: 'flagged', reject: 'rejected' } as const;

/**
 * Runs every check on an analysed comment and decides. A reason acts when its score reaches the site's
 * threshold for its category, with the site's action for that category; banned terms, blocked domains and
 * banned authors reject whatever the thresholds say. The strongest action wins.
 */
export function evaluate(analysis: Analysis, ctx: EvaluateContext): Decision {
  const policy = ctx.policy;
  const findings: Finding[] = [];
  const banned = ctx.author?.banned;
  if (banned) {
    const until = banned.until ? ` until ${banned.until}` : '';
    const why = banned.reason ? `: ${banned.reason}` : '';
    findings.push(finding('policy', 'author.banned', 'critical', 1, `Author is banned${until}${why}.`, [], 'reject'));
  }
  if (ctx.author?.premoderated) {
    findings.push(
      finding(
        'policy',
        'author.premoderated',
        'low',
        1,
        'Author is on pre-moderation: every comment is reviewed.',
        [],
        'flag',
      ),
    );
  }

  const contacts = findContacts(analysis);
  // Links to allowed domains are never held against a comment, not even as "link-heavy" spam.
  const counted = { ...contacts, links: contacts.links.filter((l) => !domainListed(l.host, policy.allowedDomains)) };
  findings.push(...outsideLinks(checkAbuse(analysis, policy.policy.abuse), contacts.links));
  findings.push(...checkLinks(analysis, contacts, policy));
  findings.push(
    ...checkDuplicates(
      analysis,
      policy,
      ctx.authorKey,
      ctx.receivedAt,
      ctx.duplicates,
      contacts.links.length + contacts.phones.length > 0,
    ),
  );
  findings.push(...checkPolicy(analysis, policy));

  const trusted = ctx.author?.trusted === true || policy.trustedAuthors.has(ctx.authorKey);
  if (!trusted) {
    findings.push(...checkSpam(analysis, counted, { flagEnthusiasm: policy.policy.flagEnthusiasm }));
    if (ctx.signals?.honeypot) {
      findings.push(
        finding(
          'spam',
          'spam.honeypot',
          'high',
          0.95,
          'A form field that people never see was filled in, as bots do.',
          [],
        ),
      );
    }
    if (ctx.signals?.tooFast) {
      findings.push(
        finding(
          'spam',
          'spam.too-fast',
          'medium',
          0.6,
          'Posted faster after the form was shown than a person can type.',
          [],
        ),
      );
    }
  }
  return decide(findings, policy);
}

/** Applies thresholds and actions to findings. */
function decide(findings: readonly Finding[], policy: CompiledPolicy): Decision {
  const scores = { abuse: 0, link: 0, duplicate: 0, spam: 0, policy: 0 } satisfies Record<Category, number>;
  let action: keyof typeof RANK = 'approve';
  const reasons: Reason[] = [];
  for (const f of findings) {
    scores[f.category] = Math.max(scores[f.category], f.score);
    if (!acts(f, policy)) continue;
    const a = f.force ?? policy.policy.actions[f.category];
    if (RANK[a] > RANK[action]) action = a;
    reasons.push(reasonOf(f, f.message));
  }
  if (action !== 'approve') reasons.push(...notesBeside(findings, reasons, policy));
  reasons.sort((x, y) => y.score - x.score);
  return { status: STATUS[action], reasons, scores };
}

/** A finding acts when it is forced or its score reaches its category's threshold. */
function acts(f: Finding, policy: CompiledPolicy): boolean {
  return f.force !== undefined || f.score >= policy.policy.thresholds[f.category];
}

/** The reason without `force`, built field by field (rest destructuring goes through the runtime). */
function reasonOf(f: Finding, message: string): Reason {
  return { category: f.category, rule: f.rule, severity: f.severity, score: f.score, message, evidence: f.evidence };
}

/**
 * On a held comment, the findings below the threshold of a category that acted, as notes beside the reasons that
 * did: "crap" about a plan and "stupid" about a rule in a comment held for calling someone an idiot are part of what
 * the moderator weighs. A note whose every span is already evidence of an acting reason adds nothing and is left out.
 */
function notesBeside(findings: readonly Finding[], acting: readonly Reason[], policy: CompiledPolicy): Reason[] {
  const notes: Reason[] = [];
  for (const f of findings) {
    if (acts(f, policy) || !acting.some((r) => r.category === f.category) || allCovered(f.evidence, acting)) continue;
    notes.push(reasonOf(f, `${f.message} (noted; not enough to hold the comment on its own)`));
  }
  return notes;
}

/**
 * Whether every span is inside evidence of an acting reason. Plain loops, not a closure per call: tsx names every
 * closure it creates.
 */
function allCovered(evidence: readonly Evidence[], acting: readonly Reason[]): boolean {
  for (const e of evidence) {
    let covered = false;
    for (const r of acting) {
      for (const c of r.evidence) {
        if (c.start <= e.start && e.end <= c.end) {
          covered = true;
          break;
        }
      }
      if (covered) break;
    }
    if (!covered) return false;
  }
  return true;
}
