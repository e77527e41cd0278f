import { readFileSync } from 'node:fs';

/**
 * CPU time the hypervisor gave to other guests ("steal", from /proc/stat) while a section ran, as a share of all
 * CPU time: on a shared VM it moved this machine's figures by tens of percent between runs, and the table shows it
 * next to them. Undefined where /proc/stat is not readable.
 */
export async function withSteal<T>(run: () => Promise<T>): Promise<{ value: T; stealPercent: number | undefined }> {
  const before = cpuTicks();
  const value = await run();
  const after = cpuTicks();
  if (!before || !after || after.total <= before.total) return { value, stealPercent: undefined };
  const share = (after.steal - before.steal) / (after.total - before.total);
  return { value, stealPercent: Math.round(share * 1000) / 10 };
}

function cpuTicks(): { steal: number; total: number } | undefined {
  try {
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { steal: fields[7] ?? 0, total };
  } catch {
    return undefined;
  }
}
