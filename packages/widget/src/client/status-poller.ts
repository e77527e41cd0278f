import { type Api, ApiError, type Status } from './api.js';

const FIRST_DELAY_MS = 1_000;
const GROWTH = 1.5;
const MAX_DELAY_MS = 30_000;
/** A comment the API does not know after this many answers was never stored (e.g. a lost job). */
const MAX_NOT_FOUND = 6;

/**
 * Asks for a comment's status until it is final (approved or rejected), waiting longer after each answer so
 * that a comment held for a moderator costs little: 1 s, 1.5 s, 2.25 s … up to 30 s. A hidden tab waits for
 * the reader to come back instead of polling.
 */
export function pollStatus(
  api: Api,
  id: string,
  onFinal: (status: Extract<Status, 'approved' | 'rejected'> | 'lost') => void,
): () => void {
  let delay = FIRST_DELAY_MS;
  let notFound = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    delay = Math.min(MAX_DELAY_MS, delay * GROWTH);
  };
  const onVisible = () => {
    if (document.visibilityState !== 'visible' || stopped) return;
    document.removeEventListener('visibilitychange', onVisible);
    clearTimeout(timer);
    tick();
  };
  const tick = async () => {
    if (stopped) return;
    if (document.visibilityState === 'hidden') {
      document.addEventListener('visibilitychange', onVisible);
      return;
    }
    try {
      const { status } = await api.status(id);
      notFound = 0;
      if (status === 'approved' || status === 'rejected') {
        stopped = true;
        onFinal(status);
        return;
      }
    } catch (err) {
      if (err instanceof ApiError && err.problem.status === 404 && ++notFound >= MAX_NOT_FOUND) {
        stopped = true;
        onFinal('lost');
        return;
      }
      // Anything else (offline, 503) is temporary: keep asking, more slowly.
    }
    schedule();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
