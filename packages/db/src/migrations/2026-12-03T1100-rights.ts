import { type Kysely, sql } from 'kysely';

/**
 * Commenters' rights: the receipt that lets an author read their statement of reasons and appeal (only its
 * SHA-256 is kept), one appeal per comment, and the erased authors (site, key) whose comments still queued must be
 * written already erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table comments add column receipt_hash bytea, add column erased_at timestamptz`.execute(db);

  await db.schema
    .createTable('appeals')
    // One appeal per comment: the primary key is what makes a second one impossible, whatever races.
    .addColumn('comment_id', 'uuid', (c) => c.primaryKey().references('comments.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status_appealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('upheld', 'reversed')`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .execute();
  // The Appeals view: a site's open appeals, oldest first.
  await sql`create index appeals_open_idx on appeals (site_id, created_at, comment_id) where outcome is null`.execute(
    db,
  );

  await db.schema
    .createTable('erased_authors')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('erased_authors_pk', ['site_id', 'author_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erased_authors').ifExists().execute();
  await db.schema.dropTable('appeals').ifExists().execute();
  await sql`alter table comments drop column if exists receipt_hash, drop column if exists erased_at`.execute(db);
}
