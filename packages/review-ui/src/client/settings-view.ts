import { type Api, ApiError, type Me } from './api.js';
import { bodyWithEvidence, reasonList } from './card.js';
import { h, toast } from './dom.js';

const LISTS = [
  ['bannedTerms', 'Banned terms', 'Rejected wherever they appear (after the usual de-obfuscation).'],
  ['suspectTerms', 'Suspect terms', 'Held for a moderator.'],
  ['allowedDomains', 'Allowed domains', 'Links to these (and their subdomains) are never held.'],
  ['blockedDomains', 'Blocked domains', 'Links to these are rejected.'],
] as const;

const lines = (s: string): string[] => [
  ...new Set(
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];

/** An administrator edits a site's word and domain lists and tries a text against the draft before saving. */
export async function renderSettings(api: Api, me: Me, root: HTMLElement): Promise<void> {
  if (me.role !== 'admin') {
    root.append(h('p', { class: 'error' }, 'Only administrators change site settings.'));
    return;
  }
  const site = h(
    'select',
    { id: 'settings-site', 'aria-label': 'Site' },
    me.sites.map((s) => h('option', { value: s.id }, s.name)),
  );
  const areas = Object.fromEntries(
    LISTS.map(([key]) => [key, h('textarea', { id: `policy-${key}`, name: key, rows: '6', spellcheck: 'false' })]),
  ) as Record<(typeof LISTS)[number][0], HTMLTextAreaElement>;
  let stored: Record<string, unknown> = {};
  const draft = (): Record<string, unknown> => {
    const p: Record<string, unknown> = { ...stored };
    for (const [key] of LISTS) p[key] = lines(areas[key].value);
    return p;
  };
  const load = async () => {
    try {
      const view = await api.policy(site.value);
      stored = view.policy;
      for (const [key] of LISTS) {
        const v = stored[key];
        areas[key].value = Array.isArray(v) ? v.join('\n') : '';
      }
    } catch (err) {
      toast(`Could not load the settings: ${(err as Error).message}`);
    }
  };
  site.addEventListener('change', () => void load());

  const sample = h('textarea', {
    id: 'try-text',
    rows: '3',
    placeholder: 'Paste a comment to see what the draft settings would do with it',
  });
  const result = h('div', { class: 'dry-run', role: 'status', 'aria-live': 'polite' });
  const tryButton = h('button', { type: 'button' }, 'Try it');
  tryButton.addEventListener('click', async () => {
    try {
      const r = await api.dryRun(site.value, sample.value, draft());
      result.replaceChildren(
        h('p', {}, 'Decision: ', h('span', { class: `status st-${r.status}` }, r.status)),
        bodyWithEvidence(sample.value, r.reasons),
        reasonList(r.reasons),
      );
    } catch (err) {
      result.replaceChildren(h('p', { class: 'error' }, (err as Error).message));
    }
  });
  const save = h('button', { type: 'submit', class: 'approve' }, 'Save');
  const form = h(
    'form',
    { class: 'settings' },
    h('label', { for: 'settings-site' }, 'Site'),
    site,
    h(
      'div',
      { class: 'lists' },
      LISTS.map(([key, label, help]) =>
        h('div', {}, h('label', { for: `policy-${key}` }, label), h('small', { class: 'muted' }, help), areas[key]),
      ),
    ),
    h('h2', {}, 'Try a text'),
    sample,
    h('div', { class: 'row' }, tryButton),
    result,
    h('div', { class: 'row' }, save),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const view = await api.savePolicy(site.value, draft());
      stored = view.policy;
      toast('Saved. New comments are checked with these settings within seconds.');
    } catch (err) {
      toast(err instanceof ApiError ? `Not saved: ${err.message}` : 'Not saved.');
    }
  });
  // Load before showing the form: a list typed into it before the stored one arrived would be overwritten.
  await load();
  root.append(h('h1', {}, 'Site settings'), form);
}
