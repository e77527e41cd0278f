import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { registerAuthorRoutes } from './author-routes.js';
import { registerBulkDecide } from './bulk-decide.js';
import { registerDecideComment } from './decide-comment.js';
import { registerGetAudit } from './get-audit.js';
import { registerGetCommentDetail } from './get-comment-detail.js';
import { registerGetMe } from './get-me.js';
import { registerGetQueue } from './get-queue.js';
import { registerGetStats } from './get-stats.js';
import { registerRejectAuthor } from './reject-author.js';

/** Every route under `/v1/moderation`. Add the next one here (one file per endpoint). */
export function registerModerationRoutes(app: OpenAPIHono<AppEnv>): void {
  registerGetMe(app);
  registerGetQueue(app);
  registerGetCommentDetail(app);
  registerDecideComment(app);
  registerBulkDecide(app);
  registerAuthorRoutes(app);
  registerRejectAuthor(app);
  registerGetAudit(app);
  registerGetStats(app);
}
