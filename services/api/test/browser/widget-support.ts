import type { Harness } from '@cm/testing';
import type { Locator, Page } from 'playwright-core';
import { vi } from 'vitest';

/** The comment box of a page (the first, or the one a selector names). Locators pierce its shadow root. */
export function widgetOf(page: Page, selector = '[data-comments]'): Locator {
  return page.locator(selector).first();
}

/** Fills the form as a reader would and posts it. */
export async function postThroughWidget(widget: Locator, name: string, body: string): Promise<void> {
  await widget.getByLabel('Your name', { exact: true }).fill(name);
  await widget.getByLabel('Your comment', { exact: true }).fill(body);
  await widget.getByRole('button', { name: 'Post comment' }).click();
}

/** The stored comment with this body, once the worker has written it. */
export function storedComment(h: Harness, body: string): Promise<{ id: string; status: string }> {
  return vi.waitFor(
    async () => {
      const row = await h.db
        .selectFrom('comments')
        .select(['id', 'status'])
        .where('body', '=', body)
        .executeTakeFirst();
      if (!row) throw new Error(`"${body}" is not stored yet`);
      return row;
    },
    { timeout: 15_000, interval: 25 },
  );
}

/** Approves through the moderation API, as a moderator on /moderate would. */
export async function approve(h: Harness, id: string): Promise<void> {
  const res = await h.post(`/v1/moderation/comments/${id}/approve`, {}, { authorization: `Bearer ${h.adminToken}` });
  if (res.status !== 200) throw new Error(`approve answered ${res.status}: ${await res.text()}`);
}

/** The texts of the published comments the widget lists (not the reader's own pending ones). */
export function listedBodies(widget: Locator): Promise<string[]> {
  return widget.locator('ol.list li .body').allTextContents();
}
