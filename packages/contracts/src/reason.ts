import { z } from '@hono/zod-openapi';

/** What a reason is about. `policy` covers bans and site-specific terms. */
export const CATEGORIES = ['abuse', 'link', 'duplicate', 'spam', 'policy'] as const;
export const CategorySchema = z.enum(CATEGORIES).openapi('Category');
export type Category = z.infer<typeof CategorySchema>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES).openapi('Severity');
export type Severity = z.infer<typeof SeveritySchema>;

export const EvidenceSchema = z
  .object({
    text: z.string().openapi({ description: 'The matched text, exactly as it stands in the body.' }),
    start: z.number().int().nonnegative().openapi({ description: 'UTF-16 offset of the first matched code unit.' }),
    end: z.number().int().nonnegative().openapi({ description: 'UTF-16 offset just past the match.' }),
  })
  .openapi('Evidence');
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A reason's category: a rule's, or `reports` when readers' reports put a comment back in the queue. */
export const ReasonCategorySchema = z.enum([...CATEGORIES, 'reports']).openapi('ReasonCategory');
export type ReasonCategory = z.infer<typeof ReasonCategorySchema>;

export const ReasonSchema = z
  .object({
    category: ReasonCategorySchema,
    rule: z.string().openapi({ example: 'abuse.insult.directed' }),
    severity: SeveritySchema,
    score: z.number().min(0).max(1),
    message: z.string().openapi({ example: "Insult aimed at another reader: 'm0r0n'" }),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('Reason');
export type Reason = z.infer<typeof ReasonSchema>;

export const COMMENT_STATUSES = ['pending', 'approved', 'flagged', 'rejected'] as const;
export const CommentStatusSchema = z.enum(COMMENT_STATUSES).openapi('CommentStatus');
export type CommentStatus = z.infer<typeof CommentStatusSchema>;
export type DecidedStatus = Exclude<CommentStatus, 'pending'>;
