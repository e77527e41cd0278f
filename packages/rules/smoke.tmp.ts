import { analyze, compilePolicy, evaluate } from '/work/main/packages/rules/src/index.ts';
import { DEFAULT_POLICY } from '@cm/contracts';
const p = compilePolicy(DEFAULT_POLICY);
for (const t of process.argv.slice(2)) {
  const d = evaluate(analyze(t), { policy: p, authorKey: 'a', receivedAt: 0, duplicates: [] });
  console.log(JSON.stringify(t), d.status, d.reasons.map((r) => `${r.rule}:${r.score.toFixed(2)} ${r.message}`));
}
