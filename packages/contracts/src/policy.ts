import { z } from '@hono/zod-openapi';
import {
  CommunityPolicyFields,
  DEFAULT_COMMUNITY_POLICY,
  type ResolvedCommunityPolicy,
  resolveCommunityPolicy,
} from './community.js';
import { CATEGORIES } from './reason.js';

export const ACTIONS = ['approve', 'flag', 'reject'] as const;
export const NAME_CALLING_SCOPES = ['anyone', 'reader'] as const;
export const PROFANITY_MODES = ['allow', 'flag'] as const;
export const CRITICISM_MODES = ['flag', 'note'] as const;
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

const perCategory = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(CATEGORIES.map((c) => [c, value.optional()])) as Record<
      (typeof CATEGORIES)[number],
      z.ZodOptional<T>
    >,
  );

/**
 * A site's moderation policy, as stored in `sites.policy` and edited through the admin API.
 * Every field is optional: what a site leaves out takes the defaults of `DEFAULT_POLICY`.
 */
export const SitePolicySchema = z
  .object({
    bannedTerms: z.array(z.string().min(1).max(200)).max(5000).optional(),
    suspectTerms: z.array(z.string().min(1).max(200)).max(5000).optional(),
    /** RE2 syntax patterns (linear-time), each flagging what it matches. */
    suspectPatterns: z.array(z.string().min(1).max(500)).max(200).optional(),
    allowedDomains: z.array(z.string().min(1).max(253)).max(5000).optional(),
    blockedDomains: z.array(z.string().min(1).max(253)).max(5000).optional(),
    actions: perCategory(ActionSchema).optional(),
    /** A reason whose score is below its category's threshold does not act; a held comment keeps it as a note. */
    thresholds: perCategory(z.number().min(0).max(1)).optional(),
    duplicates: z
      .object({
        windowSeconds: z
          .number()
          .int()
          .min(60)
          .max(30 * 86400)
          .optional(),
        similarity: z.number().min(0.5).max(1).optional(),
        minLength: z.number().int().min(1).max(1000).optional(),
      })
      .optional(),
    trustedAuthors: z.array(z.string().min(1).max(200)).max(5000).optional(),
    abuse: z
      .object({
        /**
         * Whose name-calling acts: `anyone` (default: a reader, the author, a named person or a group) or only
         * `reader` (insults aimed at other readers; the rest is kept as a note).
         */
        nameCalling: z.enum(NAME_CALLING_SCOPES).optional(),
        /**
         * Strong profanity that is not aimed at anyone ("holy shit", "fucking love it"): `allow` (default: kept as
         * a note, as community standards of news sites allow it) or `flag`. Aimed at someone it is abuse either way.
         */
        profanity: z.enum(PROFANITY_MODES).optional(),
        /**
         * Denigrating words about a thing, an idea or an institution ("this is crap", "Ridiculous proposal", "the
         * damn council"): `note` (default: harsh criticism of ideas is civil, kept as a low note) or `flag` (for
         * sites that ask for civil language about ideas too). Aimed at a person or at what a reader wrote ("the
         * manager sucks", "your drivel") it is name-calling either way.
         */
        criticism: z.enum(CRITICISM_MODES).optional(),
      })
      .optional(),
    /**
     * Hold enthusiasm as spam: comments mostly in capitals, characters stretched ("sooooo", "!!!!!!!!!!") and one
     * word over and over. Off by default: readers write that way in good faith.
     */
    flagEnthusiasm: z.boolean().optional(),
    ...CommunityPolicyFields,
  })
  .openapi('SitePolicy');
export type SitePolicy = z.infer<typeof SitePolicySchema>;

export interface ResolvedPolicy {
  bannedTerms: string[];
  suspectTerms: string[];
  suspectPatterns: string[];
  allowedDomains: string[];
  blockedDomains: string[];
  actions: Record<(typeof CATEGORIES)[number], Action>;
  thresholds: Record<(typeof CATEGORIES)[number], number>;
  duplicates: { windowSeconds: number; similarity: number; minLength: number };
  trustedAuthors: string[];
  abuse: {
    nameCalling: (typeof NAME_CALLING_SCOPES)[number];
    profanity: (typeof PROFANITY_MODES)[number];
    criticism: (typeof CRITICISM_MODES)[number];
  };
  flagEnthusiasm: boolean;
  reports: ResolvedCommunityPolicy['reports'];
  newAuthors: ResolvedCommunityPolicy['newAuthors'];
  articles: ResolvedCommunityPolicy['articles'];
}

export const DEFAULT_POLICY: ResolvedPolicy = {
  bannedTerms: [],
  suspectTerms: [],
  suspectPatterns: [],
  allowedDomains: [],
  blockedDomains: [],
  actions: { abuse: 'flag', link: 'flag', duplicate: 'flag', spam: 'flag', policy: 'flag' },
  thresholds: { abuse: 0.5, link: 0.5, duplicate: 0.5, spam: 0.5, policy: 0.5 },
  duplicates: { windowSeconds: 24 * 3600, similarity: 0.8, minLength: 24 },
  trustedAuthors: [],
  abuse: { nameCalling: 'anyone', profanity: 'allow', criticism: 'note' },
  flagEnthusiasm: false,
  ...DEFAULT_COMMUNITY_POLICY,
};

/** Fills a stored (partial) policy with the defaults. */
export function resolvePolicy(policy: SitePolicy | null | undefined): ResolvedPolicy {
  const p = policy ?? {};
  return {
    bannedTerms: p.bannedTerms ?? DEFAULT_POLICY.bannedTerms,
    suspectTerms: p.suspectTerms ?? DEFAULT_POLICY.suspectTerms,
    suspectPatterns: p.suspectPatterns ?? DEFAULT_POLICY.suspectPatterns,
    allowedDomains: p.allowedDomains ?? DEFAULT_POLICY.allowedDomains,
    blockedDomains: p.blockedDomains ?? DEFAULT_POLICY.blockedDomains,
    actions: { ...DEFAULT_POLICY.actions, ...stripUndefined(p.actions) },
    thresholds: { ...DEFAULT_POLICY.thresholds, ...stripUndefined(p.thresholds) },
    duplicates: { ...DEFAULT_POLICY.duplicates, ...stripUndefined(p.duplicates) },
    trustedAuthors: p.trustedAuthors ?? DEFAULT_POLICY.trustedAuthors,
    abuse: { ...DEFAULT_POLICY.abuse, ...stripUndefined(p.abuse) },
    flagEnthusiasm: p.flagEnthusiasm ?? DEFAULT_POLICY.flagEnthusiasm,
    ...resolveCommunityPolicy(p),
  };
}

function stripUndefined<T extends object>(o: T | undefined): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}
