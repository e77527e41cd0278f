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
import { ADMIN_TOKEN, BENCH_DB_URL } from '../lib/setup.js';
import { startApiProcess } from './ingest.js';

export interface ReadFigures {
  rows: number;
  queueP99Ms: number;
  articleP99Ms: number;
  /** Pages per second under the two clients the p99 is read with. */
  queueRps: number;
  articleRps: number;
  /** Ten clients: the most the machine serves, and the p99 then (mostly queueing). */
  saturated: { queueRps: number; queueP99Ms: number; articleRps: number; articleP99Ms: number };
  explain: { queue: string; article: string };
  apiPeakMb: number;
}

/** Fills the comments table with `rows` rows (80% approved, 15% flagged, 5% rejected) straight in SQL, then vacuums. */
async function seedComments(pool: pg.Pool, rows: number): Promise<void> {
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
  // VACUUM as well as ANALYZE: a table that has lived a while has been vacuumed by autovacuum (since Postgres 13
  // inserts alone trigger it), which sets the visibility map that index-only scans need. A freshly bulk-loaded
  // table has none yet, and every count would visit the heap (the article's exact total: 171 ms vs 26 ms).
  await pool.query('vacuum analyze comments');
}

/**
 * EXPLAIN ANALYZE of the very queries the two routes run, built by the same exported query builders and
 * compiled by Kysely (parameters included), so the plans printed are the plans served. The queue page runs the
 * page query, three capped status counts and the category count (the counts past the cap are then served from a
 * few-seconds cache); the article page runs the page query and a capped total (an exact total of a big article
 * is cached for the page's max-age).
 */
async function explainRealQueries(url = BENCH_DB_URL): Promise<{ queue: string; article: string }> {
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
  const api = await startApiProcess(8184);
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const base = 'http://127.0.0.1:8184';
  const queueUrl = `${base}/v1/moderation/queue?siteId=demo`;
  const articleUrl = `${base}/v1/articles/article-0/comments?siteId=demo`;
  await load({ url: queueUrl, method: 'GET', headers: auth, seconds: 2, connections: 10 });
  await load({ url: articleUrl, method: 'GET', seconds: 2, connections: 10 });
  // The p99 is read under a steady load of two clients that ask again as soon as they are answered (~300
  // pages/s here, beyond a newsroom's moderators); ten such clients saturate the two cores, and their p99 is
  // mostly time spent queueing behind each other, so it is reported beside the throughput, not as the goal.
  const queue = await load({ url: queueUrl, method: 'GET', headers: auth, seconds, connections: 2 });
  const article = await load({ url: articleUrl, method: 'GET', seconds, connections: 2 });
  const queueMax = await load({ url: queueUrl, method: 'GET', headers: auth, seconds, connections: 10 });
  const articleMax = await load({ url: articleUrl, method: 'GET', seconds, connections: 10 });
  const apiPeakMb = api.peakRssMb();
  await api.stop();
  await pool.end();
  const non2xx = queue.non2xx + article.non2xx + queueMax.non2xx + articleMax.non2xx;
  if (non2xx > 0) console.warn(`reads: ${non2xx} non-2xx answers: check the routes`);
  return {
    rows,
    queueP99Ms: queue.p99Ms,
    articleP99Ms: article.p99Ms,
    queueRps: queue.rps,
    articleRps: article.rps,
    saturated: {
      queueRps: queueMax.rps,
      queueP99Ms: queueMax.p99Ms,
      articleRps: articleMax.rps,
      articleP99Ms: articleMax.p99Ms,
    },
    explain: plans,
    apiPeakMb,
  };
}
