import { CommentWidget, readConfig } from './widget.js';

/**
 * The embed's entry point. `<div data-comments data-site="…" data-article="…">` elements become comment boxes;
 * the API is the origin (and path) this script was loaded from, unless an element says `data-api`.
 */
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="widget.js"]')?.src || location.href;
const defaultApi = new URL('.', src).href;
const mounted = new WeakMap<HTMLElement, CommentWidget>();

/** Turns one element into a comment box (once; calling it again returns the same widget). */
function mount(el: HTMLElement): CommentWidget {
  const existing = mounted.get(el);
  if (existing) return existing;
  const widget = new CommentWidget(el, readConfig(el, defaultApi));
  mounted.set(el, widget);
  return widget;
}

function mountAll(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-comments]')) {
    if (!el.shadowRoot) mount(el);
  }
}

// For pages that add comment boxes later (single-page apps): `CommentModeration.mount(element)`.
(window as unknown as { CommentModeration: unknown }).CommentModeration = { mount, mountAll };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
