import { type Action, type Api, ApiError, type Outcome, type QueueItem, type Status } from '../api.js';
import { toast } from '../dom.js';
import type { QueueHost, Taken } from './state.js';

export const UNDO_MS = 8000;
const ACTION_STATUS: Record<Action, Status> = { approve: 'approved', reject: 'rejected', requeue: 'flagged' };
const RESTORE: Record<Status, Action> = { approved: 'approve', rejected: 'reject', flagged: 'requeue' };

/** What an undo puts back: each comment where it stood in the list, and the status it had. */
export interface UndoEntry {
  label: string;
  entries: (Taken & { previous: Status; version: number })[];
  expires: number;
  done: boolean;
  dismiss: () => void;
}

/**
 * Optimistic decisions with undo. Every action removes the cards at once, sends the decision with the ETag as
 * read, and puts the cards back if the API refuses.
 */
export class QueueDecisions {
  private undo: UndoEntry[] = [];

  constructor(
    private readonly api: Api,
    private readonly host: QueueHost,
  ) {}

  /** Approves or rejects comments: optimistic, with the ETags as read, then an undo for a few seconds. */
  async decide(items: QueueItem[], action: Action): Promise<void> {
    const { state } = this.host;
    const target = ACTION_STATUS[action];
    const todo = items.filter((i) => i.status !== target);
    if (todo.length === 0) return;
    const focusAt = state.current;
    const taken = state.takeOut(todo);
    state.move(state.filters.status, target, taken.length);
    this.host.render();
    this.host.setCurrent(focusAt);
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
      state.move(target, state.filters.status, taken.length);
      state.putBack(taken);
      this.host.render();
      this.host.setCurrent(focusAt);
      const stale = err instanceof ApiError && err.status === 412;
      toast(
        stale ? 'Someone changed this comment meanwhile; reloading the queue.' : `Not saved: ${(err as Error).message}`,
      );
      if (stale) await this.host.load();
      return;
    }
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    const done = taken.filter(
      (t) => byId.get(t.item.id)?.outcome === 'decided' || byId.get(t.item.id)?.outcome === 'unchanged',
    );
    const failed = taken.filter((t) => !done.includes(t));
    if (failed.length > 0) {
      state.move(target, state.filters.status, failed.length);
      state.putBack(failed);
      this.host.render();
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

  async decideSelection(action: Action): Promise<void> {
    const { state } = this.host;
    const items = state.items.filter((i) => state.selected.has(i.id));
    if (items.length > 0) await this.decide(items, action);
  }

  private offerUndo(label: string, entries: UndoEntry['entries']): void {
    const entry: UndoEntry = { label, entries, expires: Date.now() + UNDO_MS, done: false, dismiss: () => undefined };
    entry.dismiss = toast(`${label}`, { label: 'Undo (z)', run: () => void this.runUndo(entry) }, UNDO_MS);
    this.undo.push(entry);
  }

  /** Undoes the latest action that can still be undone (the `z` key). */
  undoLast(): void {
    const live = this.undo.filter((u) => !u.done && Date.now() <= u.expires);
    const last = live.at(-1);
    if (last) void this.runUndo(last);
  }

  /** Puts the comments back as they were: a decision of its own (audited), sent with the versions we caused. */
  async runUndo(entry: UndoEntry): Promise<void> {
    if (entry.done || Date.now() > entry.expires) return;
    entry.done = true;
    entry.dismiss();
    const { state } = this.host;
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
          state.move(r?.previousStatus ?? state.filters.status, previous, 1);
        }
        state.putBack(back);
        if (back.length < list.length)
          toast(`${list.length - back.length} comment(s) changed meanwhile and were not undone.`);
      }
      this.host.render();
      toast('Undone.');
    } catch (err) {
      toast(`Undo failed: ${(err as Error).message}`);
    }
  }
}
