import type { SitePolicy } from '@cm/contracts';
import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../audit/repository.js';
import type { Database } from '../schema/index.js';

/**
 * Replaces a site's stored policy and audits before → after, inside the caller's transaction. Returns undefined
 * for an unknown site. Workers see the change at their next policy refresh.
 */
export async function replaceSitePolicy(
  trx: Kysely<Database>,
  input: { siteId: string; policy: SitePolicy; actor: { id: string; name: string }; requestId: string | null },
): Promise<SitePolicy | undefined> {
  const before = await trx
    .selectFrom('sites')
    .select('policy')
    .where('id', '=', input.siteId)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  await trx
    .updateTable('sites')
    .set({ policy: JSON.stringify(input.policy), updated_at: sql`now()` })
    .where('id', '=', input.siteId)
    .execute();
  await appendAudit(trx, {
    actor: input.actor,
    action: 'site.policy.update',
    targetType: 'site',
    targetId: input.siteId,
    siteId: input.siteId,
    before: before.policy,
    after: input.policy,
    requestId: input.requestId,
  });
  return input.policy;
}
