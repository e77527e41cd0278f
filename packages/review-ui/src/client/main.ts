import { Api, ApiError, type Me } from './api.js';
import { renderAppeals } from './appeals-view.js';
import { renderDetail } from './detail-view.js';
import { showHelp } from './dialogs.js';
import { h, toast } from './dom.js';
import { QueueView } from './queue-view.js';
import { renderSettings } from './settings-view.js';

const api = new Api();
const app = document.getElementById('app') as HTMLElement;
let queue: QueueView | undefined;

function signIn(message?: string): void {
  const input = h('input', {
    type: 'password',
    id: 'token',
    name: 'token',
    autocomplete: 'current-password',
    required: true,
  });
  const form = h(
    'form',
    { class: 'signin' },
    h('h1', {}, 'Moderation'),
    h('label', { for: 'token' }, 'API token'),
    input,
    message ? h('p', { class: 'error', role: 'alert' }, message) : null,
    h('button', { type: 'submit', class: 'approve' }, 'Sign in'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    api.token = input.value.trim();
    await start();
  });
  app.replaceChildren(form);
  input.focus();
}

function shell(me: Me): HTMLElement {
  const out = h('button', { type: 'button', class: 'link' }, 'Sign out');
  out.addEventListener('click', () => {
    api.token = null;
    queue = undefined;
    signIn();
  });
  const help = h('button', { type: 'button', class: 'link', 'aria-keyshortcuts': '?' }, 'Keys ', h('kbd', {}, '?'));
  help.addEventListener('click', showHelp);
  const main = h('main', { id: 'view' });
  app.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h('strong', {}, 'Moderation'),
      h(
        'nav',
        {},
        h('a', { href: '#/' }, 'Queue'),
        h('a', { href: '#/appeals' }, 'Appeals'),
        me.role === 'admin' ? h('a', { href: '#/settings' }, 'Settings') : null,
      ),
      h('span', { class: 'muted who' }, `${me.name} (${me.role})`),
      help,
      out,
    ),
    main,
  );
  return main;
}

let me: Me | undefined;

async function route(): Promise<void> {
  if (!me) return;
  const main = shell(me);
  const hash = location.hash;
  const detail = /^#\/comments\/([0-9a-f-]{36})$/.exec(hash);
  if (detail?.[1]) {
    await renderDetail(api, detail[1], main);
  } else if (hash === '#/appeals') {
    await renderAppeals(api, main);
  } else if (hash === '#/settings') {
    await renderSettings(api, me, main);
  } else {
    // The queue keeps its state (filters, undo) across a visit to a comment's details.
    queue ??= new QueueView(api, me);
    await queue.mount(main);
    queue.focus();
  }
}

async function start(): Promise<void> {
  if (!api.token) return signIn();
  try {
    me = await api.me();
  } catch (err) {
    api.token = null;
    return signIn(
      err instanceof ApiError && err.status === 401
        ? `That token was refused: ${err.message}`
        : `Cannot reach the API: ${(err as Error).message}`,
    );
  }
  await route();
}

window.addEventListener('hashchange', () => void route());
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (document.querySelector('dialog[open]')) return;
  if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) {
    if (e.key === 'Escape') t.blur();
    return;
  }
  // Buttons and links keep Enter and Space.
  if ((e.key === 'Enter' || e.key === ' ') && t && ['BUTTON', 'A'].includes(t.tagName)) return;
  if (e.key === '?') {
    e.preventDefault();
    showHelp();
    return;
  }
  const onQueue = location.hash === '' || location.hash === '#/' || location.hash === '#';
  if (onQueue && queue?.onKey(e)) e.preventDefault();
});
window.addEventListener('unhandledrejection', (e) => toast(`Something went wrong: ${String(e.reason)}`));

void start();
