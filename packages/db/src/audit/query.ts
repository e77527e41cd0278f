import type { Db } from '../database.js';

export interface AuditRecord {
  id: string;
  at: Date;
  actor: { id: string; name: string | null } | null;
  action: string;
  target: { type: string; id: string };
  siteId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditFilter {
  /** Sites whose entries the reader may see; `null` for every entry (administrators, incl. site-less ones). */
  siteIds: string[] | null;
  siteId?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  targetId?: string | undefined;
  /** Entries older than this id (keyset, newest first). */
  before?: string | undefined;
  limit: number;
}

/** The audit log, newest first, keyset-paged on its id. */
export async function listAudit(db: Db, f: AuditFilter): Promise<{ items: AuditRecord[]; nextBefore: string | null }> {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.siteIds !== null)
    q = f.siteIds.length === 0 ? q.where((eb) => eb.val(false)) : q.where('site_id', 'in', f.siteIds);
  if (f.siteId !== undefined) q = q.where('site_id', '=', f.siteId);
  if (f.action !== undefined) q = q.where('action', '=', f.action);
  if (f.actorId !== undefined) q = q.where('actor_id', '=', f.actorId);
  if (f.targetId !== undefined) q = q.where('target_id', '=', f.targetId);
  if (f.before !== undefined) q = q.where('id', '<', f.before);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const items = page.map((r) => ({
    id: String(r.id),
    at: r.at,
    actor: r.actor_id === null ? null : { id: r.actor_id, name: r.actor_name },
    action: r.action,
    target: { type: r.target_type, id: r.target_id },
    siteId: r.site_id,
    before: r.before ?? null,
    after: r.after ?? null,
    requestId: r.request_id,
  }));
  return { items, nextBefore: more ? (items.at(-1)?.id ?? null) : null };
}
