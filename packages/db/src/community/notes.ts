import { newId } from '@cm/contracts';
import { appendAudit } from '../audit/repository.js';
import type { Db } from '../database.js';
import type { Actor } from '../moderation/decide.js';

/** A moderator's note on an author. */
export interface AuthorNote {
  id: string;
  text: string;
  author: { id: string; name: string };
  createdAt: Date;
}

/** Adds a note on an author of a site, audited, in one transaction. */
export async function addAuthorNote(
  db: Db,
  input: { siteId: string; authorKey: string; text: string; actor: Actor; requestId: string | null },
): Promise<AuthorNote> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('author_notes')
      .values({
        id: newId(),
        site_id: input.siteId,
        author_key: input.authorKey,
        text: input.text,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: input.actor,
      action: 'author.note',
      targetType: 'author',
      targetId: input.authorKey,
      siteId: input.siteId,
      before: null,
      // The note's id, not its text: the text is personal data an erasure removes, and the audit log is append-only.
      after: { noteId: row.id },
      requestId: input.requestId,
    });
    return {
      id: row.id,
      text: input.text,
      author: { id: input.actor.id, name: input.actor.name },
      createdAt: row.created_at,
    };
  });
}

/** An author's notes on a site, newest first. */
export async function listAuthorNotes(db: Db, siteId: string, authorKey: string, limit = 50): Promise<AuthorNote[]> {
  const rows = await db
    .selectFrom('author_notes')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('author_key', '=', authorKey)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    author: { id: r.actor_id, name: r.actor_name },
    createdAt: r.created_at,
  }));
}
