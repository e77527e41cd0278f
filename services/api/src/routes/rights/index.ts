import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { registerAppealComment } from './appeal-comment.js';
import { registerEraseAuthor } from './erase-author.js';
import { registerExportAuthor } from './export-author.js';

/** Commenters' rights: the author's appeal, and an author's data exported or erased. */
export function registerRightsRoutes(app: OpenAPIHono<AppEnv>): void {
  registerAppealComment(app);
  registerExportAuthor(app);
  registerEraseAuthor(app);
}
