/** A child of `h`: nodes as they are, strings as text nodes (never parsed as HTML). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Strings become text nodes and attributes go through `setAttribute`: comment text and
 * names from the API can never become markup or handlers. There is no innerHTML in the review page.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child) el.append(child);
  return el;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function timeEl(iso: string): HTMLTimeElement {
  const d = new Date(iso);
  return h('time', { datetime: iso, title: iso }, Number.isNaN(d.getTime()) ? '' : dateFormat.format(d));
}

/** Only http(s) links from comment data become hrefs (no `javascript:`). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A short message in the live region; screen readers announce it. */
export function toast(text: string, action?: { label: string; run: () => void }, ms = 6000): () => void {
  const host = document.getElementById('toasts');
  if (!host) return () => undefined;
  const button = action ? h('button', { type: 'button', class: 'link' }, action.label) : null;
  const el = h('div', { class: 'toast' }, h('span', {}, text), button);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    el.remove();
  };
  button?.addEventListener('click', () => {
    close();
    action?.run();
  });
  host.append(el);
  setTimeout(close, ms);
  return close;
}
