/**
 * `pnpm rules:try "text" [--site id] [--policy policy.json]`: a dry run. Prints the decision for one text under a
 * site's policy (a SitePolicy JSON file, or the policy saved for `--site` in the database DATABASE_URL names;
 * the file wins when both are given; defaults filled in), with every reason and its evidence highlighted.
 */
import { resolvePolicy, type SitePolicy } from '@cm/contracts';
import { analyze, compilePolicy, evaluate } from '@cm/rules';
import { readPolicyFile, readSitePolicy } from './policy-source.js';

const BOLD_RED = '\u001b[1;31m';
const RESET = '\u001b[0m';

/** Removes `--name value` from args and returns the value (undefined when the flag is absent). */
function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = takeOption(args, '--policy');
  const siteId = takeOption(args, '--site');
  const text = args.join(' ');
  if (!text) {
    console.error('usage: pnpm rules:try "text" [--site id] [--policy policy.json]');
    process.exit(2);
  }
  let site: SitePolicy | null = null;
  if (file) site = readPolicyFile(file);
  else if (siteId) site = await readSitePolicy(siteId);
  const policy = compilePolicy(resolvePolicy(site));
  for (const e of policy.errors) console.warn(`policy: skipped pattern /${e.pattern}/: ${e.message}`);
  const color = process.stdout.isTTY === true;
  const decision = evaluate(analyze(text), { policy, authorKey: 'try', receivedAt: 0, duplicates: [] });
  console.log(`decision: ${decision.status}`);
  console.log(
    `scores:   ${Object.entries(decision.scores)
      .map(([c, s]) => `${c} ${s.toFixed(2)}`)
      .join('  ')}`,
  );
  if (decision.reasons.length === 0) console.log('no reasons');
  for (const r of decision.reasons) {
    console.log(`\n[${r.category}] ${r.rule}  severity ${r.severity}  score ${r.score.toFixed(2)}`);
    console.log(`  ${r.message}`);
    if (r.evidence.length > 0) console.log(`  ${highlight(text, r.evidence, color)}`);
  }
}

/** The text with evidence spans marked, in colour on a terminal and with [[ ]] otherwise. */
function highlight(text: string, spans: ReadonlyArray<{ start: number; end: number }>, color: boolean): string {
  let out = '';
  let last = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < last) continue;
    out += text.slice(last, s.start) + (color ? BOLD_RED : '[[') + text.slice(s.start, s.end) + (color ? RESET : ']]');
    last = s.end;
  }
  return (out + text.slice(last)).replace(/\n/g, ' ⏎ ');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
