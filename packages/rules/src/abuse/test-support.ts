import { DEFAULT_POLICY, type Reason } from '@cm/contracts';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { type CompiledPolicy, compilePolicy } from '../policy/compile.js';

const byDefault = compilePolicy(DEFAULT_POLICY);

/**
 * The abuse reasons that acted on `body` under `policy` (the default policy unless given), for the tests: the notes
 * a held comment carries beside them are tested on their own.
 */
export function abuseReasons(body: string, policy: CompiledPolicy = byDefault): Reason[] {
  return evaluate(analyze(body), { policy, authorKey: 'a', receivedAt: 0, duplicates: [] }).reasons.filter(
    (r) => r.category === 'abuse' && r.score >= policy.policy.thresholds.abuse,
  );
}
