import { type Kysely, sql } from 'kysely';

/** Backtests read a site's comments in received order, keyset-paged; no other index serves that order. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index comments_site_received_idx on comments (site_id, received_at, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists comments_site_received_idx`.execute(db);
}
