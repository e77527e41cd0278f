/**
 * `pnpm screenshot:review-ui`: starts the service over a throwaway database with a few sample comments, signs in
 * to /moderate in headless Chromium and writes packages/review-ui/docs/review-page.png (laptop) and
 * review-page-phone.png, the screenshots in the README.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Reason } from '@cm/contracts';
import { saveDecidedComments } from '@cm/db';
import { dropTemplate, harness, launchBrowser, prepareTemplate } from '@cm/testing';
import { uuidv7 } from 'uuidv7';
import '../test/setup/services.js';

const reason = (body: string, word: string, r: Omit<Reason, 'evidence'>): Reason => {
  const start = body.indexOf(word);
  return { ...r, evidence: [{ text: word, start, end: start + word.length }] };
};

// A template database of its own, as a test run makes one: a running test's template is left alone.
process.env.CM_TEST_TEMPLATE = `cm_test_template_${randomBytes(4).toString('hex')}`;
await prepareTemplate();
const h = await harness({ worker: false });
const samples: { author: string; article: string; body: string; reasons: (b: string) => Reason[] }[] = [
  {
    author: 'Dave K.',
    article: 'Council approves the new bus lanes',
    body: 'Only a complete m0r0n would think bus lanes fix anything. Did you even read the report?',
    reasons: (b) => [
      reason(b, 'm0r0n', {
        category: 'abuse',
        rule: 'abuse.insult.directed',
        severity: 'high',
        score: 0.92,
        message: "Insult aimed at a person: 'm0r0n' (moron)",
      }),
    ],
  },
  {
    author: 'deals4u',
    article: 'Council approves the new bus lanes',
    body: 'Great article!! Cheap tickets for every route at busdeals dot example, DM me on +1 555 0100',
    reasons: (b) => [
      reason(b, 'busdeals dot example', {
        category: 'link',
        rule: 'link.disguised',
        severity: 'medium',
        score: 0.8,
        message: "Disguised link to 'busdeals.example'",
      }),
      reason(b, '+1 555 0100', {
        category: 'link',
        rule: 'link.phone',
        severity: 'medium',
        score: 0.7,
        message: 'Phone number used to advertise',
      }),
    ],
  },
  {
    author: 'Marta',
    article: 'Budget 2027: what changes for schools',
    body: 'Same story every year. The minister should resign, this is a disgrace to every teacher in the country.',
    reasons: (b) => [
      reason(b, 'Same story every year.', {
        category: 'duplicate',
        rule: 'duplicate.campaign',
        severity: 'medium',
        score: 0.75,
        message: 'Same text as 6 comments by 5 other authors in the last hour',
      }),
    ],
  },
];
let t = Date.UTC(2026, 10, 25, 9, 0);
for (const s of samples) {
  t += 7 * 60_000;
  const body = s.body;
  await saveDecidedComments(
    h.db,
    [
      {
        id: uuidv7(),
        siteId: 'demo',
        articleId: s.article.toLowerCase().replace(/\W+/g, '-'),
        articleUrl: 'https://news.example/a',
        articleTitle: s.article,
        parentId: null,
        authorKey: s.author.toLowerCase().replace(/\W+/g, '-'),
        authorName: s.author,
        authorEmail: null,
        body,
        status: 'flagged',
        reasons: s.reasons(body),
        scores: {},
        receivedAt: new Date(t),
        requestId: null,
        clientIp: null,
      },
    ],
    { publicUrl: h.url },
  );
}
const browser = await launchBrowser();
try {
  for (const [file, viewport] of [
    ['review-page.png', { width: 1200, height: 820 }],
    ['review-page-phone.png', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${h.url}/moderate`);
    await page.fill('#token', h.adminToken);
    await page.press('#token', 'Enter');
    await page.locator('article.card').first().waitFor();
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.screenshot({ path: fileURLToPath(new URL(`../packages/review-ui/docs/${file}`, import.meta.url)) });
    await page.close();
  }
} finally {
  await browser.close();
  await h.close();
  await dropTemplate();
}
