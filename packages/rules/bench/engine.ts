/**
 * Rules engine benchmark: comments per second on one core over a corpus (analyze + evaluate with an in-memory
 * duplicate index), and the time for adversarial bodies of 1 KB to 1 MB, which must grow linearly.
 * Run: `npx tsx packages/rules/bench/engine.ts [--corpus file.jsonl] [--json]`. The corpus defaults to the dev
 * corpus beside the repository (`../shared/corpus/dev.jsonl`); without one, generated comments are used.
 * `benchRules()` is called by the repo-wide bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '@cm/contracts';
import { analyze, compilePolicy, evaluate, MemoryDuplicateIndex } from '../src/index.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../../../shared/corpus/dev.jsonl', import.meta.url));

interface BenchRow {
  id: string;
  author: { id: string };
  body: string;
}

/** The corpus' lines, or `count` generated comments (every kind the engine checks, in varied words). */
export function benchRows(path: string | undefined, count = 260): { source: string; rows: BenchRow[] } {
  const file = path ?? DEFAULT_CORPUS;
  if (existsSync(file)) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .map((l) => JSON.parse(l) as BenchRow);
    return { source: file, rows };
  }
  if (path) throw new Error(`no corpus at ${path}`);
  const topics = ['the budget', 'the new bridge', 'school meals', 'the heatwave', 'the election', 'bus fares'];
  const stances = ['is long overdue', 'will cost more than they say', 'deserves a proper debate', 'helps nobody'];
  const extras = [
    '',
    ' See www.example.org/report for the figures.',
    ' You absolute m0r0n.',
    ' Call 0800 123 4567 now!!!',
    ' Check out my channel and subscribe!',
    ' The council voted 7-2 on 12 March 2026.',
  ];
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `g-${i}`,
    author: { id: `u-${i % 40}` },
    body: `I think ${topics[i % topics.length]} ${stances[(i * 7) % stances.length]}.${extras[(i * 5) % extras.length]}`,
  }));
  return { source: `${count} generated comments`, rows };
}

/** Adversarial patterns, each repeated up to the target size. */
const ADVERSARIAL: Record<string, string> = {
  'bad words': 'you absolute m0r0n f u c k you idiot kys ',
  'spaced letters': 'a b c d e f g h i j k l m n o p ',
  // One sentence without end, spelled out: words and phrases split back from the letters all the way.
  'spaced sentence': 'y o u a r e a n i d i o t w i l l k i l l y o u ',
  'many dots': 'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.',
  'long URLs': 'https://example.com/' + 'a'.repeat(200) + '?x=' + 'b'.repeat(100) + ' ',
  'mixed scripts': 'ѕtuріd ＩＤＩＯＴ 𝐦𝐨𝐫𝐨𝐧 trаitоr\u200b ١٢٣ 你好 ',
  digits: '+44 7700 900142 1-555-0123 12,345 3.14 ',
  'dot com': 'example dot com at foo dot net hxxp://x[.]io ',
};

function build(pattern: string, bytes: number): string {
  return pattern.repeat(Math.ceil(bytes / pattern.length)).slice(0, bytes);
}

export async function benchRules(corpus?: string): Promise<{
  source: string;
  perSecondPerCore: number;
  runs: number[];
  adversarial: { bytes: number; ms: number }[];
}> {
  const { source, rows } = benchRows(corpus);
  const policy = compilePolicy(DEFAULT_POLICY);
  const windowMs = DEFAULT_POLICY.duplicates.windowSeconds * 1000;
  const run = (rounds: number): number => {
    let n = 0;
    let at = 1_700_000_000_000;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      // A fresh index per round: replaying the same lines into one index would make every line a duplicate
      // of all its earlier replays, which is not what production sees.
      const index = new MemoryDuplicateIndex();
      for (const row of rows) {
        at += 1000;
        const a = analyze(row.body);
        const duplicates = index.checkAndAdd(`${r}:${row.id}`, row.author.id, at, a.fingerprint, windowMs);
        evaluate(a, { policy, authorKey: row.author.id, receivedAt: at, duplicates });
        n++;
      }
    }
    return n / ((performance.now() - t0) / 1000);
  };
  // Warm up to the steady state a worker runs in: after 20 rounds (~5,000 comments) the first timed run was still
  // the slowest of the seven in three processes out of three (optimized code still arriving, the young generation
  // still growing to its working size); after 100 rounds it is not.
  run(100);
  // Seven timed runs of 30 rounds (~8,000 comments each), reported by their median: a shared VM's neighbours
  // moved a single 100-round run by ±25% from one minute to the next. Every run is kept in the figures.
  const runs = Array.from({ length: 7 }, () => Math.round(run(30)));
  const perSecondPerCore = [...runs].sort((x, y) => x - y)[3] as number;

  const adversarial: { bytes: number; ms: number }[] = [];
  for (const bytes of [1_000, 10_000, 100_000, 1_000_000]) {
    let worst = 0;
    for (const pattern of Object.values(ADVERSARIAL)) {
      const body = build(pattern, bytes);
      const t0 = performance.now();
      evaluate(analyze(body), { policy, authorKey: 'bench', receivedAt: 0, duplicates: [] });
      worst = Math.max(worst, performance.now() - t0);
    }
    adversarial.push({ bytes, ms: Math.round(worst * 10) / 10 });
  }
  return { source, perSecondPerCore, runs, adversarial };
}

async function main(corpus: string | undefined): Promise<void> {
  const policy = compilePolicy(DEFAULT_POLICY);
  const r = await benchRules(corpus);
  console.log(
    `${r.source}: ${r.perSecondPerCore.toLocaleString('en')} comments/s on one core (median of ${r.runs.join(', ')})`,
  );
  console.log('adversarial bodies (worst pattern per size):');
  for (const a of r.adversarial)
    console.log(`  ${String(a.bytes).padStart(9)} bytes  ${a.ms.toFixed(1).padStart(8)} ms`);
  console.log('per pattern at 1 MB:');
  for (const [name, pattern] of Object.entries(ADVERSARIAL)) {
    const body = build(pattern, 1_000_000);
    const t0 = performance.now();
    evaluate(analyze(body), { policy, authorKey: 'bench', receivedAt: 0, duplicates: [] });
    console.log(`  ${name.padEnd(16)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --json: the figures only, for the repo-wide bench, which runs this file with the worker's V8 flags.
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const corpus = values.corpus ? resolve(process.env.INIT_CWD ?? process.cwd(), values.corpus) : undefined;
  if (values.json) process.stdout.write(`${JSON.stringify(await benchRules(corpus))}\n`);
  else await main(corpus);
}
