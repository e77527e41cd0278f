/**
 * `pnpm bench`: one run that measures the service next to the bare stack, prints one table and writes
 * bench/results.json. Never part of `pnpm test`.
 *   pnpm bench                 the full run (about 10–12 minutes on 2 cores)
 *   pnpm bench --quick         smaller backlog and shorter loads, for a smoke check
 *   pnpm bench --only=ingest,rules
 *   pnpm bench --only=flood    the copy-paste flood alone (40,000 near-copies drained, then a mixed stream)
 *   pnpm bench --backlog=N --flood=N   other backlog sizes (a partial run: results go to bench/out/)
 *   pnpm bench --only=flood-timed --flood-seconds=600 [--flood-rate=1000]
 *                              a flood that goes on: copies posted at a steady pace for that long while one worker
 *                              decides them, Redis memory sampled every second (a partial run)
 *   pnpm bench --soak          also a 10-minute soak at a steady 500/s (RSS and live heap sampled every 30 s)
 *   pnpm bench --only=cpu [--cpu=N]
 *                              CPU time per comment of the worker, Postgres and Redis, draining N ordinary comments and
 *                              N flood copies (default 40,000; a partial run, never part of the full one)
 *   pnpm bench --corpus=PATH   comment text from this JSONL corpus (default: ../shared/corpus/dev.jsonl beside the
 *                              repository when it is there, generated text otherwise)
 *   pnpm bench --redis-cluster ingest and decisions on a 6-node Redis Cluster on loopback, beside the single
 *                              Redis (instead of the bare stack), in alternating rounds
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { bundleWorkers, repoPath } from './lib/processes.js';
import { corpusBodies, resetBenchState, textGenerator } from './lib/setup.js';
import { withSteal } from './lib/steal.js';
import { benchCluster } from './sections/cluster.js';
import { benchCpu } from './sections/cpu.js';
import { benchDecisions } from './sections/decisions.js';
import { benchFlood } from './sections/flood.js';
import { benchTimedFlood } from './sections/flood-timed.js';
import { benchIngest } from './sections/ingest.js';
import { benchLatency } from './sections/latency.js';
import { benchReads } from './sections/reads.js';
import { benchRulesAsWorker } from './sections/rules.js';
import { benchSoak } from './sections/soak.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const soakWanted = args.includes('--soak');
const clusterWanted = args.includes('--redis-cluster');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (s: string) => !only || only.includes(s);
const corpusArg = args.find((a) => a.startsWith('--corpus='))?.slice(9);
const corpus = corpusArg ? resolve(process.env.INIT_CWD ?? process.cwd(), corpusArg) : undefined;
/** `--name=N` overrides a size (e.g. `--backlog=40000 --flood=20000`). */
const sizeArg = (name: string): number | undefined => {
  const v = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return v ? Number(v) : undefined;
};

const size = {
  loadSeconds: quick ? 5 : 15,
  // Ingest alternates ours and the bare server in rounds of 5 s.
  ingestSeconds: quick ? 10 : 30,
  backlog: sizeArg('backlog') ?? (quick ? 20_000 : 100_000),
  flood: sizeArg('flood') ?? (quick ? 10_000 : 40_000),
  latencySeconds: quick ? 8 : 20,
  readRows: quick ? 100_000 : 1_000_000,
  cpu: sizeArg('cpu') ?? (quick ? 10_000 : 40_000),
};

const bodies = corpusBodies(corpus);
const nextText = textGenerator(bodies);
await resetBenchState();
await bundleWorkers();
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const steal: Record<string, number | undefined> = {};
/** Runs a section when it is wanted, noting the CPU steal while it ran. */
async function section<T>(name: string, wanted: boolean, run: () => Promise<T>): Promise<T | undefined> {
  if (!wanted) return undefined;
  const { value, stealPercent } = await withSteal(run);
  steal[name] = stealPercent;
  return value;
}

log('rules engine');
const rules = await section('rules', want('rules'), () => benchRulesAsWorker(corpus));
if (clusterWanted) log(`ingest and decisions (backlog ${size.backlog}): single Redis and a Redis Cluster`);
const cluster = await section('cluster', clusterWanted && (want('ingest') || want('decisions')), () =>
  benchCluster(
    { ingest: want('ingest'), decisions: want('decisions') },
    bodies,
    size.ingestSeconds,
    size.backlog,
    nextText,
  ),
);
log('ingest');
const ingest = await section('ingest', want('ingest') && !clusterWanted, () => benchIngest(bodies, size.ingestSeconds));
log(`decisions (backlog ${size.backlog})`);
const decisions = await section('decisions', want('decisions') && !clusterWanted, () =>
  benchDecisions(size.backlog, nextText),
);
log(`copy-paste flood (${size.flood} near-copies), then a mixed stream at 1,000/s`);
const flood = await section('flood', want('flood'), () =>
  benchFlood(size.flood, nextText, { mixedSeconds: size.latencySeconds }),
);
log('decision latency at 1,000/s');
const latency = await section('latency', want('latency'), () => benchLatency(nextText, 1000, size.latencySeconds));
const floodSeconds = sizeArg('flood-seconds');
if (floodSeconds) log(`a flood going on for ${floodSeconds} s at ${sizeArg('flood-rate') ?? 1000}/s`);
const timedFlood = await section('floodTimed', Boolean(floodSeconds) && (want('flood') || want('flood-timed')), () =>
  benchTimedFlood(floodSeconds ?? 0, sizeArg('flood-rate'), log),
);
const cpuWanted = only?.includes('cpu') ?? false;
if (cpuWanted) log(`CPU per comment: ${size.cpu} ordinary comments and ${size.cpu} flood copies drained, twice`);
const cpuCost = await section('cpu', cpuWanted, () => benchCpu(size.cpu, nextText));
log(`moderation reads (${size.readRows} rows)`);
const reads = await section('reads', want('reads'), () => benchReads(size.readRows, size.loadSeconds));

const soakMinutes = quick ? 1 : 10;
if (soakWanted) log(`soak: ${soakMinutes} min at 500/s`);
const soak = await section('soak', soakWanted, () => benchSoak(nextText, soakMinutes, 500));

const cpu = os.cpus()[0]?.model ?? 'unknown';
const results = {
  machine: {
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    quick,
    /** Share of CPU time taken by the hypervisor for other guests during each section, in percent. */
    stealPercent: steal,
  },
  ingest: ingest && {
    rps: ingest.rps,
    p50Ms: ingest.p50Ms,
    p99Ms: ingest.p99Ms,
    baselineRps: ingest.baselineRps,
    baselineP99Ms: ingest.baselineP99Ms,
    ratio: ingest.ratio,
    rounds: ingest.rounds,
  },
  decisions: decisions && {
    perSecond: decisions.perSecond,
    baselinePerSecond: decisions.baselinePerSecond,
    ratio: decisions.ratio,
    rounds: decisions.rounds,
    twoWorkersPerSecond: decisions.twoWorkersPerSecond,
  },
  flood: flood && {
    perSecond: flood.perSecond,
    baselinePerSecond: flood.baselinePerSecond,
    ratio: flood.ratio,
    mixedP99Ms: flood.mixedP99Ms,
    mixedP50Ms: flood.mixedP50Ms,
    rounds: flood.rounds,
    campaignFlagged: flood.campaignFlagged,
    redisPeakMb: flood.redisPeakMb,
  },
  floodTimed: timedFlood,
  latency: latency && { p50Ms: latency.p50Ms, p99Ms: latency.p99Ms },
  cpu: cpuCost,
  rules: rules && { perSecondPerCore: rules.perSecondPerCore, runs: rules.runs, adversarial: rules.adversarial },
  reads: reads && {
    queueP99Ms: reads.queueP99Ms,
    articleP99Ms: reads.articleP99Ms,
    queueRps: reads.queueRps,
    articleRps: reads.articleRps,
    saturated: reads.saturated,
  },
  soak,
  cluster,
  memory: {
    apiPeakMb: Math.max(ingest?.apiPeakMb ?? 0, latency?.apiPeakMb ?? 0, reads?.apiPeakMb ?? 0),
    workerPeakMb: Math.max(
      decisions?.workerPeakMb ?? 0,
      latency?.workerPeakMb ?? 0,
      flood?.workerPeakMb ?? 0,
      timedFlood?.workerPeakMb ?? 0,
    ),
  },
};

const rows: [string, string, string, string][] = [['measure', 'ours', 'bare stack', 'goal']];
if (ingest) {
  rows.push([
    'ingest req/s (50 conns)',
    String(ingest.rps),
    String(ingest.baselineRps),
    `≥ 0.8× (now ${ingest.ratio}×)`,
  ]);
  rows.push(['ingest p50 / p99 ms', `${ingest.p50Ms} / ${ingest.p99Ms}`, `– / ${ingest.baselineP99Ms}`, 'p99 ≤ 50']);
}
if (decisions) {
  rows.push([
    'decisions/s, 1 worker',
    String(decisions.perSecond),
    String(decisions.baselinePerSecond),
    `≥ 2× (now ${decisions.ratio}×)`,
  ]);
  rows.push(['decisions/s, 2 workers', String(decisions.twoWorkersPerSecond), '', '']);
}
if (flood) {
  const normal = decisions ? ` and ≥ normal ${decisions.perSecond}` : '';
  rows.push([
    `flood decisions/s, ${size.flood} near-copies (worker start included)`,
    `${flood.perSecond} (rounds ${flood.rounds.map((r) => `${r.perSecond}/${r.baselinePerSecond}`).join(', ')})`,
    String(flood.baselinePerSecond),
    `≥ 1.5×${normal} (now ${flood.ratio}×)`,
  ]);
  rows.push([
    'flood: flagged as campaign / Redis peak MB above start',
    `${flood.campaignFlagged} / ${flood.redisPeakMb}`,
    '',
    `all but the first (${size.flood - 1}) / bounded`,
  ]);
  rows.push([
    `mixed 30% campaign, 202 → decided p50 / p99 ms @${flood.mixedRate}/s`,
    `${flood.mixedP50Ms} / ${flood.mixedP99Ms} (${flood.mixedDecided} decided)`,
    '',
    'p99 ≤ 250',
  ]);
}
if (timedFlood) {
  const t = timedFlood;
  rows.push([
    `flood for ${t.seconds} s @${t.rate}/s: decided/s, decided of accepted, flagged`,
    `${t.perSecond}/s, ${t.decided} of ${t.accepted} (${t.sent} sent${Object.keys(t.failures).length > 0 ? `, refused ${JSON.stringify(t.failures)}` : ''}), ${t.campaignFlagged} flagged`,
    '',
    '',
  ]);
  rows.push([
    'flood for a while: Redis MB above start, peak / end (per minute)',
    `${t.redisPeakMb} / ${t.redisEndMb} (${t.redisByMinuteMb.join(', ')})`,
    '',
    'bounded',
  ]);
  const keys = t.keysByMinute;
  rows.push([
    'flood for a while: our keys MB, duplicate index / decide queue (per minute)',
    `${keys.map((k) => k.dupIndexMb).join(', ')} / ${keys.map((k) => k.queueMb).join(', ')}`,
    '',
    'bounded',
  ]);
  rows.push(['flood for a while: 202 → decided p50 / p99 ms', `${t.p50Ms} / ${t.p99Ms}`, '', '']);
}
if (cluster?.ingest) {
  const c = cluster.ingest;
  rows.push([
    'ingest req/s (50 conns): Redis Cluster / single Redis',
    String(c.clusterRps),
    String(c.singleRps),
    `cost of cluster mode (now ${c.ratio}×; rounds ${c.rounds.map((r) => `${r.clusterRps}/${r.singleRps}`).join(', ')})`,
  ]);
}
if (cluster?.decisions) {
  const c = cluster.decisions;
  rows.push([
    'decisions/s, 1 worker: Redis Cluster / single Redis',
    String(c.clusterPerSecond),
    String(c.singlePerSecond),
    `cost of cluster mode (now ${c.ratio}×; rounds ${c.rounds.map((r) => `${r.clusterPerSecond}/${r.singlePerSecond}`).join(', ')})`,
  ]);
}
if (cpuCost) {
  for (const kind of ['normal', 'flood'] as const) {
    const c = cpuCost[kind];
    rows.push([
      `CPU µs per comment, ${kind} (${c.comments}): worker / Postgres / Redis`,
      `${c.workerUs} / ${c.postgresUs} / ${c.redisUs} (${c.perSecond}/s, first stored after ${c.firstStoredMs} ms)`,
      '',
      '',
    ]);
  }
}
if (latency) rows.push(['202 → decided p50 / p99 ms @1,000/s', `${latency.p50Ms} / ${latency.p99Ms}`, '', 'p99 ≤ 250']);
if (rules) {
  rows.push([
    'rules comments/s/core',
    `${rules.perSecondPerCore} (median; runs ${Math.min(...rules.runs)}–${Math.max(...rules.runs)})`,
    '',
    '≥ 20,000',
  ]);
  rows.push([
    'rules adversarial',
    rules.adversarial.map((a) => `${Math.round(a.bytes / 1024)}KB ${a.ms}ms`).join(', '),
    '',
    'linear',
  ]);
}
if (reads) {
  rows.push([
    `queue page p99 ms (${reads.rows} rows, 2 clients: ${reads.queueRps}/s)`,
    String(reads.queueP99Ms),
    '',
    '≤ 20',
  ]);
  rows.push([
    `article page p99 ms (${reads.rows} rows, 2 clients: ${reads.articleRps}/s)`,
    String(reads.articleP99Ms),
    '',
    '≤ 20',
  ]);
  const sat = reads.saturated;
  rows.push([
    'reads saturated (10 clients): queue / article pages/s, p99 ms',
    `${sat.queueRps}/s ${sat.queueP99Ms} ms / ${sat.articleRps}/s ${sat.articleP99Ms} ms`,
    '',
    '',
  ]);
}
if (soak) {
  rows.push([
    `soak ${soak.minutes} min @${soak.rate}/s: RSS growth MB api / worker`,
    `${soak.apiGrowthMb} / ${soak.workerGrowthMb}`,
    '',
    'no growth',
  ]);
  rows.push([
    `soak: live heap growth MB api / worker (after full GC)`,
    `${soak.apiHeapGrowthMb} / ${soak.workerHeapGrowthMb}`,
    '',
    'no growth',
  ]);
  rows.push([
    'soak live heap MB every 30 s (api | worker)',
    `${soak.apiHeapMb.join(' ')} | ${soak.workerHeapMb.join(' ')}`,
    '',
    '',
  ]);
  rows.push([
    'soak RSS MB every 30 s (api | worker)',
    `${soak.apiRssMb.join(' ')} | ${soak.workerRssMb.join(' ')}`,
    '',
    `${soak.decided}/${soak.accepted} decided${Object.keys(soak.failures).length ? `; not accepted: ${JSON.stringify(soak.failures)}` : ''}`,
  ]);
}
rows.push(['peak RSS MB api / worker', `${results.memory.apiPeakMb} / ${results.memory.workerPeakMb}`, '', '']);
const stolen = Object.entries(steal).filter(([, v]) => v !== undefined);
if (stolen.length > 0) {
  rows.push(['CPU steal (hypervisor) per section, %', stolen.map(([k, v]) => `${k} ${v}`).join(', '), '', '']);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `\nMachine: ${cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GiB, Node ${process.version}\n`,
);
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
if (reads)
  console.log(`\nEXPLAIN queue page:\n${reads.explain.queue}\n\nEXPLAIN article page:\n${reads.explain.article}`);

// Only a full run replaces the committed figures; partial or quick runs go to bench/out/.
const target =
  quick || only || sizeArg('backlog') || sizeArg('flood') || floodSeconds
    ? 'bench/out/results-partial.json'
    : 'bench/results.json';
mkdirSync(repoPath('bench/out'), { recursive: true });
writeFileSync(repoPath(target), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${target}`);
process.exit(0);
