import type { QueueItem, Reason, ReplyContext } from './api.js';
import { h, safeHref, timeEl } from './dom.js';
import { segments } from './highlight.js';

/** Categories in the words a moderator uses. */
const CATEGORY_LABELS: Record<string, string> = {
  abuse: 'Abusive language',
  link: 'Link or contact',
  duplicate: 'Repeated text',
  spam: 'Spam signals',
  policy: 'Site policy',
  reports: 'Reported by readers',
};

export const categoryLabel = (c: string): string => CATEGORY_LABELS[c] ?? c;

/** The body as text nodes, with each piece of evidence in a `<mark>` naming the reasons that point at it. */
export function bodyWithEvidence(body: string, reasons: Reason[]): HTMLElement {
  const spans = reasons.flatMap((r) =>
    r.evidence.map((e) => ({ start: e.start, end: e.end, label: `${categoryLabel(r.category)}: ${r.message}` })),
  );
  const el = h('p', { class: 'body' });
  for (const s of segments(body, spans)) {
    el.append(s.labels.length === 0 ? s.text : h('mark', { title: s.labels.join('\n') }, s.text));
  }
  return el;
}

export function reasonList(reasons: Reason[]): HTMLElement {
  if (reasons.length === 0) return h('p', { class: 'muted' }, 'No rule fired on this comment.');
  return h(
    'ul',
    { class: 'reasons', 'aria-label': 'Why it was held' },
    reasons.map((r) =>
      h(
        'li',
        {},
        h('span', { class: `badge cat-${r.category}` }, categoryLabel(r.category)),
        ' ',
        h('span', { class: 'message' }, r.message),
        ' ',
        h(
          'span',
          { class: `severity sev-${r.severity}`, title: `rule ${r.rule}, score ${r.score.toFixed(2)}` },
          r.severity,
        ),
      ),
    ),
  );
}

/** The comment a reply answers, quoted above it: a reply is judged in its conversation. */
export function replyContext(parent: ReplyContext): HTMLElement {
  return h(
    'blockquote',
    { class: 'in-reply-to' },
    h(
      'p',
      { class: 'muted' },
      'In reply to ',
      h('a', { href: `#/comments/${parent.id}` }, parent.authorName),
      parent.status === 'approved' ? '' : ` (${parent.status})`,
    ),
    h('p', {}, parent.excerpt),
  );
}

export interface CardHandlers {
  approve(item: QueueItem): void;
  reject(item: QueueItem): void;
  toggle(item: QueueItem): void;
  ban(item: QueueItem): void;
  focus(item: QueueItem): void;
  /** Extra elements: after the article link, and after the reasons (reports). */
  extras?: (item: QueueItem) => { article?: HTMLElement | null; reasons?: HTMLElement | null };
}

/** One comment of the queue. Buttons and keys do the same things; the card itself takes focus for j/k. */
export function renderCard(item: QueueItem, selected: boolean, handlers: CardHandlers): HTMLElement {
  const href = safeHref(item.article.url);
  const articleName = item.article.title ?? item.article.id;
  const check = h('input', {
    type: 'checkbox',
    class: 'select',
    'aria-label': `Select comment by ${item.author.name}`,
  });
  check.checked = selected;
  check.addEventListener('change', () => handlers.toggle(item));
  const button = (label: string, key: string, cls: string, run: () => void) => {
    const b = h('button', { type: 'button', class: cls, 'aria-keyshortcuts': key }, label, ' ', h('kbd', {}, key));
    b.addEventListener('click', run);
    return b;
  };
  const extras = handlers.extras?.(item) ?? {};
  const card = h(
    'article',
    {
      class: `card${selected ? ' selected' : ''}`,
      tabindex: '-1',
      'data-id': item.id,
      'aria-label': `Comment by ${item.author.name} on ${articleName}`,
    },
    h(
      'header',
      {},
      check,
      h(
        'div',
        { class: 'meta' },
        h('span', { class: 'author' }, item.author.name),
        h('span', { class: 'muted author-key' }, item.author.id),
        ' on ',
        href
          ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'article' }, articleName)
          : h('span', { class: 'article' }, articleName),
        extras.article,
        ' · ',
        timeEl(item.receivedAt),
        h('span', { class: `status st-${item.status}` }, item.status),
      ),
    ),
    item.inReplyTo && replyContext(item.inReplyTo),
    bodyWithEvidence(item.body, item.reasons),
    reasonList(item.reasons),
    extras.reasons,
    h(
      'footer',
      { class: 'actions' },
      button('Approve', 'a', 'approve', () => handlers.approve(item)),
      button('Reject', 'r', 'reject', () => handlers.reject(item)),
      button('Ban author', 'b', 'ban', () => handlers.ban(item)),
      h('a', { href: `#/comments/${item.id}`, class: 'details' }, 'Details'),
    ),
  );
  card.addEventListener('focusin', () => handlers.focus(item));
  card.addEventListener('click', (e) => {
    if (e.target === card || (e.target instanceof HTMLElement && e.target.closest('.body, .reasons')))
      handlers.focus(item);
  });
  return card;
}
