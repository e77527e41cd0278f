import type { Api, Me, QueueItem } from './api.js';
import { articleButton, reportsLine, toggleFeature } from './community.js';
import { toast } from './dom.js';
import { banFromCard } from './queue/ban.js';
import { QueueDecisions } from './queue/decisions.js';
import { QueueFilters } from './queue/filters.js';
import { handleQueueKey } from './queue/keys.js';
import { QueueList } from './queue/list.js';
import { type QueueHost, QueueState } from './queue/state.js';

/**
 * The queue: filters (`queue/filters.ts`), the list of cards (`queue/list.ts`), keys (`queue/keys.ts`),
 * optimistic decisions with undo (`queue/decisions.ts`) and bans (`queue/ban.ts`) over one `QueueState`.
 */
export class QueueView implements QueueHost {
  readonly state = new QueueState();
  private readonly filters: QueueFilters;
  private readonly decisions: QueueDecisions;
  private readonly cards: QueueList;
  private frame: HTMLElement[] | undefined;

  constructor(
    private readonly api: Api,
    me: Me,
  ) {
    this.filters = new QueueFilters(this, me);
    this.decisions = new QueueDecisions(api, this);
    this.cards = new QueueList(this.state, {
      decide: (items, action) => void this.decisions.decide(items, action),
      decideSelection: (action) => void this.decisions.decideSelection(action),
      toggle: (i) => this.toggle(i),
      ban: (i) => void this.ban(i),
      focus: (i) => this.setCurrent(this.state.items.indexOf(i), false),
      clearSelection: () => this.clearSelection(),
      extras: (item) => ({ article: articleButton(api, item), reasons: reportsLine(item.reports) }),
    });
  }

  /** Puts the view into `root` (built once, so filters survive a visit to the details) and loads the list. */
  async mount(root: HTMLElement): Promise<void> {
    this.frame ??= this.build();
    root.append(...this.frame);
    await this.load();
  }

  private build(): HTMLElement[] {
    this.cards.more.addEventListener('click', () => void this.load(false));
    const { bulkbar, empty, list, more } = this.cards;
    return [this.filters.build(), bulkbar, empty, list, more];
  }

  async load(reset = true): Promise<void> {
    const { state } = this;
    const p = state.params();
    if (!reset && state.cursor) p.set('cursor', state.cursor);
    try {
      const reported = new URLSearchParams({ status: 'flagged', reported: 'true', limit: '1' });
      if (state.filters.siteId) reported.set('siteId', state.filters.siteId);
      const [page, reportedPage] = await Promise.all([this.api.queue(p), this.api.queue(reported)]);
      state.reportedCount = reportedPage.counts.byStatus.flagged;
      state.items = reset ? page.items : [...state.items, ...page.items];
      state.counts = page.counts;
      state.cursor = page.nextCursor;
      if (reset) {
        state.current = 0;
        state.selected.clear();
      }
      this.render();
    } catch (err) {
      toast(`Could not load the queue: ${(err as Error).message}`);
    }
  }

  render(): void {
    this.filters.render();
    this.cards.render();
  }

  setCurrent(index: number, focus = true): void {
    this.cards.setCurrent(index, focus);
  }

  private toggle(item: QueueItem): void {
    const { selected } = this.state;
    if (selected.has(item.id)) selected.delete(item.id);
    else selected.add(item.id);
    this.render();
    this.setCurrent(this.state.items.indexOf(item));
  }

  private clearSelection(): void {
    this.state.selected.clear();
    this.render();
  }

  private ban(item: QueueItem): Promise<void> {
    return banFromCard(this.api, this, this.decisions, item);
  }

  /** The page's keys. Returns true when it handled the event. */
  onKey(e: KeyboardEvent): boolean {
    const { state } = this;
    return handleQueueKey(e, {
      current: state.current,
      item: state.items[state.current],
      setCurrent: (i) => this.setCurrent(i),
      decide: (item, action) => void this.decisions.decide([item], action),
      decideSelection: (action) => void this.decisions.decideSelection(action),
      toggle: (item) => this.toggle(item),
      ban: (item) => void this.ban(item),
      feature: (item) => void toggleFeature(this.api, item),
      undoLast: () => this.decisions.undoLast(),
      focusSearch: () => this.filters.search.focus(),
      clearSelection: () => this.clearSelection(),
    });
  }

  /** Puts the keyboard focus on the current card (after the view is shown). */
  focus(): void {
    this.setCurrent(this.state.current);
  }
}
