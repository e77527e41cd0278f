import type { Api, PublicComment, ReportReason } from './api.js';
import { h } from './dom.js';

const REASONS: [ReportReason, string][] = [
  ['abuse', 'Abusive or harassing'],
  ['spam', 'Spam or advertising'],
  ['off-topic', 'Off-topic'],
  ['misinformation', 'False or misleading'],
  ['illegal', 'Illegal content'],
  ['other', 'Something else'],
];

/** Local storage, guarded: it throws in some private modes and sandboxed frames. */
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Forgotten on reload: reporting again is harmless (the API counts one report per reader).
  }
}

/** The reader as a reporter: the embedding site's id for them, else a random id this browser keeps. */
export function readerId(siteId: string, given: string | undefined): string {
  if (given) return given;
  const key = `cm:reader:${siteId}`;
  let id = read(key);
  if (!id) {
    id = `anon-${crypto.randomUUID()}`;
    write(key, id);
  }
  return id;
}

/** The comments this reader reported on a site, so that "Reported — thank you" survives a reload. */
export class ReportedStore {
  private readonly key: string;

  constructor(siteId: string) {
    this.key = `cm:reported:${siteId}`;
  }

  has(id: string): boolean {
    return this.ids().includes(id);
  }

  add(id: string): void {
    write(this.key, JSON.stringify([id, ...this.ids().filter((x) => x !== id)].slice(0, 500)));
  }

  private ids(): string[] {
    try {
      const list: unknown = JSON.parse(read(this.key) ?? '[]');
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }
}

export interface ReportContext {
  api: Api;
  reporter: { id: string; name?: string | undefined };
  store: ReportedStore;
  announce: (message: string) => void;
}

const thanks = () => h('span', { class: 'reported' }, 'Reported — thank you');

/**
 * The "Report" action of one comment: a button that opens an inline form (a radio group of reasons, an optional
 * note) under the comment, then "Reported — thank you". Keyboard: focus goes to the first reason, Escape cancels
 * and returns to the button.
 */
export function reportAction(ctx: ReportContext, commentId: string, authorName: string): HTMLElement {
  if (ctx.store.has(commentId)) return thanks();
  const button = h(
    'button',
    { type: 'button', class: 'link report', 'aria-label': `Report ${authorName}'s comment` },
    'Report',
  );
  const slot = h('span', {}, button);
  button.addEventListener('click', () => {
    const uid = `cm-report-${commentId}`;
    const note = h('textarea', { id: `${uid}-note`, maxlength: 500, rows: 2 });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit' }, 'Send report');
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const radios = REASONS.map(([value, label], i) =>
      h(
        'label',
        { class: 'reason' },
        h('input', { type: 'radio', name: uid, value, required: true, checked: i === 0 }),
        ` ${label}`,
      ),
    );
    const form = h(
      'form',
      { class: 'report-form', 'aria-label': `Report ${authorName}'s comment` },
      h('fieldset', {}, h('legend', {}, 'Why are you reporting this comment?'), ...radios),
      h('label', { for: `${uid}-note` }, 'Note for the moderators (optional)'),
      note,
      error,
      h('div', { class: 'actions' }, submit, cancel),
    );
    const close = () => {
      form.remove();
      button.hidden = false;
      button.focus();
    };
    cancel.addEventListener('click', close);
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = form.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value as ReportReason;
      submit.disabled = true;
      ctx.api
        .report(commentId, { reason, note: note.value.trim() || undefined, reporter: ctx.reporter })
        .then(() => {
          ctx.store.add(commentId);
          form.remove();
          slot.replaceChildren(thanks());
          ctx.announce('Reported — thank you. A moderator will look at it.');
        })
        .catch((err: Error) => {
          submit.disabled = false;
          error.hidden = false;
          error.textContent = `The report could not be sent: ${err.message}`;
        });
    });
    button.hidden = true;
    slot.after(form);
    form.querySelector<HTMLInputElement>('input')?.focus();
  });
  return slot;
}

/** Fills the "Featured" section with editors' picks (hidden when there are none). */
export function featuredSection(
  section: HTMLElement,
  comments: PublicComment[],
  item: (c: PublicComment) => HTMLLIElement,
): void {
  section.hidden = comments.length === 0;
  section.replaceChildren(
    h('h3', { id: 'cm-featured' }, 'Featured'),
    h('ol', { class: 'list' }, ...comments.map(item)),
  );
}
