/** A child of `h`: nodes as they are, strings as text nodes (never parsed as HTML). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Every string becomes a text node and every attribute goes through `setAttribute`, so data
 * from the API can never turn into markup or a handler: there is no innerHTML anywhere in the widget.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `<time>` with the machine-readable instant and a local, readable label. */
export function timeEl(iso: string): HTMLTimeElement {
  const d = new Date(iso);
  return h('time', { datetime: iso }, Number.isNaN(d.getTime()) ? '' : dateFormat.format(d));
}

/** "42 seconds", "3 minutes": for retry times. */
export function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
