import { h } from './dom.js';

const KEYS: [string, string][] = [
  ['j / ↓', 'Next comment'],
  ['k / ↑', 'Previous comment'],
  ['a', 'Approve'],
  ['r', 'Reject'],
  ['x', 'Select / unselect'],
  ['Shift+A', 'Approve the selection'],
  ['Shift+R', 'Reject the selection'],
  ['b', 'Ban the author (and reject their comments)'],
  ['f', 'Feature / unfeature (published comments)'],
  ['z', 'Undo the last action'],
  ['o / Enter', 'Open the details'],
  ['/', 'Search'],
  ['Esc', 'Clear the selection, close a dialog'],
  ['?', 'Show these keys'],
];

/** `<dialog>` gives focus trapping, Escape and the backdrop for free. */
function modal(title: string, ...content: Node[]): HTMLDialogElement {
  const dialog = h('dialog', { 'aria-label': title }, h('h2', {}, title), ...content);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  return dialog;
}

export function showHelp(): void {
  const close = h('button', { type: 'button' }, 'Close');
  const dialog = modal(
    'Keyboard shortcuts',
    h(
      'dl',
      { class: 'keys' },
      KEYS.flatMap(([k, what]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, what)]),
    ),
    close,
  );
  dialog.classList.add('help');
  close.addEventListener('click', () => dialog.close());
  dialog.showModal();
  close.focus();
}

export interface BanChoice {
  until: string | undefined;
  reason: string | undefined;
  rejectAll: boolean;
}

const DURATIONS: [string, number | null][] = [
  ['1 day', 1],
  ['7 days', 7],
  ['30 days', 30],
  ['For good', null],
];

/** Asks how to ban; resolves undefined when cancelled. Enter confirms, Escape cancels. */
export function askBan(authorName: string): Promise<BanChoice | undefined> {
  return new Promise((resolve) => {
    const duration = h(
      'select',
      { name: 'duration', id: 'ban-duration' },
      DURATIONS.map(([label], i) => h('option', { value: String(i) }, label)),
    );
    duration.value = '1';
    const reason = h('input', { name: 'reason', id: 'ban-reason', maxlength: '500', placeholder: 'e.g. harassment' });
    const rejectAll = h('input', { type: 'checkbox', name: 'rejectAll', id: 'ban-reject-all' });
    rejectAll.checked = true;
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h(
      'form',
      { method: 'dialog' },
      h('p', {}, 'Their new comments on this site will be rejected with a reason saying they are banned.'),
      h('label', { for: 'ban-duration' }, 'How long'),
      duration,
      h('label', { for: 'ban-reason' }, 'Reason (shown in the audit log)'),
      reason,
      h('label', { class: 'check' }, rejectAll, ' Also reject everything they wrote on this site'),
      h('div', { class: 'row' }, h('button', { type: 'submit', class: 'reject' }, 'Ban'), cancel),
    );
    const dialog = modal(`Ban ${authorName}?`, form);
    let choice: BanChoice | undefined;
    form.addEventListener('submit', () => {
      const days = DURATIONS[Number(duration.value)]?.[1] ?? null;
      choice = {
        until: days === null ? undefined : new Date(Date.now() + days * 86_400_000).toISOString(),
        reason: reason.value.trim() || undefined,
        rejectAll: rejectAll.checked,
      };
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => resolve(choice));
    dialog.showModal();
    duration.focus();
  });
}
