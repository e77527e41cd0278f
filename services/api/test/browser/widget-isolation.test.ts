import { addSite, type Harness, type HostPages, harness, hostPages, launchBrowser, seedComments } from '@cm/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedBodies, postThroughWidget, widgetOf } from './widget-support.js';

let browser: Browser;
let h: Harness;
let host: HostPages;

beforeAll(async () => {
  [browser, h, host] = await Promise.all([launchBrowser(), harness({ worker: false }), hostPages()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await h?.close();
});

/** A news site's article page (another origin than the API) embedding one or more comment boxes. */
function hostPage(path: string, opts: { css?: string; widgets: string[] }): string {
  return host.page(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>${opts.css ?? ''}</style></head><body>
<p id="page-text">The host page's own article text.</p>
${opts.widgets.join('\n')}
<script src="${h.url}/widget.js" async></script></body></html>`,
  );
}

async function open(url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  return page;
}

/** Computed styles of the widget's parts, to compare a hostile page with a clean one. */
function styleFingerprint(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-comments]') as HTMLElement;
    const root = host.shadowRoot!;
    const props = [
      'display',
      'visibility',
      'opacity',
      'color',
      'background-color',
      'font-family',
      'font-size',
      'font-style',
      'font-weight',
      'line-height',
      'letter-spacing',
      'text-transform',
      'margin-top',
      'padding-top',
      'border-top-width',
      'border-top-style',
      'box-sizing',
      'position',
      'transform',
    ];
    const parts: Record<string, Element | null> = {
      host,
      heading: root.querySelector('h2'),
      label: root.querySelector('label'),
      textarea: root.querySelector('textarea'),
      button: root.querySelector('button[type=submit]'),
      item: root.querySelector('ol.list li'),
      author: root.querySelector('ol.list .author'),
      body: root.querySelector('ol.list .body'),
    };
    const out: Record<string, Record<string, string>> = {};
    for (const [name, el] of Object.entries(parts)) {
      if (!el) throw new Error(`widget part ${name} missing`);
      const cs = getComputedStyle(el);
      out[name] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  });
}

describe('the widget on a host page', () => {
  it("is not changed by the host page's hostile CSS", async () => {
    await seedComments(h, [{ articleId: 'styled', authorName: 'Lena', body: 'A comment to style.' }]);
    const widget = '<div data-comments data-site="demo" data-article="styled"></div>';
    const hostile = `
      body * { display: none !important; visibility: hidden !important; color: red !important;
        font: italic 40px/3 "Comic Sans MS", cursive !important; letter-spacing: 5px !important;
        text-transform: uppercase !important; margin: 37px !important; padding: 23px !important;
        border: 9px dashed red !important; background: yellow !important; box-sizing: content-box !important; }
      div { position: absolute !important; left: -9999px !important; transform: scale(0) !important; opacity: 0 !important; }
      [data-comments] { display: none !important; }
      body { color: red; font-size: 50px; line-height: 4; text-transform: uppercase; }
      textarea, button, label, li, p, h2 { display: none !important; color: red !important; }`;
    const clean = await open(hostPage('/clean.html', { widgets: [widget] }));
    const bad = await open(hostPage('/hostile.html', { css: hostile, widgets: [widget] }));
    for (const page of [clean, bad])
      await widgetOf(page).locator('ol.list li', { hasText: 'A comment to style.' }).waitFor();

    // The hostile rules are live on the page itself…
    expect(await bad.locator('#page-text').isVisible()).toBe(false);
    // …and change nothing inside the widget.
    expect(await styleFingerprint(bad)).toEqual(await styleFingerprint(clean));
    const box = await widgetOf(bad).getByRole('button', { name: 'Post comment' }).boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // Still usable: a reader can post from the hostile page.
    await postThroughWidget(widgetOf(bad), 'Lena', 'Posted from a page with hostile CSS.');
    await widgetOf(bad).locator('li.own').getByText('Awaiting moderation').waitFor();
  });

  it('renders script, onerror and javascript: payloads as inert text', async () => {
    const payloads = [
      `<script>window.__xss = 'script'</script>`,
      `<img src=x onerror="window.__xss='img'">`,
      `<a href="javascript:window.__xss='link'">click me</a>`,
      `[click me](javascript:window.__xss='markdown') javascript:window.__xss='bare'`,
      `<svg onload="window.__xss='svg'"></svg><iframe src="javascript:window.__xss='iframe'"></iframe>`,
    ];
    await seedComments(h, [
      ...payloads.map((body) => ({ articleId: 'xss', body })),
      { articleId: 'xss', authorName: `<img src=x onerror="window.__xss='name'">`, body: 'Hostile author name.' },
    ]);
    const page = await open(hostPage('/xss.html', { widgets: ['<div data-comments data-article="xss"></div>'] }));
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const widget = widgetOf(page);
    await widget.locator('ol.list li', { hasText: 'Hostile author name.' }).waitFor();

    // The reader's own pending comment goes through another rendering path: check it too.
    const own = `<img src=y onerror="window.__xss='own'"><script>window.__xss='own-script'</script>`;
    await postThroughWidget(widget, `<b onmouseover="window.__xss='own-name'">Eve</b>`, own);
    await widget.locator('li.own').getByText('Awaiting moderation').waitFor();
    await widget.locator('li.own .body').hover();
    await widget.getByText(`[click me](javascript:window.__xss='markdown')`, { exact: false }).click();
    await page.waitForLoadState('networkidle');

    const texts = await listedBodies(widget);
    for (const p of payloads) expect(texts).toContain(p);
    expect(await widget.locator('li.own .body').textContent()).toBe(own);
    expect(await widget.locator('ol.list li .author').allTextContents()).toContain(
      `<img src=x onerror="window.__xss='name'">`,
    );
    const found = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss,
      elements: document
        .querySelector('[data-comments]')!
        .shadowRoot!.querySelectorAll('img, script, a, svg, iframe, b').length,
    }));
    expect(found).toEqual({ xss: undefined, elements: 0 });
    expect(dialogs).toBe(0);
  });

  it('runs several independent widgets on one page', async () => {
    await addSite(h, 'second-site', { allowedOrigins: [host.origin] });
    await seedComments(h, [
      { articleId: 'multi-a', body: 'Only under A.' },
      { articleId: 'multi-b', body: 'Only under B.' },
      { siteId: 'second-site', articleId: 'multi-a', body: 'Same article id, other site.' },
    ]);
    const page = await open(
      hostPage('/multi.html', {
        widgets: [
          '<div id="a" data-comments data-article="multi-a"></div>',
          '<div id="b" data-comments data-article="multi-b" data-order="oldest"></div>',
          '<div id="c" data-comments data-site="second-site" data-article="multi-a"></div>',
        ],
      }),
    );
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => widgetOf(page, s)) as [
      ReturnType<typeof widgetOf>,
      ReturnType<typeof widgetOf>,
      ReturnType<typeof widgetOf>,
    ];
    await a.locator('ol.list li').first().waitFor();
    await b.locator('ol.list li').first().waitFor();
    await c.locator('ol.list li').first().waitFor();
    expect(await listedBodies(a)).toEqual(['Only under A.']);
    expect(await listedBodies(b)).toEqual(['Only under B.']);
    expect(await listedBodies(c)).toEqual(['Same article id, other site.']);
    expect(await b.getByLabel('Sort').inputValue()).toBe('oldest');

    await a.getByLabel('Your comment', { exact: true }).fill('Draft in A, never posted.');
    await postThroughWidget(b, 'Bo', 'Posted under B.');
    await b.locator('li.own', { hasText: 'Posted under B.' }).getByText('Awaiting moderation').waitFor();
    expect(await a.locator('li.own').count()).toBe(0);
    expect(await c.locator('li.own').count()).toBe(0);
    expect(await a.getByLabel('Your comment', { exact: true }).inputValue()).toBe('Draft in A, never posted.');
    const queued = await h.queuedComments();
    expect(queued.find((q) => q.body === 'Posted under B.')).toMatchObject({ siteId: 'demo', articleId: 'multi-b' });
  });

  it('tells the reader when the site does not allow comments from this page', async () => {
    await addSite(h, 'locked', { allowedOrigins: ['https://only.example'] });
    const page = await open(
      hostPage('/locked.html', { widgets: ['<div data-comments data-site="locked" data-article="x"></div>'] }),
    );
    const widget = widgetOf(page);
    await widget.getByText('Comments are not enabled for this website.').waitFor();
    await postThroughWidget(widget, 'Ana', 'Will this go through?');
    await widget.getByRole('alert').getByText('Comments are not enabled for this website.').waitFor();
    // A comment the site allows, posted after it, is in the queue; the refused one is not.
    await h.postComment({ body: 'This one is allowed.' });
    const queued = (await h.queuedComments()).map((q) => q.body);
    expect(queued).toContain('This one is allowed.');
    expect(queued).not.toContain('Will this go through?');
  });
});
