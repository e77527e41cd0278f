import { Api, ApiError, type Order, type OwnView, type PublicComment } from './api.js';
import { CommentForm, type FormOptions } from './comment-form.js';
import { h, timeEl } from './dom.js';
import { explainLoadError } from './messages.js';
import { notPublished } from './not-published.js';
import { type OwnComment, OwnStore } from './own-store.js';
import { featuredSection, ReportedStore, readerId, reportAction } from './reports.js';
import { pollStatus } from './status-poller.js';
import { applyStyles } from './styles.js';
import { whenVisible } from './visibility.js';

/** What an embed says about itself, from its data-* attributes. */
export interface WidgetConfig {
  api: string;
  siteId: string;
  articleId: string;
  articleUrl: string | undefined;
  articleTitle: string | undefined;
  order: Order;
  pageSize: number;
  /** The embedding site's id and name for the reader (data-reader-id / data-reader-name), for reports. */
  reader: { id: string | undefined; name: string | undefined };
}

/** Reads a host element's data-* attributes, with the page's canonical URL and title as defaults. */
export function readConfig(el: HTMLElement, defaultApi: string): WidgetConfig {
  const d = el.dataset;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const pageUrl = canonical || location.href.split('#')[0];
  const articleUrl = d.articleUrl || pageUrl;
  return {
    api: (d.api || defaultApi).replace(/\/+$/, ''),
    siteId: d.site || 'demo',
    articleId: d.article || articleIdFrom(pageUrl ?? ''),
    articleUrl: articleUrl && /^https?:/.test(articleUrl) ? articleUrl : undefined,
    articleTitle: (d.articleTitle || document.title || '').slice(0, 300) || undefined,
    order: d.order === 'oldest' ? 'oldest' : 'newest',
    pageSize: Math.min(100, Math.max(1, Number(d.pageSize) || 20)),
    reader: { id: d.readerId || undefined, name: d.readerName || undefined },
  };
}

/** An article id derived from a URL's path, in the characters the API accepts. */
function articleIdFrom(url: string): string {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: fall back to the default id below.
  }
  const id = path.replace(/[^A-Za-z0-9._:\-/]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return id.slice(0, 200) || 'home';
}

/**
 * One comment box: an article's approved comments and a form, in a shadow root so that the page's CSS cannot
 * reach in. Every instance is independent (its own root, API client, store and timers).
 */
export class CommentWidget {
  private readonly api: Api;
  private readonly store: OwnStore;
  private readonly status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly count = h('span', { class: 'count' });
  private readonly ownList = h('ol', { class: 'own-list', 'aria-label': 'Your comments', hidden: true });
  private readonly list = h('ol', { class: 'list', 'aria-label': 'Comments' });
  private readonly notice = h('p', { class: 'loading' }, 'Comments load when you scroll here.');
  private readonly more = h('button', { type: 'button', class: 'secondary more', hidden: true }, 'Show more comments');
  private readonly closedNote = h('p', { class: 'closed', hidden: true }, 'Comments are closed');
  private readonly featured = h('section', { class: 'featured', 'aria-labelledby': 'cm-featured', hidden: true });
  private readonly formEl: HTMLElement;
  private readonly reports: Parameters<typeof reportAction>[0];
  private readonly orderSelect: HTMLSelectElement;
  private order: Order;
  private cursor: string | null = null;
  private total = 0;
  private loading = false;
  private readonly shown = new Set<string>();
  /** The public list's items by comment id, where replies find their parent. */
  private readonly items = new Map<string, HTMLLIElement>();
  /** Replies listed before their parent (newest first, or another page), by parent id: moved under it when it comes. */
  private readonly waiting = new Map<string, HTMLLIElement[]>();
  private readonly pollers = new Map<string, () => void>();
  private readonly formOptions: Omit<FormOptions, 'onPosted'>;
  /** One reply form, made on the first "Reply" and moved to the comment being answered. */
  private replyForm: CommentForm | undefined;
  private replyingTo: { id: string; name: string } | undefined;

  constructor(
    readonly host: HTMLElement,
    private readonly config: WidgetConfig,
  ) {
    this.api = new Api(config.api, config.siteId);
    this.store = new OwnStore(config.siteId, config.articleId);
    this.order = config.order;
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root);

    this.formOptions = {
      api: this.api,
      siteId: config.siteId,
      articleId: config.articleId,
      articleUrl: config.articleUrl,
      articleTitle: config.articleTitle,
      announce: (m) => this.announce(m),
    };
    const form = new CommentForm({ ...this.formOptions, onPosted: (c) => this.addOwn(c, true) });
    this.formEl = form.el;
    this.reports = {
      api: this.api,
      reporter: { id: readerId(config.siteId, config.reader.id), name: config.reader.name },
      store: new ReportedStore(config.siteId),
      announce: (m) => this.announce(m),
    };
    this.orderSelect = h(
      'select',
      { id: 'cm-order' },
      h('option', { value: 'newest', selected: this.order === 'newest' }, 'Newest first'),
      h('option', { value: 'oldest', selected: this.order === 'oldest' }, 'Oldest first'),
    );
    this.orderSelect.addEventListener('change', () => {
      this.order = this.orderSelect.value === 'oldest' ? 'oldest' : 'newest';
      void this.load(true);
    });
    this.more.addEventListener('click', () => void this.load(false));

    root.append(
      h(
        'div',
        { class: 'root' },
        h(
          'section',
          { 'aria-labelledby': 'cm-title' },
          h('h2', { id: 'cm-title' }, 'Comments ', this.count),
          form.el,
          this.closedNote,
          this.status,
          this.ownList,
          h('div', { class: 'toolbar' }, h('span', {}, h('label', { for: 'cm-order' }, 'Sort'), this.orderSelect)),
          this.featured,
          this.notice,
          this.list,
          this.more,
        ),
      ),
    );
    for (const own of this.store.all()) this.addOwn(own, false);
    whenVisible(host, () => void this.load(true));
  }

  /** Stops every timer (for pages that remove the widget). */
  destroy(): void {
    for (const stop of this.pollers.values()) stop();
    this.pollers.clear();
  }

  /**
   * The count and the empty-state line agree with what the reader sees: the listed comments, plus the reader's
   * own comments shown as published that the list (perhaps a cached one) does not have yet.
   */
  private showTotals(): void {
    const ownPublished = this.ownList.querySelectorAll(':scope > li:not(.own)').length;
    this.count.textContent = `(${this.total + ownPublished})`;
    this.notice.hidden = this.shown.size + ownPublished > 0;
  }

  private announce(message: string): void {
    this.status.textContent = message;
  }

  private async load(reset: boolean): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    this.list.setAttribute('aria-busy', 'true');
    this.more.disabled = true;
    if (reset) {
      this.notice.hidden = false;
      this.notice.textContent = 'Loading comments…';
    }
    try {
      const page = await this.api.listComments(
        this.config.articleId,
        this.order,
        reset ? null : this.cursor,
        this.config.pageSize,
      );
      if (reset) {
        this.list.replaceChildren();
        this.shown.clear();
        this.items.clear();
        this.waiting.clear();
        this.replyingTo = undefined;
        this.showFeatured(page.featured);
        // A closed article lists its comments but takes no new ones.
        this.formEl.style.display = page.closed ? 'none' : '';
        this.closedNote.hidden = !page.closed;
      }
      this.total = page.total;
      this.cursor = page.nextCursor;
      let first: HTMLLIElement | undefined;
      for (const c of page.comments) {
        if (this.shown.has(c.id)) continue;
        this.shown.add(c.id);
        this.dropOwnIfListed(c.id);
        const li = commentItem(c, (item) => this.openReply(c, item), reportAction(this.reports, c.id, c.author.name));
        first ??= li;
        this.place(li, c);
      }
      this.notice.textContent = 'No comments yet. Be the first to write one.';
      this.showTotals();
      this.more.hidden = this.cursor === null;
      if (!reset && first) {
        // Keyboard and screen-reader users land on what they asked for.
        first.tabIndex = -1;
        first.focus();
        this.announce(`${page.comments.length} more comments loaded.`);
      }
    } catch (err) {
      this.notice.hidden = false;
      this.notice.replaceChildren(
        err instanceof ApiError ? explainLoadError(err) : 'The comments could not be loaded.',
        ' ',
        retryButton(() => void this.load(reset)),
      );
      this.more.hidden = reset;
    } finally {
      this.loading = false;
      this.more.disabled = false;
      this.list.removeAttribute('aria-busy');
    }
  }

  /** Editors' picks first, under "Featured"; they are left out of the list below. */
  private showFeatured(comments: PublicComment[]): void {
    for (const c of comments) this.shown.add(c.id);
    featuredSection(this.featured, comments, (c) =>
      commentItem(c, undefined, reportAction(this.reports, c.id, c.author.name)),
    );
  }

  /**
   * Puts a listed comment in its thread: a reply under its parent when the parent is listed (oldest reply first),
   * else at the end of the list until its parent comes (a later page, with newest first).
   */
  private place(li: HTMLLIElement, c: PublicComment): void {
    const parent = c.parentId ? this.items.get(c.parentId) : undefined;
    if (parent) insertReply(parent, li);
    else {
      this.list.append(li);
      if (c.parentId) this.waiting.set(c.parentId, [...(this.waiting.get(c.parentId) ?? []), li]);
    }
    this.items.set(c.id, li);
    for (const reply of this.waiting.get(c.id) ?? []) insertReply(li, reply);
    this.waiting.delete(c.id);
  }

  /** Opens the reply form under a comment (moving it there if it was open under another). */
  private openReply(c: PublicComment, li: HTMLLIElement): void {
    this.replyForm ??= new CommentForm({
      ...this.formOptions,
      reply: { parent: () => this.replyingTo, onCancel: () => this.closeReply(true) },
      onPosted: (own) => {
        this.closeReply(false);
        this.addOwn(own, true);
      },
    });
    if (this.replyingTo?.id !== c.id) this.replyForm.clear();
    this.replyingTo = { id: c.id, name: c.author.name };
    this.replyForm.el.setAttribute('aria-label', `Reply to ${c.author.name}`);
    li.insertBefore(this.replyForm.el, li.querySelector(':scope > ol.replies'));
    this.replyForm.focus();
  }

  /** Closes the reply form; on a cancel, the keyboard goes back to the comment's "Reply" button. */
  private closeReply(refocus: boolean): void {
    const form = this.replyForm?.el;
    const button = form?.parentElement?.querySelector<HTMLButtonElement>(':scope > .actions > button.reply');
    form?.remove();
    this.replyForm?.clear();
    this.replyingTo = undefined;
    if (refocus) button?.focus();
  }

  private addOwn(own: OwnComment, fresh: boolean): void {
    if (this.shown.has(own.id)) {
      this.store.remove(own.id);
      return;
    }
    if (fresh) this.store.put(own);
    const li = this.ownItem(own);
    this.ownList.prepend(li);
    this.ownList.hidden = false;
    const final = own.status === 'approved' || (own.status === 'rejected' && own.view?.appeal?.state !== 'open');
    if (!final) this.watch(own);
  }

  private watch(own: OwnComment): void {
    this.pollers.get(own.id)?.();
    const onView = (view: OwnView) => {
      if (JSON.stringify(view) === JSON.stringify(own.view)) return;
      own = { ...own, status: view.status, view };
      this.store.put(own);
      this.replaceOwn(own);
    };
    const stop = pollStatus(
      this.api,
      own.id,
      (final) => {
        this.pollers.delete(own.id);
        const status = final === 'lost' ? 'rejected' : final.status;
        const next: OwnComment = { ...own, status, view: final === 'lost' ? own.view : final };
        this.store.put(next);
        this.replaceOwn(next);
        if (status === 'approved') {
          this.showTotals();
          this.announce('Your comment is now published.');
        } else {
          this.announce('Your comment was not published.');
        }
      },
      { receipt: own.receipt, onView },
    );
    this.pollers.set(own.id, stop);
  }

  private replaceOwn(own: OwnComment): void {
    const old = this.ownList.querySelector(`li[data-id="${CSS.escape(own.id)}"]`);
    old?.replaceWith(this.ownItem(own));
  }

  /** The reader's own comment; a held or rejected one says why, with its Appeal button. */
  private ownItem(own: OwnComment): HTMLLIElement {
    const receipt = own.receipt;
    const explained =
      own.view && (own.view.statement || own.view.appeal) && receipt
        ? notPublished(own.view, {
            announce: (m) => this.announce(m),
            appeal: async (message) => {
              await this.api.appeal(own.id, receipt, message);
              // The outcome comes later: watch the comment again until a moderator answers.
              const view: OwnView = {
                ...(own.view as OwnView),
                appeal: { state: 'open', filedAt: new Date().toISOString(), decidedAt: null },
              };
              const next = { ...own, view };
              this.store.put(next);
              this.watch(next);
            },
          })
        : undefined;
    return ownItem(own, () => this.dismiss(own.id), explained);
  }

  /** An own comment that the public list now shows is not shown twice, nor kept any longer. */
  private dropOwnIfListed(id: string): void {
    const li = this.ownList.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    if (!li) return;
    li.remove();
    this.pollers.get(id)?.();
    this.pollers.delete(id);
    this.store.remove(id);
    this.ownList.hidden = this.ownList.childElementCount === 0;
  }

  private dismiss(id: string): void {
    this.store.remove(id);
    this.ownList.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.remove();
    this.ownList.hidden = this.ownList.childElementCount === 0;
    this.announce('Removed.');
  }
}

function commentItem(c: PublicComment, onReply?: (li: HTMLLIElement) => void, report?: HTMLElement): HTMLLIElement {
  const li = h(
    'li',
    { 'data-id': c.id, 'data-created': c.createdAt },
    h('div', { class: 'meta' }, h('span', { class: 'author' }, c.author.name), timeEl(c.createdAt)),
    h('p', { class: 'body' }, c.body),
  );
  if (onReply) {
    const reply = h(
      'button',
      { type: 'button', class: 'link reply', 'aria-label': `Reply to ${c.author.name}` },
      'Reply',
    );
    reply.addEventListener('click', () => onReply(li));
    li.append(h('div', { class: 'actions' }, reply, report));
  } else if (report) li.append(h('div', { class: 'actions' }, report));
  return li;
}

/** Adds a reply under its parent's item, in time order (ISO instants sort as strings). */
function insertReply(parent: HTMLLIElement, reply: HTMLLIElement): void {
  let replies = parent.querySelector<HTMLOListElement>(':scope > ol.replies');
  if (!replies) {
    replies = h('ol', { class: 'replies', 'aria-label': 'Replies' });
    parent.append(replies);
  }
  const created = reply.dataset.created ?? '';
  const later = [...replies.children].find((r) => ((r as HTMLElement).dataset.created ?? '') > created);
  replies.insertBefore(reply, later ?? null);
}

/** The reader's own comment: awaiting moderation, published, or not published (and why, when it is known). */
function ownItem(own: OwnComment, dismiss: () => void, explained?: HTMLElement): HTMLLIElement {
  if (own.status === 'approved') {
    return commentItem({
      id: own.id,
      parentId: own.parent?.id ?? null,
      author: { name: own.name },
      body: own.body,
      createdAt: own.createdAt,
    });
  }
  const rejected = own.status === 'rejected';
  const dismissButton = h('button', { type: 'button', class: 'link' }, 'Dismiss');
  dismissButton.addEventListener('click', dismiss);
  return h(
    'li',
    { class: `own ${rejected ? 'rejected' : 'pending'}`, 'data-id': own.id },
    h(
      'div',
      { class: 'meta' },
      h('span', { class: 'author' }, own.name),
      own.parent && h('span', { class: 'reply-to' }, `replying to ${own.parent.name}`),
      timeEl(own.createdAt),
      h('span', { class: rejected ? 'badge rejected' : 'badge' }, rejected ? 'Not published' : 'Awaiting moderation'),
    ),
    h('p', { class: 'body' }, own.body),
    explained
      ? h('div', { class: 'note' }, explained, rejected ? dismissButton : 'Only you can see it until it is approved.')
      : rejected
        ? h('p', { class: 'note' }, 'This comment was not published. ', dismissButton)
        : h('p', { class: 'note' }, 'Only you can see it until it is approved.'),
  );
}

function retryButton(onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'link' }, 'Try again');
  b.addEventListener('click', onClick);
  return b;
}
