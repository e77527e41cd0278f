import { ApiError, type OwnView } from './api.js';
import { h } from './dom.js';

/** Mirrors MAX_APPEAL_CHARS in @cm/contracts; the server is the judge. */
const MAX_APPEAL_CHARS = 1_000;

let serial = 0;

export interface NotPublishedOptions {
  /** Files the appeal; resolves once the service stored it. */
  appeal(message: string): Promise<void>;
  /** Says something to screen-reader users (the widget's live region). */
  announce(message: string): void;
}

/** The reason in plain words: the categories' sentences, once each. */
function reasonText(view: OwnView): string {
  const summaries = [...new Set(view.statement?.reasons.map((r) => r.summary) ?? [])];
  if (summaries.length > 0) return summaries.join(' ');
  return view.statement?.moderatorReason ?? 'It did not meet this site’s rules.';
}

/**
 * What the author of a held or rejected comment sees: "Not published: <reason>", who decided and when, the rules'
 * messages, and an "Appeal" button that opens a short form (once per comment). The button says whether the form
 * is open (`aria-expanded`), the form's field is labelled and gets the focus, Escape or Cancel closes it and gives
 * the focus back, and the outcome is announced.
 */
export function notPublished(view: OwnView, opts: NotPublishedOptions): HTMLElement {
  const n = ++serial;
  const statement = view.statement;
  const box = h('div', { class: 'not-published' });
  const by = statement?.decidedBy === 'moderator' ? 'a moderator' : 'the automatic rules';
  box.append(
    h('p', { class: 'reason' }, h('strong', {}, 'Not published: '), reasonText(view)),
    h(
      'p',
      { class: 'decided' },
      `Decided by ${by}`,
      statement ? ` on ${new Date(statement.decidedAt).toLocaleString()}.` : '.',
    ),
  );
  const details = statement?.reasons.map((r) => r.message).filter((m) => m.length > 0) ?? [];
  if (details.length > 0) box.append(h('ul', { class: 'details' }, ...details.map((m) => h('li', {}, m))));

  const appeal = view.appeal;
  if (appeal) {
    const text =
      appeal.state === 'open'
        ? 'You appealed. A moderator will look at your comment again.'
        : appeal.state === 'upheld'
          ? 'Your appeal was reviewed: the decision stands.'
          : 'Your appeal was accepted: your comment is published.';
    box.append(h('p', { class: 'appeal-state' }, text));
    return box;
  }
  if (!statement?.appealable) return box;

  const formId = `cm-appeal-${n}`;
  const button = h(
    'button',
    { type: 'button', class: 'secondary appeal', 'aria-expanded': 'false', 'aria-controls': formId },
    'Appeal',
  );
  const field = h('textarea', {
    id: `${formId}-message`,
    rows: 3,
    maxlength: MAX_APPEAL_CHARS,
    required: true,
  });
  const error = h('p', { class: 'error', role: 'alert' });
  const send = h('button', { type: 'submit' }, 'Send appeal');
  const cancel = h('button', { type: 'button', class: 'link' }, 'Cancel');
  const form = h(
    'form',
    { id: formId, class: 'appeal-form', hidden: true, 'aria-label': 'Appeal this decision' },
    h('label', { for: field.id }, 'Why should this comment be published? (one appeal, up to 1,000 characters)'),
    field,
    error,
    h('div', { class: 'actions' }, send, cancel),
  );
  const close = () => {
    form.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.addEventListener('click', () => {
    form.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    field.focus();
  });
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const message = field.value.trim();
    if (!message) {
      error.textContent = 'Please say why the comment should be published.';
      field.focus();
      return;
    }
    send.disabled = true;
    error.textContent = '';
    opts.appeal(message).then(
      () => {
        const sent = h(
          'p',
          { class: 'appeal-state', tabindex: -1 },
          'You appealed. A moderator will look at your comment again.',
        );
        form.replaceWith(sent);
        button.remove();
        sent.focus();
        opts.announce('Your appeal was sent.');
      },
      (err: unknown) => {
        send.disabled = false;
        const code = err instanceof ApiError ? err.problem.code : undefined;
        error.textContent =
          code === 'APPEAL_EXISTS'
            ? 'This comment was appealed already.'
            : code === 'NOT_APPEALABLE'
              ? 'This comment cannot be appealed any more.'
              : 'Your appeal could not be sent. Please try again in a moment.';
        field.focus();
      },
    );
  });
  box.append(h('p', { class: 'actions' }, button), form);
  return box;
}
