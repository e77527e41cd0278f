import type { Api, QueueItem } from '../api.js';
import { askBan } from '../dialogs.js';
import { toast } from '../dom.js';
import { type QueueDecisions, UNDO_MS, type UndoEntry } from './decisions.js';
import type { QueueHost } from './state.js';

/**
 * Bans a card's author (the `b` key), optionally rejecting everything they wrote on the site; the toast's undo
 * lifts the ban and restores each rejected comment.
 */
export async function banFromCard(api: Api, host: QueueHost, decisions: QueueDecisions, item: QueueItem) {
  const { state } = host;
  const choice = await askBan(item.author.name);
  host.setCurrent(state.current);
  if (!choice) return;
  const ban = {
    ...(choice.until ? { until: choice.until } : {}),
    ...(choice.reason ? { reason: choice.reason } : {}),
  };
  try {
    if (!choice.rejectAll) {
      await api.ban(item.siteId, item.author.id, ban.until, ban.reason);
      toast(`${item.author.name} is banned.`);
      return;
    }
    const { results } = await api.rejectAll(item.siteId, item.author.id, ban);
    const decided = new Map(results.filter((r) => r.outcome === 'decided').map((r) => [r.id, r]));
    const mine = state.items.filter((i) => decided.has(i.id));
    const taken = state.takeOut(mine);
    state.move(state.filters.status, 'rejected', taken.length);
    host.render();
    host.setCurrent(state.current);
    toast(
      `${item.author.name} is banned; ${decided.size} comment(s) rejected.`,
      {
        label: 'Undo',
        run: () =>
          void (async () => {
            await api.unban(item.siteId, item.author.id);
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
            await decisions.runUndo(entry);
          })(),
      },
      UNDO_MS,
    );
  } catch (err) {
    toast(`Ban failed: ${(err as Error).message}`);
  }
}
