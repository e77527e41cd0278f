import { DEFAULT_POLICY } from '@cm/contracts';
import { analyze, compilePolicy, evaluate, MemoryDuplicateIndex } from '../src/index.js';
import { benchRows } from './engine.js';

const { rows } = benchRows(process.argv[2]);
const policy = compilePolicy(DEFAULT_POLICY);
const windowMs = DEFAULT_POLICY.duplicates.windowSeconds * 1000;
const run = (rounds: number) => {
  let n = 0;
  let at = 1.7e12;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    const index = new MemoryDuplicateIndex();
    for (const row of rows) {
      at += 1000;
      const a = analyze(row.body);
      const d = index.checkAndAdd(`${r}:${row.id}`, row.author.id, at, a.fingerprint, windowMs);
      evaluate(a, { policy, authorKey: row.author.id, receivedAt: at, duplicates: d });
      n++;
    }
  }
  const c = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / ((c.user + c.system) / 1e6) };
};
run(100);
const k = Number(process.argv[3] ?? 7);
const rs = Array.from({ length: k }, () => run(30));
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`wall ${Math.round(med(rs.map((r) => r.wall)))} cpu ${Math.round(med(rs.map((r) => r.cpu)))}`);
