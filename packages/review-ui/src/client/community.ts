import type { ArticleStateView, AuthorNote, AuthorRecordView, CommentReport, ReportSummary } from '@cm/contracts';
import type { Api, Featured, QueueItem } from './api.js';
import { h, timeEl, toast } from './dom.js';

const articlePath = (siteId: string, articleId: string) =>
  `/v1/moderation/sites/${encodeURIComponent(siteId)}/articles/${encodeURIComponent(articleId)}`;

/** The community calls of the moderation API. */
const communityApi = (api: Api) => ({
  feature: (id: string, on: boolean) =>
    api.call<Featured>(on ? 'POST' : 'DELETE', `/v1/moderation/comments/${id}/feature`),
  article: (siteId: string, articleId: string) => api.call<ArticleStateView>('GET', articlePath(siteId, articleId)),
  setArticle: (siteId: string, articleId: string, change: { closed?: boolean; premoderated?: boolean }) =>
    api.call<ArticleStateView>('PATCH', articlePath(siteId, articleId), change),
  addNote: (siteId: string, key: string, text: string) =>
    api.call<AuthorNote>(
      'POST',
      `/v1/moderation/sites/${encodeURIComponent(siteId)}/authors/${encodeURIComponent(key)}/notes`,
      { text },
    ),
});

/** "3 reports: abuse 2, spam 1" on a card. */
export function reportsLine(reports: ReportSummary | null | undefined): HTMLElement | null {
  if (!reports || reports.count === 0) return null;
  const reasons = Object.entries(reports.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return h(
    'p',
    { class: 'reports', title: `weight ${reports.weight}` },
    h('strong', {}, `${reports.count} report${reports.count === 1 ? '' : 's'}`),
    `: ${reasons}`,
  );
}

/** The article's switches, from a card's article link: close it, pre-moderate it. */
export function articleButton(api: Api, item: QueueItem): HTMLElement {
  const b = h('button', { type: 'button', class: 'link article-settings', 'aria-haspopup': 'dialog' }, 'Article…');
  b.addEventListener('click', () => void openArticleDialog(api, item.siteId, item.article.id, b));
  return b;
}

async function openArticleDialog(api: Api, siteId: string, articleId: string, opener: HTMLElement): Promise<void> {
  const calls = communityApi(api);
  let state: ArticleStateView;
  try {
    state = await calls.article(siteId, articleId);
  } catch (err) {
    toast(`Could not load the article: ${(err as Error).message}`);
    return;
  }
  const box = (label: string, checked: boolean) => {
    const input = h('input', { type: 'checkbox' });
    input.checked = checked;
    return { input, label: h('label', {}, input, ` ${label}`) };
  };
  const closed = box('Closed: refuse new comments', state.closed);
  const premod = box('Pre-moderated: hold every new comment', state.premoderated);
  const save = h('button', { type: 'submit', class: 'approve' }, 'Save');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', {}, `Article ${articleId}`),
    closed.label,
    premod.label,
    h('div', { class: 'row' }, save, cancel),
  );
  const dialog = h('dialog', { 'aria-label': `Article ${articleId}` }, form);
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    calls
      .setArticle(siteId, articleId, { closed: closed.input.checked, premoderated: premod.input.checked })
      .then((s) => {
        toast(`Article ${s.closed ? 'closed' : 'open'}${s.premoderated ? ', pre-moderated' : ''}.`);
        dialog.close();
      })
      .catch((err: Error) => toast(`Not saved: ${err.message}`));
  });
  dialog.showModal();
  closed.input.focus();
}

/** Features or unfeatures a comment (the `f` key); approved comments only. */
export async function toggleFeature(api: Api, item: QueueItem): Promise<void> {
  const on = !item.featured;
  try {
    await communityApi(api).feature(item.id, on);
    item.featured = on;
    toast(on ? 'Featured.' : 'No longer featured.');
  } catch (err) {
    toast(`Not saved: ${(err as Error).message}`);
  }
}

/** The detail page's list of readers' reports, with each reporter's record. */
export function reportsSection(reports: CommentReport[]): HTMLElement[] {
  if (reports.length === 0) return [];
  return [
    h('h2', {}, 'Reports'),
    h(
      'ol',
      { class: 'report-list' },
      ...reports.map((r) => {
        const acc = r.reporter.accuracy === null ? 'no record yet' : `${Math.round(r.reporter.accuracy * 100)}% upheld`;
        return h(
          'li',
          {},
          timeEl(r.createdAt),
          ' ',
          h('strong', {}, r.reason),
          ` by ${r.reporter.name ?? r.reporter.id} (${acc}, ${r.reporter.upheld} upheld, ${r.reporter.dismissed} dismissed)`,
          r.state === 'open' ? '' : ` — ${r.state}`,
          r.note ? h('p', { class: 'muted' }, r.note) : '',
        );
      }),
    ),
  ];
}

/** Moderators' notes in the author panel, and a form to add one. */
export function notesSection(api: Api, author: AuthorRecordView): HTMLElement {
  const list = h('ul', { class: 'notes', 'aria-label': 'Notes on this author' });
  const show = (n: AuthorNote) =>
    h('li', {}, h('p', {}, n.text), h('p', { class: 'muted' }, `${n.author.name}, `, timeEl(n.createdAt)));
  list.append(...author.notes.map(show));
  const text = h('textarea', { id: 'note-text', rows: 2, maxlength: 2000, required: true });
  const form = h(
    'form',
    { class: 'note-form' },
    h('label', { for: 'note-text' }, 'Add a note for moderators'),
    text,
    h('button', { type: 'submit' }, 'Add note'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = text.value.trim();
    if (!value) return;
    communityApi(api)
      .addNote(author.siteId, author.key, value)
      .then((note) => {
        list.prepend(show(note));
        text.value = '';
        toast('Note added.');
      })
      .catch((err: Error) => toast(`Not saved: ${err.message}`));
  });
  return h('section', { class: 'author-notes' }, h('h3', {}, 'Notes'), list, form);
}
