import { type Kysely, sql } from 'kysely';

/**
 * Community moderation: readers' reports and their reporters' records, articles closed or pre-moderated by
 * moderators, featured comments, moderators' notes on authors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('closed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('premoderated', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('comments').addColumn('featured_at', 'timestamptz').execute();
  // The few featured comments of an article, for the first page of its public list.
  await sql`create index comments_featured_idx on comments (site_id, article_id, featured_at desc)
    where featured_at is not null`.execute(db);

  await db.schema
    .createTable('comment_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('comment_id', 'uuid', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('reporter_key', 'text', (c) => c.notNull())
    .addColumn('reporter_name', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`state in ('open', 'upheld', 'dismissed')`),
    )
    .addColumn('client_ip', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_at', 'timestamptz')
    .execute();
  // One report per reader per comment: a second one changes nothing.
  await sql`create unique index comment_reports_once on comment_reports (comment_id, reporter_key)`.execute(db);
  // The "Reported" view: comments with open reports.
  await sql`create index comment_reports_open_idx on comment_reports (comment_id) where state = 'open'`.execute(db);
  await sql`create index comment_reports_site_idx on comment_reports (site_id, resolved_at)`.execute(db);

  await db.schema
    .createTable('reporters')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('reporter_key', 'text', (c) => c.notNull())
    .addColumn('upheld', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dismissed', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('reporters_pk', ['site_id', 'reporter_key'])
    .execute();

  await db.schema
    .createTable('author_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index author_notes_author_idx on author_notes (site_id, author_key, created_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('author_notes').ifExists().execute();
  await db.schema.dropTable('reporters').ifExists().execute();
  await db.schema.dropTable('comment_reports').ifExists().execute();
  await sql`drop index if exists comments_featured_idx`.execute(db);
  await db.schema.alterTable('comments').dropColumn('featured_at').execute();
  await db.schema.alterTable('articles').dropColumn('closed').dropColumn('premoderated').execute();
}
