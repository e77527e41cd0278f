import { OutcomeSchema } from '@cm/contracts';
import { decideComments, getCommentVersion, type ModeratorStatus } from '@cm/db';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  actorOf,
  authenticate,
  authorizeSite,
  canAccessSite,
  commentSite,
  requirePrincipal,
} from '../../auth/principal.js';
import type { AppEnv } from '../../context.js';
import { ProblemError, problemResponses } from '../../errors.js';
import { CommentIdParams } from './get-comment-detail.js';
import { DecisionBodySchema } from './schemas.js';
import { etagOf, expectedVersion, siteScope } from './support.js';

const VERBS = {
  approve: { status: 'approved', summary: 'Approve a comment', operationId: 'approveComment' },
  reject: { status: 'rejected', summary: 'Reject a comment', operationId: 'rejectComment' },
  requeue: {
    status: 'flagged',
    summary: 'Put a comment back in the flagged queue',
    operationId: 'requeueComment',
  },
} as const satisfies Record<string, { status: ModeratorStatus; summary: string; operationId: string }>;

type Verb = keyof typeof VERBS;

function routeFor(verb: Verb) {
  const v = VERBS[verb];
  return createRoute({
    method: 'post',
    path: `/v1/moderation/comments/{id}/${verb}`,
    operationId: v.operationId,
    tags: ['Moderation'],
    summary: v.summary,
    description:
      `Sets the comment's status to \`${v.status}\`, records the decision beside the rules' one, writes the audit ` +
      'row and the webhook event in the same transaction. With `If-Match: "v<version>"` the decision is refused ' +
      '(412) if the comment changed since the moderator read it. Deciding what is already so changes nothing.' +
      (verb === 'requeue' ? ' The review page uses this to undo an approval or rejection.' : ''),
    security: [{ bearerAuth: [] }],
    middleware: [authenticate(), authorizeSite(commentSite)],
    request: {
      params: CommentIdParams,
      headers: z.object({ 'if-match': z.string().optional().openapi({ example: '"v1"' }) }),
      body: { required: false, content: { 'application/json': { schema: DecisionBodySchema } } },
    },
    responses: {
      200: {
        description: 'The outcome',
        headers: z.object({ ETag: z.string() }),
        content: { 'application/json': { schema: OutcomeSchema } },
      },
      ...problemResponses(401, 403, 404, 412, 415, 422, 503),
    },
  });
}

/** `POST /v1/moderation/comments/{id}/approve|reject|requeue`: one file, three routes of the same shape. */
export function registerDecideComment(app: OpenAPIHono<AppEnv>): void {
  for (const verb of Object.keys(VERBS) as Verb[]) {
    app.openapi(routeFor(verb), async (c) => {
      const principal = await requirePrincipal(c);
      const { id } = c.req.valid('param');
      // Optional body: a bare POST (no Content-Type) decides with no reason or note.
      const body = c.req.valid('json');
      const expected = expectedVersion(c);
      const { deps } = c.var;
      const current = await getCommentVersion(deps.db, id);
      if (!current) throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
      if (!canAccessSite(principal, current.siteId)) {
        throw new ProblemError('FORBIDDEN', `This token may not act on site "${current.siteId}".`);
      }
      const [outcome] = await decideComments(deps.db, {
        ids: [id],
        status: VERBS[verb].status,
        actor: actorOf(principal),
        reason: body.reason,
        note: body.note,
        expectedVersions: expected === undefined ? undefined : new Map([[id, expected]]),
        siteIds: siteScope(principal),
        requestId: c.var.requestId,
        publicUrl: deps.config.http.publicUrl,
      });
      if (!outcome || outcome.outcome === 'not_found') throw new ProblemError('COMMENT_NOT_FOUND', `No comment ${id}.`);
      if (outcome.outcome === 'forbidden') throw new ProblemError('FORBIDDEN', 'This token may not act on this site.');
      if (outcome.outcome === 'conflict') {
        throw new ProblemError(
          'PRECONDITION_FAILED',
          `The comment changed since you read it (now ${outcome.status}, ${etagOf(outcome.version)}); reload it and decide again.`,
          { headers: { ETag: etagOf(outcome.version) } },
        );
      }
      const etag = etagOf(outcome.version);
      c.var.logger.info({ commentId: id, verb, outcome: outcome.outcome, actor: principal.id }, 'moderator decision');
      return c.json({ ...outcome, etag }, 200, { ETag: etag });
    });
  }
}
