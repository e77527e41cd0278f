import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { registerCreateToken } from './create-token.js';
import { registerListTokens } from './list-tokens.js';
import { registerRevokeToken } from './revoke-token.js';
import { registerBacktest } from './sites/backtest.js';
import { registerDryRun } from './sites/dry-run.js';
import { registerSitePolicy } from './sites/site-policy.js';

/** Administrator routes under `/v1/admin`: tokens, site settings and their dry run. Add the next one here. */
export function registerAdminTokenRoutes(app: OpenAPIHono<AppEnv>): void {
  registerCreateToken(app);
  registerListTokens(app);
  registerRevokeToken(app);
  registerSitePolicy(app);
  registerDryRun(app);
  registerBacktest(app);
}
