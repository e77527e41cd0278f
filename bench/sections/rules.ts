import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WORKER_NODE_FLAGS } from '@cm/config';
import { repoPath } from '../lib/processes.js';

export interface RulesFigures {
  /** The corpus file, or how many comments were generated. */
  source: string;
  /** The median of `runs`. */
  perSecondPerCore: number;
  /** Comments/s of each timed run over the corpus. */
  runs: number[];
  adversarial: { bytes: number; ms: number }[];
}

/** The rules engine benchmark, in its own process with the V8 flags the worker runs with. */
export async function benchRulesAsWorker(corpus?: string): Promise<RulesFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      ...WORKER_NODE_FLAGS,
      '--import',
      'tsx',
      repoPath('packages/rules/bench/engine.ts'),
      '--json',
      ...(corpus ? ['--corpus', corpus] : []),
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as RulesFigures;
}
