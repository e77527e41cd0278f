import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { registerAddAuthorNote } from './add-author-note.js';
import { registerBanAuthor } from './ban-author.js';
import { registerBulkDecide } from './bulk-decide.js';
import { registerDecideComment } from './decide-comment.js';
import { registerFeatureComment } from './feature-comment.js';
import { registerGetArticle } from './get-article.js';
import { registerGetAudit } from './get-audit.js';
import { registerGetAuthor } from './get-author.js';
import { registerGetCommentDetail } from './get-comment-detail.js';
import { registerGetMe } from './get-me.js';
import { registerGetQueue } from './get-queue.js';
import { registerGetStats } from './get-stats.js';
import { registerPremoderateAuthor } from './premoderate-author.js';
import { registerRejectAuthor } from './reject-author.js';
import { registerUnbanAuthor } from './unban-author.js';
import { registerUpdateArticle } from './update-article.js';

/** Every route under `/v1/moderation`. Add the next one here (one file per endpoint). */
export function registerModerationRoutes(app: OpenAPIHono<AppEnv>): void {
  registerGetMe(app);
  registerGetQueue(app);
  registerGetCommentDetail(app);
  registerDecideComment(app);
  registerBulkDecide(app);
  registerGetAuthor(app);
  registerBanAuthor(app);
  registerUnbanAuthor(app);
  registerPremoderateAuthor(app);
  registerRejectAuthor(app);
  registerGetAudit(app);
  registerGetStats(app);
  registerFeatureComment(app);
  registerGetArticle(app);
  registerUpdateArticle(app);
  registerAddAuthorNote(app);
}
