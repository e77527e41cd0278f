/**
 * `pnpm eval [--corpus PATH]… [--misses]`: replays labelled corpora (default: the dev corpus and both external
 * sets beside the repository) through the rules and prints, per corpus, recall and precision per category, false
 * flags, the toxic-span F1 of the abuse evidence, and obscenity side by side; real corpora also by the halves of
 * their fixed split. `--misses` lists the misses and false flags grouped by rule and kind; `--spans` where the abuse
 * evidence is wider or narrower than the gold toxic spans, or marks what gold does not (development half only).
 * `--adversarial` adds a corpus generated from every disguise of insults, links and phone numbers (deterministic;
 * `--seed` varies it). `--unmarked` decides, one by one, the sentences of toxic-span comments that annotators left
 * unmarked (real text that should mostly pass) and, with `--misses`, lists those held from the development half.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../adversarial/generate.js';
import { adversarialParts } from '../adversarial/measure.js';
import { type CorpusRow, DEFAULT_CORPORA, readCorpus, splitOf } from './corpus.js';
import { CHECK_PART, DEV_PART, formatMisses, formatTables, type Part } from './report.js';
import { replay, summarize } from './run.js';
import { diffSpans, formatSpanDiffs, type SpanDiff } from './spans.js';
import { decideUnmarked, formatUnmarked } from './unmarked.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const USAGE = 'usage: pnpm eval [--corpus file.jsonl]... [--adversarial [--seed N]] [--misses] [--spans] [--unmarked]';

function main(): number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      misses: { type: 'boolean', default: false },
      adversarial: { type: 'boolean', default: false },
      seed: { type: 'string' },
      spans: { type: 'boolean', default: false },
      unmarked: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Paths given on the command line are read from where the command was run; the defaults from the repository.
  const from = process.env.INIT_CWD ?? process.cwd();
  const paths = values.corpus?.map((p) => resolve(from, p)) ?? DEFAULT_CORPORA.map((p) => resolve(REPO, p));
  const absent = paths.filter((p) => !existsSync(p));
  if (absent.length > 0) {
    console.error(`corpus not found: ${absent.join(', ')}`);
    console.error(
      values.corpus
        ? USAGE
        : `the default corpora live in ${resolve(REPO, '../shared/corpus')} beside the repository; pass --corpus PATH`,
    );
    return 2;
  }
  const parts: Part[] = [];
  const diffs: SpanDiff[] = [];
  const unmarked: string[] = [];
  const t0 = performance.now();
  for (const path of paths) {
    const rows = readCorpus(path);
    const results = replay(rows);
    const name = basename(path, '.jsonl');
    for (const r of results)
      if (r.row.spans && splitOf(r.row.id) === 'dev') diffs.push(...diffSpans(r.row.body, r.abuseOffsets, r.row.spans));
    parts.push({ corpus: name, part: 'all', summary: summarize(results) });
    if (values.unmarked && rows.some((r) => r.spans)) {
      const decided = decideUnmarked(rows);
      unmarked.push(
        formatUnmarked(
          `${name}, ${DEV_PART}`,
          decided.filter((r) => splitOf(r.id) === 'dev'),
          values.misses,
        ),
        formatUnmarked(
          `${name}, ${CHECK_PART}`,
          decided.filter((r) => splitOf(r.id) === 'check'),
          false,
        ),
      );
    }
    if (rows.length > 0 && rows.every((r: CorpusRow) => r.technique === 'real')) {
      for (const half of ['dev', 'check'] as const)
        parts.push({
          corpus: name,
          part: half === 'dev' ? DEV_PART : CHECK_PART,
          summary: summarize(results.filter((r) => splitOf(r.row.id) === half)),
        });
    }
  }
  if (values.adversarial) parts.push(...adversarialParts(Number(values.seed ?? DEFAULT_SEED), values.misses));
  console.log(formatTables(parts));
  console.log(`\n${paths.length} corpora in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (values.misses) console.log(`\n${formatMisses(parts)}`);
  if (values.spans) console.log(`\n${formatSpanDiffs(diffs)}`);
  if (unmarked.length > 0) console.log(`\n${unmarked.join('\n')}`);
  return 0;
}

process.exitCode = main();
