/**
 * `pnpm rules:backtest --site demo [--days 7] [--policy proposal.json] [--against saved|stored] [--json]`:
 * replays a proposed policy over a site's stored comments of the last N days and prints which decisions would
 * change. Reads DATABASE_URL through @cm/config. Progress goes to stderr, the report to stdout.
 */
import { parseArgs } from 'node:util';
import { getSite, openCliDb, prepareSiteBacktest } from '@cm/db';
import type { BacktestReport } from '@cm/rules';
import { readPolicyFile } from './policy-source.js';
import { progressReporter } from './progress.js';

const USAGE =
  'usage: pnpm rules:backtest --site <id> [--days 1-90] [--policy proposal.json] [--against saved|stored] ' +
  '[--limit 100] [--json]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      days: { type: 'string', default: '7' },
      policy: { type: 'string' },
      against: { type: 'string' },
      limit: { type: 'string', default: '100' },
      json: { type: 'boolean', default: false },
    },
  });
  const days = Number(values.days);
  const limit = Number(values.limit);
  const against = values.against ?? (values.policy ? 'saved' : 'stored');
  if (!values.site || !Number.isInteger(days) || days < 1 || days > 90 || !Number.isInteger(limit) || limit < 0) {
    console.error(USAGE);
    return 2;
  }
  if (against !== 'saved' && against !== 'stored') {
    console.error(
      `--against must be "saved" (replay the saved policy too) or "stored" (the stored decisions)\n${USAGE}`,
    );
    return 2;
  }

  const db = openCliDb();
  try {
    const site = await getSite(db, values.site);
    if (!site) {
      console.error(`no site "${values.site}"`);
      return 1;
    }
    // Without a file, the saved policy is replayed against the stored decisions: what engine updates changed.
    const plan = await prepareSiteBacktest(db, {
      site,
      proposal: values.policy ? readPolicyFile(values.policy) : undefined,
      against,
      days,
      limit,
    });
    for (const e of plan.proposed.errors) console.error(`policy: skipped pattern /${e.pattern}/: ${e.message}`);
    const progress = progressReporter(`backtest ${site.id}`);
    progress.update(0, plan.total);
    const report = await plan.run({
      progressEvery: Math.max(100, Math.floor(plan.total / 200)),
      onProgress: (p) => progress.update(p.done, p.total),
    });
    progress.done();
    const header = {
      site: site.id,
      since: plan.since.toISOString(),
      until: plan.until.toISOString(),
      days,
      policy: values.policy ?? '(saved policy)',
    };
    console.log(values.json ? JSON.stringify({ ...header, ...report }, null, 2) : formatReport(header, report));
    return 0;
  } finally {
    await db.destroy();
  }
}

/** The report as a moderator reads it in a terminal. */
function formatReport(
  h: { site: string; since: string; until: string; days: number; policy: string },
  r: BacktestReport,
): string {
  const lines: string[] = [];
  const reference =
    r.comparedWith === 'replay' ? 'the saved policy, replayed the same way' : 'the decisions stored at the time';
  lines.push(`Backtest of ${h.policy} on site ${h.site}, last ${h.days} days (${h.since} → ${h.until})`);
  lines.push(`Compared with ${reference}.`);
  lines.push(
    `Replayed ${r.totals.replayed} comments: ${r.totals.unchanged} unchanged, ${r.totals.changed} changed` +
      (r.totals.warmup > 0 ? ` (${r.totals.warmup} earlier comments fed the duplicate window).` : '.'),
  );
  if (r.transitions.length > 0) {
    lines.push('', 'Decisions that would change:');
    for (const t of r.transitions) lines.push(`  ${t.from.padEnd(8)} → ${t.to.padEnd(8)} ${t.count}`);
  }
  if (r.rules.length > 0) {
    lines.push('', 'Rules (comments where it would newly act / would stop acting):');
    const width = Math.max(...r.rules.map((x) => x.rule.length));
    for (const x of r.rules) lines.push(`  ${x.rule.padEnd(width)}  +${x.newlyFiring}  -${x.noLongerFiring}`);
  }
  if (r.changes.length > 0) {
    lines.push('', `Changed comments${r.truncated ? ` (first ${r.changes.length} of ${r.totals.changed})` : ''}:`);
    for (const c of r.changes) {
      lines.push(`  ${c.id}  ${new Date(c.receivedAt).toISOString()}  ${c.from} → ${c.to}`);
      lines.push(`    "${c.excerpt}"`);
      for (const reason of c.reasons) lines.push(`    - [${reason.category}] ${reason.rule}: ${reason.message}`);
    }
  }
  return lines.join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
