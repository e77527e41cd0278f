import type { Generated } from 'kysely';

/** A moderator's note on an author of a site. */
export interface AuthorNotesTable {
  id: string;
  site_id: string;
  author_key: string;
  text: string;
  actor_id: string;
  actor_name: string;
  created_at: Generated<Date>;
}
