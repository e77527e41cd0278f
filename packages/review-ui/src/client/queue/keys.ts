import type { Action, QueueItem } from '../api.js';
import { showHelp } from '../dialogs.js';

/** What the queue's keys act on. */
export interface KeyTarget {
  readonly current: number;
  readonly item: QueueItem | undefined;
  setCurrent(index: number): void;
  decide(item: QueueItem, action: Action): void;
  decideSelection(action: Action): void;
  toggle(item: QueueItem): void;
  ban(item: QueueItem): void;
  feature(item: QueueItem): void;
  undoLast(): void;
  focusSearch(): void;
  clearSelection(): void;
}

/** The queue's keys (listed for the help dialog in `dialogs.ts`). Returns true when it handled the event. */
export function handleQueueKey(e: KeyboardEvent, t: KeyTarget): boolean {
  const item = t.item;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      t.setCurrent(t.current + 1);
      return true;
    case 'k':
    case 'ArrowUp':
      t.setCurrent(t.current - 1);
      return true;
    case 'a':
      if (item) t.decide(item, 'approve');
      return true;
    case 'r':
      if (item) t.decide(item, 'reject');
      return true;
    case 'A':
      t.decideSelection('approve');
      return true;
    case 'R':
      t.decideSelection('reject');
      return true;
    case 'x':
      if (item) t.toggle(item);
      return true;
    case 'b':
      if (item) t.ban(item);
      return true;
    case 'f':
      if (item) t.feature(item);
      return true;
    case 'z':
      t.undoLast();
      return true;
    case 'o':
    case 'Enter':
      if (item) location.hash = `#/comments/${item.id}`;
      return true;
    case '/':
      t.focusSearch();
      return true;
    case 'Escape':
      t.clearSelection();
      return true;
    case '?':
      showHelp();
      return true;
    default:
      return false;
  }
}
