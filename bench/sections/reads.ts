import {
  approvedCommentsQuery,
  approvedCountQuery,
  categoryCountQuery,
  createDb,
  EXACT_TOTAL_UP_TO,
  type QueueFilter,
  queueQuery,
  statusCountQuery,
} from '@cm/db';
import type { Compilable } from 'kysely';
import pg from 'pg';
import { load } from '../lib/load.js';
import { startService } from '../lib/processes.js';
import { ADMIN_TOKEN, BENCH_DB_URL } from '../lib/setup.js';
import { apiEnv } from './ingest.js';

export interface ReadFigures {
  rows: number;
  queueP99Ms: number;
  articleP99Ms: number;
  queueRps: number;
  articleRps: number;
  explain: { queue: string; article: string };
  apiPeakMb: number;
}

/** Fills the comments table with `rows` rows (80% approved, 15% flagged, 5% rejected) straight in SQL. */
export async function seedComments(pool: pg.Pool, rows: number): Promise<void> {
  await pool.query('truncate comments cascade');
  await pool.query(`insert into articles (site_id, id, url, title)
    select 'demo', 'article-' || g, null, 'Article ' || g from generate_series(0, 1999) g on conflict do nothing`);
  const chunk = 250_000;
  for (let from = 0; from < rows; from += chunk) {
    await pool.query(
      `insert into comments (id, site_id, article_id, author_key, author_name, body, status, categories, scores,
                             received_at, decided_at, updated_at)
       select gen_random_uuid(), 'demo',
              'article-' || (case when g % 10 = 0 then 0 else g % 2000 end),
              'reader-' || (g % 50000), 'Reader', 'A seeded comment body number ' || g,
              case when g % 20 = 0 then 'rejected' when g % 20 < 4 then 'flagged' else 'approved' end,
              case when g % 20 < 4 then array['abuse'] else '{}'::text[] end, '{}'::jsonb,
              now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval, now()
         from generate_series($1::int, $2::int) g`,
      [from, Math.min(rows, from + chunk) - 1],
    );
  }
  await pool.query('analyze comments');
}

/**
 * EXPLAIN ANALYZE of the very queries the two routes run, built by the same exported query builders and
 * compiled by Kysely (parameters included), so the plans printed are the plans served. The queue page runs the
 * page query, three capped status counts and the category count (the counts past the cap are then served from a
 * few-seconds cache); the article page runs the page query and a capped total (an exact total of a big article
 * is cached for the page's max-age).
 */
export async function explainRealQueries(url = BENCH_DB_URL): Promise<{ queue: string; article: string }> {
  const db = createDb({ url, poolSize: 1 });
  try {
    const explain = async (label: string, q: Compilable) => {
      const compiled = q.compile();
      const res = await db.executeQuery<{ 'QUERY PLAN': string }>({
        ...compiled,
        sql: `explain (analyze, buffers, costs off) ${compiled.sql}`,
      });
      const params = JSON.stringify(compiled.parameters);
      return `-- ${label}\n-- ${compiled.sql.replace(/\s+/g, ' ')} ${params}\n${res.rows.map((r) => r['QUERY PLAN']).join('\n')}`;
    };
    const site: QueueFilter = { siteIds: ['demo'], status: 'flagged' };
    const allSites: QueueFilter = { siteIds: null, status: 'flagged' };
    const page = { order: 'oldest', limit: 50 } as const;
    const queue = [
      await explain('queue page (siteId=demo, flagged, oldest first)', queueQuery(db, site, page)),
      await explain('queue count, capped (approved)', statusCountQuery(db, site, 'approved')),
      await explain('queue count, capped (flagged)', statusCountQuery(db, site, 'flagged')),
      await explain('queue counts per category (flagged, capped)', categoryCountQuery(db, site)),
      await explain('queue page, administrator, every site', queueQuery(db, allSites, page)),
    ];
    const article = [
      await explain(
        'article page (article-0, newest first)',
        approvedCommentsQuery(db, { siteId: 'demo', articleId: 'article-0', order: 'newest', limit: 20 }),
      ),
      await explain('article total, capped', approvedCountQuery(db, 'demo', 'article-0', EXACT_TOTAL_UP_TO)),
      await explain('article total, exact (cached refresh, every 5 s)', approvedCountQuery(db, 'demo', 'article-0')),
    ];
    return { queue: queue.join('\n\n'), article: article.join('\n\n') };
  } finally {
    await db.destroy();
  }
}

/** p99 of the moderation queue page and of an article's comments page, with `rows` comments stored. */
export async function benchReads(rows: number, seconds: number): Promise<ReadFigures> {
  const pool = new pg.Pool({ connectionString: BENCH_DB_URL, max: 2 });
  await seedComments(pool, rows);
  const plans = await explainRealQueries();
  const api = await startService('services/api/src/main.ts', [], apiEnv(8184), {
    url: 'http://127.0.0.1:8184/healthz',
  });
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const base = 'http://127.0.0.1:8184';
  await load({
    url: `${base}/v1/moderation/queue?siteId=demo`,
    method: 'GET',
    headers: auth,
    seconds: 2,
    connections: 10,
  });
  const queue = await load({
    url: `${base}/v1/moderation/queue?siteId=demo`,
    method: 'GET',
    headers: auth,
    seconds,
    connections: 10,
  });
  const article = await load({
    url: `${base}/v1/articles/article-0/comments?siteId=demo`,
    method: 'GET',
    seconds,
    connections: 10,
  });
  const apiPeakMb = api.peakRssMb();
  await api.stop();
  await pool.end();
  if (queue.non2xx > 0 || article.non2xx > 0) {
    console.warn(`reads: non-2xx answers (queue ${queue.non2xx}, article ${article.non2xx}): check the routes`);
  }
  return {
    rows,
    queueP99Ms: queue.p99Ms,
    articleP99Ms: article.p99Ms,
    queueRps: queue.rps,
    articleRps: article.rps,
    explain: plans,
    apiPeakMb,
  };
}
