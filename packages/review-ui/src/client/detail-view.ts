import type { Api, Detail } from './api.js';
import { bodyWithEvidence, reasonList, replyContext } from './card.js';
import { notesSection, reportsSection } from './community.js';
import { h, safeHref, timeEl, toast } from './dom.js';

/** One comment in full: body with evidence, reasons, its history of decisions, and the author's record. */
export async function renderDetail(api: Api, id: string, root: HTMLElement): Promise<void> {
  let d: Detail;
  try {
    d = await api.detail(id);
  } catch (err) {
    root.append(h('p', { class: 'error' }, `Could not load the comment: ${(err as Error).message}`));
    return;
  }
  const c = d.comment;
  const href = safeHref(c.article.url);
  const act = (label: string, action: 'approve' | 'reject' | 'requeue') => {
    const b = h('button', { type: 'button', class: action }, label);
    b.addEventListener('click', async () => {
      try {
        await api.decide(c.id, action, d.etag);
        toast(`${label}: done.`);
        root.replaceChildren();
        await renderDetail(api, id, root);
      } catch (err) {
        toast(`Not saved: ${(err as Error).message}`);
      }
    });
    return b;
  };
  const a = d.author;
  const premod = h(
    'button',
    { type: 'button' },
    a.premoderated ? 'Stop holding their comments' : 'Always hold their comments',
  );
  premod.addEventListener('click', async () => {
    await api.premoderate(a.siteId, a.key, !a.premoderated);
    root.replaceChildren();
    await renderDetail(api, id, root);
  });
  const unban = a.banned ? h('button', { type: 'button' }, 'Lift the ban') : null;
  unban?.addEventListener('click', async () => {
    await api.unban(a.siteId, a.key);
    root.replaceChildren();
    await renderDetail(api, id, root);
  });
  root.append(
    h('p', {}, h('a', { href: '#/' }, '← Back to the queue')),
    h(
      'article',
      { class: 'card detail', 'data-id': c.id },
      h(
        'header',
        {},
        h(
          'div',
          { class: 'meta' },
          h('span', { class: 'author' }, c.author.name),
          h('span', { class: 'muted author-key' }, c.author.id),
          ' on ',
          href
            ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c.article.title ?? c.article.id)
            : (c.article.title ?? c.article.id),
          ' · ',
          timeEl(c.receivedAt),
          h('span', { class: `status st-${c.status}` }, c.status),
        ),
      ),
      d.inReplyTo && replyContext(d.inReplyTo),
      bodyWithEvidence(c.body, c.reasons),
      reasonList(c.reasons),
      h(
        'footer',
        { class: 'actions' },
        act('Approve', 'approve'),
        act('Reject', 'reject'),
        act('Back to the queue', 'requeue'),
      ),
    ),
    ...reportsSection(d.reports ?? []),
    h('h2', {}, 'History'),
    h(
      'ol',
      { class: 'history' },
      d.history.map((e) =>
        h(
          'li',
          {},
          timeEl(e.at),
          ' ',
          e.source === 'rules' ? 'Rules' : (e.actor?.name ?? 'A moderator'),
          `: ${e.previousStatus ?? '—'} → ${e.status}`,
          e.reason ? ` (${e.reason})` : '',
          e.note ? h('span', { class: 'muted' }, ` — ${e.note}`) : '',
        ),
      ),
    ),
    h('h2', {}, `Author: ${a.name ?? a.key}`),
    h(
      'p',
      {},
      `${a.counts.approved} approved · ${a.counts.flagged} flagged · ${a.counts.rejected} rejected`,
      a.banned
        ? h(
            'strong',
            { class: 'banned' },
            ` · banned${a.banned.until ? ` until ${new Date(a.banned.until).toLocaleString()}` : ''}`,
          )
        : '',
      a.premoderated ? h('strong', {}, ' · comments held for review') : '',
    ),
    h('div', { class: 'row' }, premod, unban),
    notesSection(api, a),
    h(
      'ul',
      { class: 'recent' },
      a.recent.map((r) =>
        h(
          'li',
          {},
          h('span', { class: `status st-${r.status}` }, r.status),
          ' ',
          h('a', { href: `#/comments/${r.id}` }, r.excerpt),
        ),
      ),
    ),
  );
}
