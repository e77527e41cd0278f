import { type Kysely, sql } from 'kysely';

/**
 * An administrator's queue without a site filter ("flagged, oldest first, every site") had no index in that
 * order: Postgres read the whole table and sorted (64 ms at 1M rows). Partial on the statuses people work
 * through, so the approved bulk of the table (most writes) costs this index nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index comments_queue_all_sites_idx on comments (status, received_at, id)
    where status in ('flagged', 'rejected', 'pending')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists comments_queue_all_sites_idx`.execute(db);
}
