import { type Api, ApiError } from './api.js';
import { h } from './dom.js';
import { explainPostError, type Field, MAX_BODY_CHARS, MAX_NAME_CHARS } from './messages.js';
import { type OwnComment, rememberedName } from './own-store.js';

export interface FormOptions {
  api: Api;
  siteId: string;
  articleId: string;
  articleUrl: string | undefined;
  articleTitle: string | undefined;
  /** Called with the comment the API accepted. */
  onPosted(comment: OwnComment): void;
  /** Speaks through the widget's polite live region. */
  announce(message: string): void;
}

/**
 * The "write a comment" form: name, comment with a length counter, a honeypot, and the time the form was shown
 * (both anti-bot signals are judged by the server). Errors go to an alert region and mark the field at fault.
 */
export class CommentForm {
  readonly el: HTMLFormElement;
  private readonly name: HTMLInputElement;
  private readonly body: HTMLTextAreaElement;
  private readonly website: HTMLInputElement;
  private readonly counter: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly alert: HTMLElement;
  private shownAt = Date.now();
  /** Reused while the same text is retried, so that a retry after a lost answer never posts twice. */
  private attempt: { key: string; text: string } | undefined;
  private busy = false;

  constructor(private readonly opts: FormOptions) {
    this.name = h('input', {
      id: 'cm-name',
      name: 'name',
      type: 'text',
      autocomplete: 'nickname',
      maxlength: MAX_NAME_CHARS,
      required: true,
    });
    this.name.value = rememberedName.get();
    this.body = h('textarea', {
      id: 'cm-body',
      name: 'comment',
      rows: 5,
      required: true,
      'aria-describedby': 'cm-counter cm-hint',
    });
    this.website = h('input', { id: 'cm-website', name: 'website', type: 'text', tabindex: -1, autocomplete: 'off' });
    this.counter = h('span', { id: 'cm-counter', class: 'counter' });
    this.button = h('button', { id: 'cm-submit', type: 'submit' }, 'Post comment');
    this.alert = h('p', { id: 'cm-form-error', class: 'alert', role: 'alert' });
    this.el = h(
      'form',
      { novalidate: true, 'aria-label': 'Write a comment' },
      h('label', { for: 'cm-name' }, 'Your name'),
      this.name,
      h('label', { for: 'cm-body' }, 'Your comment'),
      this.body,
      // People never see or fill this; naive bots fill every field.
      h(
        'div',
        { class: 'hp', 'aria-hidden': 'true' },
        h('label', { for: 'cm-website' }, 'Website (leave empty)'),
        this.website,
      ),
      h('div', { class: 'row' }, this.counter, this.button),
      h('p', { id: 'cm-hint', class: 'hint' }, 'Comments are checked before they appear.'),
      this.alert,
    );
    this.updateCounter();
    this.body.addEventListener('input', () => this.updateCounter());
    this.name.addEventListener('input', () => this.clearInvalid(this.name));
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
  }

  private updateCounter(): void {
    const n = this.body.value.length;
    const over = n > MAX_BODY_CHARS;
    this.counter.textContent = over
      ? `${n.toLocaleString()} / ${MAX_BODY_CHARS.toLocaleString()} characters: ${(n - MAX_BODY_CHARS).toLocaleString()} too many`
      : `${n.toLocaleString()} / ${MAX_BODY_CHARS.toLocaleString()} characters`;
    this.counter.classList.toggle('over', over);
    if (over) this.body.setAttribute('aria-invalid', 'true');
    else this.clearInvalid(this.body);
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    const name = this.name.value.trim();
    const text = this.body.value;
    this.alert.textContent = '';
    if (!name) return this.fail('Please enter your name.', 'name');
    if (!text.trim()) return this.fail('Please write a comment first.', 'body');

    if (this.attempt?.text !== `${name}\n${text}`) this.attempt = { key: newKey(), text: `${name}\n${text}` };
    this.setBusy(true, 'Posting…');
    try {
      const { id } = await this.opts.api.postComment(
        {
          siteId: this.opts.siteId,
          articleId: this.opts.articleId,
          articleUrl: this.opts.articleUrl,
          articleTitle: this.opts.articleTitle,
          author: { name },
          body: text,
          website: this.website.value,
          formShownAt: this.shownAt,
        },
        this.attempt.key,
      );
      rememberedName.set(name);
      this.attempt = undefined;
      this.body.value = '';
      this.updateCounter();
      this.shownAt = Date.now();
      this.opts.onPosted({ id, name, body: text, createdAt: new Date().toISOString(), status: 'pending' });
      this.opts.announce('Thank you! Your comment was received and is awaiting moderation.');
      this.setBusy(false);
    } catch (err) {
      const problem = err instanceof ApiError ? err : new ApiError({ status: 0 });
      const explained = explainPostError(problem, text.length);
      this.setBusy(false);
      if (explained.retryAfterSeconds) {
        this.button.disabled = true;
        setTimeout(() => {
          this.button.disabled = false;
        }, explained.retryAfterSeconds * 1000);
      }
      this.fail(explained.message, explained.field);
    }
  }

  private fail(message: string, field: Field): void {
    this.alert.textContent = message;
    const input = field === 'name' ? this.name : field === 'body' ? this.body : undefined;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-errormessage', 'cm-form-error');
      input.focus();
    }
  }

  private clearInvalid(input: HTMLInputElement | HTMLTextAreaElement): void {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-errormessage');
  }

  private setBusy(busy: boolean, label = 'Post comment'): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.button.textContent = label;
  }
}

function newKey(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
