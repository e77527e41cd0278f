/**
 * `pnpm eval [file.jsonl]`: replays a labelled corpus in order through analyze/evaluate, with an in-memory
 * duplicate index so that repeats and campaigns across lines are seen as in production, and prints recall,
 * precision and false flags per category, the misses by technique, and three baselines on abuse.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY } from '@cm/contracts';
import { Filter as BadWordsFilter } from 'bad-words';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { MemoryDuplicateIndex } from '../duplicates/memory-index.js';
import { analyze } from '../engine/analysis.js';
import { evaluate } from '../engine/evaluate.js';
import { compilePolicy } from '../policy/compile.js';
import { readCorpus } from './corpus.js';
import { ALL_ABUSE_WORDS } from './word-list.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/dev.jsonl', import.meta.url));
const CATEGORIES = ['abuse', 'link', 'duplicate', 'spam', 'policy'] as const;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function main(): void {
  const path = process.argv[2] ?? DEFAULT_CORPUS;
  const rows = readCorpus(path);
  const policy = compilePolicy(DEFAULT_POLICY);
  const index = new MemoryDuplicateIndex();
  const windowMs = DEFAULT_POLICY.duplicates.windowSeconds * 1000;
  const per = Object.fromEntries(CATEGORIES.map((c) => [c, tally()])) as Record<string, Tally>;
  let approveRows = 0;
  let falseFlags = 0;
  const falseFlagRows: string[] = [];
  const misses = new Map<string, { total: number; missed: number; ids: string[] }>();
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const badWords = new BadWordsFilter();
  const baselines = { ours: tally(), obscenity: tally(), 'bad-words': tally(), 'word list': tally() };
  const start = performance.now();

  rows.forEach((row, i) => {
    const receivedAt = 1_700_000_000_000 + i * 60_000;
    const a = analyze(row.body);
    const duplicates = index.checkAndAdd(row.id, row.author.id, receivedAt, a.fingerprint, windowMs);
    const d = evaluate(a, { policy, authorKey: row.author.id, receivedAt, duplicates });
    const fired = new Set(d.reasons.map((r) => r.category));
    const expected = new Set(row.expect === 'flag' ? row.categories : []);
    for (const c of CATEGORIES) {
      const t = per[c] as Tally;
      if (expected.has(c) && fired.has(c)) t.tp++;
      else if (expected.has(c)) t.fn++;
      else if (fired.has(c)) t.fp++;
    }
    if (row.expect === 'approve') {
      approveRows++;
      if (d.status !== 'approved') {
        falseFlags++;
        falseFlagRows.push(
          `${row.id} ${d.reasons.map((r) => `${r.rule}(${r.evidence.map((e) => e.text).join('|')})`).join(', ')}`,
        );
      }
    }
    const m = misses.get(row.technique) ?? { total: 0, missed: 0, ids: [] };
    if (row.expect === 'flag') {
      m.total++;
      const missed = row.categories.some((c) => !fired.has(c as (typeof CATEGORIES)[number]));
      if (missed) {
        m.missed++;
        m.ids.push(row.id);
      }
      misses.set(row.technique, m);
    }
    // Abuse baselines: each either "finds something" or not; precision counts any hit on a non-abuse line.
    const isAbuse = expected.has('abuse');
    const verdicts: Record<keyof typeof baselines, boolean> = {
      ours: fired.has('abuse'),
      obscenity: obscenity.hasMatch(row.body),
      'bad-words': safe(() => badWords.isProfane(row.body)),
      'word list': wordListHit(row.body),
    };
    for (const [k, hit] of Object.entries(verdicts) as Array<[keyof typeof baselines, boolean]>) {
      const t = baselines[k];
      if (isAbuse && hit) t.tp++;
      else if (isAbuse) t.fn++;
      else if (hit) t.fp++;
    }
  });
  const ms = performance.now() - start;

  console.log(`corpus: ${path} (${rows.length} lines, ${ms.toFixed(0)} ms including baselines)\n`);
  console.log('category    recall  precision   tp  fn  fp');
  for (const c of CATEGORIES) {
    const t = per[c] as Tally;
    if (t.tp + t.fn + t.fp === 0) continue;
    console.log(
      `${c.padEnd(10)}  ${pct(t.tp, t.tp + t.fn)}  ${pct(t.tp, t.tp + t.fp)}    ${String(t.tp).padStart(3)} ${String(t.fn).padStart(3)} ${String(t.fp).padStart(3)}`,
    );
  }
  console.log(
    `\nfalse flags on lines expected 'approve': ${falseFlags}/${approveRows} = ${pct(falseFlags, approveRows).trim()}`,
  );
  for (const f of falseFlagRows) console.log(`  ${f}`);

  console.log('\nmisses by technique (flag lines where an expected category did not fire)');
  console.log('technique             missed / total   lines');
  for (const [tech, m] of [...misses.entries()].sort((x, y) => y[1].missed - x[1].missed || x[0].localeCompare(y[0]))) {
    console.log(
      `${tech.padEnd(20)}  ${String(m.missed).padStart(6)} / ${String(m.total).padEnd(5)}   ${m.ids.join(' ')}`,
    );
  }

  console.log('\nabuse check side by side (recall / precision on the abuse category)');
  console.log('matcher       recall  precision   tp  fn  fp');
  for (const [k, t] of Object.entries(baselines)) {
    console.log(
      `${k.padEnd(12)}  ${pct(t.tp, t.tp + t.fn)}  ${pct(t.tp, t.tp + t.fp)}    ${String(t.tp).padStart(3)} ${String(t.fn).padStart(3)} ${String(t.fp).padStart(3)}`,
    );
  }
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

/** The plain approach many sites start with: lower-case substring search for every word of a list. */
function wordListHit(body: string): boolean {
  const lower = body.toLowerCase();
  return ALL_ABUSE_WORDS.some((w) => lower.includes(w));
}

main();
