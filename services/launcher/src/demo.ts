/**
 * `pnpm demo`: posts a handful of sample comments to a running service (`pnpm start` in another terminal)
 * and prints how each was decided, with the reasons and the words that triggered them.
 *   DEMO_URL=http://localhost:8080 pnpm demo
 */
const base = (process.env.DEMO_URL ?? `http://localhost:${process.env.PORT ?? 8080}`).replace(/\/$/, '');
const token = process.env.ADMIN_TOKEN;

const article = { articleId: 'harbour-bridge-vote', articleTitle: 'Council approves the harbour bridge, 7 votes to 4' };
const samples: { author: { id: string; name: string }; body: string }[] = [
  {
    author: { id: 'demo-ines', name: 'Ines' },
    body: 'Seven to four is closer than I expected. Did anyone publish the traffic study the council relied on?',
  },
  {
    author: { id: 'demo-tom', name: 'Tom' },
    body: 'This policy is idiotic and the costing is fantasy, but thanks for laying out the numbers so clearly.',
  },
  {
    author: { id: 'demo-kay', name: 'Kay' },
    body: 'You are an absolute m0r0n if you think this bridge will ever be finished.',
  },
  {
    author: { id: 'demo-ray', name: 'Ray' },
    body: 'Cheap bridge loans!!! Visit quick-cash-loans dot com or call 0800 555 0199 today',
  },
  {
    author: { id: 'demo-bot1', name: 'Concerned Citizen' },
    body: 'Stop the bridge now! The council is lying to all of us about the real costs of this project.',
  },
  {
    author: { id: 'demo-bot2', name: 'Worried Resident' },
    body: 'Stop the bridge NOW!! The council is lying to all of us about the real cost of this project',
  },
  { author: { id: 'demo-ana', name: 'Ana' }, body: 'Agreed.' },
];

interface Reason {
  category: string;
  rule: string;
  message: string;
  evidence: { text: string }[];
}

async function main(): Promise<void> {
  const ready = await fetch(`${base}/readyz`).catch(() => undefined);
  if (!ready?.ok) {
    console.error(`The service at ${base} is not ready. Start it with \`pnpm start\` first.`);
    process.exit(1);
  }
  const ids: string[] = [];
  for (const s of samples) {
    const res = await fetch(`${base}/v1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...article, ...s }),
    });
    const json = (await res.json()) as { id?: string; detail?: string };
    if (res.status !== 202 || !json.id) throw new Error(`POST failed (${res.status}): ${json.detail ?? ''}`);
    ids.push(json.id);
  }
  console.log(`Posted ${ids.length} comments to ${base}; waiting for the worker...\n`);
  for (const [i, id] of ids.entries()) {
    const record = await waitDecided(id);
    const sample = samples[i]!;
    console.log(`${pad(record.status.toUpperCase(), 9)} ${sample.author.name}: "${sample.body}"`);
    for (const r of record.reasons ?? []) {
      const words = r.evidence.map((e) => `'${e.text}'`).join(', ');
      console.log(`          - [${r.category}] ${r.message}${words ? `  (${words})` : ''}`);
    }
  }
  if (!token) console.log('\n(Set ADMIN_TOKEN to see the reasons: they are shown to moderators only.)');
}

async function waitDecided(id: string): Promise<{ status: string; reasons?: Reason[] }> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  for (let attempt = 0; attempt < 200; attempt++) {
    const res = await fetch(`${base}/v1/comments/${id}`, { headers });
    const json = (await res.json()) as { status: string; reasons?: Reason[] };
    if (json.status !== 'pending') return json;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`comment ${id} is still pending after 10 s: is the worker running?`);
}

const pad = (s: string, n: number) => s.padEnd(n);

await main();
