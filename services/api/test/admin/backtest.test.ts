import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSite, as, type Harness, harness, makeToken, runScript, type ScriptRun, seedComment } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Report {
  siteId: string;
  comparedWith: 'replay' | 'stored';
  totals: { replayed: number; unchanged: number; changed: number; warmup: number };
  transitions: { from: string; to: string; count: number }[];
  rules: { rule: string; newlyFiring: number; noLongerFiring: number }[];
  changes: {
    id: string;
    excerpt: string;
    from: string;
    to: string;
    stored: string;
    reasons: { rule: string; evidence: { text: string; start: number; end: number }[] }[];
  }[];
  truncated: boolean;
}

const PROPOSAL = { bannedTerms: ['frobnicate'], blockedDomains: ['quickpills.net'], suspectTerms: ['ferry'] };
const CAMPAIGN = 'Everyone must sign the harbour petition before Friday, the council will not listen otherwise!';
const cli = (name: string) =>
  fileURLToPath(new URL(`../../../../packages/rules-tools/src/${name}.ts`, import.meta.url));

/** Runs `pnpm rules:backtest` (or another rules CLI) against the harness database; resolves with its output. */
function runCli(h: Harness, args: string[], script = 'backtest'): Promise<ScriptRun> {
  return runScript(cli(script), args, { DATABASE_URL: h.config.database.url });
}

describe('backtest of proposed site settings', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const bodies: Record<string, string> = {
    plain: 'The harbour bridge vote was long overdue; good reporting on the budget.',
    domain: 'Tickets at www.quickpills.net are cheaper than at the box office.',
    banned: 'We should all frobnicate more often, honestly.',
    suspect: 'The ferry schedule changes again next spring, sadly.',
    insult: 'You absolute moron, read the article before commenting.',
    first: CAMPAIGN,
    copy: CAMPAIGN.replace('Everyone', 'everyone'),
  };

  beforeAll(async () => {
    h = await harness();
    // One at a time, so received order is the order written here.
    for (const [key, body] of Object.entries(bodies)) {
      ids[key] = await h.postComment({ body });
      await h.waitForDecision(ids[key]);
    }
  });
  afterAll(() => h.close());

  it('stored decisions are what production decided, duplicates included', async () => {
    const rows = await h.db.selectFrom('comments').select(['id', 'status']).execute();
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status[ids.insult!]).toBe('flagged');
    expect(status[ids.copy!]).toBe('flagged');
    expect(status[ids.banned!]).toBe('approved');
    expect(status[ids.domain!]).toBe('flagged');
  });

  it('names exactly the comments the proposal would change, with their new reasons', async () => {
    const res = await as(h, h.adminToken).post('/v1/admin/sites/demo/backtest', { policy: PROPOSAL, days: 7 });
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.comparedWith).toBe('replay');
    expect(report.totals).toMatchObject({ replayed: 7, changed: 3, unchanged: 4 });
    const changed = Object.fromEntries(report.changes.map((c) => [c.id, c]));
    expect(Object.keys(changed).sort()).toEqual([ids.banned, ids.domain, ids.suspect].sort());
    expect(changed[ids.banned!]).toMatchObject({ from: 'approved', to: 'rejected', stored: 'approved' });
    // A link to an unknown shop is already held for review; blocking its domain rejects it.
    expect(changed[ids.domain!]).toMatchObject({ from: 'flagged', to: 'rejected' });
    expect(changed[ids.suspect!]).toMatchObject({ from: 'approved', to: 'flagged' });
    expect(changed[ids.banned!]?.reasons.map((r) => r.rule)).toContain('policy.banned-term');
    expect(changed[ids.domain!]?.reasons.map((r) => r.rule)).toContain('link.blocked-domain');
    for (const c of report.changes) {
      const body = Object.values(bodies).find((b) => b === c.excerpt);
      expect(body).toBeDefined();
      for (const ev of c.reasons.flatMap((r) => r.evidence)) expect(body?.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(report.transitions).toEqual(
      expect.arrayContaining([
        { from: 'approved', to: 'rejected', count: 1 },
        { from: 'flagged', to: 'rejected', count: 1 },
        { from: 'approved', to: 'flagged', count: 1 },
      ]),
    );
    expect(report.rules).toEqual(
      expect.arrayContaining([
        { rule: 'policy.banned-term', newlyFiring: 1, noLongerFiring: 0 },
        { rule: 'policy.suspect-term', newlyFiring: 1, noLongerFiring: 0 },
        { rule: 'link.blocked-domain', newlyFiring: 1, noLongerFiring: 0 },
      ]),
    );
    // Nothing was saved: the stored settings are untouched.
    const site = await h.db.selectFrom('sites').select('policy').where('id', '=', 'demo').executeTakeFirstOrThrow();
    expect(site.policy).toEqual({});
  });

  it('replaying the saved settings against the stored decisions changes nothing: duplicates replay as they ran', async () => {
    const res = await as(h, h.adminToken).post('/v1/admin/sites/demo/backtest', {});
    const report = (await res.json()) as Report;
    expect(report.comparedWith).toBe('stored');
    expect(report.totals).toMatchObject({ replayed: 7, changed: 0 });
    // Relaxing the duplicate action lets the copy through, and only it.
    const relaxed = await as(h, h.adminToken).post('/v1/admin/sites/demo/backtest', {
      policy: { actions: { duplicate: 'approve' } },
    });
    const r = (await relaxed.json()) as Report;
    expect(r.changes.map((c) => [c.id, c.from, c.to])).toEqual([[ids.copy, 'flagged', 'approved']]);
  });

  it('lets the site moderators run it, refuses others, and checks the request', async () => {
    const mod = as(h, (await makeToken(h, { siteIds: ['demo'] })).token);
    expect((await mod.post('/v1/admin/sites/demo/backtest', { policy: PROPOSAL })).status).toBe(200);
    await addSite(h, 'other');
    const stranger = as(h, (await makeToken(h, { siteIds: ['other'] })).token);
    const forbidden = await stranger.post('/v1/admin/sites/demo/backtest', { policy: PROPOSAL });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { code: string }).code).toBe('FORBIDDEN');
    const anonymous = await h.post('/v1/admin/sites/demo/backtest', { policy: PROPOSAL });
    expect(anonymous.status).toBe(401);
    expect((await as(h, 'not-a-token').post('/v1/admin/sites/demo/backtest', {})).status).toBe(401);

    const admin = as(h, h.adminToken);
    expect((await admin.post('/v1/admin/sites/nowhere/backtest', {})).status).toBe(404);
    const tooLong = await admin.post('/v1/admin/sites/demo/backtest', { days: 91 });
    expect(tooLong.status).toBe(422);
    const badPattern = await admin.post('/v1/admin/sites/demo/backtest', { policy: { suspectPatterns: ['(open'] } });
    expect(badPattern.status).toBe(422);
    expect(((await badPattern.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(
      'policy.suspectPatterns',
    );
  });

  it('prints the report from the command line, with progress on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-backtest-'));
    const file = join(dir, 'proposal.json');
    writeFileSync(file, JSON.stringify(PROPOSAL));
    const text = await runCli(h, ['--site', 'demo', '--days', '7', '--policy', file]);
    expect(text.stderr).toContain('backtest demo 100% (7/7)');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Replayed 7 comments: 4 unchanged, 3 changed');
    for (const key of ['banned', 'domain', 'suspect']) expect(text.stdout).toContain(ids[key]);
    expect(text.stdout).not.toContain(ids.plain);

    const json = await runCli(h, ['--site', 'demo', '--policy', file, '--json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.changes.map((c) => c.id).sort()).toEqual([ids.banned, ids.domain, ids.suspect].sort());

    const unknown = await runCli(h, ['--site', 'nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no site "nowhere"');
  });

  it('`pnpm rules:try --site` tries a text under the policy saved for that site', async () => {
    await h.db
      .insertInto('sites')
      .values({
        id: 'tried',
        name: 'Tried',
        policy: JSON.stringify({ bannedTerms: ['frobnicate'] }),
        allowed_origins: [],
      })
      .execute();
    const run = await runCli(h, ['--site', 'tried', 'Let us f.r.o.b.n.i.c.a.t.e the budget.'], 'try');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('decision: rejected');
    expect(run.stdout).toContain('policy.banned-term');
    const plain = await runCli(h, ['--site', 'demo', 'Let us frobnicate the budget.'], 'try');
    expect(plain.stdout).toContain('decision: approved');
  });
});

describe('backtest size cap', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ worker: false, env: { BACKTEST_MAX_COMMENTS: '2' } });
  });
  afterAll(() => h.close());

  it('refuses more comments than one request may replay, pointing at the command line', async () => {
    const now = Date.now();
    for (let i = 0; i < 3; i++) await seedComment(h, { receivedAt: new Date(now - (i + 1) * 60_000) });
    const res = await as(h, h.adminToken).post('/v1/admin/sites/demo/backtest', { days: 1 });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe('BACKTEST_TOO_LARGE');
    expect(problem.detail).toContain('pnpm rules:backtest --site demo --days 1');
  });
});
