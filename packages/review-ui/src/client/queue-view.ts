import {
  type Action,
  type Api,
  ApiError,
  type Me,
  type Outcome,
  type QueueItem,
  type QueuePage,
  type Status,
} from './api.js';
import { categoryLabel, renderCard } from './card.js';
import { askBan, showHelp } from './dialogs.js';
import { h, toast } from './dom.js';

const UNDO_MS = 8000;
const STATUSES: Status[] = ['flagged', 'rejected', 'approved'];
const ACTION_STATUS: Record<Action, Status> = { approve: 'approved', reject: 'rejected', requeue: 'flagged' };
const RESTORE: Record<Status, Action> = { approved: 'approve', rejected: 'reject', flagged: 'requeue' };

/** What an undo puts back: each comment where it stood in the list, and the status it had. */
interface UndoEntry {
  label: string;
  entries: { item: QueueItem; index: number; previous: Status; version: number }[];
  expires: number;
  done: boolean;
  dismiss: () => void;
}

/**
 * The queue: filters, the list of cards, keyboard, optimistic actions with undo. Every action removes the
 * cards at once, sends the decision with the ETag as read, and puts the cards back if the API refuses.
 */
export class QueueView {
  private items: QueueItem[] = [];
  private counts: QueuePage['counts'] = { byStatus: { flagged: 0, rejected: 0, approved: 0 }, byCategory: {} };
  private cursor: string | null = null;
  private current = 0;
  private selected = new Set<string>();
  private undo: UndoEntry[] = [];
  private filters = { siteId: '', status: 'flagged' as Status, category: '', q: '' };
  private readonly list = h('ol', { class: 'list', 'aria-label': 'Comments' });
  private readonly more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more');
  private readonly tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': 'Status' });
  private readonly chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Category' });
  private readonly bulkbar = h('div', { class: 'bulkbar', hidden: true });
  private readonly search = h('input', {
    type: 'search',
    placeholder: 'Search text or author  ( / )',
    'aria-label': 'Search',
  });
  private readonly empty = h('p', { class: 'empty', hidden: true }, 'Nothing to review here. 🎉');

  constructor(
    private readonly api: Api,
    private readonly me: Me,
  ) {}

  private frame: HTMLElement[] | undefined;

  /** Puts the view into `root` (built once, so filters survive a visit to the details) and loads the list. */
  async mount(root: HTMLElement): Promise<void> {
    this.frame ??= this.build();
    root.append(...this.frame);
    await this.load();
  }

  private build(): HTMLElement[] {
    const site = h(
      'select',
      { 'aria-label': 'Site' },
      h('option', { value: '' }, 'All my sites'),
      this.me.sites.map((s) => h('option', { value: s.id }, s.name)),
    );
    site.addEventListener('change', () => {
      this.filters.siteId = site.value;
      void this.load();
    });
    const form = h('form', { class: 'search', role: 'search' }, this.search);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.filters.q = this.search.value.trim();
      this.search.blur();
      void this.load();
    });
    this.more.addEventListener('click', () => void this.load(false));
    return [
      h('section', { class: 'filters' }, site, this.tabs, form, this.chips),
      this.bulkbar,
      this.empty,
      this.list,
      this.more,
    ];
  }

  private params(): URLSearchParams {
    const p = new URLSearchParams({ status: this.filters.status, limit: '50' });
    if (this.filters.siteId) p.set('siteId', this.filters.siteId);
    if (this.filters.category) p.set('category', this.filters.category);
    if (this.filters.q) p.set('q', this.filters.q);
    return p;
  }

  async load(reset = true): Promise<void> {
    const p = this.params();
    if (!reset && this.cursor) p.set('cursor', this.cursor);
    try {
      const page = await this.api.queue(p);
      this.items = reset ? page.items : [...this.items, ...page.items];
      this.counts = page.counts;
      this.cursor = page.nextCursor;
      if (reset) {
        this.current = 0;
        this.selected.clear();
      }
      this.render();
    } catch (err) {
      toast(`Could not load the queue: ${(err as Error).message}`);
    }
  }

  private render(): void {
    this.tabs.replaceChildren(
      ...STATUSES.map((s) => {
        const b = h(
          'button',
          { type: 'button', 'aria-pressed': String(this.filters.status === s) },
          `${s} `,
          h('span', { class: 'count' }, String(this.counts.byStatus[s])),
        );
        b.addEventListener('click', () => {
          this.filters = { ...this.filters, status: s, category: '' };
          void this.load();
        });
        return b;
      }),
    );
    this.chips.replaceChildren(
      ...Object.entries(this.counts.byCategory).map(([cat, n]) => {
        const b = h(
          'button',
          { type: 'button', class: `chip cat-${cat}`, 'aria-pressed': String(this.filters.category === cat) },
          `${categoryLabel(cat)} ${n}`,
        );
        b.addEventListener('click', () => {
          this.filters.category = this.filters.category === cat ? '' : cat;
          void this.load();
        });
        return b;
      }),
    );
    this.current = Math.max(0, Math.min(this.current, this.items.length - 1));
    const handlers = {
      approve: (i: QueueItem) => void this.decide([i], 'approve'),
      reject: (i: QueueItem) => void this.decide([i], 'reject'),
      toggle: (i: QueueItem) => this.toggle(i),
      ban: (i: QueueItem) => void this.ban(i),
      focus: (i: QueueItem) => this.setCurrent(this.items.indexOf(i), false),
    };
    this.list.replaceChildren(
      ...this.items.map((item, i) => {
        const card = renderCard(item, this.selected.has(item.id), handlers);
        if (i === this.current) card.classList.add('current');
        return h('li', {}, card);
      }),
    );
    this.more.hidden = this.cursor === null;
    this.empty.hidden = this.items.length > 0;
    const n = this.selected.size;
    this.bulkbar.hidden = n === 0;
    if (n > 0) {
      const approve = h('button', { type: 'button', class: 'approve' }, `Approve ${n} selected `, h('kbd', {}, 'A'));
      const reject = h('button', { type: 'button', class: 'reject' }, `Reject ${n} selected `, h('kbd', {}, 'R'));
      const clear = h('button', { type: 'button' }, 'Clear selection');
      approve.addEventListener('click', () => void this.decideSelection('approve'));
      reject.addEventListener('click', () => void this.decideSelection('reject'));
      clear.addEventListener('click', () => {
        this.selected.clear();
        this.render();
      });
      this.bulkbar.replaceChildren(h('span', { role: 'status' }, `${n} selected`), approve, reject, clear);
    }
  }

  private cardAt(index: number): HTMLElement | null {
    const item = this.items[index];
    return item ? this.list.querySelector<HTMLElement>(`[data-id="${item.id}"]`) : null;
  }

  private setCurrent(index: number, focus = true): void {
    if (this.items.length === 0) return;
    this.cardAt(this.current)?.classList.remove('current');
    this.current = Math.max(0, Math.min(index, this.items.length - 1));
    const card = this.cardAt(this.current);
    card?.classList.add('current');
    if (focus && card) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: 'nearest' });
    }
  }

  private toggle(item: QueueItem): void {
    if (this.selected.has(item.id)) this.selected.delete(item.id);
    else this.selected.add(item.id);
    this.render();
    this.setCurrent(this.items.indexOf(item));
  }

  /** Takes cards out of the list at once; returns where each stood so they can be put back. */
  private takeOut(items: QueueItem[]): { item: QueueItem; index: number }[] {
    const taken = items.map((item) => ({ item, index: this.items.indexOf(item) })).filter((t) => t.index >= 0);
    const ids = new Set(taken.map((t) => t.item.id));
    this.items = this.items.filter((i) => !ids.has(i.id));
    for (const id of ids) this.selected.delete(id);
    return taken.sort((a, b) => a.index - b.index);
  }

  private putBack(entries: { item: QueueItem; index: number }[]): void {
    for (const e of [...entries].sort((a, b) => a.index - b.index)) {
      if (e.item.status !== this.filters.status || this.items.some((i) => i.id === e.item.id)) continue;
      this.items.splice(Math.min(e.index, this.items.length), 0, e.item);
    }
  }

  private move(from: Status, to: Status, n: number): void {
    this.counts.byStatus[from] -= n;
    this.counts.byStatus[to] += n;
  }

  /** Approves or rejects comments: optimistic, with the ETags as read, then an undo for a few seconds. */
  async decide(items: QueueItem[], action: Action): Promise<void> {
    const target = ACTION_STATUS[action];
    const todo = items.filter((i) => i.status !== target);
    if (todo.length === 0) return;
    const focusAt = this.current;
    const taken = this.takeOut(todo);
    this.move(this.filters.status, target, taken.length);
    this.render();
    this.setCurrent(focusAt);
    let outcomes: Outcome[];
    try {
      outcomes =
        todo.length === 1 && todo[0]
          ? [await this.api.decide(todo[0].id, action, todo[0].etag)]
          : (
              await this.api.bulk(
                action,
                todo.map((i) => ({ id: i.id, version: i.version })),
              )
            ).results;
    } catch (err) {
      this.move(target, this.filters.status, taken.length);
      this.putBack(taken);
      this.render();
      this.setCurrent(focusAt);
      const stale = err instanceof ApiError && err.status === 412;
      toast(
        stale ? 'Someone changed this comment meanwhile; reloading the queue.' : `Not saved: ${(err as Error).message}`,
      );
      if (stale) await this.load();
      return;
    }
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    const done = taken.filter(
      (t) => byId.get(t.item.id)?.outcome === 'decided' || byId.get(t.item.id)?.outcome === 'unchanged',
    );
    const failed = taken.filter((t) => !done.includes(t));
    if (failed.length > 0) {
      this.move(target, this.filters.status, failed.length);
      this.putBack(failed);
      this.render();
      toast(`${failed.length} comment(s) changed meanwhile and were left as they are.`);
    }
    const decided = done.filter((t) => byId.get(t.item.id)?.outcome === 'decided');
    if (decided.length === 0) return;
    const verb = action === 'approve' ? 'Approved' : 'Rejected';
    this.offerUndo(
      `${verb} ${decided.length === 1 ? 'a comment' : `${decided.length} comments`}.`,
      decided.map((t) => ({
        ...t,
        previous: t.item.status,
        version: byId.get(t.item.id)?.version ?? t.item.version + 1,
      })),
    );
  }

  private async decideSelection(action: Action): Promise<void> {
    const items = this.items.filter((i) => this.selected.has(i.id));
    if (items.length > 0) await this.decide(items, action);
  }

  private offerUndo(label: string, entries: UndoEntry['entries']): void {
    const entry: UndoEntry = { label, entries, expires: Date.now() + UNDO_MS, done: false, dismiss: () => undefined };
    entry.dismiss = toast(`${label}`, { label: 'Undo (z)', run: () => void this.runUndo(entry) }, UNDO_MS);
    this.undo.push(entry);
  }

  /** Puts the comments back as they were: a decision of its own (audited), sent with the versions we caused. */
  private async runUndo(entry: UndoEntry): Promise<void> {
    if (entry.done || Date.now() > entry.expires) return;
    entry.done = true;
    entry.dismiss();
    const groups = new Map<Status, UndoEntry['entries']>();
    for (const e of entry.entries) groups.set(e.previous, [...(groups.get(e.previous) ?? []), e]);
    try {
      for (const [previous, list] of groups) {
        const { results } = await this.api.bulk(
          RESTORE[previous],
          list.map((e) => ({ id: e.item.id, version: e.version })),
        );
        const restored = new Map(results.filter((r) => r.outcome === 'decided').map((r) => [r.id, r]));
        const back = list.filter((e) => restored.has(e.item.id));
        for (const e of back) {
          const r = restored.get(e.item.id);
          e.item.version = r?.version ?? e.item.version;
          e.item.etag = r?.etag ?? e.item.etag;
          this.move(r?.previousStatus ?? this.filters.status, previous, 1);
        }
        this.putBack(back);
        if (back.length < list.length)
          toast(`${list.length - back.length} comment(s) changed meanwhile and were not undone.`);
      }
      this.render();
      toast('Undone.');
    } catch (err) {
      toast(`Undo failed: ${(err as Error).message}`);
    }
  }

  private async ban(item: QueueItem): Promise<void> {
    const choice = await askBan(item.author.name);
    this.setCurrent(this.current);
    if (!choice) return;
    const ban = {
      ...(choice.until ? { until: choice.until } : {}),
      ...(choice.reason ? { reason: choice.reason } : {}),
    };
    try {
      if (!choice.rejectAll) {
        await this.api.ban(item.siteId, item.author.id, ban.until, ban.reason);
        toast(`${item.author.name} is banned.`);
        return;
      }
      const { results } = await this.api.rejectAll(item.siteId, item.author.id, ban);
      const decided = new Map(results.filter((r) => r.outcome === 'decided').map((r) => [r.id, r]));
      const mine = this.items.filter((i) => decided.has(i.id));
      const taken = this.takeOut(mine);
      this.move(this.filters.status, 'rejected', taken.length);
      this.render();
      this.setCurrent(this.current);
      toast(
        `${item.author.name} is banned; ${decided.size} comment(s) rejected.`,
        {
          label: 'Undo',
          run: () =>
            void (async () => {
              await this.api.unban(item.siteId, item.author.id);
              const entry: UndoEntry = {
                label: '',
                entries: [...decided.values()].map((r) => {
                  const t = taken.find((x) => x.item.id === r.id);
                  return {
                    item: t?.item ?? { ...item, id: r.id },
                    index: t?.index ?? 0,
                    previous: r.previousStatus ?? 'flagged',
                    version: r.version ?? 0,
                  };
                }),
                expires: Date.now() + UNDO_MS,
                done: false,
                dismiss: () => undefined,
              };
              await this.runUndo(entry);
            })(),
        },
        UNDO_MS,
      );
    } catch (err) {
      toast(`Ban failed: ${(err as Error).message}`);
    }
  }

  /** The page's keys. Returns true when it handled the event. */
  onKey(e: KeyboardEvent): boolean {
    const item = this.items[this.current];
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        this.setCurrent(this.current + 1);
        return true;
      case 'k':
      case 'ArrowUp':
        this.setCurrent(this.current - 1);
        return true;
      case 'a':
        if (item) void this.decide([item], 'approve');
        return true;
      case 'r':
        if (item) void this.decide([item], 'reject');
        return true;
      case 'A':
        void this.decideSelection('approve');
        return true;
      case 'R':
        void this.decideSelection('reject');
        return true;
      case 'x':
        if (item) this.toggle(item);
        return true;
      case 'b':
        if (item) void this.ban(item);
        return true;
      case 'z': {
        const live = this.undo.filter((u) => !u.done && Date.now() <= u.expires);
        const last = live.at(-1);
        if (last) void this.runUndo(last);
        return true;
      }
      case 'o':
      case 'Enter':
        if (item) location.hash = `#/comments/${item.id}`;
        return true;
      case '/':
        this.search.focus();
        return true;
      case 'Escape':
        this.selected.clear();
        this.render();
        return true;
      case '?':
        showHelp();
        return true;
      default:
        return false;
    }
  }

  /** Puts the keyboard focus on the current card (after the view is shown). */
  focus(): void {
    this.setCurrent(this.current);
  }
}
