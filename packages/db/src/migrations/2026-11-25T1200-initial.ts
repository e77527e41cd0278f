import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('policy', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('allowed_origins', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // A fresh install accepts comments at once, for the demo site.
  await sql`insert into sites (id, name, allowed_origins) values ('demo', 'Demo site', '{*}')`.execute(db);

  await db.schema
    .createTable('articles')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('articles_pk', ['site_id', 'id'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'uuid')
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('approved', 'flagged', 'rejected')`))
    .addColumn('categories', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('scores', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('request_id', 'text')
    .addColumn('client_ip', 'text')
    .execute();
  // The moderation queue: per site and status, oldest first, keyset on (received_at, id).
  await sql`create index comments_queue_idx on comments (site_id, status, received_at, id)`.execute(db);
  // An article's approved comments, newest or oldest first.
  await sql`create index comments_article_idx on comments (site_id, article_id, status, received_at, id)`.execute(db);
  await sql`create index comments_author_idx on comments (site_id, author_key, received_at desc)`.execute(db);
  await sql`create index comments_categories_idx on comments using gin (categories)`.execute(db);

  await db.schema
    .createTable('comment_reasons')
    .addColumn('comment_id', 'uuid', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reasons_pk', ['comment_id', 'position'])
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('comment_id', 'uuid', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_status', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('rules', 'moderator')`))
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('rules', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index decisions_comment_idx on decisions (comment_id, id)`.execute(db);
  // Exactly one rules decision per comment, whatever retries happen.
  await sql`create unique index decisions_rules_once on decisions (comment_id) where source = 'rules'`.execute(db);
  await sql`create index decisions_site_source_idx on decisions (site_id, source, created_at)`.execute(db);

  await db.schema
    .createTable('author_states')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('author_key', 'text', (c) => c.notNull())
    .addColumn('banned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('banned_until', 'timestamptz')
    .addColumn('ban_reason', 'text')
    .addColumn('premoderated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('author_states_pk', ['site_id', 'author_key'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'moderator')`))
    .addColumn('site_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('bootstrap', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await sql`create unique index api_tokens_one_bootstrap on api_tokens (bootstrap) where bootstrap`.execute(db);

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .execute();
  await sql`create index audit_log_site_idx on audit_log (site_id, id)`.execute(db);
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('relayed_at', 'timestamptz')
    .execute();
  await sql`create index outbox_pending_idx on outbox (created_at) where relayed_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['outbox', 'audit_log', 'api_tokens', 'author_states', 'decisions', 'comment_reasons', 'comments']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`drop function if exists audit_log_append_only()`.execute(db);
  await db.schema.dropTable('articles').ifExists().execute();
  await db.schema.dropTable('sites').ifExists().execute();
}
