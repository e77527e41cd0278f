import { type Api, ApiError, type OwnView } from './api.js';

const FIRST_DELAY_MS = 1_000;
const GROWTH = 1.5;
const MAX_DELAY_MS = 30_000;
/** A comment the API does not know after this many answers was never stored (e.g. a lost job). */
const MAX_NOT_FOUND = 6;

/** Published, or rejected with no appeal waiting for its answer: nothing more will change by itself. */
const isFinal = (v: OwnView): boolean =>
  v.status === 'approved' || (v.status === 'rejected' && v.appeal?.state !== 'open');

/**
 * Asks for a comment's status until it is final (approved, or rejected without an open appeal), waiting longer
 * after each answer so that a comment held for a moderator costs little: 1 s, 1.5 s, 2.25 s … up to 30 s. A
 * hidden tab waits for the reader to come back instead of polling. With the receipt, every answer carries the
 * author's view (`onView`): why the comment is not published, and the appeal.
 */
export function pollStatus(
  api: Api,
  id: string,
  onFinal: (view: OwnView | 'lost') => void,
  opts: { receipt?: string | undefined; onView?: (view: OwnView) => void } = {},
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
      const view = await api.status(id, opts.receipt);
      notFound = 0;
      if (isFinal(view)) {
        stopped = true;
        onFinal(view);
        return;
      }
      opts.onView?.(view);
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
