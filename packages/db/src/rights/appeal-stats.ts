import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../database.js';

/** Appeals against the decisions a rule took part in. A reversed appeal is also an overturn of the rule. */
export interface AppealCounts {
  filed: number;
  upheld: number;
  reversed: number;
}

/**
 * Appeals per rule (of the comments the rule fired on, decided by the rules since `since`) and over all, for
 * `moderationStats`. `siteCond` filters `d.site_id`.
 */
export async function appealStats(
  db: Db,
  since: Date,
  siteCond: RawBuilder<unknown>,
): Promise<{ byRule: Map<string, AppealCounts>; totals: AppealCounts & { open: number } }> {
  const rows = await sql<{ rule: string | null; filed: number; upheld: number; reversed: number; open: number }>`
    with a as (
      select d.rules, ap.outcome from appeals ap
      join decisions d on d.comment_id = ap.comment_id and d.source = 'rules'
      where d.created_at >= ${since} and ${siteCond}
    )
    select x.rule, count(*)::int as filed,
      (count(*) filter (where a.outcome = 'upheld'))::int as upheld,
      (count(*) filter (where a.outcome = 'reversed'))::int as reversed,
      (count(*) filter (where a.outcome is null))::int as open
    from a cross join lateral unnest(a.rules) as x(rule)
    group by x.rule
    union all
    select null, count(*)::int, (count(*) filter (where outcome = 'upheld'))::int,
      (count(*) filter (where outcome = 'reversed'))::int, (count(*) filter (where outcome is null))::int
    from a`.execute(db);
  const byRule = new Map<string, AppealCounts>();
  let totals = { filed: 0, upheld: 0, reversed: 0, open: 0 };
  for (const r of rows.rows) {
    if (r.rule === null) totals = { filed: r.filed, upheld: r.upheld, reversed: r.reversed, open: r.open };
    else byRule.set(r.rule, { filed: r.filed, upheld: r.upheld, reversed: r.reversed });
  }
  return { byRule, totals };
}
