/**
 * @cm/rules-tools: the rules engine's command-line tools (`pnpm eval`, `pnpm rules:try`, `pnpm rules:backtest`)
 * and the evaluation they share with `pnpm test:corpus`.
 */
export { type CorpusRow, DEFAULT_CORPORA, parseCorpus, readCorpus, splitOf } from './eval/corpus.js';
export { codePointOffsets, type Miss, precision, recall, spanF1, type Tally } from './eval/metrics.js';
export { CATEGORIES, type LineResult, replay, type Summary, summarize } from './eval/run.js';
