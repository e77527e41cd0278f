import { appendAudit, setWebhookEndpointDisabled, type TokenPrincipal, type WebhookEndpoint } from '@cm/db';
import type { Context } from 'hono';
import { actorOf } from '../../../auth/principal.js';
import type { AppEnv } from '../../../context.js';
import { ProblemError } from '../../../errors.js';
import { loadEndpoint } from './support.js';

/**
 * Disables (with a reason) or enables an endpoint, with its audit row, in one transaction. Shared by the
 * disable and enable routes.
 */
export function setEndpointState(
  c: Context<AppEnv>,
  principal: TokenPrincipal,
  id: string,
  disabledReason: string | null,
): Promise<WebhookEndpoint> {
  return c.var.deps.db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, id, { forUpdate: true });
    const after = await setWebhookEndpointDisabled(trx, id, disabledReason);
    if (!after) throw new ProblemError('WEBHOOK_NOT_FOUND', `No webhook endpoint ${id}.`);
    await appendAudit(trx, {
      actor: actorOf(principal),
      action: disabledReason === null ? 'webhook.enable' : 'webhook.disable',
      targetType: 'webhook_endpoint',
      targetId: id,
      siteId: after.siteId,
      before,
      after,
      requestId: c.var.requestId,
    });
    return after;
  });
}
