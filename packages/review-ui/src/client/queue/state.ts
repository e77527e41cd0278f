import type { QueueItem, QueuePage, Status } from '../api.js';

export interface Filters {
  siteId: string;
  status: Status;
  category: string;
  q: string;
  /** The Reported view: held comments with readers' open reports. */
  reported: boolean;
}

/** A card taken out of the list, and where it stood, so it can be put back. */
export interface Taken {
  item: QueueItem;
  index: number;
}

/** The queue's data: the loaded page, the counts, the current card, the selection and the filters. */
export class QueueState {
  items: QueueItem[] = [];
  counts: QueuePage['counts'] = {
    byStatus: { flagged: 0, rejected: 0, approved: 0 },
    byCategory: {},
    cap: 0,
    capped: { byStatus: { flagged: false, rejected: false, approved: false }, byCategory: false },
  };
  cursor: string | null = null;
  current = 0;
  selected = new Set<string>();
  filters: Filters = { siteId: '', status: 'flagged', category: '', q: '', reported: false };
  /** Held comments with open reports, for the Reported tab's count. */
  reportedCount = 0;

  /** The API query for the current filters. */
  params(): URLSearchParams {
    const p = new URLSearchParams({ status: this.filters.status, limit: '50' });
    if (this.filters.siteId) p.set('siteId', this.filters.siteId);
    if (this.filters.category) p.set('category', this.filters.category);
    if (this.filters.q) p.set('q', this.filters.q);
    if (this.filters.reported) p.set('reported', 'true');
    return p;
  }

  /** Takes cards out of the list at once; returns where each stood so they can be put back. */
  takeOut(items: QueueItem[]): Taken[] {
    const taken = items.map((item) => ({ item, index: this.items.indexOf(item) })).filter((t) => t.index >= 0);
    const ids = new Set(taken.map((t) => t.item.id));
    this.items = this.items.filter((i) => !ids.has(i.id));
    for (const id of ids) this.selected.delete(id);
    return taken.sort((a, b) => a.index - b.index);
  }

  putBack(entries: Taken[]): void {
    for (const e of [...entries].sort((a, b) => a.index - b.index)) {
      if (e.item.status !== this.filters.status || this.items.some((i) => i.id === e.item.id)) continue;
      this.items.splice(Math.min(e.index, this.items.length), 0, e.item);
    }
  }

  /** Moves `n` comments from one status count to another. */
  move(from: Status, to: Status, n: number): void {
    this.counts.byStatus[from] -= n;
    this.counts.byStatus[to] += n;
  }
}

/** What the parts of the queue need from the view that holds them. */
export interface QueueHost {
  readonly state: QueueState;
  render(): void;
  setCurrent(index: number, focus?: boolean): void;
  load(reset?: boolean): Promise<void>;
}
