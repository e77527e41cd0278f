import type { Action, QueueItem } from '../api.js';
import { type CardHandlers, renderCard } from '../card.js';
import { h } from '../dom.js';
import type { QueueState } from './state.js';

export interface ListHandlers {
  decide: (items: QueueItem[], action: Action) => void;
  decideSelection: (action: Action) => void;
  toggle: (item: QueueItem) => void;
  ban: (item: QueueItem) => void;
  focus: (item: QueueItem) => void;
  clearSelection: () => void;
  extras: NonNullable<CardHandlers['extras']>;
}

/** The list of cards, the bulk bar for a selection, the empty state and "Load more". */
export class QueueList {
  readonly list = h('ol', { class: 'list', 'aria-label': 'Comments' });
  readonly more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more');
  readonly bulkbar = h('div', { class: 'bulkbar', hidden: true });
  readonly empty = h('p', { class: 'empty', hidden: true }, 'Nothing to review here. 🎉');

  constructor(
    private readonly state: QueueState,
    private readonly handlers: ListHandlers,
  ) {}

  render(): void {
    const { state, handlers } = this;
    state.current = Math.max(0, Math.min(state.current, state.items.length - 1));
    const cardHandlers = {
      approve: (i: QueueItem) => handlers.decide([i], 'approve'),
      reject: (i: QueueItem) => handlers.decide([i], 'reject'),
      toggle: handlers.toggle,
      ban: handlers.ban,
      focus: handlers.focus,
      extras: handlers.extras,
    };
    this.list.replaceChildren(
      ...state.items.map((item, i) => {
        const card = renderCard(item, state.selected.has(item.id), cardHandlers);
        if (i === state.current) card.classList.add('current');
        return h('li', {}, card);
      }),
    );
    this.more.hidden = state.cursor === null;
    this.empty.hidden = state.items.length > 0;
    this.renderBulkbar();
  }

  private renderBulkbar(): void {
    const n = this.state.selected.size;
    this.bulkbar.hidden = n === 0;
    if (n === 0) return;
    const approve = h('button', { type: 'button', class: 'approve' }, `Approve ${n} selected `, h('kbd', {}, 'A'));
    const reject = h('button', { type: 'button', class: 'reject' }, `Reject ${n} selected `, h('kbd', {}, 'R'));
    const clear = h('button', { type: 'button' }, 'Clear selection');
    approve.addEventListener('click', () => this.handlers.decideSelection('approve'));
    reject.addEventListener('click', () => this.handlers.decideSelection('reject'));
    clear.addEventListener('click', () => this.handlers.clearSelection());
    this.bulkbar.replaceChildren(h('span', { role: 'status' }, `${n} selected`), approve, reject, clear);
  }

  cardAt(index: number): HTMLElement | null {
    const item = this.state.items[index];
    return item ? this.list.querySelector<HTMLElement>(`[data-id="${item.id}"]`) : null;
  }

  /** Moves the current card, and the keyboard focus with it unless `focus` is false. */
  setCurrent(index: number, focus = true): void {
    const { state } = this;
    if (state.items.length === 0) return;
    this.cardAt(state.current)?.classList.remove('current');
    state.current = Math.max(0, Math.min(index, state.items.length - 1));
    const card = this.cardAt(state.current);
    card?.classList.add('current');
    if (focus && card) {
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: 'nearest' });
    }
  }
}
