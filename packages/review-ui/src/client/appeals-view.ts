import { type Api, ApiError, type QueueItem } from './api.js';
import { bodyWithEvidence, reasonList } from './card.js';
import { h, safeHref, timeEl, toast } from './dom.js';

/**
 * The Appeals view: held comments whose author appealed, oldest appeal first, each with the author's message
 * beside the reasons the comment was held for. Publishing the comment reverses the decision appealed; rejecting
 * it upholds it. Either is recorded as the appeal's outcome and the comment leaves the view.
 */
export async function renderAppeals(api: Api, root: HTMLElement): Promise<void> {
  const heading = h('h1', { tabindex: '-1' }, 'Appeals');
  const list = h('ol', { class: 'cards appeals', 'aria-label': 'Appealed comments' });
  root.replaceChildren(heading, list);
  let page: { items: QueueItem[] };
  try {
    page = await api.appeals();
  } catch (err) {
    root.append(h('p', { class: 'error', role: 'alert' }, `Could not load the appeals: ${(err as Error).message}`));
    return;
  }
  if (page.items.length === 0) {
    list.replaceWith(h('p', { class: 'muted' }, 'No appeal is waiting for an answer.'));
  }
  for (const item of page.items) list.append(h('li', {}, appealCard(api, item)));
  heading.focus();
}

function appealCard(api: Api, item: QueueItem): HTMLElement {
  const href = safeHref(item.article.url);
  const articleName = item.article.title ?? item.article.id;
  const card = h('article', {
    class: 'card appeal',
    'data-id': item.id,
    'aria-label': `Appeal by ${item.author.name} on ${articleName}`,
  });
  const decide = async (action: 'approve' | 'reject', done: string) => {
    for (const b of card.querySelectorAll('button')) b.disabled = true;
    try {
      await api.decide(item.id, action, item.etag);
      const next = card.closest('li')?.nextElementSibling?.querySelector<HTMLButtonElement>('button');
      card.closest('li')?.remove();
      next?.focus();
      toast(done);
    } catch (err) {
      for (const b of card.querySelectorAll('button')) b.disabled = false;
      toast(err instanceof ApiError ? err.message : String(err));
    }
  };
  const reverse = h('button', { type: 'button', class: 'approve' }, 'Reverse: publish it');
  reverse.addEventListener('click', () => void decide('approve', 'Appeal reversed: the comment is published.'));
  const uphold = h('button', { type: 'button', class: 'reject' }, 'Uphold: keep it rejected');
  uphold.addEventListener('click', () => void decide('reject', 'Appeal upheld: the comment stays unpublished.'));
  const appeal = item.appeal;
  card.append(
    h(
      'header',
      {},
      h(
        'div',
        { class: 'meta' },
        h('span', { class: 'author' }, item.author.name),
        ' on ',
        href
          ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'article' }, articleName)
          : h('span', { class: 'article' }, articleName),
        ' · ',
        timeEl(item.receivedAt),
        h('span', { class: `status st-${item.status}` }, item.status),
      ),
    ),
    h(
      'div',
      { class: 'appeal-grid' },
      h(
        'section',
        { 'aria-label': 'The comment and why it was held' },
        bodyWithEvidence(item.body, item.reasons),
        reasonList(item.reasons),
      ),
      h(
        'section',
        { class: 'appeal-message', 'aria-label': 'The author’s appeal' },
        h('h2', {}, 'The author’s appeal'),
        appeal ? h('blockquote', {}, appeal.message) : null,
        appeal ? h('p', { class: 'muted' }, 'Filed ', timeEl(appeal.filedAt)) : null,
      ),
    ),
    h(
      'footer',
      { class: 'actions' },
      reverse,
      uphold,
      h('a', { href: `#/comments/${item.id}`, class: 'details' }, 'Details'),
    ),
  );
  return card;
}
