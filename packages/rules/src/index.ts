/**
 * @cm/rules: the pure rules engine. `analyze` a body once, `compilePolicy` once per site, then `evaluate`
 * with the duplicate candidates the shared index returned. No I/O, no clock, no randomness.
 */

export {
  type BacktestChange,
  type BacktestOptions,
  type BacktestProgress,
  type BacktestReport,
  backtest,
  type StoredComment,
} from './backtest/backtest.js';
export { type Fingerprint, isStockReply } from './duplicates/fingerprint.js';
export { type DuplicateCandidate, MemoryDuplicateIndex } from './duplicates/memory-index.js';
export { BANDS, bandKey, ROWS_PER_BAND, SIGNATURE_LENGTH } from './duplicates/minhash.js';
export { similarity } from './duplicates/similarity.js';
export { type Analysis, analyze } from './engine/analysis.js';
export { type AuthorState, type Decision, type EvaluateContext, evaluate } from './engine/evaluate.js';
export { type CompiledPolicy, compilePolicy, type PolicyCompileError } from './policy/compile.js';
