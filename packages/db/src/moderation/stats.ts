import { sql } from 'kysely';
import type { Db } from '../database.js';
import { type AppealCounts, appealStats } from '../rights/appeal-stats.js';

/** How moderators judged one rule's work. */
export interface RuleStats {
  rule: string;
  /** Comments on which the rule fired. */
  fired: number;
  /** Of those, comments a moderator decided afterwards. */
  reviewed: number;
  /** A moderator's last word was `rejected`: the rule was right. */
  upheld: number;
  /** A moderator's last word was `approved`: the rule was wrong. */
  overturned: number;
  /** upheld / (upheld + overturned); null until a moderator judged one. */
  precision: number | null;
  /** Authors' appeals against comments the rule fired on (a reversed one is counted in `overturned` too). */
  appeals: AppealCounts;
}

export interface ModerationStats {
  since: Date;
  rules: RuleStats[];
  totals: {
    /** Rules' decisions by status. */
    decidedByRules: Record<string, number>;
    moderatorDecisions: number;
    /** Comments the rules held (flagged or rejected) that a moderator approved. */
    overturnedHolds: number;
    /** Comments the rules approved that a moderator rejected: what no rule caught. */
    missed: number;
    /** Authors' appeals and their outcomes. */
    appeals: AppealCounts & { open: number };
  };
}

/**
 * Rule precision as moderators see it: for each rule, of the comments it fired on and a moderator judged,
 * how many the moderator's final decision upheld. Reads the decisions table, where every moderator decision
 * sits beside the rules' first one.
 */
export async function moderationStats(db: Db, f: { siteIds: string[] | null; since: Date }): Promise<ModerationStats> {
  const siteCond =
    f.siteIds === null ? sql`true` : f.siteIds.length === 0 ? sql`false` : sql`d.site_id in (${sql.join(f.siteIds)})`;
  const base = sql`
    with r as (
      select d.comment_id, d.status, d.rules from decisions d
      where d.source = 'rules' and d.created_at >= ${f.since} and ${siteCond}
    ),
    m as (
      select distinct on (d.comment_id) d.comment_id, d.status from decisions d
      join r on r.comment_id = d.comment_id
      where d.source = 'moderator'
      order by d.comment_id, d.id desc
    )`;
  const [rules, totals, moderatorCount, appeals] = await Promise.all([
    sql<{ rule: string; fired: number; reviewed: number; upheld: number; overturned: number }>`
      ${base}
      select x.rule,
        count(*)::int as fired,
        count(m.comment_id)::int as reviewed,
        (count(*) filter (where m.status = 'rejected'))::int as upheld,
        (count(*) filter (where m.status = 'approved'))::int as overturned
      from r cross join lateral unnest(r.rules) as x(rule)
      left join m on m.comment_id = r.comment_id
      group by x.rule
      order by count(*) desc, x.rule`.execute(db),
    sql<{ status: string; n: number; overturned: number; missed: number }>`
      ${base}
      select r.status, count(*)::int as n,
        (count(*) filter (where r.status <> 'approved' and m.status = 'approved'))::int as overturned,
        (count(*) filter (where r.status = 'approved' and m.status = 'rejected'))::int as missed
      from r left join m on m.comment_id = r.comment_id
      group by r.status`.execute(db),
    sql<{ n: number }>`
      select count(*)::int as n from decisions d
      where d.source = 'moderator' and d.created_at >= ${f.since} and ${siteCond}`.execute(db),
    appealStats(db, f.since, siteCond),
  ]);
  const decidedByRules: Record<string, number> = {};
  let overturnedHolds = 0;
  let missed = 0;
  for (const t of totals.rows) {
    decidedByRules[t.status] = t.n;
    overturnedHolds += t.overturned;
    missed += t.missed;
  }
  return {
    since: f.since,
    rules: rules.rows.map((r) => ({
      ...r,
      precision: r.upheld + r.overturned === 0 ? null : r.upheld / (r.upheld + r.overturned),
      appeals: appeals.byRule.get(r.rule) ?? { filed: 0, upheld: 0, reversed: 0 },
    })),
    totals: {
      decidedByRules,
      moderatorDecisions: moderatorCount.rows[0]?.n ?? 0,
      overturnedHolds,
      missed,
      appeals: appeals.totals,
    },
  };
}
