import type { Me, Status } from '../api.js';
import { categoryLabel } from '../card.js';
import { h } from '../dom.js';
import type { QueueHost } from './state.js';

const STATUSES: Status[] = ['flagged', 'rejected', 'approved'];

/** The filter bar: site, status tabs with counts, search, category chips with counts. */
export class QueueFilters {
  readonly search = h('input', {
    type: 'search',
    placeholder: 'Search text or author  ( / )',
    'aria-label': 'Search',
  });
  private readonly tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': 'Status' });
  private readonly chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Category' });

  constructor(
    private readonly host: QueueHost,
    private readonly me: Me,
  ) {}

  build(): HTMLElement {
    const { state } = this.host;
    const site = h(
      'select',
      { 'aria-label': 'Site' },
      h('option', { value: '' }, 'All my sites'),
      this.me.sites.map((s) => h('option', { value: s.id }, s.name)),
    );
    site.addEventListener('change', () => {
      state.filters.siteId = site.value;
      void this.host.load();
    });
    const form = h('form', { class: 'search', role: 'search' }, this.search);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      state.filters.q = this.search.value.trim();
      this.search.blur();
      void this.host.load();
    });
    return h('section', { class: 'filters' }, site, this.tabs, form, this.chips);
  }

  /** The Reported view: held comments that readers reported, with their count. */
  private reportedTab(): HTMLElement {
    const { state } = this.host;
    const b = h(
      'button',
      { type: 'button', class: 'reported-tab', 'aria-pressed': String(state.filters.reported) },
      'reported ',
      h('span', { class: 'count' }, String(state.reportedCount)),
    );
    b.addEventListener('click', () => {
      state.filters = { ...state.filters, status: 'flagged', category: '', reported: true };
      void this.host.load();
    });
    return b;
  }

  render(): void {
    const { state } = this.host;
    this.tabs.replaceChildren(
      ...STATUSES.map((s) => {
        const b = h(
          'button',
          { type: 'button', 'aria-pressed': String(state.filters.status === s && !state.filters.reported) },
          `${s} `,
          h('span', { class: 'count' }, String(state.counts.byStatus[s])),
        );
        b.addEventListener('click', () => {
          state.filters = { ...state.filters, status: s, category: '', reported: false };
          void this.host.load();
        });
        return b;
      }),
      this.reportedTab(),
    );
    this.chips.replaceChildren(
      ...Object.entries(state.counts.byCategory).map(([cat, n]) => {
        const b = h(
          'button',
          { type: 'button', class: `chip cat-${cat}`, 'aria-pressed': String(state.filters.category === cat) },
          `${categoryLabel(cat)} ${n}`,
        );
        b.addEventListener('click', () => {
          state.filters.category = state.filters.category === cat ? '' : cat;
          void this.host.load();
        });
        return b;
      }),
    );
  }
}
