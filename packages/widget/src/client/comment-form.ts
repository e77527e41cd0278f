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
  /** A reply form: its element ids start with `cm-reply-`, its words say reply, and it can be closed. */
  reply?: { parent(): { id: string; name: string } | undefined; onCancel(): void } | undefined;
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
  private readonly idleLabel: string;
  private readonly errorId: string;
  /** Reused while the same text is retried, so that a retry after a lost answer never posts twice. */
  private attempt: { key: string; text: string } | undefined;
  private busy = false;

  constructor(private readonly opts: FormOptions) {
    const reply = opts.reply !== undefined;
    const id = (name: string) => (reply ? `cm-reply-${name}` : `cm-${name}`);
    this.name = h('input', {
      id: id('name'),
      name: 'name',
      type: 'text',
      autocomplete: 'nickname',
      maxlength: MAX_NAME_CHARS,
      required: true,
    });
    this.name.value = rememberedName.get();
    this.body = h('textarea', {
      id: id('body'),
      name: 'comment',
      rows: reply ? 3 : 5,
      required: true,
      'aria-describedby': `${id('counter')} ${id('hint')}`,
    });
    this.website = h('input', { id: id('website'), name: 'website', type: 'text', tabindex: -1, autocomplete: 'off' });
    this.counter = h('span', { id: id('counter'), class: 'counter' });
    this.idleLabel = reply ? 'Post reply' : 'Post comment';
    this.button = h('button', { id: id('submit'), type: 'submit' }, this.idleLabel);
    this.errorId = id('form-error');
    this.alert = h('p', { id: this.errorId, class: 'alert', role: 'alert' });
    let cancel: HTMLButtonElement | undefined;
    if (opts.reply) {
      const onCancel = opts.reply.onCancel;
      cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
      cancel.addEventListener('click', () => onCancel());
    }
    this.el = h(
      'form',
      {
        novalidate: true,
        'aria-label': reply ? 'Write a reply' : 'Write a comment',
        class: reply ? 'reply-form' : undefined,
      },
      h('label', { for: id('name') }, 'Your name'),
      this.name,
      h('label', { for: id('body') }, reply ? 'Your reply' : 'Your comment'),
      this.body,
      // People never see or fill this; naive bots fill every field.
      h(
        'div',
        { class: 'hp', 'aria-hidden': 'true' },
        h('label', { for: id('website') }, 'Website (leave empty)'),
        this.website,
      ),
      h('div', { class: 'row' }, this.counter, h('span', { class: 'buttons' }, cancel, this.button)),
      h('p', { id: id('hint'), class: 'hint' }, 'Comments are checked before they appear.'),
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

    const parent = this.opts.reply?.parent();
    // A retry reuses its key only for the same text to the same comment.
    const attemptText = `${parent?.id ?? ''}\n${name}\n${text}`;
    if (this.attempt?.text !== attemptText) this.attempt = { key: newKey(), text: attemptText };
    this.setBusy(true, 'Posting…');
    try {
      const { id, receipt } = await this.opts.api.postComment(
        {
          siteId: this.opts.siteId,
          articleId: this.opts.articleId,
          articleUrl: this.opts.articleUrl,
          articleTitle: this.opts.articleTitle,
          parentId: parent?.id,
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
      const createdAt = new Date().toISOString();
      this.opts.onPosted({ id, name, body: text, createdAt, status: 'pending', parent, receipt });
      this.opts.announce(`Thank you! Your ${parent ? 'reply' : 'comment'} was received and is awaiting moderation.`);
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
      input.setAttribute('aria-errormessage', this.errorId);
      input.focus();
    }
  }

  private clearInvalid(input: HTMLInputElement | HTMLTextAreaElement): void {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-errormessage');
  }

  private setBusy(busy: boolean, label = this.idleLabel): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.button.textContent = label;
  }

  /** Puts the caret in the comment box (a reply form, when it opens). */
  focus(): void {
    this.body.focus();
  }

  /** Empties the comment box and its error (a reply form, when it moves to another comment or closes). */
  clear(): void {
    this.body.value = '';
    this.alert.textContent = '';
    this.attempt = undefined;
    this.updateCounter();
  }
}

function newKey(): string {
  const c = globalThis.crypto;
  if (c && 'randomUUID' in c) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
