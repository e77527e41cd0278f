import type { Reason } from '@cm/contracts';
import type { Decision } from '@cm/rules';

/** What the worker knows of a comment's author and article beyond the rules' inputs. */
export interface CommunityContext {
  /** Set while the site pre-moderates new commenters and this one has not earned trust yet. */
  newAuthor: { approved: number; required: number } | null;
  articlePremoderated: boolean;
}

/**
 * Adds the holds that come from the community settings to the rules' decision: `author.new` while a commenter has
 * fewer approved comments on the site than `newAuthors.premoderateFirst`, and `article.premoderated` on an
 * article moderators pre-moderate. Each flags the comment (a rejection stays a rejection) beside whatever the
 * rules found.
 */
export function withCommunityHolds(decision: Decision, ctx: CommunityContext): Decision {
  const holds: Reason[] = [];
  if (ctx.newAuthor && ctx.newAuthor.approved < ctx.newAuthor.required) {
    holds.push({
      category: 'policy',
      rule: 'author.new',
      severity: 'low',
      score: 1,
      message: `New commenter: ${ctx.newAuthor.approved} of ${ctx.newAuthor.required} comments approved so far`,
      evidence: [],
    });
  }
  if (ctx.articlePremoderated) {
    holds.push({
      category: 'policy',
      rule: 'article.premoderated',
      severity: 'low',
      score: 1,
      message: 'The article is pre-moderated: every comment is reviewed.',
      evidence: [],
    });
  }
  if (holds.length === 0) return decision;
  return {
    status: decision.status === 'rejected' ? 'rejected' : 'flagged',
    reasons: [...decision.reasons, ...holds],
    scores: { ...decision.scores, policy: Math.max(decision.scores.policy, 1) },
  };
}
