import type { Kysely } from 'kysely';
import type { Database } from '../schema/index.js';

export interface AuditEntry {
  actor: { id: string; name: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  siteId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/**
 * Appends one row to the audit log. Call it inside the transaction that makes the change, so the log and the
 * change commit together (the table refuses updates and deletes).
 */
export async function appendAudit(db: Kysely<Database>, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      list.map((e) => ({
        actor_id: e.actor?.id ?? null,
        actor_name: e.actor?.name ?? null,
        action: e.action,
        target_type: e.targetType,
        target_id: e.targetId,
        site_id: e.siteId,
        before: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
        after: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
        request_id: e.requestId,
      })),
    )
    .execute();
}
