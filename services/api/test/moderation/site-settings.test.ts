import { as, type Harness, harness, makeToken } from '@cm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('site settings and the dry run', () => {
  let h: Harness;
  let admin: ReturnType<typeof as>;
  beforeAll(async () => {
    h = await harness();
    admin = as(h, h.adminToken);
  });
  afterAll(() => h.close());

  it('tries a draft against a text without saving it, then saves it; new comments follow the saved settings', async () => {
    const draft = { bannedTerms: ['frobnicate'], blockedDomains: ['spam-shop.example'] };
    const text = 'Please frobnicate the council.';
    const tried = await admin.post('/v1/admin/sites/demo/dry-run', { body: text, policy: draft });
    expect(tried.status).toBe(200);
    const result = (await tried.json()) as {
      status: string;
      reasons: { evidence: { start: number; end: number }[] }[];
    };
    expect(result.status).toBe('rejected');
    const ev = result.reasons.flatMap((r) => r.evidence)[0]!;
    expect(text.slice(ev.start, ev.end).toLowerCase()).toContain('frobnicate');
    // Not saved: the stored settings still let it through.
    expect(
      ((await (await admin.post('/v1/admin/sites/demo/dry-run', { body: text })).json()) as { status: string }).status,
    ).toBe('approved');

    const saved = await admin.send('PUT', '/v1/admin/sites/demo/policy', draft);
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { policy: unknown }).policy).toEqual(draft);
    const read = (await (await admin.get('/v1/admin/sites/demo/policy')).json()) as {
      policy: unknown;
      resolved: { actions: unknown };
    };
    expect(read.policy).toEqual(draft);
    expect(read.resolved.actions).toBeDefined();
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'site.policy.update').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual(draft);

    // This harness's worker has decided nothing yet, so it loads the site's settings fresh.
    const id = await h.postComment({ body: 'We should all frobnicate more often, honestly.' });
    expect(await h.waitForDecision(id)).toBe('rejected');
  });

  it('refuses a pattern that does not compile, an unknown site, and a moderator saving', async () => {
    const bad = await admin.send('PUT', '/v1/admin/sites/demo/policy', { suspectPatterns: ['(unclosed'] });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('suspectPatterns');
    expect((await admin.send('PUT', '/v1/admin/sites/nowhere/policy', {})).status).toBe(404);
    expect((await admin.post('/v1/admin/sites/nowhere/dry-run', { body: 'x' })).status).toBe(404);
    const mod = as(h, (await makeToken(h, { siteIds: ['demo'] })).token);
    expect((await mod.send('PUT', '/v1/admin/sites/demo/policy', {})).status).toBe(403);
    // Reading and trying are fine for the site's moderators.
    expect((await mod.get('/v1/admin/sites/demo/policy')).status).toBe(200);
    expect((await mod.post('/v1/admin/sites/demo/dry-run', { body: 'hello there' })).status).toBe(200);
  });
});
