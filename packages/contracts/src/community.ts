import { z } from '@hono/zod-openapi';

/** The community parts of a site's policy: reader reports, new commenters, articles. */
export const CommunityPolicyFields = {
  reports: z
    .object({
      threshold: z.number().min(0.5).max(100).optional().openapi({
        description: 'Weight of open reports at which a published comment goes back to the queue (default 3).',
      }),
      weighByAccuracy: z.boolean().optional().openapi({
        description: "Weigh each report by its reporter's record of upheld and dismissed reports (default true).",
      }),
    })
    .optional(),
  newAuthors: z
    .object({
      premoderateFirst: z.number().int().min(0).max(100).optional().openapi({
        description: "Hold an author's comments until this many were approved on the site (default 0: off).",
      }),
    })
    .optional(),
  articles: z
    .object({
      closeAfterDays: z.number().int().min(1).max(3650).optional().openapi({
        description: 'Close articles to new comments this many days after their first comment (default: never).',
      }),
    })
    .optional(),
};

export interface ResolvedCommunityPolicy {
  reports: { threshold: number; weighByAccuracy: boolean };
  newAuthors: { premoderateFirst: number };
  articles: { closeAfterDays: number | null };
}

export const DEFAULT_COMMUNITY_POLICY: ResolvedCommunityPolicy = {
  reports: { threshold: 3, weighByAccuracy: true },
  newAuthors: { premoderateFirst: 0 },
  articles: { closeAfterDays: null },
};

type StoredCommunity = {
  [K in keyof typeof CommunityPolicyFields]?: z.infer<(typeof CommunityPolicyFields)[K]>;
};

/** Fills the community parts of a stored policy with their defaults. */
export function resolveCommunityPolicy(p: StoredCommunity): ResolvedCommunityPolicy {
  const d = DEFAULT_COMMUNITY_POLICY;
  return {
    reports: {
      threshold: p.reports?.threshold ?? d.reports.threshold,
      weighByAccuracy: p.reports?.weighByAccuracy ?? d.reports.weighByAccuracy,
    },
    newAuthors: { premoderateFirst: p.newAuthors?.premoderateFirst ?? d.newAuthors.premoderateFirst },
    articles: { closeAfterDays: p.articles?.closeAfterDays ?? d.articles.closeAfterDays },
  };
}

/** Why a reader reports a comment. */
export const REPORT_REASONS = ['abuse', 'spam', 'off-topic', 'misinformation', 'illegal', 'other'] as const;
export const ReportReasonSchema = z.enum(REPORT_REASONS).openapi('ReportReason');
export type ReportReason = z.infer<typeof ReportReasonSchema>;

/**
 * How much one reader's report weighs, as Discourse weighs flags: by the share of their past reports that
 * moderators upheld, smoothed so that a new reporter counts fully. `(upheld + 1) / (upheld + dismissed + 1)`,
 * clamped to [0.2, 1]: a reporter with no history weighs 1; one with 1 upheld and 3 dismissed weighs 0.4; one whose
 * every report was dismissed never falls below 0.2, so five of them still make a threshold of 1.
 */
export function reporterWeight(record: { upheld: number; dismissed: number }, weighByAccuracy: boolean): number {
  if (!weighByAccuracy) return 1;
  const w = (record.upheld + 1) / (record.upheld + record.dismissed + 1);
  return Math.min(1, Math.max(0.2, w));
}

/** A comment's open reports: how many, their weight, and how many gave each reason. */
export const ReportSummarySchema = z
  .object({
    count: z.number().int().nonnegative(),
    weight: z.number().nonnegative(),
    reasons: z.record(z.string(), z.number().int().nonnegative()).openapi({ example: { abuse: 2, spam: 1 } }),
  })
  .openapi('ReportSummary');
export type ReportSummary = z.infer<typeof ReportSummarySchema>;
